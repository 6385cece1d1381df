import { AMBER_WORKING_DAYS, lightOf } from '../src/desk/light';

describe('the desk light (overdue / within 3 working days / later)', () => {
  it('is red for a missed deadline, whatever the count says', () => {
    expect(lightOf({ status: 'missed', workingDaysLeft: 5 })).toBe('red');
  });

  it('is red once the due day has passed', () => {
    expect(lightOf({ status: 'open', workingDaysLeft: -1 })).toBe('red');
  });

  it('is amber from the due day itself up to 3 working days before it', () => {
    expect(lightOf({ status: 'open', workingDaysLeft: 0 })).toBe('amber');
    expect(lightOf({ status: 'open', workingDaysLeft: AMBER_WORKING_DAYS })).toBe('amber');
  });

  it('is green with more than 3 working days left', () => {
    expect(lightOf({ status: 'open', workingDaysLeft: AMBER_WORKING_DAYS + 1 })).toBe('green');
  });

  it('is unlit for a case without a deadline', () => {
    expect(lightOf(undefined)).toBe('none');
  });
});

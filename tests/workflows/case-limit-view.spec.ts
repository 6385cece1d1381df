// APL 60 办案期限 as officers see it (api.caseLimit): days used and left, pauses, extensions.
// Given a history, when asked on a date, then the view; the clock itself is S10's (scenarios).
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { CaseDriver } from './support/case-driver';

const view = (driver: CaseDriver, asOf: string) => api.caseLimit(driver.last.snapshot, asOf);

describe('the case-limit view (APL 60)', () => {
  it('is absent before filing: a clue has no case limit', () => {
    expect(view(CaseDriver.open({}, '2025-03-10'), '2025-03-11')).toBeUndefined();
  });

  it('is absent in the summary procedure (APL 51: decided on the spot)', () => {
    const driver = CaseDriver.open({ procedure: 'summary' }, '2025-06-02');
    expect(view(driver, '2025-06-02')).toBeUndefined();
  });

  it('counts from the day after filing: 90 days, none used on the day of filing', () => {
    const driver = CaseDriver.open({}, '2025-03-10').file('2025-03-12');
    expect(view(driver, '2025-03-12')).toEqual({
      filedOn: '2025-03-12',
      baseDays: 90,
      dueOn: '2025-06-10',
      paused: false,
      daysUsed: 0,
      daysLeft: 90,
      pausedSpans: [],
      extensions: [],
    });
    expect(view(driver, '2025-04-11')).toMatchObject({ daysUsed: 30, daysLeft: 60 });
  });

  it('a suspension pauses it: the days paused are not used, and the view says paused', () => {
    const driver = CaseDriver.open({}, '2025-03-10').file('2025-03-12');
    driver.accept('SUSPEND_INVESTIGATION', { ground: '等待检验结果' }, '2025-04-01');
    const during = view(driver, '2025-04-10')!;
    expect(during.paused).toBe(true);
    expect(during.pausedSpans).toEqual([expect.objectContaining({ from: '2025-04-01', days: 9 })]);
    expect(during.daysUsed).toBe(29 - 9);
    driver.accept('RESUME_INVESTIGATION', {}, '2025-05-15');
    const after = view(driver, '2025-05-15')!;
    expect(after).toMatchObject({ paused: false, dueOn: '2025-07-24' });
    expect(after.pausedSpans).toEqual([
      expect.objectContaining({ from: '2025-04-01', to: '2025-05-15', days: 44 }),
    ]);
    expect(after.daysUsed + after.pausedSpans[0].days).toBe(64);
  });

  it('an overrun case has days left below zero', () => {
    const driver = CaseDriver.open({}, '2025-03-10').file('2025-03-12');
    expect(view(driver, '2025-06-20')).toMatchObject({ dueOn: '2025-06-10', daysLeft: -10 });
  });
});

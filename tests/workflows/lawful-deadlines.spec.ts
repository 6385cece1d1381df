// Issue 12, class 9: statutory periods roll past holidays for the authority too (CPL 85 via
// ALL 101), and the authority waits for the reading most favourable to the party (§1, 调休).
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { guardIds } from './support/case-driver';
import { company, fine } from './support/factories';
import { decidedCase, notifiedCase } from './support/histories';
import { sendAsV1 } from './support/v1';

const dueOn = (driver: ReturnType<typeof decidedCase>, clock: string, asOf: string) =>
  api.deadlines(driver.last.snapshot, asOf).find((d) => d.clock === clock)?.dueOn;

describe('CPL 85: the 3-month court-enforcement window rolls past a weekend', () => {
  it('ends Mon 2026-02-09, not Sat 02-07 (6 months from service 2025-05-07, then 3 months)', () => {
    const driver = decidedCase({
      party: company(),
      penalties: [fine(20_000)],
      decideOn: '2025-05-06',
    });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
    expect(dueOn(driver, 'courtEnforcement', '2025-11-10')).toBe('2026-02-09');
  });
});

describe('ALL 45 with CPL 85: the 15-day suit window after a reconsideration decision rolls', () => {
  /** Served 2025-03-04; reconsideration decided 2025-09-16: day 15 is 10-01 (National Day). */
  const given = () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-03-03' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-03-04');
    driver.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-04-01');
    driver.accept('RECORD_APPEAL_OUTCOME', { outcome: 'upheld' }, '2025-09-16');
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-09-17');
    return driver;
  };

  it('refuses court enforcement on Thu 2025-10-09, the first working day after the holiday', () => {
    const refused = given().refuse('APPLY_COURT_ENFORCEMENT', {}, '2025-10-09');
    expect(guardIds(refused)).toEqual(['G29']);
    expect(JSON.stringify(refused)).toContain('run until 2025-10-09');
  });

  it('accepts it on 2025-10-10', () => {
    given().accept('APPLY_COURT_ENFORCEMENT', {}, '2025-10-10');
  });
});

describe('§1 调休: the authority waits for the reading most favourable to the party', () => {
  it('puts payment due on Mon 2025-09-29 when day 15 is the make-up working Sunday 09-28', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-12' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-13');
    expect(api.execution(driver.last.snapshot, '2025-09-29')).toMatchObject({
      dueOn: '2025-09-29',
      surchargeFen: 0,
    });
  });

  it('refuses to close the notice window before the weekdays-only reading has passed', () => {
    // Served Wed 2025-09-24: officially 5 WD end 09-30 (Sun 09-28 is a make-up day); counted on
    // weekdays only they end 10-09, after National Day.
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-09-24' });
    expect(guardIds(driver.refuse('END_NOTICE_PERIOD', {}, '2025-10-09'))).toEqual(['G12']);
    driver.accept('END_NOTICE_PERIOD', {}, '2025-10-10');
  });

  it('a v1 case keeps its recorded answer (the window closed on 10-01)', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-09-24' });
    expect(sendAsV1(driver, 'END_NOTICE_PERIOD', {}, '2025-10-01').ok).toBe(true);
  });
});

describe('Working-day clocks never end on a holiday (APL 85)', () => {
  it('puts the 3-WD withdrawal after a revocation on 2025-09-30 on Sat 10-11, a make-up working day', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    driver.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-17');
    driver.accept('REVOKE_DECISION', { reason: '自行纠错' }, '2025-09-30');
    expect(dueOn(driver, 'withdrawal', '2025-09-30')).toBe('2025-10-11');
  });
});

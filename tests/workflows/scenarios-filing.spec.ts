// Acceptance scenarios S08–S10 (SCENARIOS.md): filing, limitation and the case limit.
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { CaseDriver, filing, guardIds } from './support/case-driver';
import { fine, makeOfficer, makeProposal } from './support/factories';

const caseLimit = (driver: CaseDriver, asOf: string) =>
  api.deadlines(driver.last.snapshot, asOf).find((d) => d.clock === 'caseLimit');

describe('S08 one handler only (APL 42, G02)', () => {
  it('refuses FILE_CASE with one handler', () => {
    const result = CaseDriver.open({}, '2025-03-03').refuse(
      'FILE_CASE',
      filing(['h1']),
      '2025-03-04',
    );
    expect(guardIds(result)).toEqual(['G02']);
  });

  it('refuses two handlers when one credential expired the day before', () => {
    const expired = makeOfficer({
      id: 'h9',
      enforcementCredential: { number: 'ZF-9', validUntil: '2025-03-03' },
    });
    const driver = CaseDriver.open({}, '2025-03-03').withOfficers(expired);
    expect(guardIds(driver.refuse('FILE_CASE', filing(['h1', 'h9']), '2025-03-04'))).toEqual([
      'G02',
    ]);
  });

  it('accepts two credentialed handlers', () => {
    expect(
      CaseDriver.open({}, '2025-03-03').accept('FILE_CASE', filing(), '2025-03-04').state,
    ).toEqual({
      investigation: 'active',
    });
  });
});

describe('S09 limitation period (APL 36, G01)', () => {
  const violation = (harm: boolean) => ({ endedAt: '2023-05-10', lifeHealthOrFinancialHarm: harm });

  it('refuses filing more than 2 years after the act ended', () => {
    const driver = CaseDriver.open({ violation: violation(false) }, '2025-06-01');
    expect(guardIds(driver.refuse('FILE_CASE', filing(), '2025-06-03'))).toEqual(['G01']);
  });

  it('accepts it within 5 years when life, health or financial safety was harmed', () => {
    const driver = CaseDriver.open({ violation: violation(true) }, '2025-06-01');
    expect(driver.accept('FILE_CASE', filing(), '2025-06-03').stage).toBe('investigation');
  });
});

describe('S10 suspension pauses the case clock (APL 60)', () => {
  const decide = { decisionNumber: 'D-10', outcome: 'penalty', penalties: [fine(5_000)] };
  const given = () => {
    const driver = CaseDriver.open({}, '2025-03-10').file('2025-03-12');
    expect(caseLimit(driver, '2025-03-12')?.dueOn).toBe('2025-06-10');
    driver.accept('SUSPEND_INVESTIGATION', { ground: '等待检验结果' }, '2025-04-01');
    expect(caseLimit(driver, '2025-04-10')?.status).toBe('paused');
    driver.accept('RESUME_INVESTIGATION', {}, '2025-05-15');
    expect(caseLimit(driver, '2025-05-15')).toMatchObject({ dueOn: '2025-07-24', status: 'open' });
    driver.conclude(makeProposal([fine(5_000)]), '2025-05-20').review('2025-05-21');
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-05-26');
    // Dragon Boat Festival 05-31..06-02: the window ends Tue 06-03.
    driver.accept('END_NOTICE_PERIOD', {}, '2025-06-04');
    driver.accept('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-05');
    return driver;
  };

  it('moves the limit to Sat 2025-08-23 with a first extension (agency deadlines do not roll)', () => {
    expect(caseLimit(given(), '2025-06-05')).toMatchObject({
      dueOn: '2025-08-23',
      provisional: false,
    });
  });

  it('refuses DECIDE on 2025-08-25 without a collective extension (G20)', () => {
    expect(guardIds(given().refuse('DECIDE', decide, '2025-08-25'))).toEqual(['G20']);
  });

  it('refuses a second extension without a collective resolution (G20)', () => {
    expect(guardIds(given().refuse('EXTEND_CASE_LIMIT', { days: 10 }, '2025-08-20'))).toEqual([
      'G20',
    ]);
  });

  it('accepts DECIDE after a collective resolution extends the limit', () => {
    const driver = given();
    const resolution = { attendeeIds: ['a1', 'a2', 'a3'], until: '2025-09-30' };
    driver.accept('EXTEND_CASE_LIMIT', { collectiveResolution: resolution }, '2025-08-20');
    expect(caseLimit(driver, '2025-08-20')?.dueOn).toBe('2025-09-30');
    expect(driver.accept('DECIDE', decide, '2025-08-25').stage).toBe('enforcement');
  });
});

// Issue 12, class 3: the case limit (APL 60). An extension is approved before the limit runs
// out; once it has run out, no extension and no decision.
import type { TransitionResult } from '../../workflows/penalty-case/transition.types';
import { CaseDriver, guardIds } from './support/case-driver';
import { fine, makeProposal } from './support/factories';
import { sendOnV1 } from './support/v1-replay';

const messages = (result: TransitionResult): string =>
  result.ok || result.code !== 'GUARD_FAILED' ? '' : result.message;

/** Filed Wed 2025-03-12: the 90-day limit ends Tue 2025-06-10. */
const filed = () => CaseDriver.open({}, '2025-03-10').file('2025-03-12');

/** …and brought to the decision: notice 05-26, window over 06-04. */
const awaitingDecision = () => {
  const driver = filed();
  driver.conclude(makeProposal([fine(5_000)]), '2025-05-20').review('2025-05-21');
  driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-05-26');
  driver.accept('END_NOTICE_PERIOD', {}, '2025-06-04');
  return driver;
};
const decide = { decisionNumber: 'D-60', outcome: 'penalty', penalties: [fine(5_000)] };

describe('extending the case limit (APL 60)', () => {
  it('accepts a first extension on the last day of the limit', () => {
    expect(filed().accept('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-10').ok).toBe(true);
  });

  it('refuses a first extension the day after the limit ran out', () => {
    // Given a limit that ended 06-10, When an approver extends it on 06-11
    const result = filed().refuse('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-11');
    // Then it is refused: the limit can no longer be extended
    expect(guardIds(result)).toEqual(['G20']);
    expect(messages(result)).toMatch(/ran out on 2025-06-10.*APL 60/);
  });

  it('refuses a collective resolution after the extended limit ran out', () => {
    const driver = filed();
    driver.accept('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-05');
    const resolution = { attendeeIds: ['a1', 'a2', 'a3'], until: '2025-09-30' };
    const result = driver.refuse(
      'EXTEND_CASE_LIMIT',
      { collectiveResolution: resolution },
      '2025-07-11',
    );
    expect(messages(result)).toMatch(/ran out on 2025-07-10/);
  });

  it('leaves a case pinned to v1 as recorded (a late extension was accepted there)', () => {
    expect(sendOnV1(filed(), 'EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-11').ok).toBe(true);
  });
});

describe('deciding after the case limit (APL 60)', () => {
  it('refuses the decision once the limit ran out, and the late extension that would cure it', () => {
    const driver = awaitingDecision();
    expect(guardIds(driver.refuse('DECIDE', decide, '2025-06-11'))).toEqual(['G20']);
    expect(guardIds(driver.refuse('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-11'))).toEqual([
      'G20',
    ]);
  });

  it('accepts the decision within a limit extended in time', () => {
    const driver = awaitingDecision();
    driver.accept('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-10');
    expect(driver.accept('DECIDE', decide, '2025-06-11').stage).toBe('enforcement');
  });
});

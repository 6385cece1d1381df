// Issue 12, class 1: protections follow from what a decision imposes, never from its label
// (APL 44, 57, 58, 62, 63). Cases pinned to penalty-case@1 answer as they were recorded.
import type { Penalty } from '../../workflows/model/domain.types';
import type { TransitionResult } from '../../workflows/penalty-case/transition.types';
import { CaseDriver, guardIds } from './support/case-driver';
import { company, fine, makeProposal, warning } from './support/factories';
import { notifiedCase } from './support/histories';
import { sendOnV1 } from './support/v1-replay';

const messages = (result: TransitionResult, id: string): string =>
  result.ok || result.code !== 'GUARD_FAILED'
    ? ''
    : result.guards
        .filter((guard) => guard.id === id)
        .map((guard) => guard.message)
        .join('; ');

const decide = (outcome: string, penalties: Penalty[]) => ({
  decisionNumber: 'D-1',
  outcome,
  penalties,
});

/** A proposal to impose nothing, reviewed and approved: the case waits for the decision. */
function givenNoPenaltyProposal(flags: Record<string, boolean> = {}): CaseDriver {
  const driver = CaseDriver.open({}, '2025-03-03');
  driver.toNotification(makeProposal([], { flags }), {
    filed: '2025-03-04',
    concluded: '2025-03-20',
    approved: '2025-03-24',
  });
  expect(driver.stage).toBe('decision');
  return driver;
}

describe('a decision is judged by the penalties it carries (APL 44, 57, 58, 62)', () => {
  it('refuses an outcome other than penalty that carries penalties, as contradictory (APL 57 ¶1)', () => {
    // Given a proposal to impose nothing, When the decision says no_penalty but fines 5,000 yuan
    const result = givenNoPenaltyProposal().refuse(
      'DECIDE',
      decide('no_penalty', [fine(5_000)]),
      '2025-03-25',
    );
    // Then it is refused as contradictory
    expect(messages(result, 'G13')).toMatch(/outcome no_penalty contradicts.*APL 57/);
  });

  it('refuses a penalty decision that names no penalty (APL 59(3))', () => {
    const result = givenNoPenaltyProposal().refuse('DECIDE', decide('penalty', []), '2025-03-25');
    expect(messages(result, 'G13')).toMatch(/names no penalty/);
  });

  it('requires the notice for any decision carrying penalties, whatever its label (APL 44, 62)', () => {
    const result = givenNoPenaltyProposal().refuse(
      'DECIDE',
      decide('not_established', [fine(5_000)]),
      '2025-03-25',
    );
    expect(messages(result, 'G12')).toMatch(/no 告知书 has been served/);
  });

  it('requires legal review for listed penalties carried under another label (APL 58)', () => {
    const result = givenNoPenaltyProposal().refuse(
      'DECIDE',
      decide('no_penalty', [{ kind: 'revoke_license' }]),
      '2025-03-25',
    );
    expect(messages(result, 'G18')).toMatch(/revoke_license/);
  });

  it('requires collective discussion for a major violation punished under another label (APL 57 ¶2)', () => {
    const result = givenNoPenaltyProposal({ majorViolation: true }).refuse(
      'DECIDE',
      decide('no_penalty', [warning()]),
      '2025-03-25',
    );
    expect(messages(result, 'G19')).toMatch(/major_violation/);
  });

  it('still decides to impose nothing without a notice (APL 57 ¶1(2))', () => {
    const driver = givenNoPenaltyProposal();
    expect(driver.accept('DECIDE', decide('no_penalty', []), '2025-03-25').stage).toBe(
      'enforcement',
    );
  });

  it('leaves a case pinned to v1 as recorded: the label alone decided there', () => {
    const driver = givenNoPenaltyProposal();
    const result = sendOnV1(driver, 'DECIDE', decide('no_penalty', [fine(5_000)]), '2025-03-25');
    expect(result.ok).toBe(true);
  });
});

describe('a decision imposes nothing heavier than notified, per kind (APL 44, 45 ¶2, 62)', () => {
  const given = () =>
    notifiedCase({
      penalties: [fine(5_000), { kind: 'suspend_business', durationDays: 10 }],
      noticeOn: '2025-03-03',
    });
  const afterWindow = (driver: CaseDriver) => {
    driver.accept('WAIVE_RIGHTS', {}, '2025-03-04');
    return driver;
  };

  it('refuses a kind the notice did not name', () => {
    const driver = afterWindow(given());
    const penalties = [fine(5_000), warning(), { kind: 'suspend_business', durationDays: 10 }];
    const result = driver.refuse('DECIDE', decide('penalty', penalties as Penalty[]), '2025-03-05');
    expect(messages(result, 'G13')).toMatch(/more than the penalties notified/);
  });

  it('refuses a longer duration than notified', () => {
    const driver = afterWindow(given());
    const penalties: Penalty[] = [fine(5_000), { kind: 'suspend_business', durationDays: 11 }];
    const result = driver.refuse('DECIDE', decide('penalty', penalties), '2025-03-05');
    expect(guardIds(result)).toContain('G13');
  });

  it('accepts a lighter decision of the notified kinds', () => {
    const driver = notifiedCase({ penalties: [fine(5_000), warning()], noticeOn: '2025-03-03' });
    driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11');
    expect(driver.accept('DECIDE', decide('penalty', [fine(4_000)]), '2025-03-12').stage).toBe(
      'enforcement',
    );
  });
});

describe('the decision is the collective resolution (APL 57 ¶2)', () => {
  const proposal = makeProposal([fine(50_000)], { flags: { majorViolation: true } });
  /** A company, a 50,000-yuan fine for a major violation: notified, window over, to discussion. */
  const given = () => {
    const driver = CaseDriver.open({ party: company() }, '2025-03-03');
    driver.toNotification(proposal, {
      filed: '2025-03-04',
      concluded: '2025-03-20',
      approved: '2025-03-24',
    });
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-03-25');
    driver.accept('END_NOTICE_PERIOD', {}, '2025-04-02');
    expect(driver.stage).toBe('collectiveDiscussion');
    return driver;
  };
  const resolve = (driver: CaseDriver, penalties: Penalty[], outcome = 'penalty') =>
    driver.send(
      'RECORD_COLLECTIVE_DECISION',
      { attendeeIds: ['a1', 'a2', 'a3'], resolution: { ...proposal, outcome, penalties } },
      '2025-04-03',
    );

  it('refuses a resolution heavier than the notice (APL 44, 62)', () => {
    expect(messages(resolve(given(), [fine(60_000)]), 'G19')).toMatch(/more than the penalties/);
  });

  it('refuses a resolution whose label contradicts its penalties (APL 57 ¶1)', () => {
    expect(messages(resolve(given(), [fine(40_000)], 'no_penalty'), 'G19')).toMatch(/contradicts/);
  });

  it('refuses a decision lighter than the resolution', () => {
    const driver = given();
    expect(resolve(driver, [fine(40_000)]).ok).toBe(true);
    const result = driver.refuse('DECIDE', decide('penalty', [fine(30_000)]), '2025-04-07');
    expect(messages(result, 'G19')).toMatch(/departs from the collective resolution/);
  });

  it('refuses a decision heavier than the resolution though within the notice', () => {
    const driver = given();
    resolve(driver, [fine(40_000)]);
    const result = driver.refuse('DECIDE', decide('penalty', [fine(50_000)]), '2025-04-07');
    expect(guardIds(result)).toEqual(['G19']);
  });

  it('accepts the decision the resolution made', () => {
    const driver = given();
    resolve(driver, [fine(40_000)]);
    expect(driver.accept('DECIDE', decide('penalty', [fine(40_000)]), '2025-04-07').stage).toBe(
      'enforcement',
    );
  });
});

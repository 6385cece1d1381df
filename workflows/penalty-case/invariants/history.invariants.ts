// The shape of the record itself: numbered without gaps, in time order, stages moving forward.
import { earlierThan } from '../penalty-case.dates';
import { isEventType } from '../penalty-case.events';
import type { Invariant } from './invariant-kit';
import { invariant } from './invariant-kit';

/** PROCEDURE.md §4: the order of the stages (terminal outcomes share a rank). */
const RANK: Readonly<Record<string, number>> = {
  clueVerification: 0,
  summary: 1,
  investigation: 1,
  caseReview: 2,
  legalReview: 3,
  proposalApproval: 4,
  notification: 5,
  hearing: 6,
  collectiveDiscussion: 7,
  decision: 8,
  enforcement: 9,
  notFiled: 9,
  transferred: 9,
  terminated: 9,
  closed: 10,
  archived: 11,
};

/** The returns PROCEDURE.md §4 allows: event → the stages it may go back to. */
export const RETURNS: Readonly<Record<string, readonly string[]>> = {
  RETURN_FOR_INVESTIGATION: ['investigation', 'caseReview', 'legalReview', 'proposalApproval'],
  RETURN_FOR_CORRECTION: ['investigation', 'caseReview', 'legalReview', 'proposalApproval'],
  // A revised proposal goes back through review and, when heavier, a new notice (APL 45).
  REVISE_PROPOSAL: ['caseReview', 'legalReview', 'proposalApproval', 'notification'],
  // APL 58(2): the hearing report goes to legal review.
  SUBMIT_HEARING_REPORT: ['legalReview'],
  // A rejected or terminated hearing returns to the notice period.
  REJECT_HEARING: ['notification'],
  TERMINATE_HEARING: ['notification'],
  // 中止 from review or notification suspends the investigation (issue 12, class 8).
  SUSPEND_INVESTIGATION: ['investigation'],
  // 撤销并责令重新作出 (ALL 70, ARL 64): the same case is investigated and decided again.
  RECORD_APPEAL_OUTCOME: ['investigation'],
};

const I27 = invariant(
  'I27',
  'APL 47',
  'the entries of a case are numbered 1, 2, 3, … without gaps',
  (v) => [v.step.seq !== v.index + 1 && `entry ${v.index + 1} carries seq ${v.step.seq}`],
);

const I28 = invariant('I28', 'APL 47', 'a case’s events never go back in time', (v) => {
  // Entries the service writes without the machine (RECORD_RECUSAL) carry the server's time.
  if (!isEventType(v.type)) return [];
  const previous = v.before?.lastEventAt;
  return [
    !!previous &&
      earlierThan(v.step.envelope.occurredAt, previous, v.env) &&
      `occurred at ${v.step.envelope.occurredAt}, before the previous event (${previous})`,
  ];
});

const I29 = invariant(
  'I29',
  'PROCEDURE §4',
  'stages only move forward, except the returns PROCEDURE.md §4 lists',
  (v) => {
    const from = v.history[v.index - 1]?.stage;
    const to = v.step.stage;
    if (!from || from === to || !(from in RANK) || !(to in RANK)) return [];
    const backwards = RANK[to] < RANK[from];
    const allowed = RETURNS[v.type]?.includes(to) ?? false;
    return [backwards && !allowed && `${v.type} moved the case back from ${from} to ${to}`];
  },
);

export const HISTORY_INVARIANTS: readonly Invariant[] = [I27, I28, I29];

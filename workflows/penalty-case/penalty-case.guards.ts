// Which guards and flag rules apply to which event; the guard catalogue of PROCEDURE.md §6.
import type { GuardFailure } from './transition.types';
import type { EventType } from './penalty-case.events';
import { ARCHIVE_GUARDS, G34 } from './guards/archive.guards';
import { DECISION_GUARDS, G18, G19, G20 } from './guards/decision.guards';
import {
  disclosureLate,
  ENFORCEMENT_GUARDS,
  G22,
  G23,
  G24,
  G25,
  G26,
  G29,
  G31,
  G33,
  serviceLate,
  publicNoticeGroundUnstated,
  withdrawalLate,
} from './guards/enforcement.guards';
import { clueLate, FILING_GUARDS, G01, G02, G04, G06, G07, G08 } from './guards/filing.guards';
import type { GuardInput, FlagRule, Guard } from './guards/guard-kit';
import { AFTER_DECISION_GUARDS, G41, G42, G43, G44, G45 } from './guards/after-decision.guards';
import { G40, OFFICER_GUARDS } from './guards/officers.guards';
import {
  borderlineScope,
  G11,
  G12,
  G13,
  G14,
  G15,
  hearingAcceptanceLate,
  hearingAmbiguity,
  NOTICE_GUARDS,
  reviewLate,
} from './guards/notice.guards';

export type { GuardInput, Guard } from './guards/guard-kit';

interface EventRules {
  guards: readonly Guard[];
  flags?: readonly FlagRule[];
}

const none: EventRules = { guards: [] };

/** Guards evaluated for each event; every failing one is reported (GUARD_FAILED). */
export const EVENT_RULES: Readonly<Partial<Record<EventType, EventRules>>> = {
  FILE_CASE: { guards: [G01, G02, G06], flags: [clueLate] },
  DECLINE_FILING: { guards: [], flags: [clueLate] },
  TRANSFER_CLUE: { guards: [], flags: [clueLate] },
  RECORD_EVIDENCE: { guards: [G04, G06] },
  SUSPEND_INVESTIGATION: { guards: [G07] },
  RESUME_INVESTIGATION: { guards: [G07] },
  TERMINATE_INVESTIGATION: { guards: [G07] },
  EXTEND_CASE_LIMIT: { guards: [G20, G06] },
  CONCLUDE_INVESTIGATION: { guards: [G08] },
  REVISE_PROPOSAL: { guards: [G08, G12] },
  APPROVE_REVIEW: { guards: [], flags: [reviewLate] },
  PASS_LEGAL_REVIEW: { guards: [], flags: [reviewLate] },
  SERVE_NOTICE: { guards: [G11, G04, G22, G23, G24, G06], flags: [borderlineScope] },
  REQUEST_HEARING: { guards: [G14], flags: [hearingAmbiguity] },
  END_NOTICE_PERIOD: { guards: [G12] },
  ACCEPT_HEARING: { guards: [G15, G06], flags: [hearingAcceptanceLate] },
  REJECT_HEARING: { guards: [G14], flags: [hearingAcceptanceLate] },
  SCHEDULE_HEARING: { guards: [G15] },
  HOLD_HEARING: { guards: [G15] },
  SUBMIT_HEARING_REPORT: { guards: [G15] },
  RECORD_COLLECTIVE_DECISION: { guards: [G19, G06] },
  DECIDE: { guards: [G12, G13, G18, G19, G20] },
  SERVE_DECISION: {
    guards: [G22, G23, G24, G06, G04, G43],
    flags: [serviceLate, publicNoticeGroundUnstated],
  },
  APPLY_COURT_ENFORCEMENT: { guards: [G29] },
  PUBLISH_DECISION: { guards: [G25], flags: [disclosureLate] },
  WITHDRAW_PUBLICATION: { guards: [G26], flags: [withdrawalLate] },
  CLOSE_CASE: { guards: [G33] },
  ARCHIVE_CASE: { guards: [G34] },
  DECIDE_ON_SPOT: { guards: [G31, G06] },
  WITHDRAW_ADOPTION: { guards: [G12] },
  // v2 (each guard is a no-op for a v1 case where it would change a recorded answer).
  PRESERVE_EVIDENCE: { guards: [G04, G06] },
  SEIZE_PROPERTY: { guards: [G04, G06] },
  SERVE_ENFORCEMENT_REMINDER: { guards: [G04, G22, G23, G24, G06, G45] },
  APPROVE_INSTALLMENTS: { guards: [G41] },
  RECORD_APPEAL_OUTCOME: { guards: [G42] },
  REPLACE_HANDLERS: { guards: [G02, G06, G40] },
  REVOKE_DECISION: { guards: [G44] },
};

/** `disabled` is empty in production; tests remove a guard to prove the invariants catch it. */
export function guardFailures(
  facts: GuardInput,
  disabled: ReadonlySet<string> = new Set(),
): GuardFailure[] {
  return (EVENT_RULES[facts.type] ?? none).guards
    .filter((rule) => !disabled.has(rule.id))
    .flatMap((rule) => rule.check(facts));
}

export function flagsFor(facts: GuardInput): string[] {
  const raised = (EVENT_RULES[facts.type]?.flags ?? []).flatMap((rule) => rule(facts));
  return [...new Set(raised.filter((flag): flag is string => typeof flag === 'string'))];
}

/** Guards enforced as flags, refusals before the guards (FORBIDDEN) or computations. */
const ANSWERED_ELSEWHERE: Readonly<Record<string, EventType[]>> = {
  G03: ['FILE_CASE', 'DECLINE_FILING', 'TRANSFER_CLUE'],
  G09: ['APPROVE_REVIEW', 'PASS_LEGAL_REVIEW', 'RETURN_FOR_INVESTIGATION', 'RETURN_FOR_CORRECTION'],
  G15: ['SCHEDULE_HEARING', 'TERMINATE_HEARING'],
  G17: ['DECIDE'],
  G28: ['RECORD_PAYMENT', 'APPLY_COURT_ENFORCEMENT'],
};

/** Every guard of §6 in id order, with the events it answers (for describeMachine). */
export const GUARD_CATALOGUE: readonly (Guard & { events: EventType[] })[] = [
  ...FILING_GUARDS,
  ...NOTICE_GUARDS,
  ...DECISION_GUARDS,
  ...ENFORCEMENT_GUARDS,
  ...ARCHIVE_GUARDS,
  ...OFFICER_GUARDS,
  ...AFTER_DECISION_GUARDS,
]
  .map((rule) => ({
    ...rule,
    events: [
      ...new Set([
        ...(Object.keys(EVENT_RULES) as EventType[]).filter((type) =>
          EVENT_RULES[type]?.guards.some((g) => g.id === rule.id),
        ),
        ...(ANSWERED_ELSEWHERE[rule.id] ?? []),
      ]),
    ],
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

// Effects of an accepted event, derived from it and the next context: the service queues them in
// the outbox by the entry's own statement, and the dispatcher delivers them after commit.
import type { GuardInput } from './guards/guard-kit';
import { addDays, addMonths, rulesOn } from './penalty-case.dates';
import type { CaseContext } from './penalty-case.context';
import { activePublications, disclosureFor } from './penalty-case.derived';
import { withdrawalDue } from './penalty-case.clocks';
import type { Effect } from './transition.types';

function decisionData(ctx: CaseContext): Record<string, unknown> {
  const decision = ctx.decision;
  return {
    decisionNumber: decision?.decisionNumber,
    outcome: decision?.outcome,
    penalties: decision?.penalties,
    decidedOn: decision?.decidedOn,
  };
}

function publicationRecord(facts: GuardInput, next: CaseContext): Effect {
  const rules = rulesOn(next.decision?.decidedOn ?? facts.on, facts.env);
  const display = disclosureFor(next, rules).display;
  const displayUntil =
    'months' in display ? addMonths(facts.on, display.months) : addDays(facts.on, display.days);
  return {
    type: 'PUBLISH_DECISION_RECORD',
    data: {
      // The party as published is the disclosure's rule (src/disclosure/redaction, the bureau's
      // name policy), applied where the record is stored: not copied here.
      ...decisionData(next),
      channel: facts.payload.channel,
      legalBasis: next.proposal?.legalBasis,
      publishedOn: facts.on,
      displayUntil,
    },
  };
}

type EffectRule = (facts: GuardInput, next: CaseContext) => Effect[];

/** The decision whose record is published: the current one, else the one revoked on remand (v2). */
function recordNumber(ctx: CaseContext): string | undefined {
  const former = ctx.formerDecisions;
  return ctx.decision?.decisionNumber ?? former?.[former.length - 1]?.decision.decisionNumber;
}

/** APL 48 ¶2: the published record of a revoked, changed, illegal or void decision goes in 3 WD. */
const withdrawalNotice: EffectRule = (f, next) =>
  activePublications(next).length > 0 && f.payload.outcome !== 'upheld'
    ? [
        {
          type: 'NOTIFY',
          data: {
            kind: 'WITHDRAWAL_DUE',
            decisionNumber: recordNumber(next),
            dueOn: withdrawalDue(next, f.cal)?.date,
          },
        },
      ]
    : [];

const EFFECTS: Partial<Record<GuardInput['type'], EffectRule>> = {
  FILE_CASE: (f, next) => [
    { type: 'CASE_FILED', data: { handlerIds: next.handlerIds, filedOn: f.on } },
  ],
  DECIDE: (f, next) => [{ type: 'DECISION_MADE', data: decisionData(next) }],
  DECIDE_ON_SPOT: (f, next) => [
    { type: 'DECISION_MADE', data: { ...decisionData(next), procedure: 'summary' } },
  ],
  PUBLISH_DECISION: (f, next) => [publicationRecord(f, next)],
  WITHDRAW_PUBLICATION: (f, next) => [
    {
      type: 'WITHDRAW_DECISION_RECORD',
      data: {
        decisionNumber: recordNumber(next),
        channels: activePublications(f.ctx).map((p) => p.channel),
        reason: f.payload.reason,
        withdrawnOn: f.on,
      },
    },
  ],
  RECORD_APPEAL_OUTCOME: withdrawalNotice,
  REVOKE_DECISION: withdrawalNotice,
  CLOSE_CASE: (f) => [{ type: 'CASE_CLOSED', data: { closedOn: f.on } }],
  ARCHIVE_CASE: (f) => [{ type: 'CASE_ARCHIVED', data: { archivedOn: f.on } }],
};

export function effectsFor(facts: GuardInput, next: CaseContext): Effect[] {
  return EFFECTS[facts.type]?.(facts, next) ?? [];
}

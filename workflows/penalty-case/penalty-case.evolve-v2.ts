// Context evolution of the acts added in penalty-case@2: handlers replaced, 自行纠错, remand.
import type { CaseContext, CaseEvent, FormerDecision } from './penalty-case.context';
import type { EventPayloads, Reducer, Reducers } from './penalty-case.payload-types';

/** ALL 70, ARL 64: the decision is revoked and made again in this case; the old one is kept. */
function remand(ctx: CaseContext, e: CaseEvent): Partial<CaseContext> {
  const appeals = ctx.appeals.map((a) =>
    a.outcome ? a : { ...a, outcome: 'remanded' as const, outcomeOn: e.on },
  );
  const former: FormerDecision | undefined = ctx.decision && {
    decision: { ...ctx.decision, revokedOn: e.on, revokeReason: 'remanded' },
    remandedOn: e.on,
    service: ctx.service,
    payments: ctx.payments,
    notices: ctx.notices,
    statements: ctx.statements,
    waivers: ctx.waivers,
    hearings: ctx.hearings,
    appeals,
    enforcementReminders: ctx.enforcementReminders,
    publications: [],
  };
  return {
    formerDecisions: [...(ctx.formerDecisions ?? []), ...(former ? [former] : [])],
    remandedOn: e.on,
    // A new round: a new proposal, notice, hearing and decision (APL 44, 45, 63).
    decision: undefined,
    service: undefined,
    installments: undefined,
    court: undefined,
    settledOn: undefined,
    disclosureExemption: undefined,
    payments: [],
    notices: [],
    statements: [],
    waivers: [],
    hearings: [],
    appeals: [],
    enforcementReminders: [],
  };
}

/** At the new decision, the withdrawn records of the revoked one move to its history. */
function archiveWithdrawn(ctx: CaseContext): Partial<CaseContext> {
  const former = ctx.formerDecisions;
  if (!ctx.remandedOn || !former || former.length === 0) {
    return {};
  }
  const withdrawn = ctx.publications.filter((p) => p.withdrawnOn);
  const last = former[former.length - 1];
  return {
    publications: ctx.publications.filter((p) => !p.withdrawnOn),
    formerDecisions: [
      ...former.slice(0, -1),
      { ...last, publications: [...last.publications, ...withdrawn] },
    ],
  };
}

export function v2Reducers(notice: Reducers, enforcement: Reducers): Reducers {
  const decide = notice.DECIDE as Reducer<EventPayloads['DECIDE']>;
  const outcome = enforcement.RECORD_APPEAL_OUTCOME as Reducer<
    EventPayloads['RECORD_APPEAL_OUTCOME']
  >;
  return {
    REPLACE_HANDLERS: (ctx, e, p) => {
      const handlerIds = [...new Set(p.handlerIds)];
      const change = {
        on: e.on,
        by: e.actorId,
        previous: ctx.handlerIds,
        handlerIds,
        reason: p.reason,
      };
      return { handlerIds, handlerChanges: [...(ctx.handlerChanges ?? []), change] };
    },
    REVOKE_DECISION: (ctx, e, p) => ({
      decision: ctx.decision && { ...ctx.decision, revokedOn: e.on, revokeReason: p.reason },
    }),
    RECORD_APPEAL_OUTCOME: (ctx, e, p) =>
      p.outcome === 'remanded' ? remand(ctx, e) : outcome(ctx, e, p),
    DECIDE: (ctx, e, p) => {
      const archived = archiveWithdrawn(ctx);
      return { ...archived, ...decide({ ...ctx, ...archived }, e, p) };
    },
  };
}

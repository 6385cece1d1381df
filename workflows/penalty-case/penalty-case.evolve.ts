// Context evolution after the proposal: notice, hearing, decision, execution, disclosure, closing.
import { effectiveServiceOn, owedFen } from './penalty-case.clocks';
import type { CaseContext, CaseEvent, Hearing } from './penalty-case.context';
import { sinceV2 } from './penalty-case.context';
import { calendarFor, dayOf, rulesOn } from './penalty-case.dates';
import { paidFen, pendingAdoptions } from './penalty-case.derived';
import type { EventPayloads, Reducer, Reducers } from './penalty-case.payload-types';
import { INVESTIGATION_REDUCERS, notice, replaceLast } from './penalty-case.evolve-investigation';
import { v2Reducers } from './penalty-case.evolve-v2';

const hearing =
  <P>(update: (h: Hearing, e: CaseEvent, p: P) => Partial<Hearing>): Reducer<P> =>
  (ctx, e, p) => ({ hearings: replaceLast(ctx.hearings, (h) => ({ ...h, ...update(h, e, p) })) });

const decision = (
  e: CaseEvent,
  p: EventPayloads['DECIDE_ON_SPOT' | 'DECIDE'],
  outcome: string,
) => ({
  decisionNumber: p.decisionNumber,
  outcome,
  penalties: p.penalties,
  decidedOn: e.on,
  ruleSetId: rulesOn(e.on, e.env).id,
});

const NOTICE_REDUCERS: Reducers = {
  SERVE_NOTICE: (ctx, e, p) => ({ notices: [...ctx.notices, notice(ctx, e, p)] }),
  RECEIVE_STATEMENT: (ctx, e, p) => ({
    statements: [
      ...ctx.statements,
      {
        notice: ctx.notices.length - 1,
        receivedOn: e.on,
        actOn: p.postmarkedAt ? dayOf(p.postmarkedAt, e.env) : e.on,
        summary: p.summary,
      },
    ],
  }),
  REVIEW_STATEMENT: (ctx, e, p) => ({
    statements: ctx.statements.map((s) =>
      s.review
        ? s
        : {
            ...s,
            review: {
              on: e.on,
              accepted: p.accepted,
              summary: p.summary,
              // penalty-case@2, APL 45: what was adopted, against which proposal.
              ...(sinceV2(ctx) ? { revision: ctx.revision } : {}),
              ...(p.adopted !== undefined ? { adopted: p.adopted } : {}),
            },
          },
    ),
  }),
  WITHDRAW_ADOPTION: (ctx, e, p) => {
    const pending = new Set(pendingAdoptions(ctx));
    return {
      statements: ctx.statements.map((s) =>
        pending.has(s) && s.review
          ? { ...s, review: { ...s.review, withdrawn: { on: e.on, reason: p.reason } } }
          : s,
      ),
    };
  },
  WAIVE_RIGHTS: (ctx, e) => ({
    waivers: [...ctx.waivers, { on: e.on, notice: ctx.notices.length - 1 }],
  }),
  REQUEST_HEARING: (ctx, e, p) => ({
    hearings: [
      ...ctx.hearings,
      {
        notice: ctx.notices.length - 1,
        requestedOn: e.on,
        actOn: p.postmarkedAt ? dayOf(p.postmarkedAt, e.env) : e.on,
      },
    ],
  }),
  ACCEPT_HEARING: hearing((h, e, p) => ({
    presidingOfficerId: p.presidingOfficerId,
    acceptedOn: e.on,
  })),
  REJECT_HEARING: hearing((h, e, p) => ({
    rejected: { on: e.on, reason: p.reason, ...(p.ground ? { ground: p.ground } : {}) },
  })),
  SCHEDULE_HEARING: hearing((h, e, p) => ({
    hearingAt: p.hearingAt,
    noticeServedAt: p.noticeServedAt,
  })),
  HOLD_HEARING: hearing((h, e, p) => ({ heldOn: e.on, transcriptSha256: p.transcriptSha256 })),
  TERMINATE_HEARING: hearing((h, e, p) => ({ terminated: { on: e.on, reason: p.reason } })),
  SUBMIT_HEARING_REPORT: hearing((h, e, p) => ({ report: { on: e.on, opinion: p.opinion } })),
  RECORD_COLLECTIVE_DECISION: (ctx, e, p) => ({
    collectiveDecisions: [
      ...ctx.collectiveDecisions,
      { on: e.on, attendeeIds: p.attendeeIds, resolution: p.resolution, revision: ctx.revision },
    ],
  }),
  DECIDE: (ctx, e, p) => ({ decision: decision(e, p, p.outcome) }),
  DECIDE_ON_SPOT: (ctx, e, p) => ({
    decision: decision(e, p, 'penalty'),
    summaryCase: { officersPresent: p.officersPresent },
    handlerIds: [...new Set([...ctx.handlerIds, ...p.officersPresent])],
  }),
};

const ENFORCEMENT_REDUCERS: Reducers = {
  SERVE_DECISION: (ctx, e, p) => ({
    service: {
      method: p.method,
      on: e.on,
      servedOn: effectiveServiceOn(p.method, e.on),
      electronicConsent: p.electronicConsent,
      witnessIds: p.witnessIds,
      recordingSha256: p.recordingSha256,
    },
  }),
  RECORD_PAYMENT: (ctx, e, p) => ({
    payments: [...ctx.payments, { on: e.on, amountFen: p.amountFen }],
  }),
  APPROVE_INSTALLMENTS: (ctx, e, p) => ({ installments: { approvedOn: e.on, plan: p.plan } }),
  RECORD_APPEAL: (ctx, e, p) => ({ appeals: [...ctx.appeals, { kind: p.kind, filedOn: e.on }] }),
  RECORD_APPEAL_OUTCOME: (ctx, e, p) => ({
    appeals: ctx.appeals.map((a) =>
      a.outcome ? a : { ...a, outcome: p.outcome, outcomeOn: e.on },
    ),
    decision: ctx.decision && appealed(ctx.decision, e, p),
  }),
  SERVE_ENFORCEMENT_REMINDER: (ctx, e) => ({
    enforcementReminders: [...ctx.enforcementReminders, e.on],
  }),
  APPLY_COURT_ENFORCEMENT: (ctx, e) => ({ court: { appliedOn: e.on } }),
  RECORD_COURT_OUTCOME: (ctx, e, p) => ({
    court: { appliedOn: ctx.court?.appliedOn ?? e.on, outcome: p.outcome, outcomeOn: e.on },
  }),
  PUBLISH_DECISION: (ctx, e, p) => ({
    publications: [...ctx.publications, { channel: p.channel, publishedOn: e.on }],
  }),
  WITHDRAW_PUBLICATION: (ctx, e, p) => ({
    publications: ctx.publications.map((pub) =>
      pub.withdrawnOn ? pub : { ...pub, withdrawnOn: e.on, withdrawReason: p.reason },
    ),
  }),
  EXEMPT_FROM_DISCLOSURE: (ctx, e, p) => ({ disclosureExemption: { on: e.on, reason: p.reason } }),
  FILE_WITH_DEPARTMENT: (ctx, e) => ({
    summaryCase: {
      officersPresent: ctx.summaryCase?.officersPresent ?? [],
      filedWithDepartmentOn: e.on,
    },
  }),
  CLOSE_CASE: (ctx, e) => ({ closedOn: e.on }),
  ARCHIVE_CASE: (ctx, e) => ({ archivedOn: e.on }),
};

/** APL 48 / DR 11: a revoked decision is void; a changed one carries the new penalties. */
function appealed(
  d: NonNullable<CaseContext['decision']>,
  e: CaseEvent,
  p: EventPayloads['RECORD_APPEAL_OUTCOME'],
) {
  if (p.outcome === 'revoked') {
    return { ...d, revokedOn: e.on };
  }
  // v2 (ALL 74, 75): 确认违法 leaves the decision in force; 确认无效 voids it from the start.
  if (p.outcome === 'confirmed_illegal') {
    return { ...d, confirmedIllegalOn: e.on };
  }
  if (p.outcome === 'confirmed_void') {
    return { ...d, voidOn: e.on };
  }
  if (p.outcome === 'changed') {
    return {
      ...d,
      changedOn: e.on,
      originalPenalties: d.penalties,
      penalties: p.penalties ?? d.penalties,
    };
  }
  return d;
}

/** Settled once the party has paid what is owed that day (money due + surcharge, G28). */
function settle(ctx: CaseContext, e: CaseEvent): CaseContext {
  if (ctx.settledOn || !ctx.decision || !ctx.service) {
    return ctx;
  }
  const owed = owedFen(ctx, calendarFor(e.env), e.on);
  return paidFen(ctx) >= owed ? { ...ctx, settledOn: e.on } : ctx;
}

const REDUCERS: Reducers = {
  ...INVESTIGATION_REDUCERS,
  ...NOTICE_REDUCERS,
  ...ENFORCEMENT_REDUCERS,
  ...v2Reducers(NOTICE_REDUCERS, ENFORCEMENT_REDUCERS),
};

/** The next context: the event's patch, settlement, the event's date and its flags. */
export function evolve(ctx: CaseContext, event: CaseEvent): CaseContext {
  // The payload was validated against the event's schema before the machine sees it.
  const reducer = REDUCERS[event.type] as Reducer<unknown> | undefined;
  const next = { ...ctx, ...(reducer ? reducer(ctx, event, event.payload) : {}) };
  return {
    ...settle(next, event),
    lastEventAt: event.at,
    lastEventOn: event.on,
    flags: [...new Set([...ctx.flags, ...event.flags])],
  };
}

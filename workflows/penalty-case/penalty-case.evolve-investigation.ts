// Context evolution from registration to the decision (pure: context + event → patch).
import type { CaseContext, CaseEvent, Notice } from './penalty-case.context';
import { currentProposal, latestHearing } from './penalty-case.derived';
import type { EventPayloads, Reducer, Reducers } from './penalty-case.payload-types';

const replaceLast = <T>(items: readonly T[], update: (item: T) => T): T[] =>
  items.map((item, index) => (index === items.length - 1 ? update(item) : item));

const newProposal = (
  ctx: CaseContext,
  e: CaseEvent,
  p: EventPayloads['REVISE_PROPOSAL'] | EventPayloads['CONCLUDE_INVESTIGATION'],
): Partial<CaseContext> => ({
  proposal: p.proposal,
  revision: ctx.revision + 1,
  // §5: a manual flag may raise the legal-review requirement, never lower it.
  manualLegalReview: ctx.manualLegalReview || p.legalReviewRequired === true,
});

const returned =
  (disposition: string): Reducer<{ issues: string }> =>
  (ctx, e, p) => ({
    returns: [...ctx.returns, { on: e.on, by: e.actorId, disposition, issues: p.issues }],
  });

export const INVESTIGATION_REDUCERS: Reducers = {
  EXTEND_CLUE_VERIFICATION: (ctx, e) => ({ clueExtendedOn: e.on }),
  FILE_CASE: (ctx, e, p) => ({ filedOn: e.on, handlerIds: [...new Set(p.handlerIds)] }),
  DECLINE_FILING: (ctx, e, p) => ({
    clueClosed: { on: e.on, kind: 'declined', ground: p.ground, detail: p.reason },
  }),
  TRANSFER_CLUE: (ctx, e, p) => ({
    clueClosed: { on: e.on, kind: 'transferred', ground: p.ground, detail: p.to },
  }),
  RECORD_EVIDENCE: (ctx, e, p) => ({
    evidence: [
      ...ctx.evidence,
      {
        on: e.on,
        kind: p.kind,
        description: p.description,
        sha256: p.sha256,
        officersPresent: p.officersPresent,
        recordType: p.recordType ?? 'text',
        // Only when given, so the snapshots of logs recorded before attachments stay as they were.
        ...(p.attachments ? { attachments: p.attachments } : {}),
      },
    ],
  }),
  PRESERVE_EVIDENCE: (ctx, e, p) => ({
    preservations: [...ctx.preservations, { on: e.on, items: p.items }],
  }),
  DISPOSE_PRESERVED_EVIDENCE: (ctx, e, p) => ({
    preservations: ctx.preservations.map((item) =>
      item.disposedOn ? item : { ...item, disposedOn: e.on, disposition: p.disposition },
    ),
  }),
  SEIZE_PROPERTY: (ctx, e, p) => ({
    seizures: [...ctx.seizures, { on: e.on, items: p.items, recordingSha256: p.recordingSha256 }],
  }),
  EXTEND_SEIZURE: (ctx, e) => ({
    seizures: ctx.seizures.map((item) =>
      item.releasedOn || item.extendedOn ? item : { ...item, extendedOn: e.on },
    ),
  }),
  RELEASE_PROPERTY: (ctx, e) => ({
    seizures: ctx.seizures.map((item) => (item.releasedOn ? item : { ...item, releasedOn: e.on })),
  }),
  SUSPEND_INVESTIGATION: (ctx, e, p) => ({
    suspensions: [...ctx.suspensions, { from: e.on, ground: p.ground }],
  }),
  RESUME_INVESTIGATION: (ctx, e) => ({
    suspensions: replaceLast(ctx.suspensions, (span) => ({ ...span, to: e.on })),
  }),
  TERMINATE_INVESTIGATION: (ctx, e, p) => ({
    termination: { on: e.on, ground: p.ground, reason: p.reason },
    suspensions: replaceLast(ctx.suspensions, (span) => (span.to ? span : { ...span, to: e.on })),
  }),
  EXTEND_CASE_LIMIT: (ctx, e, p) => ({
    extensions: [
      ...ctx.extensions,
      { on: e.on, days: p.days, collectiveResolution: p.collectiveResolution },
    ],
  }),
  CONCLUDE_INVESTIGATION: (ctx, e, p) => ({ ...newProposal(ctx, e, p), report: p.report }),
  REVISE_PROPOSAL: newProposal,
  APPROVE_REVIEW: (ctx, e, p) => ({
    reviews: [...ctx.reviews, review(ctx, e, p, 'case')],
  }),
  PASS_LEGAL_REVIEW: (ctx, e, p) => ({
    reviews: [...ctx.reviews, review(ctx, e, p, 'legal')],
  }),
  RETURN_FOR_INVESTIGATION: (ctx, e, p) => returned(p.disposition)(ctx, e, p),
  RETURN_FOR_CORRECTION: returned('correction'),
  APPROVE_PROPOSAL: (ctx) => ({ approvedRevision: ctx.revision }),
};

function review(ctx: CaseContext, e: CaseEvent, p: { opinion: string }, kind: 'case' | 'legal') {
  const report = latestHearing(ctx)?.report;
  return {
    kind,
    revision: ctx.revision,
    on: e.on,
    reviewerId: e.actorId,
    opinion: p.opinion,
    afterHearing: kind === 'legal' && !!report,
  };
}

export const notice = (
  ctx: CaseContext,
  e: CaseEvent,
  p: EventPayloads['SERVE_NOTICE'],
): Notice => ({
  servedOn: e.on,
  method: p.method,
  includesHearingRight: p.includesHearingRight,
  revision: ctx.revision,
  penalties: currentProposal(ctx).penalties,
});

export { replaceLast };

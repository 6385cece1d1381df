// GuardInput derived from the case context, shared by guards, routing and clocks.
import type { Penalty, Proposal } from '../model/domain.types';
import type { RuleSet } from '../rules/rule-set';
import {
  collectiveDiscussionRequired,
  confiscationFen,
  confiscationValueDropped,
  disclosureObligation,
  fineFen,
  hearingScope,
  isHeavier,
  legalReviewRequired,
} from '../rules/rule-set';
import type { CaseContext, Hearing, Notice, Statement } from './penalty-case.context';
import { sinceV2 } from './penalty-case.context';
import { before } from './penalty-case.dates';

const NO_PROPOSAL: Proposal = { outcome: 'no_penalty', penalties: [], legalBasis: '' };

export function currentProposal(ctx: CaseContext): Proposal {
  return ctx.proposal ?? NO_PROPOSAL;
}

/**
 * penalty-case@2 (APL 44, 57 ¶2, 58, 62, 63): what a proposal, resolution or decision imposes
 * decides the party's protections, never its outcome label. v1 read the label alone.
 */
export function asImposed(ctx: CaseContext, proposal: Proposal): Proposal {
  return sinceV2(ctx) && proposal.penalties.length > 0 && proposal.outcome !== 'penalty'
    ? { ...proposal, outcome: 'penalty' }
    : proposal;
}

export function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

export function latestNotice(ctx: CaseContext): Notice | undefined {
  return lastOf(ctx.notices);
}

/** A notice was served for the current proposal (this round of 告知). */
export function noticeServedForCurrent(ctx: CaseContext): boolean {
  return ctx.notices.some((notice) => notice.revision === ctx.revision);
}

export function latestHearing(ctx: CaseContext): Hearing | undefined {
  return lastOf(ctx.hearings);
}

/** APL 58(2): a hearing was held (and the requirement of a later legal review follows). */
export function heldHearing(ctx: CaseContext): Hearing | undefined {
  return [...ctx.hearings].reverse().find((hearing) => hearing.heldOn !== undefined);
}

export function hearingPending(ctx: CaseContext): boolean {
  const hearing = latestHearing(ctx);
  return !!hearing && !hearing.rejected && !hearing.terminated && !hearing.report;
}

export function legalReviewRequirement(
  ctx: CaseContext,
  rules: RuleSet,
  proposal: Proposal = currentProposal(ctx),
  manualFlag = ctx.manualLegalReview,
): { required: boolean; reasons: string[] } {
  return legalReviewRequired(asImposed(ctx, proposal), ctx.party, rules, {
    hearingHeld: heldHearing(ctx) !== undefined,
    manualFlag,
    unstatedValueRequiresReview: sinceV2(ctx),
  });
}

/** APL 58: a legal review passed on the current proposal, after the hearing report if one was held. */
export function legalReviewPassed(ctx: CaseContext): boolean {
  const report = heldHearing(ctx)?.report;
  return ctx.reviews.some(
    (review) =>
      review.kind === 'legal' &&
      review.revision === ctx.revision &&
      (!report || !before(review.on, report.on)),
  );
}

/** The current proposal passed 审核 (a legal review that replaced it counts). */
export function reviewPassed(ctx: CaseContext): boolean {
  return ctx.reviews.some((review) => review.revision === ctx.revision);
}

export function legalReviewPending(ctx: CaseContext, rules: RuleSet): boolean {
  return legalReviewRequirement(ctx, rules).required && !legalReviewPassed(ctx);
}

export function collectiveRequirement(ctx: CaseContext, rules: RuleSet) {
  return collectiveDiscussionRequired(asImposed(ctx, currentProposal(ctx)), ctx.party, rules);
}

export function collectiveRecorded(ctx: CaseContext): boolean {
  return ctx.collectiveDecisions.some((decision) => decision.revision === ctx.revision);
}

export function collectivePending(ctx: CaseContext, rules: RuleSet): boolean {
  return collectiveRequirement(ctx, rules).required && !collectiveRecorded(ctx);
}

export function hearingScopeOf(ctx: CaseContext, rules: RuleSet) {
  return hearingScope(asImposed(ctx, currentProposal(ctx)), ctx.party, rules, {
    unstatedValueInScope: sinceV2(ctx),
  });
}

/**
 * G13, APL 44, 45 ¶2: heavier per kind; from v2 also a confiscation whose value the notice stated
 * and `decided` leaves unstated (APL 63(2): it may then be 较大价值, a hearing the notice withheld).
 */
export function heavierThanNotified(
  ctx: CaseContext,
  decided: Penalty[],
  notified: Penalty[],
): boolean {
  return (
    isHeavier(decided, notified) || (sinceV2(ctx) && confiscationValueDropped(decided, notified))
  );
}

/** APL 44, 45: the current proposal must be notified (first notice, or heavier than notified). */
export function needsNotice(ctx: CaseContext): boolean {
  const proposal = asImposed(ctx, currentProposal(ctx));
  if (proposal.outcome !== 'penalty') {
    return false;
  }
  const notice = latestNotice(ctx);
  return !notice || heavierThanNotified(ctx, proposal.penalties, notice.penalties);
}

/**
 * APL 45 (成立的，应当采纳): statements whose accepted defence still waits for a revised proposal
 * or a reasoned withdrawal of the adoption (penalty-case@2 records the revision reviewed).
 */
export function pendingAdoptions(ctx: CaseContext): Statement[] {
  return ctx.statements.filter(
    (statement) =>
      statement.review?.accepted === true &&
      statement.review.revision === ctx.revision &&
      !statement.review.withdrawn,
  );
}

/** The penalties in force: changed by an appeal outcome, none when revoked. */
export function decidedPenalties(ctx: CaseContext): Penalty[] {
  // v2: a decision confirmed void (确认无效, ALL 75) imposes nothing either.
  if (!ctx.decision || ctx.decision.revokedOn || ctx.decision.voidOn) {
    return [];
  }
  return ctx.decision.penalties;
}

/** Money the party owes under the decision (fine plus confiscated gains), in fen. */
export function moneyDueFen(ctx: CaseContext): number {
  const penalties = decidedPenalties(ctx);
  return fineFen(penalties) + confiscationFen(penalties);
}

export function disclosureFor(ctx: CaseContext, rules: RuleSet) {
  if (!ctx.decision || ctx.decision.revokedOn || ctx.decision.voidOn) {
    return disclosureObligation(ctx.procedure, [], rules);
  }
  return disclosureObligation(ctx.procedure, decidedPenalties(ctx), rules);
}

export function activePublications(ctx: CaseContext) {
  return ctx.publications.filter((publication) => !publication.withdrawnOn);
}

export function appealPending(ctx: CaseContext): boolean {
  return ctx.appeals.some((appeal) => appeal.outcome === undefined);
}

export function paidFen(ctx: CaseContext): number {
  return ctx.payments.reduce((total, payment) => total + payment.amountFen, 0);
}

export function isHandler(ctx: CaseContext, officerId: string): boolean {
  return ctx.handlerIds.includes(officerId);
}

/**
 * PROCEDURE.md §3: who is a handler for the separation of duties — a handler now, or one replaced
 * (REPLACE_HANDLERS) who investigated the case before; neither reviews, presides or decides alone.
 */
export function handledCase(ctx: CaseContext, officerId: string): boolean {
  return (
    isHandler(ctx, officerId) ||
    (ctx.handlerChanges ?? []).some((change) => change.previous.includes(officerId))
  );
}

/** The service→execution region is done: performed, enforced, or nothing to perform. */
export function executionDone(ctx: CaseContext): boolean {
  if (ctx.decision?.outcome === 'transfer_judiciary') {
    return true;
  }
  // v2: nothing to perform under a decision revoked (自行纠错, before service) or void.
  if (ctx.decision?.voidOn || (sinceV2(ctx) && ctx.decision?.revokedOn)) {
    return true;
  }
  return !!ctx.service && (!!ctx.settledOn || ctx.court?.outcome !== undefined);
}

/** The disclosure region is done: published on every channel, exempt, not required or withdrawn. */
export function disclosureDone(ctx: CaseContext, rules: RuleSet): boolean {
  const active = activePublications(ctx);
  // DR 11: a revoked or changed decision stays on the record until it is withdrawn.
  const d = ctx.decision;
  const withdrawable = d?.revokedOn || d?.changedOn || d?.confirmedIllegalOn || d?.voidOn;
  // v2: a decision revoked on remand leaves its records to withdraw too (APL 48 ¶2).
  if ((withdrawable || (!d && ctx.remandedOn)) && active.length > 0) {
    return false;
  }
  if (!disclosureFor(ctx, rules).mustPublish || ctx.disclosureExemption) {
    return true;
  }
  const channels = new Set(ctx.publications.map((publication) => publication.channel));
  const withdrawn = ctx.publications.some((publication) => publication.withdrawnOn);
  return withdrawn || (channels.has('gsxt') && channels.has('website'));
}

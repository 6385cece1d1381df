// 法制审核 and 集体讨论: when a decision needs them (PROCEDURE.md §5).
import type { Party, Proposal } from '../model/domain.types';
import { confiscationValueUnstated, fineFen, isOrganisation } from './penalty-amounts';
import type { RuleSet } from './rule-set.types';

export interface Requirement {
  required: boolean;
  reasons: string[];
}

/** The bureau's 重大执法决定法制审核目录 [C]: a large fine or a listed penalty kind. */
function bureauListReasons(proposal: Proposal, party: Party, rules: RuleSet): string[] {
  if (proposal.outcome !== 'penalty') {
    return [];
  }
  const threshold = isOrganisation(party.kind)
    ? rules.legalReview.organisationFineFen
    : rules.legalReview.naturalPersonFineFen;
  const reasons: string[] = [];
  // "以上" includes the threshold (民法典 1259).
  if (fineFen(proposal.penalties) >= threshold) {
    reasons.push('large_fine');
  }
  for (const kind of rules.legalReview.penaltyKinds) {
    if (proposal.penalties.some((penalty) => penalty.kind === kind)) {
      reasons.push(kind);
    }
  }
  return reasons;
}

/** APL 58 + the bureau's list; `hearingHeld` makes it required (APL 58(2)). */
export function legalReviewRequired(
  proposal: Proposal,
  party: Party,
  rules: RuleSet,
  opts: { hearingHeld: boolean; manualFlag?: boolean; unstatedValueRequiresReview?: boolean },
): Requirement {
  const reasons: string[] = [];
  // APL 58(1): 涉及重大公共利益.
  if (proposal.flags?.majorPublicInterest) {
    reasons.push('major_public_interest');
  }
  // APL 58(2): 直接关系重大权益, 经过听证程序.
  if (opts.hearingHeld) {
    reasons.push('hearing_held');
  }
  // APL 58(3): 疑难复杂、涉及多个法律关系.
  if (proposal.flags?.complex) {
    reasons.push('complex');
  }
  // APL 58(4) and the bureau's list.
  reasons.push(...bureauListReasons(proposal, party, rules));
  // APL 63(2), 58: a confiscation of unstated value may be 较大价值; the reviewer checks the value.
  if (
    opts.unstatedValueRequiresReview &&
    proposal.outcome === 'penalty' &&
    confiscationValueUnstated(proposal.penalties)
  ) {
    reasons.push('confiscation_value_unstated');
  }
  // A manual flag can raise the requirement, never lower it (§5).
  if (opts.manualFlag) {
    reasons.push('manual_flag');
  }
  return { required: reasons.length > 0, reasons };
}

/**
 * APL 57 ¶2: 对情节复杂或者重大违法行为给予行政处罚 needs a collective decision, so only a
 * proposal to impose a penalty is concerned; the bureau may add the legal-review triggers [C].
 * (A second extension of the case limit, APL 60 / PR, is the machine's business, not this rule.)
 */
export function collectiveDiscussionRequired(
  proposal: Proposal,
  party: Party,
  rules: RuleSet,
): Requirement {
  if (proposal.outcome !== 'penalty') {
    return { required: false, reasons: [] };
  }
  const reasons: string[] = [];
  if (proposal.flags?.complex) {
    reasons.push('complex');
  }
  if (proposal.flags?.majorViolation) {
    reasons.push('major_violation');
  }
  if (rules.collectiveDiscussion.sameTriggersAsLegalReview) {
    if (proposal.flags?.majorPublicInterest) {
      reasons.push('major_public_interest');
    }
    reasons.push(...bureauListReasons(proposal, party, rules));
  }
  return { required: reasons.length > 0, reasons };
}

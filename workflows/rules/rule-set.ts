// CONTRACT STUB — implemented by the rules work. Defaults of PROCEDURE.md §5 as versioned config.
import type { IsoDate, Party, Penalty, PartyKind, Proposal } from '../model/domain.types';

/** A bureau's configurable thresholds and lists; values marked [C] in PROCEDURE.md. */
export interface RuleSet {
  id: string; // e.g. 'default@2021-07-15'
  effectiveFrom: IsoDate;
  hearing: {
    /** ≥ this fine (fen) offers a hearing: natural person / individual business. APL 63, HR. */
    naturalPersonFineFen: number;
    organisationFineFen: number;
    /** Fine and confiscation are not added by default; the sum crossing flags HEARING_SCOPE_BORDERLINE. */
    aggregateFineAndConfiscation: boolean;
  };
  legalReview: {
    naturalPersonFineFen: number;
    organisationFineFen: number;
    penaltyKinds: Penalty['kind'][];
  };
  collectiveDiscussion: { sameTriggersAsLegalReview: boolean; minimumApprovers: number };
  summary: { naturalPersonMaxFineFen: number; organisationMaxFineFen: number };
  disclosure: {
    /** Fines at or below this (fen) display 3 months instead of 3 years (province threshold). */
    shortDisplayMaxFineFen: number;
  };
}

export interface RuleRegistry {
  /** The rule set in force on `date` (the latest whose effectiveFrom ≤ date). */
  inForceOn(date: IsoDate): RuleSet;
}

export const DEFAULT_RULE_SET: RuleSet = undefined as unknown as RuleSet;
export function createRuleRegistry(sets: RuleSet[]): RuleRegistry {
  throw new Error(`not implemented ${sets.length}`);
}
export const defaultRuleRegistry: RuleRegistry = undefined as unknown as RuleRegistry;

export function isOrganisation(kind: PartyKind): boolean {
  throw new Error(`not implemented ${kind}`);
}

export interface HearingScope {
  required: boolean;
  /** Why (e.g. 'large_fine', 'revoke_license'); empty when not required. */
  reasons: string[];
  /** HEARING_SCOPE_BORDERLINE when fine + confiscation crosses but neither alone does. */
  flags: string[];
}
/** APL 63: whether the notice must offer a hearing. */
export function hearingScope(proposal: Proposal, party: Party, rules: RuleSet): HearingScope {
  throw new Error(`not implemented ${proposal.outcome} ${party.kind} ${rules.id}`);
}
/** APL 58 + the bureau's list; `hearingHeld` makes it required (APL 58(2)). */
export function legalReviewRequired(
  proposal: Proposal,
  party: Party,
  rules: RuleSet,
  opts: { hearingHeld: boolean; manualFlag?: boolean },
): { required: boolean; reasons: string[] } {
  throw new Error(`not implemented ${proposal.outcome} ${party.kind} ${rules.id} ${opts.hearingHeld}`);
}
/** APL 57: complex or major violations (flags) and the bureau's list. */
export function collectiveDiscussionRequired(
  proposal: Proposal,
  party: Party,
  rules: RuleSet,
): { required: boolean; reasons: string[] } {
  throw new Error(`not implemented ${proposal.outcome} ${party.kind} ${rules.id}`);
}
/** APL 51 / G31: whether the penalties may be decided on the spot. */
export function summaryAllowed(
  penalties: Penalty[],
  party: Party,
  rules: RuleSet,
): { allowed: boolean; reason?: string } {
  throw new Error(`not implemented ${penalties.length} ${party.kind} ${rules.id}`);
}
/** Total fine, confiscation, sum for comparison of severity (G13). */
export function fineFen(penalties: Penalty[]): number {
  throw new Error(`not implemented ${penalties.length}`);
}
/** G13: true when `decided` is heavier than `notified` (more or larger penalties, longer durations). */
export function isHeavier(decided: Penalty[], notified: Penalty[]): boolean {
  throw new Error(`not implemented ${decided.length} ${notified.length}`);
}

export interface DisclosureObligation {
  /** DR 2, 5, 6: ordinary procedure, not warning-only. */
  mustPublish: boolean;
  reason?: string;
  /** DR 13, 14: display length. */
  display: { months: number } | { days: number };
}
export function disclosureObligation(
  procedure: 'ordinary' | 'summary',
  penalties: Penalty[],
  rules: RuleSet,
): DisclosureObligation {
  throw new Error(`not implemented ${procedure} ${penalties.length} ${rules.id}`);
}

/**
 * APL 72 / AEL 45 (G28): 3 % of the original fine per day from the day after the payment
 * deadline, not compounded, capped at the fine; days inside `frozen` spans (appeal pending) do
 * not count.
 */
export function surchargeOwed(args: {
  fineFen: number;
  paymentDueOn: IsoDate;
  asOf: IsoDate;
  frozen: { from: IsoDate; to?: IsoDate }[];
}): number {
  throw new Error(`not implemented ${args.fineFen}`);
}

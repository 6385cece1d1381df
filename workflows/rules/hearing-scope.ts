// 听证范围: which proposed penalties must come with the right to a hearing.
import type { Party, PenaltyKind, Proposal } from '../model/domain.types';
import {
  confiscationFen,
  confiscationValueUnstated,
  fineFen,
  isOrganisation,
} from './penalty-amounts';
import type { RuleSet } from './rule-set.types';

export const HEARING_SCOPE_BORDERLINE = 'HEARING_SCOPE_BORDERLINE';

/** APL 63(3)(4) and HR: kinds that carry a hearing right whatever the amount. */
export const HEARING_PENALTY_KINDS: readonly PenaltyKind[] = [
  'lower_qualification',
  'revoke_license',
  // APL 63(5) 其他较重的行政处罚: HR names 暂扣许可证件 among them.
  'suspend_license',
  'restrict_production',
  'suspend_business',
  'order_closure',
  'restrict_practice',
];

export interface HearingScope {
  required: boolean;
  /** Why (e.g. 'large_fine', 'revoke_license'); empty when not required. */
  reasons: string[];
  /** HEARING_SCOPE_BORDERLINE when fine + confiscation crosses but neither alone does. */
  flags: string[];
}

/** How a case's machine version reads the proposal (penalty-case@2 closes the gaps of v1). */
export interface ScopeOptions {
  /** APL 63(2): a confiscation with no stated value is in scope (it may be 较大价值). */
  unstatedValueInScope?: boolean;
}

/** APL 63: whether the notice must offer a hearing. */
export function hearingScope(
  proposal: Proposal,
  party: Party,
  rules: RuleSet,
  options: ScopeOptions = {},
): HearingScope {
  if (proposal.outcome !== 'penalty') {
    return { required: false, reasons: [], flags: [] };
  }
  const threshold = isOrganisation(party.kind)
    ? rules.hearing.organisationFineFen
    : rules.hearing.naturalPersonFineFen;
  const fine = fineFen(proposal.penalties);
  const confiscation = confiscationFen(proposal.penalties);
  const reasons: string[] = [];
  const flags: string[] = [];
  // APL 63(1) 较大数额罚款; "以上" includes the threshold (民法典 1259).
  if (fine >= threshold) {
    reasons.push('large_fine');
  }
  // APL 63(2) 没收较大数额违法所得、没收较大价值非法财物.
  if (confiscation >= threshold) {
    reasons.push('large_confiscation');
  }
  if (options.unstatedValueInScope && confiscationValueUnstated(proposal.penalties)) {
    reasons.push('confiscation_value_unstated');
  }
  const sumCrossesAlone = reasons.length === 0 && fine + confiscation >= threshold;
  if (sumCrossesAlone && rules.hearing.aggregateFineAndConfiscation) {
    reasons.push('large_fine_and_confiscation');
  } else if (sumCrossesAlone) {
    flags.push(HEARING_SCOPE_BORDERLINE);
  }
  for (const kind of HEARING_PENALTY_KINDS) {
    if (proposal.penalties.some((penalty) => penalty.kind === kind)) {
      reasons.push(kind);
    }
  }
  return { required: reasons.length > 0, reasons, flags };
}

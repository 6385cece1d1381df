// 简易程序 (当场处罚): which penalties may be decided on the spot.
import type { Party, Penalty } from '../model/domain.types';
import { fineFen, isOrganisation } from './penalty-amounts';
import type { RuleSet } from './rule-set.types';

/**
 * APL 51 / G31: only a warning or a fine of ≤ 200 yuan on a citizen (an individual business
 * counts as one, see isOrganisation) or ≤ 3,000 yuan on an organisation; "以下" includes the
 * limit (民法典 1259). The ≥ 2 officers present (APL 52) are checked by the machine.
 */
export function summaryAllowed(
  penalties: Penalty[],
  party: Party,
  rules: RuleSet,
): { allowed: boolean; reason?: string } {
  if (penalties.length === 0) {
    return { allowed: false, reason: 'no_penalty' };
  }
  const other = penalties.find((penalty) => penalty.kind !== 'warning' && penalty.kind !== 'fine');
  if (other) {
    return { allowed: false, reason: `kind_not_summary:${other.kind}` };
  }
  const limit = isOrganisation(party.kind)
    ? rules.summary.organisationMaxFineFen
    : rules.summary.naturalPersonMaxFineFen;
  if (fineFen(penalties) > limit) {
    return { allowed: false, reason: 'fine_above_summary_limit' };
  }
  return { allowed: true };
}

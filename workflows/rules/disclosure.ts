// 行政处罚信息公示 on GSXT (DR, SAMR Order 45/2021): whether and how long.
import type { Penalty, PenaltyKind } from '../model/domain.types';
import { fineFen } from './penalty-amounts';
import type { RuleSet } from './rule-set.types';

export interface DisclosureObligation {
  /** DR 2, 5, 6: ordinary procedure, not warning-only. */
  mustPublish: boolean;
  reason?: string;
  /** DR 13, 14: display length ({ days: 0 } when nothing is published). */
  display: { months: number } | { days: number };
}

const SHORT_DISPLAY = { months: 3 };
const LONG_DISPLAY_MONTHS = 36;
/** Three years hold 1,095 or 1,096 days; a ban longer than 1,095 days may outlast them. */
const DAYS_IN_THREE_YEARS_MIN = 3 * 365;

/** DR 13 ¶3: bans whose actual length replaces three years when longer. */
const BAN_KINDS: readonly PenaltyKind[] = [
  'suspend_license',
  'restrict_production',
  'suspend_business',
  'restrict_practice',
];
/** Kinds that leave the display short when the fine is low (DR 13 ¶1 "仅"). */
const LIGHT_KINDS: readonly PenaltyKind[] = ['warning', 'public_criticism', 'fine'];

function notPublished(reason: string): DisclosureObligation {
  return { mustPublish: false, reason, display: { days: 0 } };
}

/** DR 13 ¶1, ¶2: 仅通报批评 or a 较低数额罚款 (threshold set by the province [C]) → 3 months. */
function isShortDisplay(penalties: Penalty[], rules: RuleSet): boolean {
  return (
    penalties.every((penalty) => LIGHT_KINDS.includes(penalty.kind)) &&
    fineFen(penalties) <= rules.disclosure.shortDisplayMaxFineFen
  );
}

export function disclosureObligation(
  procedure: 'ordinary' | 'summary',
  penalties: Penalty[],
  rules: RuleSet,
): DisclosureObligation {
  // DR 2 ¶1: only decisions taken under the ordinary procedure are published.
  if (procedure === 'summary') {
    return notPublished('summary_procedure');
  }
  if (penalties.length === 0) {
    return notPublished('no_penalty');
  }
  // DR 2 ¶2: 仅受到警告行政处罚的不予公示.
  if (penalties.every((penalty) => penalty.kind === 'warning')) {
    return notPublished('warning_only');
  }
  if (isShortDisplay(penalties, rules)) {
    return { mustPublish: true, display: SHORT_DISPLAY };
  }
  // DR 13 ¶3: a ban of more than three years is displayed for its actual length.
  const longestBan = Math.max(
    0,
    ...penalties
      .filter((penalty) => BAN_KINDS.includes(penalty.kind))
      .map((penalty) => penalty.durationDays ?? 0),
  );
  if (longestBan > DAYS_IN_THREE_YEARS_MIN) {
    return { mustPublish: true, display: { days: longestBan } };
  }
  return { mustPublish: true, display: { months: LONG_DISPLAY_MONTHS } };
}

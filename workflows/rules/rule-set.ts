// A bureau's thresholds and lists as versioned configuration (PROCEDURE.md §5; values marked [C]
// are defaults a legal office may change without code). The rules themselves live beside this
// file and are re-exported here.
import type { IsoDate } from '../model/domain.types';
import { compareDates, toEpochDay } from '../calendar/date-arithmetic';
import type { RuleSet } from './rule-set.types';

export { hearingScope, HEARING_PENALTY_KINDS, HEARING_SCOPE_BORDERLINE } from './hearing-scope';
export type { HearingScope } from './hearing-scope';
export { collectiveDiscussionRequired, legalReviewRequired } from './review-requirements';
export type { Requirement } from './review-requirements';
export { summaryAllowed } from './summary-procedure';
export { disclosureObligation } from './disclosure';
export type { DisclosureObligation } from './disclosure';
export { surchargeOwed, SURCHARGE_PERCENT_PER_DAY } from './surcharge';
export type { FrozenSpan } from './surcharge';
export {
  CONFISCATION_KINDS,
  confiscationFen,
  confiscationValueDropped,
  confiscationValueUnstated,
  fineFen,
  isHeavier,
  isOrganisation,
} from './penalty-amounts';

export type { RuleSet } from './rule-set.types';

export interface RuleRegistry {
  /** The rule set in force on `date` (the latest whose effectiveFrom ≤ date). */
  inForceOn(date: IsoDate): RuleSet;
}

const YUAN = 100; // fen

/** PROCEDURE.md §5 defaults, in force from the 2021 APL (2021-07-15). */
export const DEFAULT_RULE_SET: RuleSet = deepFreeze({
  id: 'default@2021-07-15',
  effectiveFrom: '2021-07-15',
  hearing: {
    // APL 63(1), HR [C]: 较大数额 = 10,000 yuan (citizen) / 100,000 yuan (organisation).
    naturalPersonFineFen: 10_000 * YUAN,
    organisationFineFen: 100_000 * YUAN,
    aggregateFineAndConfiscation: false,
  },
  legalReview: {
    // APL 58(4), 重大执法决定法制审核目录 [C]: the hearing thresholds and heavy kinds.
    naturalPersonFineFen: 10_000 * YUAN,
    organisationFineFen: 100_000 * YUAN,
    penaltyKinds: [
      'revoke_license',
      'suspend_business',
      'order_closure',
      'restrict_practice',
      // APL 63(3)(5): as heavy as the listed kinds, and hearing-bound; catalogues list them too.
      'suspend_license',
      'lower_qualification',
    ],
  },
  // APL 57 ¶2 [C]: the same triggers as legal review; at least 3 approvers attend.
  collectiveDiscussion: { sameTriggersAsLegalReview: true, minimumApprovers: 3 },
  // APL 51: ≤ 200 yuan (公民) / ≤ 3,000 yuan (法人或者其他组织).
  summary: { naturalPersonMaxFineFen: 200 * YUAN, organisationMaxFineFen: 3_000 * YUAN },
  // DR 13 ¶2 [C]: 较低数额罚款 is set by the province; 10,000 yuan until the bureau configures it.
  disclosure: { shortDisplayMaxFineFen: 10_000 * YUAN },
});

/** Rule sets in force one after another; each covers dates from its effectiveFrom on. */
export function createRuleRegistry(sets: RuleSet[]): RuleRegistry {
  const ordered = [...sets].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
  ordered.forEach((set, index) => {
    const previous = ordered[index - 1];
    if (previous && previous.effectiveFrom === set.effectiveFrom) {
      throw new RangeError(`rule sets ${previous.id} and ${set.id} start on the same day`);
    }
  });
  return {
    inForceOn(date: IsoDate): RuleSet {
      toEpochDay(date);
      const inForce = ordered.filter((set) => compareDates(set.effectiveFrom, date) <= 0).pop();
      if (!inForce) {
        throw new RangeError(`no rule set in force on ${date}`);
      }
      return inForce;
    },
  };
}

export const defaultRuleRegistry: RuleRegistry = createRuleRegistry([DEFAULT_RULE_SET]);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value as Record<string, unknown>)) {
      deepFreeze(child);
    }
    Object.freeze(value);
  }
  return value;
}

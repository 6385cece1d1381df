// The shape of a bureau's rule set, apart from the rules that read it (they import only this).
import type { IsoDate, Penalty } from '../model/domain.types';

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

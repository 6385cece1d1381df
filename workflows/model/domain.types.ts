// Shared shapes of the penalty-case domain (EVENTS.md "Shared shapes"). Money is integer fen.

/** A business date 'YYYY-MM-DD' in the business time zone (Asia/Shanghai). */
export type IsoDate = string;
/** An ISO 8601 date-time with offset, e.g. '2025-03-03T10:00:00+08:00'. */
export type IsoDateTime = string;

export const ROLES = [
  'handler',
  'approver',
  'case_reviewer',
  'legal_reviewer',
  'hearing_officer',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type PartyKind =
  'natural_person' | 'individual_business' | 'legal_person' | 'other_organization';

export interface Party {
  kind: PartyKind;
  name: string;
  idNumber?: string;
  creditCode?: string;
  address?: string;
  phone?: string;
  registeredProvince?: string;
}

export const PENALTY_KINDS = [
  'warning',
  'public_criticism',
  'fine',
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
  'suspend_license',
  'lower_qualification',
  'revoke_license',
  'restrict_production',
  'suspend_business',
  'order_closure',
  'restrict_practice',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export interface Penalty {
  kind: PenaltyKind;
  amountFen?: number;
  durationDays?: number;
}

export type ProposalOutcome = 'penalty' | 'no_penalty' | 'not_established' | 'transfer_judiciary';

export interface Proposal {
  outcome: ProposalOutcome;
  penalties: Penalty[];
  legalBasis: string;
  discretionReason?: string;
  flags?: { majorPublicInterest?: boolean; complex?: boolean; majorViolation?: boolean };
}

/** What the guards need to know about an officer, as recorded at the time of the act. */
export interface OfficerFacts {
  id: string;
  roles: Role[];
  enforcementCredential?: { number: string; validUntil: IsoDate };
  legalQualification?: boolean;
  legalReviewerSince?: IsoDate;
  /** false: deactivated (officers.active); absent means active. */
  active?: boolean;
}

/** The official working-day arrangement of one year (国务院办公厅 notice). */
export interface YearArrangement {
  year: number;
  /** Days off that would otherwise be working days (statutory holidays and bridge days). */
  holidays: IsoDate[];
  /** Make-up working days (调休上班日) on Saturdays or Sundays. */
  workdays: IsoDate[];
}

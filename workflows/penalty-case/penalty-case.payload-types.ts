// The payload of each event after validation (penalty-case.events.ts holds the schemas).
import type { IsoDate, Penalty, Proposal } from '../model/domain.types';
import type {
  AppealOutcome,
  CaseContext,
  CaseEvent,
  EvidenceAttachment,
} from './penalty-case.context';
import type { EventType } from './penalty-case.events';

interface Opinion {
  opinion: string;
}
interface Reason {
  reason: string;
}
interface NewProposal {
  proposal: Proposal;
  legalReviewRequired?: boolean;
}

export interface EventPayloads {
  FILE_CASE: { handlerIds: string[]; conditions: Record<string, boolean> };
  DECLINE_FILING: { ground: string; reason: string };
  TRANSFER_CLUE: { to: string; ground: string };
  RECORD_EVIDENCE: {
    kind: string;
    description: string;
    sha256?: string;
    officersPresent?: string[];
    recordType?: 'text' | 'audio_visual';
    attachments?: EvidenceAttachment[];
  };
  PRESERVE_EVIDENCE: { items: unknown };
  DISPOSE_PRESERVED_EVIDENCE: { disposition: string };
  SEIZE_PROPERTY: { items: unknown; recordingSha256: string };
  SUSPEND_INVESTIGATION: { ground: string };
  TERMINATE_INVESTIGATION: { ground: string; reason: string };
  EXTEND_CASE_LIMIT: {
    days?: number;
    collectiveResolution?: { attendeeIds: string[]; until: IsoDate };
  };
  CONCLUDE_INVESTIGATION: NewProposal & { report: { facts: string; evidenceSummary: string } };
  REVISE_PROPOSAL: NewProposal & Reason;
  APPROVE_REVIEW: Opinion;
  PASS_LEGAL_REVIEW: Opinion;
  RETURN_FOR_INVESTIGATION: { disposition: string; issues: string };
  RETURN_FOR_CORRECTION: { issues: string };
  SERVE_NOTICE: { method: string; includesHearingRight: boolean };
  RECEIVE_STATEMENT: { summary: string; postmarkedAt?: string };
  REVIEW_STATEMENT: { accepted: boolean; summary: string; adopted?: string };
  REQUEST_HEARING: { postmarkedAt?: string };
  ACCEPT_HEARING: { presidingOfficerId: string };
  REJECT_HEARING: Reason & { ground?: 'late' | 'out_of_scope' | 'withdrawn' };
  SCHEDULE_HEARING: { hearingAt: string; noticeServedAt: string };
  HOLD_HEARING: { transcriptSha256?: string };
  TERMINATE_HEARING: Reason;
  SUBMIT_HEARING_REPORT: Opinion;
  RECORD_COLLECTIVE_DECISION: { attendeeIds: string[]; resolution: Proposal };
  DECIDE: { decisionNumber: string; outcome: string; penalties: Penalty[] };
  DECIDE_ON_SPOT: { decisionNumber: string; officersPresent: string[]; penalties: Penalty[] };
  SERVE_DECISION: {
    method: string;
    electronicConsent?: boolean;
    witnessIds?: string[];
    recordingSha256?: string;
    partyCannotBeFound?: boolean;
  };
  RECORD_PAYMENT: { amountFen: number };
  APPROVE_INSTALLMENTS: { plan: { dueOn: IsoDate; amountFen: number }[] };
  RECORD_APPEAL: { kind: 'reconsideration' | 'litigation' };
  RECORD_APPEAL_OUTCOME: { outcome: AppealOutcome; penalties?: Penalty[] };
  SERVE_ENFORCEMENT_REMINDER: { method?: string };
  REPLACE_HANDLERS: { handlerIds: string[]; reason: string };
  REVOKE_DECISION: Reason;
  RECORD_COURT_OUTCOME: { outcome: string };
  PUBLISH_DECISION: { channel: 'gsxt' | 'website' };
  WITHDRAW_PUBLICATION: Reason;
  EXEMPT_FROM_DISCLOSURE: Reason;
  WITHDRAW_ADOPTION: Reason;
}

export type PayloadOf<K extends EventType> = K extends keyof EventPayloads
  ? EventPayloads[K]
  : Record<string, never>;

export type Reducer<P> = (ctx: CaseContext, event: CaseEvent, p: P) => Partial<CaseContext>;

/** Context patches per event, each typed by its payload. */
export type Reducers = { [K in EventType]?: Reducer<PayloadOf<K>> };

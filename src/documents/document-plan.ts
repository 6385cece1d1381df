// Which 文书 an act issues (the act and its document are one write): the event types of
// workflows/penalty-case/penalty-case.events.ts mapped to the 文书格式范本's documents. Pure.
import { DOCUMENT_TYPE_INFO, type DocumentType } from './document-types';

export interface PlannedDocument {
  type: DocumentType;
  /** The 文号 the act itself gives (the decision number of DECIDE / DECIDE_ON_SPOT). */
  givenNumber?: string;
}

const byPublicNotice = (payload: Record<string, unknown>) => payload.method === 'public_notice';

/** The service of a 文书: its 送达回证, or the 送达公告 when served by public notice (CPL 95). */
const service = (payload: Record<string, unknown>): PlannedDocument =>
  byPublicNotice(payload) ? { type: 'service_announcement' } : { type: 'service_receipt' };

/** The decision document a DECIDE issues (APL 57): none when the case goes to the judiciary. */
const givenNumber = (payload: Record<string, unknown>) =>
  typeof payload.decisionNumber === 'string' ? payload.decisionNumber : undefined;

function decisionDocument(payload: Record<string, unknown>): PlannedDocument[] {
  const penalties = Array.isArray(payload.penalties) ? payload.penalties : [];
  if (penalties.length > 0)
    return [{ type: 'penalty_decision', givenNumber: givenNumber(payload) }];
  if (payload.outcome === 'transfer_judiciary') return [];
  return [{ type: 'no_penalty_decision', givenNumber: givenNumber(payload) }];
}

/** The documents `eventType` issues, in the order they are numbered and rendered. */
export function documentsIssuedBy(
  eventType: string,
  payload: Record<string, unknown>,
): PlannedDocument[] {
  switch (eventType) {
    case 'FILE_CASE':
      return [{ type: 'filing_approval' }];
    case 'DECLINE_FILING':
      return [{ type: 'declined_filing_approval' }];
    case 'CONCLUDE_INVESTIGATION':
      return [{ type: 'investigation_report' }];
    case 'APPROVE_REVIEW':
      return [{ type: 'case_review' }];
    case 'PASS_LEGAL_REVIEW':
      return [{ type: 'legal_review' }];
    case 'SERVE_NOTICE':
      return [{ type: 'penalty_notice' }, service(payload)];
    case 'SCHEDULE_HEARING':
      return [{ type: 'hearing_notice' }];
    case 'SUBMIT_HEARING_REPORT':
      return [{ type: 'hearing_report' }];
    case 'RECORD_COLLECTIVE_DECISION':
      return [{ type: 'collective_discussion' }];
    case 'DECIDE':
      return decisionDocument(payload);
    case 'DECIDE_ON_SPOT':
      return [{ type: 'on_spot_decision', givenNumber: givenNumber(payload) }];
    case 'SERVE_DECISION':
      return [service(payload)];
    case 'APPROVE_INSTALLMENTS':
      return [{ type: 'payment_deferral_notice' }];
    case 'SERVE_ENFORCEMENT_REMINDER':
      return [{ type: 'performance_reminder' }, service(payload)];
    case 'APPLY_COURT_ENFORCEMENT':
      return [{ type: 'enforcement_application' }];
    case 'CLOSE_CASE':
      return [{ type: 'closing_approval' }];
    case 'ARCHIVE_CASE':
      return [{ type: 'file_cover' }, { type: 'file_index' }, { type: 'file_notes' }];
    default:
      return [];
  }
}

/** Whether a plan takes a 文号 from a counter (then the act takes the case row lock first). */
export function needsCounter(plan: readonly PlannedDocument[]): boolean {
  return plan.some((d) => DOCUMENT_TYPE_INFO[d.type].numberWord && d.givenNumber === undefined);
}

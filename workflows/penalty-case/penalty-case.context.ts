// The case context (everything the clocks and guards need) and the machine's own event shape.
// Dates are business dates 'YYYY-MM-DD'; the context is plain JSON so snapshots persist as-is.
import type { IsoDate, IsoDateTime, Party, Penalty, Proposal } from '../model/domain.types';
import type { Environment } from './transition.types';
import type { EventType } from './penalty-case.events';

export const MACHINE_ID = 'penalty-case';
/** The newest version; older ones share this code and differ only where `sinceV2` says so. */
export const MACHINE_VERSION = 2;
export const MACHINE_VERSIONS = [1, 2] as const;
export type MachineVersion = (typeof MACHINE_VERSIONS)[number];

export type Procedure = 'ordinary' | 'summary';

export interface Span {
  from: IsoDate;
  to?: IsoDate;
}

export interface EvidenceRecord {
  on: IsoDate;
  kind: string;
  description: string;
  sha256?: string;
  officersPresent?: string[];
  recordType: 'text' | 'audio_visual';
  /** Files of this record, by the SHA-256 of their bytes (stored under DATA_DIR). */
  attachments?: EvidenceAttachment[];
}

export interface EvidenceAttachment {
  sha256: string;
  description?: string;
}

export interface Preservation {
  on: IsoDate;
  items: unknown;
  disposedOn?: IsoDate;
  disposition?: string;
}

export interface Seizure {
  on: IsoDate;
  items: unknown;
  recordingSha256: string;
  extendedOn?: IsoDate;
  releasedOn?: IsoDate;
}

export interface CaseLimitExtension {
  on: IsoDate;
  days?: number;
  collectiveResolution?: { attendeeIds: string[]; until: IsoDate };
}

export interface ReviewRecord {
  kind: 'case' | 'legal';
  revision: number;
  on: IsoDate;
  reviewerId: string;
  opinion: string;
  /** A legal review passed after a held hearing's report (APL 58(2)). */
  afterHearing: boolean;
}

export interface Notice {
  servedOn: IsoDate;
  method: string;
  includesHearingRight: boolean;
  revision: number;
  penalties: Penalty[];
}

export interface Statement {
  notice: number;
  receivedOn: IsoDate;
  /** The postmark date when given (CPL 85), else the day received. */
  actOn: IsoDate;
  summary: string;
  review?: {
    on: IsoDate;
    accepted: boolean;
    summary: string;
    /** penalty-case@2, APL 45: what an accepted review adopts, and the proposal it was against. */
    adopted?: string;
    revision?: number;
    /** An approver withdrew the adoption with reasons (WITHDRAW_ADOPTION). */
    withdrawn?: { on: IsoDate; reason: string };
  };
}

export interface Hearing {
  notice: number;
  requestedOn: IsoDate;
  actOn: IsoDate;
  presidingOfficerId?: string;
  acceptedOn?: IsoDate;
  rejected?: { on: IsoDate; reason: string; ground?: 'late' | 'out_of_scope' | 'withdrawn' };
  hearingAt?: IsoDateTime;
  noticeServedAt?: IsoDateTime;
  heldOn?: IsoDate;
  transcriptSha256?: string;
  terminated?: { on: IsoDate; reason: string };
  report?: { on: IsoDate; opinion: string };
}

export interface Decision {
  decisionNumber: string;
  outcome: string;
  penalties: Penalty[];
  decidedOn: IsoDate;
  ruleSetId: string;
  /** Set by an appeal outcome: 'revoked' voids it; 'changed' replaces the penalties. */
  revokedOn?: IsoDate;
  changedOn?: IsoDate;
  originalPenalties?: Penalty[];
  /** v2: 确认违法 (the decision stands, disclosure withdrawn; ALL 74, APL 48 ¶2). */
  confirmedIllegalOn?: IsoDate;
  /** v2: 确认无效 (void from the start; ALL 75). */
  voidOn?: IsoDate;
  /** v2: revoked by the bureau itself (自行纠错) or on remand, with its reason. */
  revokeReason?: string;
}

/** v2: a decision revoked on remand (ALL 70, ARL 64), kept with what happened under it. */
export interface FormerDecision {
  decision: Decision;
  remandedOn: IsoDate;
  service?: Service;
  payments: { on: IsoDate; amountFen: number }[];
  notices: Notice[];
  statements: Statement[];
  waivers: { on: IsoDate; notice: number }[];
  hearings: Hearing[];
  appeals: Appeal[];
  enforcementReminders: IsoDate[];
  publications: Publication[];
}

export interface Service {
  method: string;
  /** The act: handed over, posted, or the public notice published. */
  on: IsoDate;
  /** When service takes effect: public notice is deemed served 30 days later (CPL 95). */
  servedOn: IsoDate;
  electronicConsent?: boolean;
  witnessIds?: string[];
  recordingSha256?: string;
}

export type AppealOutcome =
  'upheld' | 'revoked' | 'changed' | 'confirmed_illegal' | 'confirmed_void' | 'remanded';

export interface Appeal {
  kind: 'reconsideration' | 'litigation';
  filedOn: IsoDate;
  outcome?: AppealOutcome;
  outcomeOn?: IsoDate;
}

export interface Publication {
  channel: 'gsxt' | 'website';
  publishedOn: IsoDate;
  withdrawnOn?: IsoDate;
  withdrawReason?: string;
}

export interface CaseContext {
  machine: { id: string; version: number };
  procedure: Procedure;
  source: string;
  summary: string;
  receivedAt: IsoDate;
  party: Party;
  violation: { endedAt?: IsoDate; lifeHealthOrFinancialHarm?: boolean };
  registeredBy: string;
  lastEventAt: IsoDateTime;
  lastEventOn: IsoDate;
  /** Every flag any accepted event carried, once each. */
  flags: string[];
  handlerIds: string[];
  clueExtendedOn?: IsoDate;
  filedOn?: IsoDate;
  clueClosed?: { on: IsoDate; kind: 'declined' | 'transferred'; ground: string; detail: string };
  evidence: EvidenceRecord[];
  preservations: Preservation[];
  seizures: Seizure[];
  /** `stage`: v2, the stage suspended from (caseReview, notification), resumed into. */
  suspensions: (Span & { ground: string; stage?: string })[];
  extensions: CaseLimitExtension[];
  termination?: { on: IsoDate; ground: string; reason: string };
  report?: { facts: string; evidenceSummary: string };
  proposal?: Proposal;
  /** Incremented by every new proposal (CONCLUDE_INVESTIGATION, REVISE_PROPOSAL). */
  revision: number;
  /** A manual flag raised the legal-review requirement (never lowers it, §5). */
  manualLegalReview: boolean;
  reviewStartedOn?: IsoDate;
  reviews: ReviewRecord[];
  returns: { on: IsoDate; by: string; disposition: string; issues: string }[];
  approvedRevision?: number;
  notices: Notice[];
  statements: Statement[];
  waivers: { on: IsoDate; notice: number }[];
  hearings: Hearing[];
  collectiveDecisions: {
    on: IsoDate;
    attendeeIds: string[];
    resolution: Proposal;
    revision: number;
  }[];
  decision?: Decision;
  service?: Service;
  installments?: { approvedOn: IsoDate; plan: { dueOn: IsoDate; amountFen: number }[] };
  payments: { on: IsoDate; amountFen: number }[];
  appeals: Appeal[];
  enforcementReminders: IsoDate[];
  court?: { appliedOn: IsoDate; outcome?: string; outcomeOn?: IsoDate };
  publications: Publication[];
  disclosureExemption?: { on: IsoDate; reason: string };
  /** Paid in full (fine, confiscation and surcharge owed that day) or nothing to pay. */
  settledOn?: IsoDate;
  summaryCase?: { officersPresent: string[]; filedWithDepartmentOn?: IsoDate };
  closedOn?: IsoDate;
  archivedOn?: IsoDate;
  /** v2: REPLACE_HANDLERS, each with the set it replaced (APL 42, 43). */
  handlerChanges?: {
    on: IsoDate;
    by: string;
    previous: string[];
    handlerIds: string[];
    reason: string;
  }[];
  /** v2: decisions revoked on remand, newest last; `remandedOn` restarts the case limit. */
  formerDecisions?: FormerDecision[];
  remandedOn?: IsoDate;
}

/** What the machine receives: the envelope reduced to facts, plus flags the API computed. */
export interface CaseEvent {
  type: EventType;
  payload: Record<string, unknown>;
  at: IsoDateTime;
  on: IsoDate;
  actorId: string;
  flags: string[];
  env: Environment;
}

/** The machine input: the first event (REGISTER_CLUE or OPEN_SUMMARY_CASE) with its body. */
export interface CaseInput {
  event: CaseEvent;
  /** The version the case is pinned to (1 for cases started before v2). */
  version?: MachineVersion;
}

/** The create-case body (API.md POST /cases) carried by the first log entry. */
export interface CreateCaseBody {
  procedure: Procedure;
  source: string;
  receivedAt: IsoDate;
  summary: string;
  party: Party;
  violation?: { endedAt?: IsoDate; lifeHealthOrFinancialHarm?: boolean };
}

// xstate's pure transition() builds an inert actor whose eager initial state has no input, on
// every event; its snapshot is thrown away, so a preallocated error (no stack to capture) is the
// cheap answer (a TypeError per event cost a fifth of a replay).
const NO_FIRST_EVENT = new Error('a penalty case starts from its first event (input.event)');

export function initialContext(input: CaseInput | undefined): CaseContext {
  if (!input?.event) throw NO_FIRST_EVENT;
  const { event } = input;
  const body = event.payload as unknown as CreateCaseBody;
  const summary = body.procedure === 'summary';
  return {
    machine: { id: MACHINE_ID, version: input.version ?? 1 },
    procedure: body.procedure,
    source: body.source,
    summary: body.summary,
    receivedAt: body.receivedAt,
    party: body.party,
    violation: { ...(body.violation ?? {}) },
    registeredBy: event.actorId,
    lastEventAt: event.at,
    lastEventOn: event.on,
    flags: [...event.flags],
    // APL 52: the officers on the spot are the handlers of a summary case.
    handlerIds: summary ? [event.actorId] : [],
    evidence: [],
    preservations: [],
    seizures: [],
    suspensions: [],
    extensions: [],
    revision: 0,
    manualLegalReview: false,
    reviews: [],
    returns: [],
    notices: [],
    statements: [],
    waivers: [],
    hearings: [],
    collectiveDecisions: [],
    payments: [],
    appeals: [],
    enforcementReminders: [],
    publications: [],
  };
}

/** Rules added in penalty-case@2 apply only to cases pinned to it; v1 cases replay as recorded. */
export function sinceV2(ctx: Pick<CaseContext, 'machine'>): boolean {
  return ctx.machine.version >= 2;
}

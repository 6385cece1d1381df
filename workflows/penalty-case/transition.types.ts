// The pure transition API the service calls (CONTRACT: src/ depends on these shapes).
import type {
  IsoDate,
  IsoDateTime,
  OfficerFacts,
  Role,
  YearArrangement,
} from '../model/domain.types';
import type { RuleSet } from '../rules/rule-set';
import type { Msg } from '../messages/catalogue';

/**
 * Everything the machine needs to decide one event. The service stores the whole envelope in the
 * log entry, so replay hands the machine exactly what it had (officer facts as they were then).
 */
export interface EventEnvelope {
  type: string;
  payload: Record<string, unknown>;
  /** Business date-time of the act; guards read its business date, never the server clock. */
  occurredAt: IsoDateTime;
  /** The sender: an officer, or { id: 'system', roles: [] } for timer events. */
  actor: OfficerFacts;
  /** GuardInput of every officer named in the payload or assigned to the case, keyed by id. */
  officers: Record<string, OfficerFacts>;
  /** Officers recused from this case at the time (APL 43, G06). */
  recusedOfficerIds: string[];
}

/** Inputs that are not part of the case: admin-loaded calendars and rule configuration. */
export interface Environment {
  calendarOverrides?: Readonly<Record<number, YearArrangement>>;
  /** Business time zone, default 'Asia/Shanghai'. */
  timeZone?: string;
  /** Rule sets in force one after another (default: DEFAULT_RULE_SET from 2021-07-15). */
  ruleSets?: readonly RuleSet[];
  /** The bureau's province: a party registered elsewhere is pushed within 10 WD (DR 10). */
  bureauProvince?: string;
}

/** The question "what next?": who asks, about whom, on which business date-time. */
export interface NextActionsRequest {
  caller: OfficerFacts;
  /** GuardInput of the officers the case names (its handlers, …), keyed by id. */
  officers: Record<string, OfficerFacts>;
  /** Officers recused from the case (APL 43). */
  recusedOfficerIds: string[];
  /** The business date or date-time asked about (today, `asOf`, or the refused event's). */
  at: IsoDateTime;
  env?: Environment;
}

/** A guard the event fails now, whatever its payload (or, `asProposed`, with the case's proposal). */
export interface FailingGuard extends GuardFailure {
  /** Fails for the payload the case proposes (DECIDE: as proposed); another payload may pass. */
  asProposed?: true;
}

export interface NextAction {
  type: string;
  /** Roles that may send it in this stage. */
  roles: Role[];
  /** Where fixed: the only officers who may (the case's handlers, the presiding officer). */
  officers?: string[];
  /** The timer process may send it too. */
  system?: true;
  /** The caller holds a role, is not recused, and separation of duties allows it. */
  mayAct: boolean;
  /** Why the caller may not (the FORBIDDEN answer sending it would get). */
  denied?: { message: string; missingRole?: Role; conflict?: string };
  /**
   * No guard fails now (for the caller when `mayAct`, else for an officer who may); the payload's
   * schema and `checkedOnSubmit` are still checked on submit.
   */
  wouldPass: boolean;
  failing: FailingGuard[];
  /** Guards whose answer depends on the payload. */
  checkedOnSubmit: { id: string; citation: string; summary: string }[];
}

/** A clock the party holds (a party-facing deadline still open, e.g. the notice window). */
export interface PartyClock {
  clock: ClockId;
  dueOn: IsoDate;
  citation: string;
}

/**
 * Who must act next: every event that would pass now, by role (with the officers where fixed),
 * and the clocks the party holds. Empty `events` and `party`: nobody can move the case now.
 */
export interface WaitingFor {
  roles: Role[];
  /** The fixed officers of `by` (empty when any holder of the roles may act). */
  officers: string[];
  events: string[];
  by: { role: Role; officers?: string[]; events: string[] }[];
  party: PartyClock[];
}

export interface GuardFailure {
  id: string; // 'G12'
  /** English text of `msg` (logs and tests); answers render `msg` in the reader's language. */
  message: string;
  citation: string; // 'APL 62'
  msg: Msg;
}

/** A bad field: `reason` in English, `msg` for the reader's language. */
export interface FieldFailure {
  field: string;
  reason: string;
  msg: Msg;
}

/** A side effect the service runs after commit (outbox). */
export interface Effect {
  type: string; // e.g. 'PUBLISH_DECISION_RECORD', 'WITHDRAW_DECISION_RECORD', 'NOTIFY'
  data: Record<string, unknown>;
}

export type ClockId =
  | 'limitation'
  | 'clueVerification'
  | 'caseLimit'
  | 'evidencePreservation'
  | 'seizure'
  | 'caseReview'
  | 'noticeWindow'
  | 'hearingAcceptance'
  | 'hearingNotice'
  | 'decisionService'
  | 'payment'
  | 'surcharge'
  | 'courtEnforcement'
  | 'disclosureGsxt'
  | 'disclosureWebsite'
  | 'disclosureDuration'
  | 'withdrawal'
  | 'publicNoticeService';

export interface Deadline {
  clock: ClockId;
  dueOn: IsoDate;
  status: 'open' | 'met' | 'missed' | 'paused';
  provisional: boolean;
  citation: string;
}

/** JSON-serialisable persisted XState snapshot (what the `cases` row stores). */
export type PersistedCaseSnapshot = Record<string, unknown>;

export interface Accepted {
  ok: true;
  snapshot: PersistedCaseSnapshot;
  /** Top-level stage name (PROCEDURE.md §4), e.g. 'investigation'. */
  stage: string;
  /** The XState state value, e.g. { investigation: 'active' }. */
  state: unknown;
  context: CaseContextView;
  /** Flags to attach to the log entry (DEADLINE_AMBIGUOUS, SERVICE_LATE, …). */
  flags: string[];
  effects: Effect[];
}

export type Refused =
  | {
      ok: false;
      code: 'ILLEGAL_TRANSITION';
      stage: string;
      allowedEvents: string[];
      /** Whose turn it is (the same answer as the case view and the desk). */
      waitingFor: WaitingFor;
      message: string;
      msg: Msg;
    }
  | {
      ok: false;
      code: 'FORBIDDEN';
      message: string;
      msg: Msg;
      missingRole?: Role;
      conflict?: string;
    }
  | {
      ok: false;
      code: 'GUARD_FAILED';
      message: string;
      guards: GuardFailure[];
      waitingFor: WaitingFor;
    }
  | {
      ok: false;
      code: 'INVALID_PAYLOAD';
      message: string;
      errors: FieldFailure[];
    };

export type TransitionResult = Accepted | Refused;

/** The parts of the machine context the service reads (views, listing columns, disclosure). */
export interface CaseContextView {
  procedure: 'ordinary' | 'summary';
  party: import('../model/domain.types').Party;
  handlerIds: string[];
  proposal?: import('../model/domain.types').Proposal;
  decision?: {
    decisionNumber: string;
    outcome: string;
    penalties: import('../model/domain.types').Penalty[];
    decidedOn: IsoDate;
  };
  flags: string[];
  [key: string]: unknown;
}

export interface CaseLimitView {
  filedOn: IsoDate;
  baseDays: number;
  dueOn: IsoDate;
  paused: boolean;
  daysUsed: number;
  daysLeft: number;
  pausedSpans: { from: IsoDate; to?: IsoDate; kind: string; days: number }[];
  extensions: { on: IsoDate; days?: number; until?: IsoDate; collective: boolean }[];
}

export interface ExecutionView {
  fineFen: number;
  paidFen: number;
  surchargeFen: number;
  dueOn?: IsoDate;
}

/** The API implemented by workflows/penalty-case (see penalty-case.api.ts). */
export interface PenaltyCaseApi {
  readonly machineId: string; // 'penalty-case'
  readonly machineVersion: number; // 1
  /** First event of a case: REGISTER_CLUE (ordinary) or OPEN_SUMMARY_CASE (summary). */
  start(envelope: EventEnvelope, env?: Environment): TransitionResult;
  apply(
    snapshot: PersistedCaseSnapshot,
    envelope: EventEnvelope,
    env?: Environment,
  ): TransitionResult;
  /** APL 43: a recusal, decided by an approver; the state is unchanged (RECORD_RECUSAL). */
  recordRecusal(snapshot: PersistedCaseSnapshot, envelope: EventEnvelope): TransitionResult;
  /**
   * The events the caller may send now whose payload-independent checks pass: those of
   * `nextActions` with `mayAct` and `wouldPass` (the payload is still checked on submit).
   */
  allowedEvents(snapshot: PersistedCaseSnapshot, request: NextActionsRequest): string[];
  /** Every event the current state takes: who may send it and whether it would pass now. */
  nextActions(snapshot: PersistedCaseSnapshot, request: NextActionsRequest): NextAction[];
  /** Who must act next, whoever asks (the case view, the desk and a 409 give this answer). */
  waitingFor(snapshot: PersistedCaseSnapshot, request: NextActionsRequest): WaitingFor;
  /** Every clock of PROCEDURE.md §2 that applies, as of a business date. */
  deadlines(snapshot: PersistedCaseSnapshot, asOf: IsoDate, env?: Environment): Deadline[];
  execution(
    snapshot: PersistedCaseSnapshot,
    asOf: IsoDate,
    env?: Environment,
  ): ExecutionView | undefined;
  /** APL 60: the case limit with days used and left, pauses and extensions (filed cases). */
  caseLimit(snapshot: PersistedCaseSnapshot, asOf: IsoDate): CaseLimitView | undefined;
  /** PROCEDURE.md §5 on the current proposal (cases with one): whether 法制审核 is due, and why. */
  legalReview(
    snapshot: PersistedCaseSnapshot,
    asOf: IsoDate,
    env?: Environment,
  ): { required: boolean; reasons: string[] } | undefined;
}

import {
  allowedOf,
  type Deadline,
  type Environment,
  type CaseLimitView,
  type ExecutionView,
  type NextAction,
  type NextActionsRequest,
  type PenaltyCaseApi,
  type WaitingFor,
} from '../../workflows';
import type { CaseRecord } from '../ledger/case.repository';

/** API.md CaseView. */
export interface CaseView {
  id: string;
  caseNumber: string;
  procedure: 'ordinary' | 'summary';
  stage: string;
  state: unknown;
  version: number;
  machine: { id: string; version: number };
  party: unknown;
  proposal?: unknown;
  decision?: unknown;
  flags: string[];
  deadlines: Deadline[];
  allowedEvents: string[];
  /** Every event the state takes: who may send it, whether it would pass now for the viewer. */
  nextActions: NextAction[];
  /** Who must act next, whoever asks (the desk and a 409 give the same answer). */
  waitingFor: WaitingFor;
  execution?: ExecutionView;
  caseLimit?: CaseLimitView;
  /** PROCEDURE.md §5 on the current proposal: 法制审核 due, and the criteria that hold. */
  legalReview?: { required: boolean; reasons: string[] };
  receivedOn: string;
  handlerIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ViewInput {
  record: CaseRecord;
  api: PenaltyCaseApi;
  /** The viewer, the case's officers and recusals, and the date asked about. */
  next: NextActionsRequest;
  asOf: string;
  env: Environment;
  /** Already computed for this date, if the caller has them. */
  deadlines?: Deadline[];
}

export function buildCaseView(input: ViewInput): CaseView {
  const { record: c, api, next, asOf, env } = input;
  const nextActions = api.nextActions(c.snapshot, next);
  const ctx = c.context;
  const execution = api.execution(c.snapshot, asOf, env);
  const caseLimit = api.caseLimit(c.snapshot, asOf);
  const legalReview = api.legalReview(c.snapshot, asOf, env);
  const contextFlags = Array.isArray(ctx.flags) ? (ctx.flags as string[]) : [];
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    procedure: c.procedure,
    stage: c.stage,
    state: c.state,
    version: c.version,
    machine: { id: c.machineId, version: c.machineVersion },
    party: ctx.party,
    ...(ctx.proposal ? { proposal: ctx.proposal } : {}),
    ...(ctx.decision ? { decision: ctx.decision } : {}),
    flags: [...new Set([...c.flags, ...contextFlags])],
    deadlines: input.deadlines ?? api.deadlines(c.snapshot, asOf, env),
    allowedEvents: allowedOf(nextActions),
    nextActions,
    waitingFor: api.waitingFor(c.snapshot, next),
    ...(execution ? { execution } : {}),
    ...(caseLimit ? { caseLimit } : {}),
    ...(legalReview ? { legalReview } : {}),
    receivedOn: c.receivedOn,
    handlerIds: c.handlerIds,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

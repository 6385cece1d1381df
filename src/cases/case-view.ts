import type { OfficerFacts } from '../../workflows/model/domain.types';
import type {
  Deadline,
  Environment,
  CaseLimitView,
  ExecutionView,
  PenaltyCaseApi,
} from '../../workflows/penalty-case/transition.types';
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
  execution?: ExecutionView;
  caseLimit?: CaseLimitView;
  receivedOn: string;
  handlerIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ViewInput {
  record: CaseRecord;
  api: PenaltyCaseApi;
  viewer: OfficerFacts;
  viewerRecused: boolean;
  asOf: string;
  env: Environment;
  /** Already computed for this date, if the caller has them. */
  deadlines?: Deadline[];
}

export function buildCaseView(input: ViewInput): CaseView {
  const { record: c, api, viewer, viewerRecused, asOf, env } = input;
  const ctx = c.context;
  const execution = api.execution(c.snapshot, asOf, env);
  const caseLimit = api.caseLimit(c.snapshot, asOf);
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
    allowedEvents: api.allowedEvents(c.snapshot, viewer, viewerRecused),
    ...(execution ? { execution } : {}),
    ...(caseLimit ? { caseLimit } : {}),
    receivedOn: c.receivedOn,
    handlerIds: c.handlerIds,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

// Given/when/then on the pure API: a case driven event by event, keeping its log of envelopes.
import type { OfficerFacts, Proposal } from '../../../workflows/model/domain.types';
import { penaltyCaseV2 as api } from '../../../workflows/penalty-case/penalty-case.api';
import { EVENT_SPECS, isEventType } from '../../../workflows/penalty-case/penalty-case.events';
import type { CaseContext } from '../../../workflows/penalty-case/penalty-case.context';
import type {
  Accepted,
  Environment,
  EventEnvelope,
  Refused,
  TransitionResult,
} from '../../../workflows/penalty-case/transition.types';
import type { OfficerKey } from './factories';
import { createCaseBody, makeEnvelope, makeProposal, OFFICERS } from './factories';

const DEFAULT_ACTOR: Record<string, OfficerKey> = {
  handler: 'h1',
  approver: 'a1',
  case_reviewer: 'cr1',
  legal_reviewer: 'lr1',
  hearing_officer: 'ho1',
};

export function defaultActor(type: string): OfficerFacts {
  const role = isEventType(type) ? EVENT_SPECS[type].roles[0] : 'handler';
  return OFFICERS[DEFAULT_ACTOR[role ?? 'handler'] ?? 'h1'];
}

export interface SendOptions {
  actor?: OfficerFacts;
  envelope?: Partial<EventEnvelope>;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class CaseDriver {
  readonly log: EventEnvelope[] = [];
  readonly results: Accepted[] = [];

  private readonly extraOfficers: Record<string, OfficerFacts> = {};

  private constructor(readonly env: Environment = {}) {}

  /** Officers beyond the default cast, known to every later envelope. */
  withOfficers(...officers: OfficerFacts[]): this {
    officers.forEach((officer) => (this.extraOfficers[officer.id] = officer));
    return this;
  }

  static open(
    body: Record<string, unknown> = {},
    on = '2025-01-06',
    env: Environment = {},
  ): CaseDriver {
    const driver = new CaseDriver(env);
    const full = createCaseBody({ receivedAt: on, ...body });
    const type = full.procedure === 'summary' ? 'OPEN_SUMMARY_CASE' : 'REGISTER_CLUE';
    const envelope = makeEnvelope(type, full, on, OFFICERS.h1);
    driver.record(envelope, api.start(envelope, env));
    return driver;
  }

  get last(): Accepted {
    return this.results[this.results.length - 1];
  }
  get stage(): string {
    return this.last.stage;
  }
  get state(): unknown {
    return this.last.state;
  }
  get context(): CaseContext {
    return this.last.context as unknown as CaseContext;
  }

  /** When: the event is offered; the case advances only if it is accepted. */
  send(
    type: string,
    payload: Record<string, unknown>,
    on: string,
    options: SendOptions = {},
  ): TransitionResult {
    const base = makeEnvelope(type, payload, on, options.actor ?? defaultActor(type));
    const envelope = {
      ...base,
      ...options.envelope,
      officers: { ...base.officers, ...this.extraOfficers, ...options.envelope?.officers },
    };
    const result = api.apply(this.last.snapshot, envelope, this.env);
    if (result.ok) {
      this.record(envelope, result);
    }
    return result;
  }

  /** Given: the event must be accepted. */
  accept(
    type: string,
    payload: Record<string, unknown>,
    on: string,
    options: SendOptions = {},
  ): Accepted {
    const result = this.send(type, payload, on, options);
    if (!result.ok) {
      throw new Error(`${type} on ${on} refused in ${this.stage}: ${JSON.stringify(result)}`);
    }
    return result;
  }

  refuse(
    type: string,
    payload: Record<string, unknown>,
    on: string,
    options: SendOptions = {},
  ): Refused {
    const result = this.send(type, payload, on, options);
    if (result.ok) {
      throw new Error(`${type} on ${on} was accepted in ${this.stage}, a refusal was expected`);
    }
    return result;
  }

  private record(envelope: EventEnvelope, result: TransitionResult): void {
    if (!result.ok) {
      throw new Error(`${envelope.type} refused: ${JSON.stringify(result)}`);
    }
    this.log.push(envelope);
    // Frozen: the next event gets this snapshot, and the machine may never change it (its
    // persisted snapshots share unchanged parts instead of copying them).
    this.results.push(deepFreeze(result));
  }

  // ---- common histories ---------------------------------------------------------------------

  file(on: string): this {
    this.accept('FILE_CASE', filing(), on);
    return this;
  }

  conclude(proposal: Proposal, on: string): this {
    this.accept('CONCLUDE_INVESTIGATION', { report: report(), proposal }, on);
    return this;
  }

  /** Review, legal review and approval as the machine routes them, all on day `on`. */
  review(on: string): this {
    for (let guard = 0; guard < 4; guard += 1) {
      const next = REVIEW_STEP[this.stage];
      if (!next) {
        return this;
      }
      this.accept(next, next === 'APPROVE_PROPOSAL' ? {} : { opinion: '同意' }, on);
    }
    return this;
  }

  /** 立案 → 调查终结 → 审核 → 审批: the case waits for the 告知书. */
  toNotification(
    proposal: Proposal,
    dates: { filed: string; concluded: string; approved: string },
  ): this {
    return this.file(dates.filed).conclude(proposal, dates.concluded).review(dates.approved);
  }

  penaltyProposal(...args: Parameters<typeof makeProposal>): Proposal {
    return makeProposal(...args);
  }
}

const REVIEW_STEP: Record<string, string> = {
  caseReview: 'APPROVE_REVIEW',
  legalReview: 'PASS_LEGAL_REVIEW',
  proposalApproval: 'APPROVE_PROPOSAL',
};

export const filing = (handlerIds: string[] = ['h1', 'h2']) => ({
  handlerIds,
  conditions: {
    evidenceOfViolation: true,
    penaltyApplicable: true,
    withinJurisdiction: true,
    withinLimitation: true,
  },
});

export const report = () => ({
  facts: '销售标签不合格产品',
  evidenceSummary: '现场检查笔录、询问笔录',
});

export const guardIds = (result: TransitionResult): string[] =>
  result.ok || result.code !== 'GUARD_FAILED' ? [] : result.guards.map((guard) => guard.id);

// Given-steps for the acceptance scenarios (SCENARIOS.md) over HTTP: a case driven event by
// event through POST /cases/:id/events, each event sent by the officer whose role EVENTS.md names,
// every entry dated explicitly and in order. The pure twin is tests/workflows/support/.
import type { Response } from 'supertest';
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { EVENT_SPECS, isEventType } from '../../workflows/penalty-case/penalty-case.events';
import type { Party as PartyFacts, Proposal } from '../../workflows/model/domain.types';
import { DEFAULT_RULE_SET, hearingScope } from '../../workflows/rules/rule-set';
import { caseBody, FILE_CONDITIONS, send, type Cast } from './case-fixtures';
import type { TestApp } from './test-app';

// ---- factories with overridable defaults -------------------------------------------------------

type Json = Record<string, unknown>;

/** A penalty as sent (kinds left open so a test may send what the law does not know). */
export type Penalty = { kind: string; amountFen?: number };

export const yuan = (amount: number): number => Math.round(amount * 100);
export const fine = (amount: number): Penalty => ({ kind: 'fine', amountFen: yuan(amount) });
export const warning = (): Penalty => ({ kind: 'warning' });

export const person = (overrides: Json = {}): Json => ({
  kind: 'natural_person',
  name: '张三',
  idNumber: '110101199001011234',
  address: '北京市东城区某街1号',
  phone: '13800000000',
  ...overrides,
});

export const company = (overrides: Json = {}): Json => ({
  kind: 'legal_person',
  name: '上海某某食品有限公司',
  creditCode: '91310000MA1FL0000X',
  address: '上海市浦东新区某路1号',
  registeredProvince: '上海市',
  ...overrides,
});

export const proposal = (penalties: Penalty[], overrides: Json = {}): Json => ({
  outcome: penalties.length > 0 ? 'penalty' : 'no_penalty',
  penalties,
  legalBasis: '《产品质量法》第五十四条',
  ...overrides,
});

const REPORT = { facts: '销售标签不合格产品', evidenceSummary: '现场检查笔录、询问笔录' };

export const filing = (handlerIds: string[] = ['h1', 'h2']) => ({
  handlerIds,
  conditions: FILE_CONDITIONS,
});

let decisions = 0;
const decisionNumber = () => `市监罚〔2025〕${(decisions += 1)}号`;

/** A decision (DECIDE) with a fresh 决定书 number. */
export const decision = (penalties: Penalty[]): Json => ({
  decisionNumber: decisionNumber(),
  outcome: penalties.length > 0 ? 'penalty' : 'no_penalty',
  penalties,
});

/** 当场处罚 (DECIDE_ON_SPOT) by h1 and h2, with a fresh 决定书 number. */
export const onTheSpot = (penalties: Penalty[]): Json => ({
  decisionNumber: decisionNumber(),
  officersPresent: ['h1', 'h2'],
  penalties,
});

// ---- reading answers ---------------------------------------------------------------------------

/** The refusal of an answer, comparable in one expectation. */
export function refusal(res: Response) {
  return {
    status: res.status,
    code: res.body.code as string | undefined,
    guards: Array.isArray(res.body.guards)
      ? (res.body.guards as { id: string }[]).map((g) => g.id)
      : [],
  };
}

export interface CaseView {
  id: string;
  stage: string;
  state: unknown;
  flags: string[];
  proposal?: Json;
  decision?: { decisionNumber: string; penalties: Penalty[] };
  deadlines: { clock: string; dueOn: string; status: string; provisional: boolean }[];
  allowedEvents: string[];
  execution?: { fineFen: number; paidFen: number; surchargeFen: number; dueOn?: string };
}

export interface EventAnswer {
  case: CaseView;
  entry: { seq: number; type: string; flags: string[] };
}

const auth = (token: string) => `Bearer ${token}`;

// ---- a case under test -------------------------------------------------------------------------

const ROLE_TOKEN: Record<string, keyof Cast> = {
  handler: 'handler',
  approver: 'approver',
  case_reviewer: 'caseReviewer',
  legal_reviewer: 'legalReviewer',
  hearing_officer: 'hearingOfficer',
};

const REVIEW_STEP: Record<string, string> = {
  caseReview: 'APPROVE_REVIEW',
  legalReview: 'PASS_LEGAL_REVIEW',
  proposalApproval: 'APPROVE_PROPOSAL',
};

/** A case of the scenario; remembers the stage after each of its entries (S20). */
export class ScenarioCase {
  /** `stages[n - 1]` is the stage the case had after entry n. */
  readonly stages: string[] = [];
  private current: CaseView;

  private constructor(
    private readonly t: TestApp,
    readonly cast: Cast,
    first: CaseView,
  ) {
    this.current = first;
    this.stages.push(first.stage);
  }

  /** Given: a clue registered (or a summary case opened) by handler h1 on `body.receivedAt`. */
  static async open(t: TestApp, cast: Cast, body: Json = {}): Promise<ScenarioCase> {
    const res = await t.http
      .post('/api/v1/cases')
      .set('authorization', auth(cast.handler))
      .send(caseBody(body));
    if (res.status !== 201)
      throw new Error(`create case: ${res.status} ${JSON.stringify(res.body)}`);
    return new ScenarioCase(t, cast, res.body as CaseView);
  }

  get id(): string {
    return this.current.id;
  }
  get stage(): string {
    return this.current.stage;
  }
  get last(): CaseView {
    return this.current;
  }

  /** The officer whose role the catalogue names first for `type`. */
  tokenFor(type: string): string {
    const role = isEventType(type) ? EVENT_SPECS[type].roles[0] : 'handler';
    return this.cast[ROLE_TOKEN[role ?? 'handler'] ?? 'handler'];
  }

  /** When: `type` is sent, dated `on`, by `by` (default: the catalogue's role). */
  async send(type: string, payload: Json, on: string, by?: string): Promise<Response> {
    const res = await send(this.t, by ?? this.tokenFor(type), this.id, type, payload, {
      occurredAt: on,
    });
    if (res.status === 200) {
      this.current = (res.body as EventAnswer).case;
      this.stages.push(this.current.stage);
    }
    return res;
  }

  /** Given: `type` must be accepted. */
  async accept(type: string, payload: Json, on: string, by?: string): Promise<EventAnswer> {
    const res = await this.send(type, payload, on, by);
    if (res.status !== 200) {
      throw new Error(`${type} on ${on} refused in ${this.stage}: ${JSON.stringify(res.body)}`);
    }
    return res.body as EventAnswer;
  }

  /** GET /cases/:id, derived values as of `asOf`. */
  async view(asOf?: string): Promise<CaseView> {
    const res = await this.t.http
      .get(`/api/v1/cases/${this.id}${asOf ? `?asOf=${asOf}` : ''}`)
      .set('authorization', auth(this.cast.handler));
    if (res.status !== 200) throw new Error(`view: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseView;
  }

  async deadline(clock: string, asOf: string) {
    return (await this.view(asOf)).deadlines.find((d) => d.clock === clock);
  }

  /** S20: GET /verify (as the auditor) is valid and GET /replay?seq=N gives the stage after N. */
  async expectReplayable(): Promise<void> {
    const get = (path: string) =>
      this.t.http
        .get(`/api/v1/cases/${this.id}/${path}`)
        .set('authorization', auth(this.cast.auditor));
    const verified = await get('verify');
    expect(verified.body).toMatchObject({ valid: true, entries: this.stages.length });
    const replayed: unknown[] = [];
    for (let seq = 1; seq <= this.stages.length; seq += 1) {
      const res = await get(`replay?seq=${seq}`);
      replayed.push(res.status === 200 ? res.body.stage : `HTTP ${res.status}`);
    }
    expect(replayed).toEqual(this.stages);
  }

  // ---- common histories ------------------------------------------------------------------------

  async file(on: string, handlerIds?: string[]): Promise<this> {
    await this.accept('FILE_CASE', filing(handlerIds), on);
    return this;
  }

  async conclude(proposed: Json, on: string, by?: string): Promise<this> {
    await this.accept('CONCLUDE_INVESTIGATION', { report: REPORT, proposal: proposed }, on, by);
    return this;
  }

  /** 审核, 法制审核 and 审批 as the machine routes them, all on day `on`. */
  async review(on: string): Promise<this> {
    for (let step = REVIEW_STEP[this.stage]; step; step = REVIEW_STEP[this.stage]) {
      await this.accept(step, step === 'APPROVE_PROPOSAL' ? {} : { opinion: '同意' }, on);
    }
    return this;
  }

  /** 集体讨论 by the three approvers when the machine asks for it (APL 57). */
  async discussIfRequired(on: string): Promise<this> {
    if (this.stage === 'collectiveDiscussion') {
      await this.accept(
        'RECORD_COLLECTIVE_DECISION',
        { attendeeIds: ['a1', 'a2', 'a3'], resolution: this.current.proposal },
        on,
      );
    }
    return this;
  }
}

// ---- histories ---------------------------------------------------------------------------------

export interface NoticeHistory {
  party?: Json;
  penalties: Penalty[];
  /** Day the 告知书 is served. */
  noticeOn: string;
  /** APL 63: whether the 告知书 offers a hearing (default: exactly when the law gives one). */
  includesHearingRight?: boolean;
}

/**
 * A case awaiting its 告知书: registered 31 days before `noticeOn`, filed 30 days before,
 * concluded 10 days before and reviewed and approved the week before.
 */
export async function caseAwaitingNotice(
  t: TestApp,
  cast: Cast,
  history: Omit<NoticeHistory, 'includesHearingRight'>,
): Promise<ScenarioCase> {
  const { noticeOn } = history;
  const c = await ScenarioCase.open(t, cast, {
    party: history.party ?? person(),
    receivedAt: addDays(noticeOn, -31),
    violation: { endedAt: addDays(noticeOn, -40) },
  });
  await c.file(addDays(noticeOn, -30));
  await c.conclude(proposal(history.penalties), addDays(noticeOn, -10));
  return c.review(addDays(noticeOn, -7));
}

/** A case whose 告知书 was served on `noticeOn`. */
export async function notifiedCase(
  t: TestApp,
  cast: Cast,
  history: NoticeHistory,
): Promise<ScenarioCase> {
  const c = await caseAwaitingNotice(t, cast, history);
  const inScope = hearingScope(
    proposal(history.penalties) as unknown as Proposal,
    (history.party ?? person()) as unknown as PartyFacts,
    DEFAULT_RULE_SET,
  ).required;
  const includesHearingRight = history.includesHearingRight ?? inScope;
  await c.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight }, history.noticeOn);
  return c;
}

/** A case decided on `decideOn`: the 告知书 4 weeks earlier, no statement, the period ended. */
export async function decidedCase(
  t: TestApp,
  cast: Cast,
  history: Omit<NoticeHistory, 'noticeOn'> & { decideOn: string },
): Promise<ScenarioCase> {
  const noticeOn = addDays(history.decideOn, -28);
  const c = await notifiedCase(t, cast, { ...history, noticeOn });
  await c.accept('END_NOTICE_PERIOD', {}, addDays(noticeOn, 14));
  await c.discussIfRequired(addDays(noticeOn, 15));
  await c.accept('DECIDE', decision(history.penalties), history.decideOn);
  return c;
}

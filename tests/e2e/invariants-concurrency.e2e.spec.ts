// Racing clients against the real app and database: ~2,000 events on a few hot cases, many of
// them conflicting. Afterwards every stored history verifies, and its invariant breaches are
// exactly those of the same events applied one by one on the pure machine: interleaving adds none.
import { addDays } from '../../workflows/calendar/working-calendar';
import { checkInvariants, type HistoryStep } from '../../workflows/penalty-case/invariants';
import type { CaseContext } from '../../workflows/penalty-case/penalty-case.context';
import type { Accepted } from '../../workflows/penalty-case/transition.types';
import { getCaseApi } from '../../workflows/registry';
import { envelopeOf } from '../../src/audit/case-replay';
import { CaseLogRepository } from '../../src/ledger/case-log.repository';
import { createCase, FILE_CONDITIONS, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const START = '2025-03-03';
const WORKERS = 8;
const EVENTS = Number(process.env.RACE_EVENTS ?? 2_000);
const PER_WORKER = Math.ceil(EVENTS / WORKERS);
const HOT = 4;

/** What a client sends in each stage: [token key, type, payload]. */
type Move = [keyof Cast, string, Record<string, unknown>];
const fine = { kind: 'fine', amountFen: 500_000 };
const MOVES: Record<string, Move[]> = {
  clueVerification: [
    ['approver', 'FILE_CASE', { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS }],
  ],
  investigation: [
    [
      'handler',
      'RECORD_EVIDENCE',
      { kind: 'inquiry', description: '询问笔录', recordType: 'text' },
    ],
    [
      'handler',
      'CONCLUDE_INVESTIGATION',
      {
        report: { facts: '标签不合格', evidenceSummary: '笔录' },
        proposal: { outcome: 'penalty', penalties: [fine], legalBasis: '《食品安全法》' },
      },
    ],
  ],
  caseReview: [['caseReviewer', 'APPROVE_REVIEW', { opinion: '同意' }]],
  legalReview: [['legalReviewer', 'PASS_LEGAL_REVIEW', { opinion: '同意' }]],
  proposalApproval: [['approver', 'APPROVE_PROPOSAL', {}]],
  notification: [
    ['handler', 'SERVE_NOTICE', { method: 'direct', includesHearingRight: false }],
    ['handler', 'WAIVE_RIGHTS', {}],
    // After a waiver the decision is taken from the notification stage.
    [
      'approver',
      'DECIDE',
      { decisionNumber: '沪市监罚〔2025〕1号', outcome: 'penalty', penalties: [fine] },
    ],
  ],
  collectiveDiscussion: [
    [
      'approver',
      'RECORD_COLLECTIVE_DECISION',
      {
        attendeeIds: ['a1', 'a2', 'a3'],
        resolution: { outcome: 'penalty', penalties: [fine], legalBasis: '《食品安全法》' },
      },
    ],
  ],
  decision: [
    [
      'approver',
      'DECIDE',
      { decisionNumber: '沪市监罚〔2025〕1号', outcome: 'penalty', penalties: [fine] },
    ],
  ],
  enforcement: [
    ['handler', 'SERVE_DECISION', { method: 'direct' }],
    ['handler', 'RECORD_PAYMENT', { amountFen: 500_000 }],
    ['handler', 'PUBLISH_DECISION', { channel: 'gsxt' }],
    ['handler', 'PUBLISH_DECISION', { channel: 'website' }],
    ['approver', 'CLOSE_CASE', {}],
  ],
  closed: [['handler', 'ARCHIVE_CASE', {}]],
};

describe('invariants under concurrency (real database)', () => {
  let t: TestApp;
  let cast: Cast;
  const hot: string[] = [];
  const all: string[] = [];
  const acceptedPerCase = new Map<string, number>();
  let sent = 0;

  async function newCase(): Promise<string> {
    const id = await createCase(t, cast.handler);
    all.push(id);
    acceptedPerCase.set(id, 1);
    return id;
  }

  /** What the clients last saw of each case (racing clients act on stale views too). */
  const seen = new Map<string, { stage: string; version: number }>();

  async function look(id: string) {
    const res = await t.http
      .get(`/api/v1/cases/${id}`)
      .set('authorization', `Bearer ${cast.auditor}`);
    const view = res.body as { stage: string; version: number };
    seen.set(id, view);
    return view;
  }

  async function worker(seed: number): Promise<void> {
    let r = seed;
    // An LCG's low bits cycle; its high bits pick.
    const rand = (n: number) =>
      Math.floor(((r = (r * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * n);
    for (let i = 0; i < PER_WORKER; i += 1) {
      const slot = rand(HOT);
      const id = hot[slot];
      const { stage, version } = seen.get(id) ?? (await look(id));
      const moves = MOVES[stage];
      if (!moves) {
        if (hot[slot] === id) hot[slot] = await newCase(); // archived: a fresh case takes its place
        continue;
      }
      const [who, type, payload] = moves[rand(moves.length)];
      // Racing clients send on the same version at once; half ask for it explicitly.
      const occurredAt = addDays(START, version + rand(2));
      const expectedVersion = rand(2) === 0 ? version : undefined;
      sent += 1;
      const res = await send(t, cast[who], id, type, payload, { occurredAt, expectedVersion });
      if (res.status === 200) {
        acceptedPerCase.set(id, (acceptedPerCase.get(id) ?? 0) + 1);
        const view = (res.body as { case: { stage: string; version: number } }).case;
        if (view.version > (seen.get(id)?.version ?? 0)) seen.set(id, view);
      } else {
        expect([400, 403, 409, 422]).toContain(res.status);
        if (process.env.RACE_DEBUG)
          console.log(type, res.status, JSON.stringify(res.body).slice(0, 300));
        if (res.status === 409 || rand(3) === 0) await look(id);
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    for (let i = 0; i < HOT; i += 1) hot.push(await newCase());
    const started = Date.now();
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w * 7919 + 1)));
    console.log(
      `${sent} events from ${WORKERS} racing clients on ${all.length} cases (${[...seen.values()].filter((v) => v.stage === 'archived').length} archived) in ${Date.now() - started} ms`,
    );
  }, 600_000);

  afterAll(() => t.close());

  it('sent about 2,000 events (RACE_EVENTS), most of them on a case another client also hit', () => {
    expect(sent).toBeGreaterThanOrEqual(EVENTS * 0.75);
  });

  it('stored exactly the accepted events, numbered without gaps, and every case verifies', async () => {
    for (const id of all) {
      const report = await t.http
        .get(`/api/v1/cases/${id}/verify`)
        .set('authorization', `Bearer ${cast.auditor}`);
      expect(report.body).toMatchObject({ valid: true, entries: acceptedPerCase.get(id) });
    }
  });

  it('breaks no invariant the single-threaded model would not break on the same events', async () => {
    const logs = t.app.get(CaseLogRepository);
    const api = getCaseApi('penalty-case', 2);
    for (const id of all) {
      const entries = await logs.list(id);
      const history: HistoryStep[] = [];
      let last: Accepted | undefined;
      for (const entry of entries) {
        const envelope = envelopeOf(entry);
        const result = last ? api.apply(last.snapshot, envelope) : api.start(envelope);
        if (!result.ok) throw new Error(`entry ${entry.seq} of ${id}: ${result.message}`);
        last = result;
        const context = result.context as unknown as CaseContext;
        history.push({
          seq: entry.seq,
          envelope,
          stage: result.stage,
          state: result.state,
          context,
          flags: result.flags,
        });
      }
      const model = checkInvariants(history).map(({ seq, invariant }) => `${seq} ${invariant}`);
      const report = await t.http
        .get(`/api/v1/cases/${id}/verify`)
        .set('authorization', `Bearer ${cast.auditor}`);
      const stored = (report.body.invariantBreaches as { seq: number; invariant: string }[]).map(
        ({ seq, invariant }) => `${seq} ${invariant}`,
      );
      expect(stored).toEqual(model);
      // The invariants of the record's own shape are what an interleaving would break.
      expect(stored.filter((b) => /I2[789]$/.test(b))).toEqual([]);
    }
  });
});

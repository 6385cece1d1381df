import {
  createCase,
  seedCast,
  suspendedAndResumedCase,
  type Cast,
  wholeText,
} from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

interface HistoryEntry {
  seq: number;
  stage: string;
  previousStage?: string;
  state: unknown;
  context: Record<string, unknown>;
  deadlines: { clock: string; status: string; dueOn: string }[];
  allowedEvents: string[];
  changes: { path: string; before?: unknown; after?: unknown }[];
  invariantBreaches: unknown[];
}

describe('the time-travel history (issue 17)', () => {
  let t: TestApp;
  let cast: Cast;
  let id: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    admin = t.token('admin');
    id = await suspendedAndResumedCase(t, cast);
  }, 60_000);
  afterAll(() => t.close());

  const history = (token: string, query = '') =>
    t.http.get(`/api/v1/cases/${id}/history${query}`).set('authorization', `Bearer ${token}`);

  it('gives the state after every entry, agreeing with the replay of each', async () => {
    const res = await history(cast.auditor).expect(200);
    const entries = res.body.entries as HistoryEntry[];
    expect(entries.map((e) => e.stage)).toEqual([
      'clueVerification',
      'investigation',
      'investigation',
      'investigation',
      'investigation',
    ]);
    expect(entries[3].state).toEqual({ investigation: 'suspended' });
    for (const e of entries) {
      const replay = await t.http
        .get(`/api/v1/cases/${id}/replay?seq=${e.seq}`)
        .set('authorization', `Bearer ${cast.auditor}`)
        .expect(200);
      expect({
        stage: e.stage,
        state: e.state,
        context: e.context,
        deadlines: e.deadlines,
      }).toEqual({
        stage: replay.body.stage,
        state: replay.body.state,
        context: replay.body.context,
        deadlines: replay.body.deadlines,
      });
    }
  });

  it('says what changed from the entry before, and what the case waited for', async () => {
    const entries = (await history(cast.auditor).expect(200)).body.entries as HistoryEntry[];
    expect(entries[0].previousStage).toBeUndefined();
    expect(entries[1]).toMatchObject({ previousStage: 'clueVerification', stage: 'investigation' });
    // Filing names the handlers; the evidence entry adds one item to the evidence list.
    expect(entries[1].changes.map((c) => c.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^handlerIds/)]),
    );
    const added = entries[2].changes.filter((c) => c.before === undefined);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((c) => c.path.startsWith('evidence'))).toBe(true);
    expect(entries[0].allowedEvents).toContain('FILE_CASE');
    expect(entries[3].allowedEvents).toContain('RESUME_INVESTIGATION');
    expect(entries[3].deadlines.find((d) => d.clock === 'caseLimit')?.status).toBe('paused');
  });

  it("streams the integrity scan's progress case by case when there are few", async () => {
    await createCase(t, cast.handler);
    const res = await t.http
      .get('/api/v1/audit/verify-all')
      .set('authorization', `Bearer ${cast.auditor}`)
      .buffer(true)
      .parse(wholeText)
      .expect(200);
    const lines = (res.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; done?: number; total?: number });
    expect(lines.filter((l) => l.type === 'progress')).toEqual([
      { type: 'progress', done: 1, total: 2 },
      { type: 'progress', done: 2, total: 2 },
    ]);
    expect(lines[lines.length - 1]).toMatchObject({ type: 'summary', valid: true, cases: 2 });
  });

  it('records every read of the history', async () => {
    const before = await t.db.sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit_reads WHERE case_id = $1 AND what = 'history'`,
      [id],
    );
    await history(cast.auditor).expect(200);
    const after = await t.db.sql<{ n: string; officer_id: string }>(
      `SELECT count(*) AS n, min(officer_id) AS officer_id FROM audit_reads WHERE case_id = $1 AND what = 'history'`,
      [id],
    );
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
    expect(after[0].officer_id).toBe('au1');
  });

  it.each([
    ['a handler', () => cast.handler],
    ['an approver', () => cast.approver],
    ['an admin', () => admin],
  ])('refuses %s (403)', async (_, token) => {
    const res = await history(token()).set('accept-language', 'en').expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('answers bad input with a 4xx naming the field', async () => {
    const unknown = await history(cast.auditor, '?seq=2').set('accept-language', 'en').expect(400);
    expect(JSON.stringify(unknown.body.errors)).toContain('seq');
    const bad = await t.http
      .get('/api/v1/cases/not-a-case/history')
      .set('authorization', `Bearer ${cast.auditor}`)
      .set('accept-language', 'en');
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    await t.http
      .get('/api/v1/cases/00000000-0000-4000-8000-000000000000/history')
      .set('authorization', `Bearer ${cast.auditor}`)
      .expect(404);
  });
});

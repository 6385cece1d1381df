import { DeadlineScheduler } from '../../src/deadlines/deadline-scheduler.service';
import {
  createCase,
  filedCase,
  seedCast,
  send,
  type Cast,
  FILE_CONDITIONS,
} from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const PROPOSAL = {
  outcome: 'penalty',
  penalties: [{ kind: 'fine', amountFen: 500_000 }],
  legalBasis: '《食品安全法》第一百二十五条',
};
const REPORT = { facts: '标签不符合规定', evidenceSummary: '现场检查笔录、照片' };

describe('deadlines and desks', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let cast: Cast;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestApp('2025-03-20T10:00:00+08:00', db);
    b = await startTestApp('2025-03-20T10:00:00+08:00', db);
    cast = await seedCast(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  type Row = { caseId: string; clock: string; dueOn: string; status: string };
  const deadlinePage = async (query: string, token = cast.auditor) =>
    (await a.http.get(`/api/v1/deadlines?${query}`).set(bearer(token)).expect(200)).body as {
      items: (Row & { provisional: boolean })[];
      total: number;
      page: number;
      pageSize: number;
    };
  const deadlines = async (query: string, token = cast.auditor) =>
    (await deadlinePage(`pageSize=100&${query}`, token)).items;

  it('stores the case limit at filing and moves it with a suspension (S10), soonest first', async () => {
    for (const app of [a, b]) app.clock.set('2025-03-20T10:00:00+08:00');
    const id = await filedCase(a, cast, '2025-03-12');
    const filed = await deadlines('clock=caseLimit');
    expect(filed.find((d) => d.caseId === id)).toMatchObject({
      dueOn: '2025-06-10',
      status: 'open',
    });
    a.clock.set('2025-05-20T10:00:00+08:00');
    b.clock.set('2025-05-20T10:00:00+08:00');
    await send(
      a,
      cast.approver,
      id,
      'SUSPEND_INVESTIGATION',
      { ground: '等待检验' },
      { occurredAt: '2025-04-01' },
    ).expect(200);
    await send(
      a,
      cast.approver,
      id,
      'RESUME_INVESTIGATION',
      {},
      { occurredAt: '2025-05-15' },
    ).expect(200);
    const view = await a.http
      .get(`/api/v1/cases/${id}?asOf=2025-05-20`)
      .set(bearer(cast.handler))
      .expect(200);
    // Filed 03-12; 05-20 is 69 days on, 44 of them suspended (04-01 → 05-15).
    expect(view.body.caseLimit).toMatchObject({
      filedOn: '2025-03-12',
      dueOn: '2025-07-24',
      paused: false,
      daysUsed: 25,
      daysLeft: 65,
      pausedSpans: [{ from: '2025-04-01', to: '2025-05-15', kind: 'suspension', days: 44 }],
      extensions: [],
    });
    const moved = await deadlines('clock=caseLimit');
    expect(moved.find((d) => d.caseId === id)).toMatchObject({
      dueOn: '2025-07-24',
      status: 'open',
    });
    const all = await deadlines('');
    expect(all.map((d) => d.dueOn)).toEqual([...all.map((d) => d.dueOn)].sort());
  });

  it('filters by dueBefore, status and officer', async () => {
    // Its own case, limited to 2025-06-10: the filter has something to keep whatever ran before.
    for (const app of [a, b]) app.clock.set('2025-05-20T10:00:00+08:00');
    const id = await filedCase(a, cast, '2025-03-12');
    const before = await deadlines('dueBefore=2025-07-01');
    expect(before.map((d) => d.caseId)).toContain(id);
    expect(before.every((d) => d.dueOn < '2025-07-01')).toBe(true);
    expect(await deadlines('officerId=nobody')).toEqual([]);
    expect((await deadlines('officerId=h1')).length).toBeGreaterThan(0);
    const missed = await deadlines('status=missed');
    expect(missed.every((d) => d.status === 'missed')).toBe(true);
    expect(missed.map((d) => d.caseId)).not.toContain(id);
    await a.http.get('/api/v1/deadlines?status=late').set(bearer(cast.auditor)).expect(400);
    await a.http.get('/api/v1/deadlines?dueBefore=tomorrow').set(bearer(cast.auditor)).expect(400);
  });

  it('marks a passed deadline missed once, even with two instances racing', async () => {
    for (const app of [a, b]) app.clock.set('2025-07-25T08:00:00+08:00');
    // Relative to what earlier its left, so the order of the its does not matter.
    const { total: missedBefore } = await deadlinePage('status=missed');
    const notesOf = async () =>
      Number(
        (
          await db.sql<{ n: string }>(
            `SELECT count(*) n FROM outbox WHERE type = 'DEADLINE_MISSED'`,
          )
        )[0].n,
      );
    const notesBefore = await notesOf();
    const stagesOf = () =>
      db.sql<{ id: string; stage: string }>(`SELECT id, stage FROM cases ORDER BY id`);
    const stagesBefore = await stagesOf();
    const counts = await Promise.all([
      a.app.get(DeadlineScheduler).runOnce(),
      b.app.get(DeadlineScheduler).runOnce(),
      a.app.get(DeadlineScheduler).runOnce(),
    ]);
    const again = await b.app.get(DeadlineScheduler).runOnce();
    const { total: missed } = await deadlinePage('status=missed');
    expect(missed).toBeGreaterThan(missedBefore);
    expect(counts.reduce((x, y) => x + y, 0) + again).toBe(missed - missedBefore);
    expect((await notesOf()) - notesBefore).toBe(missed - missedBefore);
    // Marking a deadline missed never moves a case.
    expect(await stagesOf()).toEqual(stagesBefore);
  });

  it('shows a handler the cases they can act on, with the nearest deadline', async () => {
    const res = await a.http.get('/api/v1/me/desk').set(bearer(cast.handler)).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) {
      expect(item.allowedEvents.length).toBeGreaterThan(0);
      expect(item.nextDeadline).toBeDefined();
    }
  });

  it('never puts a case on a reviewer desk that the reviewer handles or is recused from', async () => {
    const both = await a.officer({
      id: 'hr',
      roles: ['handler', 'case_reviewer'],
      enforcementCredential: { number: 'X', validUntil: '2030-12-31' },
    });
    const recusedReviewer = await a.officer({ id: 'r2', roles: ['case_reviewer'] });
    // The day its events happen, whichever it ran before.
    for (const app of [a, b]) app.clock.set('2025-07-25T10:00:00+08:00');
    const id = await createCase(a, cast.handler);
    await send(
      a,
      cast.approver,
      id,
      'FILE_CASE',
      {
        handlerIds: ['hr', 'h1'],
        conditions: FILE_CONDITIONS,
      },
      { occurredAt: '2025-07-25' },
    ).expect(200);
    await send(
      a,
      cast.handler,
      id,
      'CONCLUDE_INVESTIGATION',
      { report: REPORT, proposal: PROPOSAL },
      { occurredAt: '2025-07-25' },
    ).expect(200);
    await a.http
      .post(`/api/v1/cases/${id}/recusals`)
      .set(bearer(cast.approver))
      .send({ officerId: 'r2', reason: '近亲属' })
      .expect(201);
    const desk = async (token: string) =>
      (await a.http.get('/api/v1/me/desk').set(bearer(token)).expect(200)).body.items as {
        caseId: string;
        allowedEvents: string[];
      }[];
    const reviewer = await desk(cast.caseReviewer);
    expect(reviewer.find((i) => i.caseId === id)?.allowedEvents).toContain('APPROVE_REVIEW');
    // As a handler of the case they may still act (e.g. revise), but never review it (G09).
    expect((await desk(both)).find((i) => i.caseId === id)?.allowedEvents ?? []).not.toContain(
      'APPROVE_REVIEW',
    );
    expect((await desk(recusedReviewer)).map((i) => i.caseId)).not.toContain(id);
  });
});

describe('calendar administration', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp('2027-01-05T10:00:00+08:00');
    cast = await seedCast(t);
    admin = t.token('admin');
  });
  afterAll(() => t.close());

  it('shows the package arrangement for 2026 and a provisional weekdays-only 2029', async () => {
    const y2026 = await t.http
      .get('/api/v1/calendar/2026')
      .set({ authorization: `Bearer ${cast.handler}` })
      .expect(200);
    expect(y2026.body).toMatchObject({ source: 'package', provisional: false });
    expect(y2026.body.workdays).toContain('2026-02-14');
    // A year no other it loads (the next one loads 2027), so the order of the its does not matter.
    const y2029 = await t.http
      .get('/api/v1/calendar/2029')
      .set({ authorization: `Bearer ${cast.handler}` })
      .expect(200);
    expect(y2029.body).toMatchObject({ source: 'weekdays', provisional: true });
  });

  it('turns provisional 2027 deadlines into final ones when the arrangement is loaded', async () => {
    const id = await createCase(t, cast.handler, { receivedAt: '2026-12-28' });
    const clue = async () =>
      (
        (await t.http.get(`/api/v1/cases/${id}`).set({ authorization: `Bearer ${cast.handler}` }))
          .body.deadlines as { clock: string; dueOn: string; provisional: boolean }[]
      ).find((d) => d.clock === 'clueVerification')!;
    const before = await clue();
    expect(before).toMatchObject({ provisional: true, dueOn: '2027-01-18' });
    const put = await t.http
      .put('/api/v1/calendar/2027')
      .set({ authorization: `Bearer ${admin}` })
      .send({ holidays: ['2027-01-01', '2027-01-04'], workdays: [], note: '测试安排' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ source: 'override', provisional: false, loadedBy: 'admin' });
    expect(put.body.recomputedCases.map((c: { id: string }) => c.id)).toContain(id);
    expect(await clue()).toMatchObject({ provisional: false, dueOn: '2027-01-20' });
    const stored = await t.db.sql<{ due_on: string; provisional: boolean }>(
      `SELECT to_char(due_on, 'YYYY-MM-DD') due_on, provisional FROM case_deadlines WHERE case_id = $1 AND clock = 'clueVerification'`,
      [id],
    );
    expect(stored).toEqual([{ due_on: '2027-01-20', provisional: false }]);
  });

  it('refuses an invalid arrangement with 400 naming the field, and non-admins with 403', async () => {
    const bad = await t.http
      .put('/api/v1/calendar/2028')
      .set({ authorization: `Bearer ${admin}` })
      .send({ holidays: ['2027-12-31'], workdays: ['2028-01-05'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'holidays',
      'workdays',
    ]);
    await t.http
      .put('/api/v1/calendar/2028')
      .set({ authorization: `Bearer ${cast.handler}` })
      .send({ holidays: [], workdays: [] })
      .expect(403);
    const rows = await t.db.sql(`SELECT * FROM calendar_arrangements WHERE year = 2028`);
    expect(rows).toEqual([]);
  });
});

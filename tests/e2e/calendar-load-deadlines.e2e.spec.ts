// Issue 19, "no legal clock is ever computed from a stale read": a calendar load moves the
// stored clocks it affects at once — a year the calendar package already covered included —
// so GET /deadlines and the missed-deadline scheduler see the new due date before the case's
// next event.
import { DeadlineScheduler } from '../../src/deadlines/deadline-scheduler.service';
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import {
  startTestApp,
  startTwoInstances,
  type TestApp,
  type TwoInstances,
} from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const NOW = '2025-03-17T10:00:00+08:00';
/** Two extra holidays in a year the package already has: the 7-day preservation moves 2 WD. */
const NOTICE = { holidays: ['2025-03-19', '2025-03-20'], workdays: [], note: 'a later notice' };

describe('a calendar load and the stored deadlines', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  it('moves the stored clock at once; the scheduler does not mark it missed on the old date', async () => {
    const id = await filedCase(t, cast);
    const preserved = await send(t, cast.approver, id, 'PRESERVE_EVIDENCE', { items: ['样品'] });
    expect(preserved.status).toBe(200);
    const clock = (body: { deadlines: { clock: string; dueOn: string }[] }) =>
      body.deadlines.find((d) => d.clock === 'evidencePreservation')?.dueOn;
    expect(clock(preserved.body.case)).toBe('2025-03-26');
    const put = await t.http
      .put('/api/v1/calendar/2025')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .send(NOTICE);
    expect(put.status).toBe(200);
    expect(put.body.recomputedCases.map((c: { id: string }) => c.id)).toContain(id);
    const listed = await t.http
      .get('/api/v1/deadlines?clock=evidencePreservation')
      .set('authorization', `Bearer ${cast.approver}`)
      .expect(200);
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({ caseId: id, dueOn: '2025-03-28' }),
    );
    t.clock.set('2025-03-27T09:00:00+08:00');
    await t.app.get(DeadlineScheduler).runOnce();
    const [stored] = await t.db.sql<{ status: string; due: string }>(
      `SELECT status, to_char(due_on, 'YYYY-MM-DD') AS due FROM case_deadlines
        WHERE case_id = $1 AND clock = 'evidencePreservation'`,
      [id],
    );
    expect(stored).toEqual({ status: 'open', due: '2025-03-28' });
    const missed = await t.db.sql(
      `SELECT 1 FROM outbox WHERE case_id = $1 AND type = 'DEADLINE_MISSED'`,
      [id],
    );
    expect(missed).toEqual([]);
  });
});

describe('a calendar load through one instance, the next event through another', () => {
  let two: TwoInstances;
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    two = await startTwoInstances(NOW);
    ({ db, a, b } = two);
    cast = await seedCast(a);
  });
  afterAll(() => two.close());

  it('is decided on the new calendar at once, though the other instance read the old one', async () => {
    const id = await filedCase(a, cast);
    // Instance b reads the calendar (2025 as the package has it) in deciding this event.
    const preserved = await send(b, cast.approver, id, 'PRESERVE_EVIDENCE', { items: ['样品'] });
    expect(preserved.body.case.deadlines).toContainEqual(
      expect.objectContaining({ clock: 'evidencePreservation', dueOn: '2025-03-26' }),
    );
    await a.http
      .put('/api/v1/calendar/2025')
      .set('authorization', `Bearer ${a.token('admin')}`)
      .send(NOTICE)
      .expect(200);
    const evidence = { kind: 'inspection_record', description: '现场检查笔录' };
    const next = await send(b, cast.handler, id, 'RECORD_EVIDENCE', evidence);
    expect(next.status).toBe(200);
    expect(next.body.case.deadlines).toContainEqual(
      expect.objectContaining({ clock: 'evidencePreservation', dueOn: '2025-03-28' }),
    );
    // The entry is pinned to the calendar it was decided on: the load with the two holidays.
    const [entry] = await db.sql<{ arrangements: number[]; load: number }>(
      `SELECT facts->'calendar'->'arrangements' AS arrangements,
              (SELECT max(id)::int FROM calendar_arrangements) AS load
         FROM case_log WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(entry.arrangements).toContain(entry.load);
  });
});

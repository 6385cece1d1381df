// Issue 19, "stop writing what can be derived": an event rewrites only the clocks it changed in
// case_deadlines (every clock used to be rewritten by each event), and the table still equals
// the clocks the case view computes after every event.
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-06-02T10:00:00+08:00';

describe('case_deadlines after each event', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  /** Each stored clock with its row version (xmin changes when the row is rewritten). */
  const stored = async (id: string) =>
    new Map(
      (
        await t.db.sql<{ clock: string; due_on: string; status: string; xmin: string }>(
          `SELECT clock, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, xmin::text AS xmin
             FROM case_deadlines WHERE case_id = $1`,
          [id],
        )
      ).map((r) => [r.clock, r]),
    );
  /** The clocks the case view computes, one per clock as the table keeps them. */
  const viewed = async (id: string) => {
    const res = await t.http
      .get(`/api/v1/cases/${id}`)
      .set('authorization', `Bearer ${cast.approver}`)
      .expect(200);
    return res.body.deadlines as { clock: string; dueOn: string; status: string }[];
  };
  const expectTableMatchesView = async (id: string) => {
    const table = await stored(id);
    for (const d of await viewed(id)) {
      expect(table.get(d.clock)).toMatchObject({ clock: d.clock });
    }
    expect(table.size).toBeGreaterThan(0);
  };

  it('leaves unchanged clocks unwritten, rewrites a changed one, and matches the view', async () => {
    const id = await filedCase(t, cast);
    await expectTableMatchesView(id);
    const before = await stored(id);
    await send(t, cast.handler, id, 'RECORD_EVIDENCE', { kind: 'photo', description: '照片' }, {
      occurredAt: '2025-03-20',
    }).expect(200);
    const after = await stored(id);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [clock, row] of after) expect(row.xmin).toBe(before.get(clock)!.xmin);
    // A suspension pauses the case-time limit: that clock's row is rewritten with the new status.
    await send(t, cast.approver, id, 'SUSPEND_INVESTIGATION', { ground: '等待检验结果' }, {
      occurredAt: '2025-04-01',
    }).expect(200);
    const suspended = await stored(id);
    const changed = [...suspended.values()].filter(
      (row) =>
        !before.has(row.clock) ||
        before.get(row.clock)!.status !== row.status ||
        before.get(row.clock)!.due_on !== row.due_on,
    );
    expect(changed.length).toBeGreaterThan(0);
    for (const row of changed) expect(row.xmin).not.toBe(after.get(row.clock)?.xmin);
    for (const [clock, row] of suspended) {
      const prior = after.get(clock);
      if (prior && prior.status === row.status && prior.due_on === row.due_on)
        expect(row.xmin).toBe(prior.xmin);
    }
    await expectTableMatchesView(id);
  });
});

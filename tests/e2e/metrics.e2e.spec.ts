import { createCase, seedCast, send, FILE_CONDITIONS, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/** The value of one sample line (`name{labels} value`) whose text contains every part. */
function sample(text: string, ...parts: string[]): number | undefined {
  const line = text
    .split('\n')
    .find((l) => !l.startsWith('#') && parts.every((p) => l.includes(p)));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('GET /metrics (Prometheus)', () => {
  let t: TestApp;
  let cast: Cast;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    cast = await seedCast(t);
    id = await createCase(t, cast.handler);
    const filed = await send(
      t,
      cast.approver,
      id,
      'FILE_CASE',
      {
        handlerIds: ['h1', 'h2'],
        conditions: FILE_CONDITIONS,
      },
      { occurredAt: '2025-03-12' },
    );
    expect(filed.status).toBe(200);
    // Refused by a guard: only one credentialed handler (G02).
    const refused = await send(
      t,
      cast.approver,
      await createCase(t, cast.handler),
      'FILE_CASE',
      {
        handlerIds: ['h1'],
        conditions: FILE_CONDITIONS,
      },
      { occurredAt: '2025-03-12' },
    );
    expect(refused.status).toBe(422);
    // Illegal now: the case is already filed.
    expect(
      (
        await send(t, cast.approver, id, 'FILE_CASE', {
          handlerIds: ['h1', 'h2'],
          conditions: FILE_CONDITIONS,
        })
      ).status,
    ).toBe(409);
    // An effect routed 90 s ago whose webhook delivery waits (retry far ahead), and a dead letter.
    const [effect] = await t.db.sql<{ id: string }>(
      `INSERT INTO outbox (case_id, seq, type, data, created_at, processed_at)
      VALUES ($1, 99, 'NOTIFY', '{}', now() - interval '90 seconds', now()) RETURNING id`,
      [id],
    );
    await t.db.sql(
      `INSERT INTO outbox_deliveries (outbox_id, target, status, next_attempt_at, created_at, dead_at)
      VALUES ($1, 'http://127.0.0.1:9/a', 'pending', now() + interval '1 hour', now() - interval '90 seconds', NULL),
             ($1, 'http://127.0.0.1:9/b', 'dead', now(), now() - interval '90 seconds', now())`,
      [effect.id],
    );
    await t.db.sql(
      `UPDATE case_deadlines SET status = 'missed' WHERE case_id = $1 AND clock = 'caseLimit'`,
      [id],
    );
  }, 60_000);
  afterAll(() => t.close());

  const scrape = async () => {
    const res = await t.http.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    return res.text;
  };

  it('times requests by route pattern, not by raw URL', async () => {
    const text = await scrape();
    expect(
      sample(
        text,
        'zhifa_http_request_duration_seconds_count',
        'route="/api/v1/cases/:id/events"',
        'status="200"',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(id);
  });

  it('counts events accepted and refused by type, code and guard', async () => {
    const text = await scrape();
    expect(sample(text, 'zhifa_events_total', 'type="FILE_CASE"', 'outcome="accepted"')).toBe(1);
    expect(sample(text, 'zhifa_events_total', 'type="REGISTER_CLUE"', 'outcome="accepted"')).toBe(
      2,
    );
    expect(
      sample(text, 'zhifa_events_total', 'outcome="refused"', 'code="GUARD_FAILED"', 'guard="G02"'),
    ).toBe(1);
    expect(
      sample(text, 'zhifa_events_total', 'outcome="refused"', 'code="ILLEGAL_TRANSITION"'),
    ).toBe(1);
  });

  it('reports outbox lag, missed deadlines, the pool, statement timings and memory', async () => {
    const text = await scrape();
    expect(sample(text, 'zhifa_outbox_pending ')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'zhifa_outbox_lag_seconds ')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'zhifa_outbox_dead_letters ')).toBe(1);
    expect(sample(text, 'zhifa_deadlines_missed', 'clock="caseLimit"')).toBe(1);
    expect(sample(text, 'zhifa_db_pool_connections ')).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'zhifa_db_statement_duration_seconds_count', 'verb="WITH"', 'ok="true"'),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'zhifa_process_resident_memory_bytes ')).toBeGreaterThan(0);
    expect(sample(text, 'zhifa_nodejs_heap_size_used_bytes ')).toBeGreaterThan(0);
  });
});

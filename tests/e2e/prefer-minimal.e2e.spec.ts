// Issue 19, "a leaner request": `Prefer: return=minimal` (RFC 7240) answers an event with its
// entry and the case's id, number, version and stage; what is written is exactly what a full
// answer would have written, and the case read right after shows the event (read-your-writes).
import { createCase, FILE_CONDITIONS, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-14T10:00:00+08:00';

describe('POST /cases/:id/events with Prefer: return=minimal', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  const fileCase = {
    type: 'FILE_CASE',
    occurredAt: '2025-03-12',
    expectedVersion: 1,
    payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
  };
  const post = (id: string, prefer?: string, key?: string) => {
    const req = t.http
      .post(`/api/v1/cases/${id}/events`)
      .set('authorization', `Bearer ${cast.approver}`);
    if (prefer) void req.set('prefer', prefer);
    if (key) void req.set('idempotency-key', key);
    return req.send(fileCase);
  };
  const logOf = async (id: string) =>
    await t.db.sql(
      `SELECT seq, type, payload, facts, flags, documents IS NOT NULL AS documents
         FROM case_log WHERE case_id = $1 ORDER BY seq`,
      [id],
    );

  it('answers the entry and four fields of the case, and says the preference was applied', async () => {
    const id = await createCase(t, cast.handler);
    const res = await post(id, 'return=minimal');
    expect(res.status).toBe(200);
    expect(res.headers['preference-applied']).toBe('return=minimal');
    expect(res.headers.vary).toMatch(/prefer/i);
    expect(Object.keys(res.body.case as object).sort()).toEqual(
      ['caseNumber', 'id', 'stage', 'version'].sort(),
    );
    expect(res.body.case).toMatchObject({ id, stage: 'investigation', version: 2 });
    expect(res.body.entry).toMatchObject({ seq: 2, type: 'FILE_CASE' });
    const read = await t.http
      .get(`/api/v1/cases/${id}`)
      .set('authorization', `Bearer ${cast.approver}`);
    expect(read.body).toMatchObject({ stage: 'investigation', version: 2 });
  });

  it('writes what a full answer writes, and a full answer is the default', async () => {
    const minimal = await createCase(t, cast.handler);
    const full = await createCase(t, cast.handler);
    await post(minimal, 'handling=lenient; return=minimal').expect(200);
    const res = await post(full, 'return=representation').expect(200);
    expect(res.headers['preference-applied']).toBeUndefined();
    expect(res.body.case).toHaveProperty('nextActions');
    expect(await logOf(minimal)).toEqual(await logOf(full));
  });

  it('a repeated Idempotency-Key answers minimally too, from the one entry written', async () => {
    const id = await createCase(t, cast.handler);
    const first = await post(id, 'return=minimal', 'prefer-key-1').expect(200);
    const again = await post(id, 'return=minimal', 'prefer-key-1').expect(200);
    expect(again.body).toEqual(first.body);
    expect(await logOf(id)).toHaveLength(2);
  });

  it('a refusal is the same problem with or without the preference', async () => {
    const id = await createCase(t, cast.handler);
    const req = (prefer?: string) => {
      const r = t.http
        .post(`/api/v1/cases/${id}/events`)
        .set('authorization', `Bearer ${cast.handler}`);
      if (prefer) void r.set('prefer', prefer);
      return r.send(fileCase);
    };
    const plain = await req();
    const minimal = await req('return=minimal');
    expect(minimal.status).toBe(plain.status);
    expect(minimal.status).toBeGreaterThanOrEqual(400);
    expect({ ...minimal.body, instance: undefined }).toEqual({ ...plain.body, instance: undefined });
    expect(await logOf(id)).toHaveLength(1);
  });
});

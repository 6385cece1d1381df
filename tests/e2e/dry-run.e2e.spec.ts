// Issue 14, "Dry run": POST /cases/:id/events?dryRun=true answers exactly as the real call
// would (status, body, every failing guard, the would-be entry and case) and writes nothing.
import type { Response } from 'supertest';
import {
  createCase,
  FILE_CONDITIONS,
  filedCase,
  seedCast,
  type Cast,
} from '../support/case-fixtures';
import { digestTables } from '../support/table-digest';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-14T10:00:00+08:00';

describe('POST /cases/:id/events?dryRun=true', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  const post = (
    token: string,
    id: string,
    body: Record<string, unknown>,
    query = '',
    key?: string,
  ) => {
    const req = t.http
      .post(`/api/v1/cases/${id}/events${query}`)
      .set('authorization', `Bearer ${token}`)
      .set('accept-language', 'en'); // reasons asserted in English
    if (key) void req.set('idempotency-key', key);
    return req.send(body);
  };

  /** The dry run's answer, and proof that it changed no guarded table. */
  async function dryRun(token: string, id: string, body: Record<string, unknown>, key?: string) {
    const before = await digestTables(t.db);
    const res = await post(token, id, body, '?dryRun=true', key);
    expect(await digestTables(t.db)).toEqual(before);
    return res;
  }

  /**
   * The real answer equals the dry run's; only the problem's `instance` differs, as it names the
   * request (with its `?dryRun=true`).
   */
  function expectSameAnswer(real: Response, dry: Response) {
    const { instance, ...problem } = dry.body as { instance?: string };
    const { instance: realInstance, ...realProblem } = real.body as { instance?: string };
    expect({ status: real.status, body: realProblem }).toEqual({
      status: dry.status,
      body: problem,
    });
    if (instance !== undefined) expect(instance).toBe(`${realInstance}?dryRun=true`);
    expect(real.headers['content-type']).toBe(dry.headers['content-type']);
  }

  it('a refused event: the same status and problem details, every failing guard, nothing written', async () => {
    const id = await createCase(t, cast.handler);
    // APL 54 conditions not met (G01) and handlers without credentials (G02): both reported.
    const body = {
      type: 'FILE_CASE',
      occurredAt: '2025-03-12',
      payload: {
        handlerIds: ['a2', 'a3'],
        conditions: { ...FILE_CONDITIONS, evidenceOfViolation: false },
      },
    };
    const dry = await dryRun(cast.approver, id, body);
    expect(dry.status).toBe(422);
    expect(dry.body.code).toBe('GUARD_FAILED');
    const ids = (dry.body.guards as { id: string }[]).map((g) => g.id);
    expect(ids).toEqual(expect.arrayContaining(['G01', 'G02']));
    expectSameAnswer(await post(cast.approver, id, body), dry);
  });

  it('an accepted event: the would-be entry and case, identical to the real answer after it', async () => {
    const id = await createCase(t, cast.handler);
    const body = {
      type: 'FILE_CASE',
      occurredAt: '2025-03-12',
      expectedVersion: 1,
      payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
    };
    const dry = await dryRun(cast.approver, id, body);
    expect(dry.status).toBe(200);
    expect(dry.body.entry).toMatchObject({ seq: 2, type: 'FILE_CASE' });
    expect(dry.body.case).toMatchObject({ stage: 'investigation', version: 2 });
    // Twice: the first dry run left no trace the second could see.
    expect((await dryRun(cast.approver, id, body)).body).toEqual(dry.body);
    const before = await digestTables(t.db);
    const real = await post(cast.approver, id, body);
    expect(real.status).toBe(200);
    expect(real.body).toEqual(dry.body);
    // The digest does see a real write (the comparisons above can fail).
    expect(await digestTables(t.db)).not.toEqual(before);
  });

  it('checks the expected version as the real call does', async () => {
    const id = await filedCase(t, cast);
    const stale = {
      type: 'RECORD_EVIDENCE',
      expectedVersion: 1,
      payload: { kind: 'document', description: '书证' },
    };
    const dry = await dryRun(cast.handler, id, stale);
    expect(dry.status).toBe(409);
    expectSameAnswer(await post(cast.handler, id, stale), dry);
  });

  it('does not take the Idempotency-Key; once the key is used, answers with the original', async () => {
    const id = await filedCase(t, cast);
    const body = { type: 'RECORD_EVIDENCE', payload: { kind: 'document', description: '书证' } };
    const dry = await dryRun(cast.handler, id, body, 'dry-key-1');
    expect(dry.status).toBe(200);
    const real = await post(cast.handler, id, body, '', 'dry-key-1');
    expect(real.status).toBe(200);
    expect(real.body.entry.seq).toBe(3);
    const again = await dryRun(cast.handler, id, body, 'dry-key-1');
    expect(again.body.entry).toEqual(real.body.entry);
    const reused = await dryRun(cast.handler, id, { ...body, payload: {} }, 'dry-key-1');
    expect(reused.status).toBe(422);
  });

  it.each(['yes', '1', 'TRUE', ''])(
    'dryRun=%s is a 400 naming dryRun, nothing written',
    async (v) => {
      const id = await filedCase(t, cast);
      const before = await digestTables(t.db);
      const body = { type: 'RECORD_EVIDENCE', payload: { kind: 'document', description: '书证' } };
      const res = await post(cast.handler, id, body, `?dryRun=${v}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual({
        field: 'dryRun',
        reason: 'dryRun must be true or false',
      });
      expect(await digestTables(t.db)).toEqual(before);
    },
  );

  it('dryRun=false is the real call', async () => {
    const id = await filedCase(t, cast);
    const body = { type: 'RECORD_EVIDENCE', payload: { kind: 'document', description: '书证' } };
    const res = await post(cast.handler, id, body, '?dryRun=false');
    expect(res.status).toBe(200);
    const log = await t.http
      .get(`/api/v1/cases/${id}/log`)
      .set('authorization', `Bearer ${cast.handler}`);
    expect(log.body).toHaveLength(3);
  });
});

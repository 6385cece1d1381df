import { Client } from 'pg';
import {
  createCase,
  filedCase,
  seedCast,
  send,
  FILE_CONDITIONS,
  type Cast,
} from '../support/case-fixtures';
import { checkChain } from '../support/chain';
import { startTwoInstances, type TestApp, type TwoInstances } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const NOW = '2026-11-21T10:00:00+08:00';

/** The design is stateless: two service instances on one database behave as one. */
describe('two service instances on one database', () => {
  let two: TwoInstances;
  let a: TestApp;
  let b: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    two = await startTwoInstances(NOW);
    ({ a, b } = two);
    cast = await seedCast(a);
  });
  afterAll(() => two.close());

  it('accepts exactly one of 50 conflicting events split across both instances', async () => {
    const id = await createCase(a, cast.handler);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        send(
          i % 2 ? a : b,
          cast.approver,
          id,
          'FILE_CASE',
          { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
          { occurredAt: '2025-03-12' },
        ),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
    const { entries, problems } = await checkChain(a, id);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(2);
  });

  it('decides on the database, not on the case an instance last wrote, when the other moved it', async () => {
    // a writes the case first (and keeps it as it left it); b files it.
    const id = await createCase(a, cast.handler);
    await send(b, cast.approver, id, 'FILE_CASE', {
      handlerIds: ['h1', 'h2'],
      conditions: FILE_CONDITIONS,
    }).expect(200);
    // On a's old copy the case is not filed and a preservation order would be refused.
    const first = await send(a, cast.approver, id, 'PRESERVE_EVIDENCE', { items: ['样品 3 件'] });
    expect(first.status).toBe(200);
    expect(first.body.case.version).toBe(3);
    const evidence = (n: number) => ({ kind: 'photo', description: `证据 ${n}` });
    for (let n = 1; n <= 6; n++) {
      const res = await send(n % 2 ? b : a, cast.handler, id, 'RECORD_EVIDENCE', evidence(n));
      expect(res.status).toBe(200);
      expect(res.body.case.version).toBe(3 + n);
    }
    const { entries, problems } = await checkChain(a, id);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(9);
  });

  it('keeps every one of 200 events across 20 cases sent through both instances', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await filedCase(i % 2 ? a : b, cast));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        send(i % 2 ? a : b, cast.handler, ids[i % 20], 'RECORD_EVIDENCE', {
          kind: 'photo',
          description: `证据 ${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    for (const id of ids) {
      const { entries, problems } = await checkChain(b, id);
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(12);
    }
  });
});

/**
 * Each instance caches officer facts; a change made anywhere reaches every instance through
 * PostgreSQL's NOTIFY, and an instance that lost its LISTEN connection caches nothing.
 */
describe('officer facts cached by two instances', () => {
  let two: TwoInstances;
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    two = await startTwoInstances(NOW);
    ({ db, a, b } = two);
  });
  afterAll(() => two.close());

  const casesAs = (t: TestApp, token: string) =>
    t.http.get('/api/v1/cases').set('authorization', `Bearer ${token}`);

  /** Polls until `check` answers true; the time it took, or -1 after two seconds. */
  async function within2s(check: () => Promise<boolean>): Promise<number> {
    const start = performance.now();
    while (performance.now() - start < 2000) {
      if (await check()) return performance.now() - start;
      await new Promise((r) => setTimeout(r, 20));
    }
    return -1;
  }

  it('refuses on one instance an officer deactivated through the other', async () => {
    const token = await a.officer({ id: 'c-h1', roles: ['handler'] });
    // b reads (and caches) the officer first.
    expect((await casesAs(b, token)).status).toBe(200);
    const patched = await a.http
      .patch('/api/v1/officers/c-h1')
      .set('authorization', `Bearer ${a.token('admin')}`)
      .send({ active: false });
    expect(patched.status).toBe(200);
    expect((await casesAs(a, token)).status).toBe(401);
    const took = await within2s(async () => (await casesAs(b, token)).status === 401);
    expect(took).toBeGreaterThanOrEqual(0);
  });

  it('applies a role taken away through one instance to the other', async () => {
    const token = await a.officer({ id: 'c-ad', roles: ['admin', 'auditor'] });
    const officers = () => b.http.get('/api/v1/officers').set('authorization', `Bearer ${token}`);
    expect((await officers()).status).toBe(200);
    await a.http
      .patch('/api/v1/officers/c-ad')
      .set('authorization', `Bearer ${a.token('admin')}`)
      .send({ roles: ['auditor'] })
      .expect(200);
    const took = await within2s(async () => (await officers()).status === 403);
    expect(took).toBeGreaterThanOrEqual(0);
  });

  it('caches nothing while its LISTEN connection is gone', async () => {
    const token = await a.officer({ id: 'c-h2', roles: ['handler'] });
    expect((await casesAs(b, token)).status).toBe(200);
    // Cut every listener (both instances), then change the officer behind their backs.
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    try {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
      );
      await new Promise((r) => setTimeout(r, 100));
      await admin.query(`UPDATE officers SET active = false WHERE id = 'c-h2'`);
    } finally {
      await admin.end();
    }
    expect((await casesAs(b, token)).status).toBe(401);
    expect((await casesAs(a, token)).status).toBe(401);
  });
});

import { CheckpointService } from '../../src/audit/checkpoint.service';
import { createCase, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-21T10:00:00+08:00';

// Issue 13 (rate limits): one budget per client across processes, bounded public work.
describe('public rate limits are shared through PostgreSQL', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '5';
    db = await createTestDatabase();
    a = await startTestApp(NOW, db);
    b = await startTestApp(NOW, db);
    delete process.env.PUBLIC_RATE_LIMIT;
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  /** Waits out the last seconds of a fixed window, so the test's requests fall in one. */
  async function freshWindow(): Promise<void> {
    const [{ left }] = await db.sql<{ left: string }>(
      `SELECT 60 - mod(extract(epoch FROM clock_timestamp())::numeric, 60) AS left`,
    );
    if (Number(left) < 10) await new Promise((r) => setTimeout(r, Number(left) * 1000 + 200));
    await db.sql(`DELETE FROM public_rate_limits`);
  }

  it('lets 5 requests a minute through two instances together, then answers 429', async () => {
    await freshWindow();
    const paths = ['/decisions', '/procedure', '/checkpoints', '/withdrawals', '/checkpoints/key'];
    const statuses: number[] = [];
    for (const [i, path] of paths.entries()) {
      statuses.push((await (i % 2 ? b : a).http.get(`/api/v1/public${path}`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    for (const t of [a, b]) {
      const res = await t.http.get('/api/v1/public/checkpoints/consistency?first=0&second=0');
      expect(res.status).toBe(429);
      expect(res.body).toMatchObject({ code: 'RATE_LIMITED' });
      expect(res.headers['retry-after']).toBeDefined();
    }
    const [row] = await db.sql<{ hits: number }>(`SELECT hits FROM public_rate_limits`);
    expect(row.hits).toBe(7);
  });
});

describe('consistency proofs: published sizes only, cached', () => {
  let t: TestApp;
  let cast: Cast;
  let sizes: number[];

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    cast = await seedCast(t);
    const checkpoints = t.app.get(CheckpointService);
    sizes = [];
    for (let i = 0; i < 3; i++) {
      await createCase(t, cast.handler);
      sizes.push((await checkpoints.build())!.treeSize);
    }
  });
  afterAll(() => t.close());

  const consistency = (first: number | string, second: number | string) =>
    t.http.get(`/api/v1/public/checkpoints/consistency?first=${first}&second=${second}`);

  it('proves consistency between two published sizes', async () => {
    const res = await consistency(sizes[0], sizes[2]);
    expect(res.status).toBe(200);
    expect(res.body.proof.length).toBeGreaterThan(0);
  });

  it('answers 404 for a size never published, and 400 when first > second', async () => {
    const unpublished = await consistency(sizes[0], sizes[2] + 1);
    expect(unpublished.status).toBe(404);
    expect(unpublished.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unpublished.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await consistency(sizes[2] + 1, sizes[2] + 2)).status).toBe(404);
    const reversed = await consistency(sizes[2], sizes[0]);
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('serves a repeated proof from the cache, unchanged', async () => {
    const cache = t.app.get(CheckpointService).proofs;
    const first = await consistency(sizes[1], sizes[2]);
    const hits = cache.hits;
    const again = await consistency(sizes[1], sizes[2]);
    expect(again.body).toEqual(first.body);
    expect(cache.hits).toBe(hits + 1);
  });
});

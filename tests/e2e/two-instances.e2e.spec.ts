import {
  createCase,
  filedCase,
  seedCast,
  send,
  FILE_CONDITIONS,
  type Cast,
} from '../support/case-fixtures';
import { checkChain } from '../support/chain';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-21T10:00:00+08:00';

/** The design is stateless: two service instances on one database behave as one. */
describe('two service instances on one database', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestApp(NOW, db);
    b = await startTestApp(NOW, db);
    cast = await seedCast(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

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

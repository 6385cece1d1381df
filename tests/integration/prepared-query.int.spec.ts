// Issue 19, "prepared statements": the event's one write runs as a named statement, parsed and
// planned once per connection; its failures reach the callers as TypeORM's errors, so the
// retry rules (lost idempotency race, 文号 taken, serialisation) still read `driverError`.
import { DataSource, QueryFailedError } from 'typeorm';
import { preparedQuery } from '../../src/ledger/prepared-query';
import { startTestApp, type TestApp } from '../support/test-app';

describe('preparedQuery', () => {
  let t: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp('2025-03-14T10:00:00+08:00');
    ds = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('prepares a statement once on the connection and binds it again after', async () => {
    const text = `SELECT $1::int + 1 AS n, 'prepared-query-spec' AS tag`;
    await ds.transaction(async (tx) => {
      expect(await preparedQuery<{ n: number }>(tx, text, [1])).toEqual([
        { n: 2, tag: 'prepared-query-spec' },
      ]);
      expect(await preparedQuery<{ n: number }>(tx, text, [41])).toMatchObject([{ n: 42 }]);
      const prepared = await tx.query<{ name: string }[]>(
        `SELECT name FROM pg_prepared_statements WHERE statement LIKE '%prepared-query-spec%'`,
      );
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^zhifa_[0-9a-f]{24}$/);
    });
  });

  it('runs outside a transaction on a pooled connection and gives it back', async () => {
    // More calls than the pool has connections (20): a connection kept would block the 21st.
    const answers: number[] = [];
    for (let i = 0; i < 25; i++) {
      const [row] = await preparedQuery<{ n: number }>(ds.manager, 'SELECT $1::int AS n', [i]);
      answers.push(row.n);
    }
    expect(answers).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('fails as TypeORM does: a QueryFailedError carrying the driver error and its code', async () => {
    const err = await preparedQuery(ds.manager, 'SELECT 1 / $1::int AS n', [0]).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(QueryFailedError);
    expect((err as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe(
      '22012',
    );
  });
});

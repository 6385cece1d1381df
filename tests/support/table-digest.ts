import { Client } from 'pg';
import type { TestDatabase } from './test-database';

/** Tables that bad input must never change (auditor reads and rate counters may change). */
export const GUARDED_TABLES = [
  'cases',
  'case_log',
  'outbox',
  'officers',
  'case_deadlines',
  'calendar_arrangements',
  'case_recusals',
  'case_number_sequences',
  'public_decisions',
  'public_withdrawals',
] as const;

/** Row count and an md5 of every row of each guarded table that exists (in a stable order). */
export async function digestTables(db: TestDatabase): Promise<Record<string, string>> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of GUARDED_TABLES) {
      const exists = await c.query('SELECT to_regclass($1) AS t', [table]);
      if (!exists.rows[0].t) continue;
      const { rows } = await c.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), ''))
           AS h FROM ${table} r`,
      );
      out[table] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

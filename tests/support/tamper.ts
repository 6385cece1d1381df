import { Client } from 'pg';
import type { TestDatabase } from './test-database';

/**
 * Runs SQL as a database superuser with triggers switched off for the session, the way an
 * attacker with server access would rewrite history. The application never does this.
 */
export async function tamper(db: TestDatabase, statements: [string, unknown[]?][]): Promise<void> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL session_replication_role = replica');
    for (const [sql, params] of statements) await c.query(sql, params);
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}

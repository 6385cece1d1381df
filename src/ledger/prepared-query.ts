import { createHash } from 'node:crypto';
import type { ClientBase, QueryResultRow } from 'pg';
import { QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';

/** Names by statement text: the same text is parsed and planned once per connection. */
const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `zhifa_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `text` as a named prepared statement (pg prepares it on first use per connection and
 * then only binds and executes it): the event's one write was parsed and planned at every
 * event, ≈ 40 % of PostgreSQL's CPU for it (issue 19). On `db`'s transaction, or on a
 * connection of its pool; a failure is TypeORM's QueryFailedError, as with `db.query`.
 */
export async function preparedQuery<T extends QueryResultRow>(
  db: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const own = db.queryRunner ? undefined : db.connection.createQueryRunner();
  const runner = (db.queryRunner ?? own) as QueryRunner;
  try {
    const client = (await runner.connect()) as ClientBase;
    const result = await client.query<T>({ name: nameOf(text), text, values });
    return result.rows;
  } catch (e) {
    if (e instanceof Error && 'code' in e) throw new QueryFailedError(text, values, e);
    throw e;
  } finally {
    if (own) await own.release();
  }
}

import type { QueryRunner } from 'typeorm';

/**
 * Makes a table append-only in the database itself: UPDATE, DELETE and TRUNCATE raise, whoever
 * sends them (the function is created by the case-ledger migration).
 */
export async function makeAppendOnly(q: QueryRunner, table: string): Promise<void> {
  await q.query(`
    CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
    FOR EACH ROW EXECUTE FUNCTION case_log_append_only()`);
  await q.query(`
    CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
    FOR EACH STATEMENT EXECUTE FUNCTION case_log_append_only()`);
}

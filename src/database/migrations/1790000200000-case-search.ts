import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding a case (issue 14): by case number, decision number (文号), party name (fuzzy, pg_trgm)
 * and unified social credit code (统一社会信用代码). The decision's number and date and the
 * party's code are generated from the snapshot, like `context`, so they follow every rebuild of
 * the row from the log and no write has to remember them.
 */
export class CaseSearch1790000200000 implements MigrationInterface {
  name = 'CaseSearch1790000200000';

  async up(q: QueryRunner): Promise<void> {
    const found = (await q.query(
      `SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`,
    )) as unknown[];
    if (found.length === 0) {
      throw new Error(
        'case search needs the pg_trgm extension (PostgreSQL contrib): install postgresql-contrib',
      );
    }
    // Trusted since PostgreSQL 13: the database owner may create it without superuser.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`ALTER TABLE cases
      ADD COLUMN decision_number text
        GENERATED ALWAYS AS (snapshot -> 'context' -> 'decision' ->> 'decisionNumber') STORED,
      ADD COLUMN decided_on text
        GENERATED ALWAYS AS (snapshot -> 'context' -> 'decision' ->> 'decidedOn') STORED,
      ADD COLUMN party_credit_code text
        GENERATED ALWAYS AS (upper(snapshot -> 'context' -> 'party' ->> 'creditCode')) STORED`);
    // GIN trigram indexes answer ILIKE '%…%' and the similarity operators (%, <%).
    await q.query(`CREATE INDEX cases_party_name_trgm_idx ON cases
      USING gin (party_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX cases_case_number_trgm_idx ON cases
      USING gin (case_number gin_trgm_ops)`);
    await q.query(`CREATE INDEX cases_decision_number_trgm_idx ON cases
      USING gin (decision_number gin_trgm_ops)`);
    // Credit codes: exact or prefix (text_pattern_ops serves LIKE 'ABC%').
    await q.query(`CREATE INDEX cases_credit_code_idx ON cases
      (party_credit_code text_pattern_ops)`);
    await q.query(`CREATE INDEX cases_received_idx ON cases (received_on, id)`);
    await q.query(`CREATE INDEX cases_decided_idx ON cases (decided_on, id)
      WHERE decided_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_decided_idx`);
    await q.query(`DROP INDEX cases_received_idx`);
    await q.query(`DROP INDEX cases_credit_code_idx`);
    await q.query(`DROP INDEX cases_decision_number_trgm_idx`);
    await q.query(`DROP INDEX cases_case_number_trgm_idx`);
    await q.query(`DROP INDEX cases_party_name_trgm_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN party_credit_code, DROP COLUMN decided_on,
      DROP COLUMN decision_number`);
  }
}

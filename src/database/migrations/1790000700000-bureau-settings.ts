import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * The bureau's settings an administrator edits (issue 17): the reconsideration body, the courts
 * and where fines are paid, as the 文书 name them. Append-only: each change is a row, the latest
 * per key is in force, and who changed what when stays on record. A key without a row takes the
 * value of its configuration variable.
 */
export class BureauSettings1790000700000 implements MigrationInterface {
  name = 'BureauSettings1790000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bureau_settings (
        id bigserial PRIMARY KEY,
        key varchar(64) NOT NULL
          CHECK (key IN ('reconsiderationBody', 'court', 'enforcementCourt', 'paymentAccount')),
        value text NOT NULL CHECK (length(btrim(value)) BETWEEN 1 AND 200),
        changed_by varchar(64) NOT NULL REFERENCES officers (id),
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX bureau_settings_key_idx ON bureau_settings (key, id DESC)`);
    await makeAppendOnly(q, 'bureau_settings');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bureau_settings`);
  }
}

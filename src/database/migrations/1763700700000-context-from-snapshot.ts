import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `cases.context` was written beside the snapshot that already holds it: every event sent and
 * parsed the same ≈ 3 KB twice. It is now derived by PostgreSQL from the snapshot.
 */
export class ContextFromSnapshot1763700700000 implements MigrationInterface {
  name = 'ContextFromSnapshot1763700700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN context`);
    await q.query(`ALTER TABLE cases ADD COLUMN context jsonb
      GENERATED ALWAYS AS (snapshot -> 'context') STORED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN context`);
    await q.query(`ALTER TABLE cases ADD COLUMN context jsonb`);
    await q.query(`UPDATE cases SET context = snapshot -> 'context'`);
    await q.query(`ALTER TABLE cases ALTER COLUMN context SET NOT NULL`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, "stop writing what can be derived": `cases.context` was a STORED generated copy of
 * `snapshot -> 'context'`, so every event wrote the case's context twice (≈ 2 KB compressed each
 * time) and nothing read the column: the service takes the context from the snapshot it reads.
 */
export class DropDerivedContext1790000950000 implements MigrationInterface {
  name = 'DropDerivedContext1790000950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN context`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN context jsonb
      GENERATED ALWAYS AS (snapshot -> 'context') STORED`);
  }
}

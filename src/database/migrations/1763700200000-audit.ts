import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * Audit: signed global checkpoints (RFC 9162 Merkle roots over every log entry by position),
 * the case heads each checkpoint covered (to name what went missing), and the record of who
 * read which case history. All three are append-only like the log.
 */
export class Audit1763700200000 implements MigrationInterface {
  name = 'Audit1763700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE checkpoints (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tree_size bigint NOT NULL,
        last_position bigint NOT NULL,
        root_hash char(64) NOT NULL,
        issued_at timestamptz NOT NULL,
        key_id varchar(64) NOT NULL,
        signature text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE checkpoint_heads (
        checkpoint_id bigint NOT NULL REFERENCES checkpoints (id),
        case_id uuid NOT NULL,
        head_seq integer NOT NULL,
        head_hash char(64) NOT NULL,
        head_position bigint NOT NULL,
        PRIMARY KEY (checkpoint_id, case_id)
      )`);
    await q.query(`
      CREATE TABLE audit_reads (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL,
        officer_id varchar(64) NOT NULL,
        what varchar(32) NOT NULL,
        read_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_reads_case_idx ON audit_reads (case_id, read_at)`);
    for (const table of ['checkpoints', 'checkpoint_heads', 'audit_reads'])
      await makeAppendOnly(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_reads`);
    await q.query(`DROP TABLE checkpoint_heads`);
    await q.query(`DROP TABLE checkpoints`);
  }
}

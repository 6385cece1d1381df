import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * The case ledger (执法全过程记录): the snapshot cache, the append-only hash-chained log, recusals,
 * the outbox and the per-year case-number sequence.
 */
export class CaseLedger1763700100000 implements MigrationInterface {
  name = 'CaseLedger1763700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        case_number varchar(80) NOT NULL UNIQUE,
        procedure varchar(16) NOT NULL,
        stage varchar(40) NOT NULL,
        state jsonb NOT NULL,
        snapshot jsonb NOT NULL,
        context jsonb NOT NULL,
        version integer NOT NULL,
        machine_id varchar(64) NOT NULL,
        machine_version integer NOT NULL,
        head_hash char(64) NOT NULL,
        party_kind varchar(32) NOT NULL,
        party_name varchar(200) NOT NULL,
        handler_ids text[] NOT NULL DEFAULT '{}',
        flags text[] NOT NULL DEFAULT '{}',
        received_on date NOT NULL,
        last_occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX cases_stage_idx ON cases (stage, updated_at DESC)`);
    await q.query(`CREATE INDEX cases_handlers_idx ON cases USING gin (handler_ids)`);
    await q.query(`CREATE INDEX cases_created_idx ON cases (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE case_log (
        case_id uuid NOT NULL REFERENCES cases (id),
        seq integer NOT NULL,
        position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        type varchar(64) NOT NULL,
        payload jsonb NOT NULL,
        actor_id varchar(64) NOT NULL,
        facts jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        flags text[] NOT NULL DEFAULT '{}',
        machine_version integer NOT NULL,
        idempotency_key varchar(200),
        request_hash char(64),
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (case_id, seq),
        CHECK (seq >= 1)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX case_log_idempotency_idx ON case_log (actor_id, idempotency_key)
      WHERE idempotency_key IS NOT NULL`);

    // 全过程记录: the log can be appended to, never rewritten, not even by the application.
    await q.query(`
      CREATE FUNCTION case_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await makeAppendOnly(q, 'case_log');

    await q.query(`
      CREATE TABLE case_recusals (
        case_id uuid NOT NULL REFERENCES cases (id),
        officer_id varchar(64) NOT NULL REFERENCES officers (id),
        reason text NOT NULL,
        decided_by varchar(64) NOT NULL,
        decided_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, officer_id)
      )`);

    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL,
        seq integer NOT NULL,
        type varchar(64) NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        processed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);

    await q.query(`
      CREATE TABLE case_number_sequences (
        year integer PRIMARY KEY,
        last_value integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_number_sequences`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE case_recusals`);
    await q.query(`DROP TABLE case_log`);
    await q.query(`DROP FUNCTION case_log_append_only()`);
    await q.query(`DROP TABLE cases`);
  }
}

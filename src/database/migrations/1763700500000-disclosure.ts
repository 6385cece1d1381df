import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * Public disclosure (行政执法公示, DR): the published records and the withdrawal notices. Both are
 * written by the log entry that publishes or withdraws (same transaction, keyed by that entry),
 * hold only redacted data, and are append-only: a withdrawal is a new row, and a display period
 * ends by date at read time, so nothing is ever updated or deleted.
 */
export class Disclosure1763700500000 implements MigrationInterface {
  name = 'Disclosure1763700500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public_decisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL,
        seq integer NOT NULL,
        decision_number varchar(200) NOT NULL,
        channel varchar(16) NOT NULL,
        party_kind varchar(32) NOT NULL,
        party_name text NOT NULL,
        party_credit_code varchar(64),
        violation text NOT NULL,
        legal_basis text NOT NULL,
        penalties jsonb NOT NULL,
        department text NOT NULL,
        decided_on date NOT NULL,
        published_on date NOT NULL,
        display_until date NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (case_id, seq),
        FOREIGN KEY (case_id, seq) REFERENCES case_log (case_id, seq),
        CHECK (display_until >= published_on)
      )`);
    await q.query(`CREATE INDEX public_decisions_number_idx ON public_decisions (decision_number)`);
    await q.query(
      `CREATE INDEX public_decisions_published_idx ON public_decisions (published_on DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX public_decisions_case_idx ON public_decisions (case_id, seq)`);

    await q.query(`
      CREATE TABLE public_withdrawals (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL,
        seq integer NOT NULL,
        decision_number varchar(200) NOT NULL,
        party_kind varchar(32) NOT NULL,
        department text NOT NULL,
        decided_on date,
        ground varchar(16) NOT NULL,
        reason text NOT NULL,
        channels text[] NOT NULL DEFAULT '{}',
        withdrawn_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (case_id, seq),
        FOREIGN KEY (case_id, seq) REFERENCES case_log (case_id, seq)
      )`);
    await q.query(`CREATE INDEX public_withdrawals_case_idx ON public_withdrawals (case_id, seq)`);
    await q.query(
      `CREATE INDEX public_withdrawals_date_idx ON public_withdrawals (withdrawn_on DESC, id DESC)`,
    );

    for (const table of ['public_decisions', 'public_withdrawals']) await makeAppendOnly(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_withdrawals`);
    await q.query(`DROP TABLE public_decisions`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every statutory clock of every case, kept in the transaction of each event (no replay to query). */
export class Deadlines1763700400000 implements MigrationInterface {
  name = 'Deadlines1763700400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_deadlines (
        case_id uuid NOT NULL REFERENCES cases (id),
        clock varchar(40) NOT NULL,
        due_on date NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('open', 'met', 'missed', 'paused')),
        provisional boolean NOT NULL,
        citation varchar(80) NOT NULL,
        missed_at timestamptz,
        PRIMARY KEY (case_id, clock)
      )`);
    await q.query(`
      CREATE INDEX case_deadlines_due_idx ON case_deadlines (due_on, case_id)
      WHERE status IN ('open', 'missed')`);
    await q.query(`
      CREATE INDEX case_deadlines_provisional_idx ON case_deadlines (due_on) WHERE provisional`);
    // The nearest open deadline of each case, so desks sort by urgency from an index.
    await q.query(`ALTER TABLE cases ADD COLUMN next_due_on date`);
    await q.query(`CREATE INDEX cases_stage_next_due_idx ON cases (stage, next_due_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN next_due_on`);
    await q.query(`DROP TABLE case_deadlines`);
  }
}

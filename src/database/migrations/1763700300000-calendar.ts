import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Working-day arrangements loaded by admins (the next year's notice appears each November). */
export class Calendar1763700300000 implements MigrationInterface {
  name = 'Calendar1763700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_arrangements (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        year integer NOT NULL,
        holidays date[] NOT NULL,
        workdays date[] NOT NULL,
        note text,
        loaded_by varchar(64) NOT NULL,
        loaded_at timestamptz NOT NULL
      )`);
    // Every load is kept (the change is itself logged); the latest per year is in force.
    await q.query(
      `CREATE INDEX calendar_arrangements_year_idx ON calendar_arrangements (year, id DESC)`,
    );
    await q.query(`
      CREATE TRIGGER calendar_arrangements_no_update_delete BEFORE UPDATE OR DELETE
      ON calendar_arrangements FOR EACH ROW EXECUTE FUNCTION case_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_arrangements`);
  }
}

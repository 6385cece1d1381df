import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in for the browser (issue 16): passwords (argon2id, kept apart from `officers` so no
 * officer view can carry one), browser sessions (only the SHA-256 of the cookie's token is
 * stored), and failed sign-ins per submitted id (the lockout, shared by every instance). A
 * trigger ends an officer's sessions when the officer is deactivated, whichever instance did it.
 */
export class SignIn1790000500000 implements MigrationInterface {
  name = 'SignIn1790000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE officer_passwords (
        officer_id varchar(64) PRIMARY KEY REFERENCES officers (id),
        hash text NOT NULL,
        must_change boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sessions (
        token_sha256 char(64) PRIMARY KEY,
        officer_id varchar(64) NOT NULL REFERENCES officers (id),
        csrf_token varchar(64) NOT NULL,
        method varchar(8) NOT NULL CHECK (method IN ('password', 'oidc')),
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_officer_idx ON sessions (officer_id)`);
    // Keyed by the id as submitted: unknown ids are counted and locked like real ones.
    await q.query(`
      CREATE TABLE sign_in_failures (
        officer_id varchar(64) PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await q.query(`
      CREATE FUNCTION end_sessions_of_inactive() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT NEW.active THEN
          DELETE FROM sessions WHERE officer_id = NEW.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER officers_end_sessions AFTER UPDATE OF active ON officers
      FOR EACH ROW WHEN (OLD.active AND NOT NEW.active) EXECUTE FUNCTION end_sessions_of_inactive()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER officers_end_sessions ON officers`);
    await q.query(`DROP FUNCTION end_sessions_of_inactive()`);
    await q.query(`DROP TABLE sign_in_failures`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE officer_passwords`);
  }
}

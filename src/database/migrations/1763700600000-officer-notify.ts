import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to an officer is announced on `zhifa_officers` (payload: the officer's id), so
 * each instance's cache of officer facts drops it at once (OfficerFactsCache).
 */
export class OfficerNotify1763700600000 implements MigrationInterface {
  name = 'OfficerNotify1763700600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION officers_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('zhifa_officers', COALESCE(NEW.id, OLD.id));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER officers_notify AFTER INSERT OR UPDATE OR DELETE ON officers
      FOR EACH ROW EXECUTE FUNCTION officers_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER officers_notify ON officers`);
    await q.query(`DROP FUNCTION officers_notify()`);
  }
}

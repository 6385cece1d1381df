import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One fixed-window counter per client of the public endpoints, shared by every process and
 * instance (WORKERS, several hosts). UNLOGGED: counters need no crash safety, only speed.
 */
export class PublicRateLimits1763701300000 implements MigrationInterface {
  name = 'PublicRateLimits1763701300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE public_rate_limits (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_rate_limits`);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';

/**
 * The lockout: SIGN_IN_MAX_FAILURES failed sign-ins of one officer id within
 * SIGN_IN_WINDOW_SECONDS lock it for SIGN_IN_LOCK_SECONDS. Counted in PostgreSQL, one row per
 * submitted id (known or not), so every instance (WORKERS > 1) sees the same count.
 */
@Injectable()
export class SignInFailuresRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Seconds until the id may try again; 0 when it is not locked. */
  async lockedFor(officerId: string, now: Date): Promise<number> {
    const rows: { locked_until: Date | null }[] = await this.ds.query(
      `SELECT locked_until FROM sign_in_failures WHERE officer_id = $1`,
      [officerId],
    );
    return secondsUntil(rows[0]?.locked_until ?? null, now);
  }

  /** Counts one failure in one statement (no lost update between instances); the lock it sets. */
  async record(officerId: string, now: Date): Promise<number> {
    const {
      SIGN_IN_WINDOW_SECONDS: win,
      SIGN_IN_MAX_FAILURES: max,
      SIGN_IN_LOCK_SECONDS: lock,
    } = this.config;
    const inWindow = `f.window_started_at > $2::timestamptz - make_interval(secs => $3::float8)`;
    const failures = `CASE WHEN ${inWindow} THEN f.failures + 1 ELSE 1 END`;
    const rows: { locked_until: Date | null }[] = await this.ds.query(
      `INSERT INTO sign_in_failures AS f (officer_id, failures, window_started_at, locked_until)
       VALUES ($1, 1, $2, CASE WHEN $4::int <= 1 THEN $2::timestamptz + make_interval(secs => $5::float8) END)
       ON CONFLICT (officer_id) DO UPDATE SET
         failures = ${failures},
         window_started_at = CASE WHEN ${inWindow} THEN f.window_started_at ELSE $2 END,
         locked_until = CASE WHEN ${failures} >= $4::int
                             THEN $2::timestamptz + make_interval(secs => $5::float8) ELSE f.locked_until END
       RETURNING locked_until`,
      [officerId, now, win, max, lock],
    );
    return secondsUntil(rows[0]?.locked_until ?? null, now);
  }

  async clear(officerId: string): Promise<void> {
    await this.ds.query(`DELETE FROM sign_in_failures WHERE officer_id = $1`, [officerId]);
  }
}

function secondsUntil(until: Date | null, now: Date): number {
  if (!until || until.getTime() <= now.getTime()) return 0;
  return Math.ceil((until.getTime() - now.getTime()) / 1000);
}

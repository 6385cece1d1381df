import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';

/** An attempt as counted: its number in the window, or how long the id is still locked. */
export interface Attempt {
  number: number;
  lockedFor: number;
}

/**
 * The lockout: SIGN_IN_MAX_FAILURES failed sign-ins of one officer id within
 * SIGN_IN_WINDOW_SECONDS lock it for SIGN_IN_LOCK_SECONDS. Counted in PostgreSQL, one row per
 * submitted id (known or not), so every instance (WORKERS > 1) sees the same count. Each attempt
 * is counted before its password is checked, so parallel guesses cannot outrun the lock.
 */
@Injectable()
export class SignInFailuresRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Counts an attempt (one atomic upsert); a locked id's attempts are not counted. */
  async attempt(officerId: string, now: Date): Promise<Attempt> {
    const locked = `f.locked_until > $2::timestamptz`;
    const inWindow = `f.window_started_at > $2::timestamptz - make_interval(secs => $3::float8)`;
    const rows: { failures: number; locked_until: Date | null }[] = await this.ds.query(
      `INSERT INTO sign_in_failures AS f (officer_id, failures, window_started_at)
       VALUES ($1, 1, $2)
       ON CONFLICT (officer_id) DO UPDATE SET
         failures = CASE WHEN ${locked} THEN f.failures
                         WHEN ${inWindow} THEN f.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN ${locked} OR ${inWindow}
                                  THEN f.window_started_at ELSE $2 END
       RETURNING failures, locked_until`,
      [officerId, now, this.config.SIGN_IN_WINDOW_SECONDS],
    );
    const row = rows[0];
    const lockedFor = secondsUntil(row.locked_until, now);
    if (lockedFor > 0) return { number: row.failures, lockedFor };
    // Beyond the limit: parallel guesses that passed the count; they lock the id unchecked.
    if (row.failures > this.config.SIGN_IN_MAX_FAILURES) {
      return { number: row.failures, lockedFor: await this.lock(officerId, now) };
    }
    return { number: row.failures, lockedFor: 0 };
  }

  /** A failed attempt: the last one allowed locks the id; the seconds locked (0: not locked). */
  async failed(officerId: string, attempt: Attempt, now: Date): Promise<number> {
    return attempt.number >= this.config.SIGN_IN_MAX_FAILURES ? this.lock(officerId, now) : 0;
  }

  async clear(officerId: string): Promise<void> {
    await this.ds.query(`DELETE FROM sign_in_failures WHERE officer_id = $1`, [officerId]);
  }

  /** Locks from now, and starts a fresh count for when the lock ends. */
  private async lock(officerId: string, now: Date): Promise<number> {
    await this.ds.query(
      `UPDATE sign_in_failures
          SET locked_until = $2::timestamptz + make_interval(secs => $3::float8),
              failures = 0, window_started_at = $2
        WHERE officer_id = $1`,
      [officerId, now, this.config.SIGN_IN_LOCK_SECONDS],
    );
    return this.config.SIGN_IN_LOCK_SECONDS;
  }
}

function secondsUntil(until: Date | null, now: Date): number {
  if (!until || until.getTime() <= now.getTime()) return 0;
  return Math.ceil((until.getTime() - now.getTime()) / 1000);
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';

/** How a session was opened: a local password may have to be changed, an OIDC one not. */
export type SignInMethod = 'password' | 'oidc';

export interface Session {
  tokenSha256: string;
  officerId: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** Last-seen is written at most this often: a busy page does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

/**
 * Browser sessions in PostgreSQL, shared by every instance. The row holds the SHA-256 of the
 * cookie's token, never the token: a copy of the table signs no one in.
 */
@Injectable()
export class SessionsRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly config: AppConfig,
  ) {}

  async open(
    officerId: string,
    method: SignInMethod,
    now: Date,
  ): Promise<{ session: string; csrf: string }> {
    const session = randomToken();
    const csrf = randomToken();
    await this.ds.query(
      `INSERT INTO sessions (token_sha256, officer_id, csrf_token, method, created_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [sha256(session), officerId, csrf, method, now],
    );
    return { session, csrf };
  }

  /** The live session of a cookie's token; an expired one is deleted and undefined. */
  async resolve(token: string, now: Date): Promise<Session | undefined> {
    const hash = sha256(token);
    const rows: {
      officer_id: string;
      csrf_token: string;
      created_at: Date;
      last_seen_at: Date;
      must_change: boolean;
    }[] = await this.ds.query(
      `SELECT s.officer_id, s.csrf_token, s.created_at, s.last_seen_at,
              (s.method = 'password' AND COALESCE(p.must_change, false)) AS must_change
         FROM sessions s LEFT JOIN officer_passwords p ON p.officer_id = s.officer_id
        WHERE s.token_sha256 = $1`,
      [hash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const idle = now.getTime() - row.last_seen_at.getTime();
    const age = now.getTime() - row.created_at.getTime();
    if (
      idle >= this.config.SESSION_IDLE_SECONDS * 1000 ||
      age >= this.config.SESSION_ABSOLUTE_SECONDS * 1000
    ) {
      await this.end(hash);
      return undefined;
    }
    if (idle >= TOUCH_EVERY_MS) {
      await this.ds.query(`UPDATE sessions SET last_seen_at = $2 WHERE token_sha256 = $1`, [
        hash,
        now,
      ]);
    }
    return {
      tokenSha256: hash,
      officerId: row.officer_id,
      csrfToken: row.csrf_token,
      mustChangePassword: row.must_change,
    };
  }

  async end(tokenSha256: string): Promise<void> {
    await this.ds.query(`DELETE FROM sessions WHERE token_sha256 = $1`, [tokenSha256]);
  }

  /** Ends every session of the officer except `keep` (the one that changed the password). */
  async endAllOf(officerId: string, keep?: string): Promise<void> {
    await this.ds.query(
      `DELETE FROM sessions WHERE officer_id = $1 AND token_sha256 IS DISTINCT FROM $2`,
      [officerId, keep ?? null],
    );
  }
}

/** Constant-time comparison of the X-CSRF-Token header with the session's token. */
export function csrfMatches(session: Session, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

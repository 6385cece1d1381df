import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export const INBOX = 'inbox';

/** A delivery claimed for one attempt, with the effect it carries. */
export interface ClaimedDelivery {
  id: string;
  target: string;
  /** This attempt's number: the fencing token of its outcome. */
  attempt: number;
  eventId: string;
  caseId: string;
  caseNumber: string | null;
  seq: number;
  type: string;
  data: Record<string, unknown>;
  recordedAt: string;
}

export interface DeadLetter {
  id: string;
  eventId: string;
  type: string;
  caseId: string;
  target: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
}

export interface OutboxStats {
  /** Effects not yet fanned out to their targets. */
  unrouted: number;
  pending: number;
  dead: number;
  oldestPendingAt: string | null;
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

/**
 * The delivery state of effects, all of it in PostgreSQL so any instance can resume it. Times
 * are the database's (`now()`): one clock for every instance, and not the business clock.
 */
@Injectable()
export class OutboxDeliveryRepository {
  constructor(private readonly ds: DataSource) {}

  /** Gives up to `limit` new effects one delivery per target; returns how many effects. */
  async fanOut(targets: string[], limit: number): Promise<number> {
    const rows: { n: number }[] = await this.ds.query(
      `WITH fresh AS (
         SELECT id FROM outbox WHERE processed_at IS NULL ORDER BY id LIMIT $1
         FOR UPDATE SKIP LOCKED
       ), marked AS (
         UPDATE outbox SET processed_at = now() FROM fresh WHERE outbox.id = fresh.id
         RETURNING outbox.id
       ), routed AS (
         INSERT INTO outbox_deliveries (outbox_id, target, next_attempt_at, created_at)
         SELECT marked.id, t.target, now(), now() FROM marked CROSS JOIN unnest($2::text[]) t(target)
         ON CONFLICT (outbox_id, target) DO NOTHING
       )
       SELECT count(*)::int AS n FROM marked`,
      [limit, targets],
    );
    return rows[0].n;
  }

  /**
   * Claims up to `limit` due deliveries for one attempt each. The claim moves the next attempt
   * a lease ahead: if this instance dies before settling, the delivery is due again then.
   */
  async claim(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [Record<string, unknown>[], number] = await this.ds.query(
      `WITH due AS (
         SELECT id, outbox_id FROM outbox_deliveries
         WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       UPDATE outbox_deliveries d
       SET attempts = d.attempts + 1, last_attempt_at = now(),
           next_attempt_at = now() + make_interval(secs => $2)
       FROM due JOIN outbox o ON o.id = due.outbox_id LEFT JOIN cases c ON c.id = o.case_id
       WHERE d.id = due.id
       RETURNING d.id, d.target, d.attempts, o.id AS event_id, o.case_id, c.case_number, o.seq,
         o.type, o.data, o.created_at`,
      [limit, leaseSeconds],
    );
    return rows.map((r) => ({
      id: String(r.id),
      target: r.target as string,
      attempt: r.attempts as number,
      eventId: String(r.event_id),
      caseId: r.case_id as string,
      caseNumber: (r.case_number as string | null) ?? null,
      seq: r.seq as number,
      type: r.type as string,
      data: (r.data ?? {}) as Record<string, unknown>,
      recordedAt: iso(r.created_at),
    }));
  }

  /** Delivered (by whichever attempt finished first). */
  async delivered(id: string, tx: EntityManager = this.ds.manager): Promise<void> {
    await tx.query(
      `UPDATE outbox_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL
       WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /**
   * A failed attempt: retried after `delayMs` (the last retry lands on the window's end), or a
   * dead letter once the retry window from the first attempt has passed. Ignored if a later
   * attempt has been claimed meanwhile. Returns the delivery's status.
   */
  async failed(
    d: ClaimedDelivery,
    error: string,
    delayMs: number,
    retryForSeconds: number,
  ): Promise<'pending' | 'dead' | 'superseded'> {
    const [rows]: [{ status: 'pending' | 'dead' }[], number] = await this.ds.query(
      `WITH w AS (
         SELECT id, created_at + make_interval(secs => $4) AS until
         FROM outbox_deliveries WHERE id = $1 AND attempts = $2 AND status = 'pending'
       )
       UPDATE outbox_deliveries d SET last_error = left($3, 500),
         status = CASE WHEN now() >= w.until THEN 'dead' ELSE 'pending' END,
         dead_at = CASE WHEN now() >= w.until THEN now() END,
         next_attempt_at = least(now() + make_interval(secs => $5::float8 / 1000), w.until)
       FROM w WHERE d.id = w.id
       RETURNING d.status`,
      [d.id, d.attempt, error, retryForSeconds, delayMs],
    );
    return rows[0]?.status ?? 'superseded';
  }

  /** A dead letter at once (the target is no longer configured). */
  async bury(d: ClaimedDelivery, error: string): Promise<void> {
    await this.ds.query(
      `UPDATE outbox_deliveries SET status = 'dead', dead_at = now(), last_error = $3
       WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
      [d.id, d.attempt, error],
    );
  }

  async deadLetters(
    limit: number,
    offset: number,
  ): Promise<{ items: DeadLetter[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.ds.query<Record<string, unknown>[]>(
        `SELECT d.id, d.outbox_id, o.type, o.case_id, d.target, d.attempts, d.last_error,
           d.created_at, d.dead_at
         FROM outbox_deliveries d JOIN outbox o ON o.id = d.outbox_id
         WHERE d.status = 'dead' ORDER BY d.dead_at DESC, d.id DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      ),
      this.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_deliveries WHERE status = 'dead'`,
      ),
    ]);
    const items = rows.map((r) => ({
      id: String(r.id),
      eventId: String(r.outbox_id),
      type: r.type as string,
      caseId: r.case_id as string,
      target: r.target as string,
      attempts: r.attempts as number,
      lastError: (r.last_error as string | null) ?? null,
      createdAt: iso(r.created_at),
      deadAt: iso(r.dead_at),
    }));
    return { items, total: count[0].n };
  }

  /** Puts a dead letter back in line with a fresh retry window; false if there is none. */
  async revive(id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.ds.query(
      `UPDATE outbox_deliveries SET status = 'pending', dead_at = NULL, next_attempt_at = now(),
         created_at = now()
       WHERE id = $1 AND status = 'dead' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Each count reads a partial index, so this stays cheap however long the history is. */
  async stats(): Promise<OutboxStats> {
    const [r]: Record<string, unknown>[] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM outbox WHERE processed_at IS NULL) AS unrouted,
         (SELECT count(*)::int FROM outbox_deliveries WHERE status = 'pending') AS pending,
         (SELECT count(*)::int FROM outbox_deliveries WHERE status = 'dead') AS dead,
         (SELECT min(created_at) FROM outbox_deliveries WHERE status = 'pending') AS oldest`,
    );
    return {
      unrouted: r.unrouted as number,
      pending: r.pending as number,
      dead: r.dead as number,
      oldestPendingAt: r.oldest ? iso(r.oldest) : null,
    };
  }
}

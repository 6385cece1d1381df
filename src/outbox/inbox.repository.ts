import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../../workflows';
import { WAITING_STAGES } from '../deadlines/desk.repository';
import { effectSummary } from './effect-summary';
import { OutboxDeliveryRepository, type ClaimedDelivery } from './outbox-delivery.repository';

export interface NotificationView {
  id: string;
  type: string;
  caseId: string;
  caseNumber: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

/** The roles that act on a case in `stage` (the desk's rule: who the case is waiting for). */
function rolesActingIn(stage: string): Role[] {
  return (Object.entries(WAITING_STAGES) as [Role, string[]][])
    .filter(([, stages]) => stages.includes(stage))
    .map(([role]) => role);
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

/**
 * The in-app inbox. Who gets an effect: the case's handlers; for DEADLINE_MISSED also every
 * officer whose role acts in the case's current stage (approvers while it awaits approval, the
 * reviewers in review, hearing officers in a hearing). Never an inactive officer, never one
 * recused from the case.
 */
@Injectable()
export class InboxRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly deliveries: OutboxDeliveryRepository,
  ) {}

  /** Writes the notifications and settles the delivery in one transaction (each once). */
  async deliver(d: ClaimedDelivery): Promise<void> {
    await this.ds.transaction(async (tx) => {
      const cases: { stage: string; handler_ids: string[] }[] = await tx.query(
        `SELECT stage, handler_ids FROM cases WHERE id = $1`,
        [d.caseId],
      );
      if (cases.length > 0) {
        const roles = d.type === 'DEADLINE_MISSED' ? rolesActingIn(cases[0].stage) : [];
        await tx.query(
          `INSERT INTO notifications (outbox_id, officer_id, case_id, type, data, created_at)
           SELECT $1, o.id, $2, $3, $4, now() FROM officers o
           WHERE o.active AND (o.id = ANY ($5::text[]) OR o.roles && $6::text[])
             AND NOT EXISTS (SELECT 1 FROM case_recusals r
                             WHERE r.case_id = $2 AND r.officer_id = o.id)
           ON CONFLICT (outbox_id, officer_id) DO NOTHING`,
          [d.eventId, d.caseId, d.type, effectSummary(d.data), cases[0].handler_ids, roles],
        );
      }
      await this.deliveries.delivered(d.id, tx);
    });
  }

  /** An officer's notifications, newest first (none of a case they have since been recused from). */
  async list(officerId: string, unreadOnly: boolean, limit: number, offset: number) {
    const where = `n.officer_id = $1 AND ($2::boolean IS FALSE OR n.read_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM case_recusals r
                      WHERE r.case_id = n.case_id AND r.officer_id = n.officer_id)`;
    const [rows, counts] = await Promise.all([
      this.ds.query<Record<string, unknown>[]>(
        `SELECT n.id, n.type, n.case_id, c.case_number, n.data, n.created_at, n.read_at
         FROM notifications n LEFT JOIN cases c ON c.id = n.case_id
         WHERE ${where} ORDER BY n.id DESC LIMIT $3 OFFSET $4`,
        [officerId, unreadOnly, limit, offset],
      ),
      this.ds.query<{ total: number; unread: number }[]>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
         FROM notifications n WHERE ${where}`,
        [officerId, unreadOnly],
      ),
    ]);
    const items: NotificationView[] = rows.map((r) => ({
      id: String(r.id),
      type: r.type as string,
      caseId: r.case_id as string,
      caseNumber: (r.case_number as string | null) ?? null,
      data: r.data as Record<string, unknown>,
      createdAt: iso(r.created_at),
      readAt: r.read_at ? iso(r.read_at) : null,
    }));
    return { items, total: counts[0].total, unread: counts[0].unread };
  }

  /** Marks one of the officer's notifications read (the first read time stays); null if none. */
  async markRead(officerId: string, id: string): Promise<{ id: string; readAt: string } | null> {
    const [rows]: [{ id: string; read_at: Date }[], number] = await this.ds.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now())
       WHERE id = $1 AND officer_id = $2 RETURNING id, read_at`,
      [id, officerId],
    );
    return rows.length ? { id: String(rows[0].id), readAt: iso(rows[0].read_at) } : null;
  }

  async markAllRead(officerId: string): Promise<number> {
    const rows: { n: number }[] = await this.ds.query(
      `WITH marked AS (
         UPDATE notifications SET read_at = now() WHERE officer_id = $1 AND read_at IS NULL
         RETURNING 1
       ) SELECT count(*)::int AS n FROM marked`,
      [officerId],
    );
    return rows[0].n;
  }
}

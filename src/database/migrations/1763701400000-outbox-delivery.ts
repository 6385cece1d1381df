import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effects leave the outbox: one delivery per effect and target (the in-app inbox, each webhook
 * URL), with its attempts, the next one (or the lease of the attempt in flight) and, after the
 * retry window, a dead letter. The inbox keeps one notification per effect and officer.
 */
export class OutboxDelivery1763701400000 implements MigrationInterface {
  name = 'OutboxDelivery1763701400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        outbox_id bigint NOT NULL REFERENCES outbox (id),
        target text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_attempt_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        dead_at timestamptz,
        UNIQUE (outbox_id, target)
      )`);
    await q.query(`
      CREATE INDEX outbox_deliveries_due_idx ON outbox_deliveries (next_attempt_at, id)
      WHERE status = 'pending'`);
    await q.query(`
      CREATE INDEX outbox_deliveries_dead_idx ON outbox_deliveries (dead_at DESC, id DESC)
      WHERE status = 'dead'`);

    await q.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        outbox_id bigint NOT NULL REFERENCES outbox (id),
        officer_id varchar(64) NOT NULL REFERENCES officers (id),
        case_id uuid NOT NULL,
        type varchar(64) NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (outbox_id, officer_id)
      )`);
    await q.query(`CREATE INDEX notifications_officer_idx ON notifications (officer_id, id DESC)`);
    await q.query(`
      CREATE INDEX notifications_unread_idx ON notifications (officer_id, id DESC)
      WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE outbox_deliveries`);
  }
}

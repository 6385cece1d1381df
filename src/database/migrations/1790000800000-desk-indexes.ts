import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Desks and per-officer deadlines at a million cases (issue 19). An officer's cases are mostly
 * closed long ago, and the full GIN index on handler_ids hands all of them to a query that wants
 * the open ones: 10,000 heap rows read to keep about 1,000. These partial indexes hold only the
 * cases such a query can return.
 */
export class DeskIndexes1790000800000 implements MigrationInterface {
  name = 'DeskIndexes1790000800000';

  async up(q: QueryRunner): Promise<void> {
    // GET /deadlines?officerId (open or missed): next_due_on is the nearest open or missed due
    // date, null when there is none, written with the deadlines in each event's transaction.
    await q.query(`CREATE INDEX cases_pending_handlers_idx ON cases USING gin (handler_ids)
      WHERE next_due_on IS NOT NULL`);
    // GET /me/desk, the cases a handler handles: never one in a stage that is done
    // (desk.repository.ts NOT_DONE, spelt the same so the planner matches it).
    await q.query(`CREATE INDEX cases_open_handlers_idx ON cases USING gin (handler_ids)
      WHERE stage NOT IN ('archived', 'notFiled', 'transferred')`);
    // Then each of those cases' open or missed deadlines, from the index alone: a case has
    // about ten deadlines, most of them met long ago.
    await q.query(`CREATE INDEX case_deadlines_pending_case_idx ON case_deadlines
      (case_id, due_on, clock) INCLUDE (status, provisional, citation)
      WHERE status IN ('open', 'missed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_deadlines_pending_case_idx`);
    await q.query(`DROP INDEX cases_open_handlers_idx`);
    await q.query(`DROP INDEX cases_pending_handlers_idx`);
  }
}

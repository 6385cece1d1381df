import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../../workflows';

/** Stages in which a case waits for an act of someone in that role (not one of its handlers). */
export const WAITING_STAGES: Partial<Record<Role, string[]>> = {
  case_reviewer: ['caseReview'],
  legal_reviewer: ['legalReview'],
  approver: [
    'clueVerification',
    'proposalApproval',
    'collectiveDiscussion',
    'decision',
    'enforcement',
    'terminated',
    'summary',
    // penalty-case@2: suspended from case review or notification, resumed by an approver.
    'suspended',
  ],
  hearing_officer: ['hearing'],
};
/**
 * A case not done yet (archived, not filed or transferred). Inlined in the SQL (constants, not input), spelt as the partial
 * index cases_open_handlers_idx is (migration 1790000800000), so the planner can use it.
 */
const NOT_DONE = `stage NOT IN ('archived', 'notFiled', 'transferred')`;

export interface DeskCandidate {
  id: string;
  nextDue: string | null;
}

/**
 * Candidate cases for an officer's desk, nearest deadline first: the cases they handle, and the
 * cases waiting in a stage their roles act in that they do not handle; never a recused case.
 * Each branch is a short index scan with a limit: GIN on the handler_ids of open cases, and per
 * waiting stage an ordered scan of (stage, next_due_on).
 */
@Injectable()
export class DeskRepository {
  constructor(private readonly ds: DataSource) {}

  async candidates(officerId: string, roles: Role[], limit: number): Promise<DeskCandidate[]> {
    const stages = [...new Set(roles.flatMap((r) => WAITING_STAGES[r] ?? []))];
    const rows: { id: string; next_due: string | null }[] = await this.ds.query(
      `WITH handled AS (
         SELECT id, next_due_on FROM cases
         WHERE $2 AND handler_ids @> ARRAY[$1]::text[] AND ${NOT_DONE}
         ORDER BY next_due_on NULLS LAST LIMIT $4
       ), waiting AS (
         SELECT w.id, w.next_due_on FROM unnest($3::text[]) s(stage)
         CROSS JOIN LATERAL (
           SELECT id, next_due_on FROM cases
           WHERE cases.stage = s.stage AND NOT handler_ids @> ARRAY[$1]::text[]
           ORDER BY next_due_on NULLS LAST LIMIT $4) w
       )
       SELECT c.id, to_char(c.next_due_on, 'YYYY-MM-DD') AS next_due
       FROM (SELECT * FROM handled UNION SELECT * FROM waiting) c
       WHERE NOT EXISTS (SELECT 1 FROM case_recusals r WHERE r.case_id = c.id AND r.officer_id = $1)
       ORDER BY c.next_due_on NULLS LAST LIMIT $4`,
      [officerId, roles.includes('handler'), stages, limit],
    );
    return rows.map((r) => ({ id: r.id, nextDue: r.next_due }));
  }
}

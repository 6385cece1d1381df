import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../../workflows/model/domain.types';

/** Stages in which a case waits for an act of someone in that role (not one of its handlers). */
const WAITING_STAGES: Partial<Record<Role, string[]>> = {
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
  ],
  hearing_officer: ['hearing'],
};

export interface DeskCandidate {
  id: string;
  nextDue: string | null;
}

/**
 * Candidate cases for an officer's desk, nearest deadline first: the cases they handle, and the
 * cases waiting in a stage their roles act in that they do not handle; never a recused case.
 */
@Injectable()
export class DeskRepository {
  constructor(private readonly ds: DataSource) {}

  async candidates(officerId: string, roles: Role[], limit: number): Promise<DeskCandidate[]> {
    const stages = [...new Set(roles.flatMap((r) => WAITING_STAGES[r] ?? []))];
    const handles = roles.includes('handler');
    const rows: { id: string; next_due: string | null }[] = await this.ds.query(
      `SELECT c.id, to_char(n.next_due, 'YYYY-MM-DD') AS next_due
       FROM cases c
       LEFT JOIN LATERAL (SELECT min(d.due_on) AS next_due FROM case_deadlines d
         WHERE d.case_id = c.id AND d.status IN ('open', 'missed')) n ON true
       WHERE (($2 AND $1 = ANY (c.handler_ids))
           OR (c.stage = ANY ($3::text[]) AND NOT $1 = ANY (c.handler_ids)))
         AND c.stage NOT IN ('archived', 'notFiled', 'transferred')
         AND NOT EXISTS (SELECT 1 FROM case_recusals r WHERE r.case_id = c.id AND r.officer_id = $1)
       ORDER BY n.next_due NULLS LAST, c.updated_at LIMIT $4`,
      [officerId, handles, stages, limit],
    );
    return rows.map((r) => ({ id: r.id, nextDue: r.next_due }));
  }
}

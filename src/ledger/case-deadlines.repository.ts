import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Deadline } from '../../workflows/penalty-case/transition.types';

export interface DeadlineRow {
  caseId: string;
  caseNumber: string;
  stage: string;
  clock: string;
  dueOn: string;
  status: Deadline['status'];
  provisional: boolean;
  citation: string;
}

export interface DeadlineFilter {
  dueBefore?: string;
  statuses: Deadline['status'][];
  officerId?: string;
  clock?: string;
  limit: number;
  offset: number;
}

/** The per-case deadline table (a read model kept in each event's transaction). */
@Injectable()
export class CaseDeadlinesRepository {
  constructor(private readonly ds: DataSource) {}

  async replace(tx: EntityManager, caseId: string, deadlines: Deadline[]): Promise<void> {
    await tx.query(`DELETE FROM case_deadlines WHERE case_id = $1`, [caseId]);
    if (deadlines.length === 0) return;
    await tx.query(
      `INSERT INTO case_deadlines (case_id, clock, due_on, status, provisional, citation)
       SELECT $1, d.clock, d.due_on, d.status, d.provisional, d.citation
       FROM jsonb_to_recordset($2::jsonb)
         AS d(clock text, due_on date, status text, provisional boolean, citation text)
       ON CONFLICT (case_id, clock) DO NOTHING`,
      [caseId, JSON.stringify(deadlines.map((d) => ({ ...d, due_on: d.dueOn })))],
    );
  }

  async find(f: DeadlineFilter): Promise<DeadlineRow[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT d.case_id, c.case_number, c.stage, d.clock, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
         d.status, d.provisional, d.citation
       FROM case_deadlines d JOIN cases c ON c.id = d.case_id
       WHERE d.status = ANY ($1::text[])
         AND ($2::date IS NULL OR d.due_on < $2::date)
         AND ($3::text IS NULL OR $3 = ANY (c.handler_ids))
         AND ($4::text IS NULL OR d.clock = $4)
       ORDER BY d.due_on, d.case_id, d.clock LIMIT $5 OFFSET $6`,
      [f.statuses, f.dueBefore ?? null, f.officerId ?? null, f.clock ?? null, f.limit, f.offset],
    );
    return rows.map((r) => ({
      caseId: r.case_id as string,
      caseNumber: r.case_number as string,
      stage: r.stage as string,
      clock: r.clock as string,
      dueOn: r.due_on as string,
      status: r.status as Deadline['status'],
      provisional: r.provisional as boolean,
      citation: r.citation as string,
    }));
  }

  /** Open deadlines due before `today` become missed, once; returns what changed. */
  async markMissed(
    tx: EntityManager,
    today: string,
    at: string,
  ): Promise<{ caseId: string; clock: string; dueOn: string }[]> {
    const rows: { case_id: string; clock: string; due_on: string }[] = await tx.query(
      `UPDATE case_deadlines SET status = 'missed', missed_at = $2
       WHERE status = 'open' AND due_on < $1::date
       RETURNING case_id, clock, to_char(due_on, 'YYYY-MM-DD') AS due_on`,
      [today, at],
    );
    return rows.map((r) => ({ caseId: r.case_id, clock: r.clock, dueOn: r.due_on }));
  }

  async casesWithProvisionalIn(year: number): Promise<string[]> {
    const rows: { case_id: string }[] = await this.ds.query(
      `SELECT DISTINCT case_id FROM case_deadlines
       WHERE provisional AND due_on BETWEEN $1::date AND $2::date`,
      [`${year}-01-01`, `${year}-12-31`],
    );
    return rows.map((r) => r.case_id);
  }
}

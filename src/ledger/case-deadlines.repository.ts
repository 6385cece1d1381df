import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Deadline } from '../../workflows';
import { SqlParams } from './sql-params';
import { windowTotal } from './window-total';

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
  /** Leaves out cases this officer is recused from. */
  viewerId?: string;
}

function toDeadlineRow(r: Record<string, unknown>): DeadlineRow {
  return {
    caseId: r.case_id as string,
    caseNumber: r.case_number as string,
    stage: r.stage as string,
    clock: r.clock as string,
    dueOn: r.due_on as string,
    status: r.status as Deadline['status'],
    provisional: r.provisional as boolean,
    citation: r.citation as string,
  };
}

/** The nearest open or missed due date (cases.next_due_on, for desks sorted by urgency). */
export function nextDueOn(deadlines: Deadline[]): string | null {
  const pending = deadlines.filter((d) => d.status === 'open' || d.status === 'missed');
  return pending.map((d) => d.dueOn).sort()[0] ?? null;
}

const URGENCY: Record<Deadline['status'], number> = { missed: 0, open: 1, paused: 2, met: 3 };

/**
 * One row per clock, as case_deadlines is keyed: a clock that runs more than once (a second
 * preservation or seizure) keeps its most urgent instance, the earliest missed or open one.
 * Without this, one upsert statement hit the same key twice (issue 13: a 500).
 */
export function onePerClock(deadlines: Deadline[]): Deadline[] {
  const kept = new Map<string, Deadline>();
  for (const d of deadlines) {
    const k = kept.get(d.clock);
    const rank = (x: Deadline) => URGENCY[x.status];
    if (!k || rank(d) < rank(k) || (rank(d) === rank(k) && d.dueOn < k.dueOn)) kept.set(d.clock, d);
  }
  return [...kept.values()];
}

/**
 * The statements that make case_deadlines equal to `deadlines` for one case: upsert the clocks
 * that apply, drop the ones that no longer do. With `gate`, a CTE name, nothing happens unless
 * that CTE returned a row.
 */
export function deadlineCtes(
  caseId: string,
  deadlines: Deadline[],
  p: SqlParams,
  gate?: string,
): string[] {
  const ctes: string[] = [];
  const rows = onePerClock(deadlines);
  if (rows.length > 0) {
    const json = JSON.stringify(rows.map((d) => ({ ...d, due_on: d.dueOn })));
    ctes.push(`upserted AS (
      INSERT INTO case_deadlines (case_id, clock, due_on, status, provisional, citation)
      SELECT ${caseId}, d.clock, d.due_on, d.status, d.provisional, d.citation
      FROM ${gate ? `${gate} CROSS JOIN ` : ''}jsonb_to_recordset(${p.add(json)}::jsonb)
        AS d(clock text, due_on date, status text, provisional boolean, citation text)
      ON CONFLICT (case_id, clock) DO UPDATE SET due_on = EXCLUDED.due_on,
        status = EXCLUDED.status, provisional = EXCLUDED.provisional,
        citation = EXCLUDED.citation
      -- A clock the event left as it was is not rewritten (issue 19: every event rewrote them all).
      WHERE (case_deadlines.due_on, case_deadlines.status, case_deadlines.provisional,
          case_deadlines.citation)
        IS DISTINCT FROM (EXCLUDED.due_on, EXCLUDED.status, EXCLUDED.provisional,
          EXCLUDED.citation))`);
  }
  ctes.push(`dropped AS (
    DELETE FROM case_deadlines WHERE case_id = ${caseId}
      ${gate ? `AND EXISTS (SELECT 1 FROM ${gate})` : ''}
      AND clock <> ALL (${p.add(deadlines.map((d) => d.clock))}::text[]))`);
  return ctes;
}

/**
 * Open or missed deadlines are those of cases with a next_due_on (the nearest of them, written
 * with them, null when there is none): the officer's long-closed cases are never read (the
 * partial index cases_pending_handlers_idx, migration 1790000800000). Filtering on its date too
 * would tempt the planner into ANDing a 100,000-row range scan with the full GIN index.
 */
function pendingCases(statuses: Deadline['status'][]): string {
  const pending = statuses.every((s) => s === 'open' || s === 'missed');
  return pending ? 'AND next_due_on IS NOT NULL' : '';
}

/** The per-case deadline table (a read model kept in each event's transaction). */
@Injectable()
export class CaseDeadlinesRepository {
  constructor(private readonly ds: DataSource) {}

  /** Replaces a case's deadlines and its nearest open due date (cases.next_due_on). */
  async replace(tx: EntityManager, caseId: string, deadlines: Deadline[]): Promise<void> {
    const p = new SqlParams();
    const id = `${p.add(caseId)}::uuid`;
    const ctes = deadlineCtes(id, deadlines, p);
    await tx.query(
      `WITH ${ctes.join(',\n')} UPDATE cases SET next_due_on = ${p.add(nextDueOn(deadlines))}
       WHERE id = ${id}`,
      p.values,
    );
  }

  /** One page of deadlines and how many match in all (the caller's recusals left out). */
  async find(f: DeadlineFilter): Promise<{ items: DeadlineRow[]; total: number }> {
    const params = [f.statuses, f.dueBefore ?? null, f.clock ?? null, f.viewerId ?? null];
    // A recused viewer sees nothing of the case (APL 43; issue 13): their few recusals are
    // read once (an init plan), not probed per deadline.
    const filter = `d.status = ANY ($1::text[]) AND ($2::date IS NULL OR d.due_on < $2::date)
      AND ($3::text IS NULL OR d.clock = $3)
      AND ($4::text IS NULL OR d.case_id <> ALL (ARRAY(
        SELECT r.case_id FROM case_recusals r WHERE r.officer_id = $4)))`;
    const columns = `d.case_id, c.case_number, c.stage, d.clock,
      to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.status, d.provisional, d.citation`;
    const page = `ORDER BY d.due_on, d.case_id, d.clock LIMIT ${Number(f.limit)}
      OFFSET ${Number(f.offset)}`;
    if (f.officerId) {
      // That officer's cases first (GIN), then each one's deadlines by key (OFFSET 0 keeps the
      // per-case lookup). Every row is read to sort them anyway, so one statement counts them.
      const values = [...params, f.officerId];
      const officerCases = `WITH c AS MATERIALIZED (
          SELECT id, case_number, stage FROM cases
          WHERE handler_ids @> ARRAY[$5]::text[] ${pendingCases(f.statuses)})`;
      const from = `c CROSS JOIN LATERAL (
          SELECT * FROM case_deadlines d WHERE d.case_id = c.id AND ${filter} OFFSET 0) d`;
      const rows = await this.ds.query<Record<string, unknown>[]>(
        `${officerCases} SELECT ${columns}, count(*) OVER ()::int AS total FROM ${from} ${page}`,
        values,
      );
      const total = await windowTotal(rows, f.offset, async () => {
        const [counted] = await this.ds.query<{ total: number }[]>(
          `${officerCases} SELECT count(*)::int AS total FROM ${from}`,
          values,
        );
        return counted.total;
      });
      return { items: rows.map(toDeadlineRow), total };
    }
    // The due-date index, stopped by the limit; the count needs no case row (every deadline
    // has its case), so it stays on the index.
    const [rows, [{ total }]] = await Promise.all([
      this.ds.query<Record<string, unknown>[]>(
        `SELECT ${columns} FROM case_deadlines d JOIN cases c ON c.id = d.case_id
         WHERE ${filter} ${page}`,
        params,
      ),
      this.ds.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM case_deadlines d WHERE ${filter}`,
        params,
      ),
    ]);
    return { items: rows.map(toDeadlineRow), total };
  }

  /** The nearest open or missed deadline of each of the given cases. */
  async nearest(
    ids: string[],
  ): Promise<Map<string, { clock: string; dueOn: string; status: string }>> {
    const rows: { case_id: string; clock: string; due_on: string; status: string }[] =
      await this.ds.query(
        `SELECT DISTINCT ON (case_id) case_id, clock, to_char(due_on, 'YYYY-MM-DD') AS due_on, status
         FROM case_deadlines WHERE case_id = ANY ($1::uuid[]) AND status IN ('open', 'missed')
         ORDER BY case_id, due_on, clock`,
        [ids],
      );
    return new Map(
      rows.map((r) => [r.case_id, { clock: r.clock, dueOn: r.due_on, status: r.status }]),
    );
  }

  /** Open deadlines due before `today` become missed, once; returns what changed. */
  async markMissed(
    tx: EntityManager,
    today: string,
    at: string,
  ): Promise<{ caseId: string; clock: string; dueOn: string }[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ case_id: string; clock: string; due_on: string }[], number] = await tx.query(
      `UPDATE case_deadlines SET status = 'missed', missed_at = $2
       WHERE status = 'open' AND due_on < $1::date
       RETURNING case_id, clock, to_char(due_on, 'YYYY-MM-DD') AS due_on`,
      [today, at],
    );
    return rows.map((r) => ({ caseId: r.case_id, clock: r.clock, dueOn: r.due_on }));
  }

  /**
   * Cases a calendar load for `year` can move: a clock still running (open, paused, missed) due
   * in that year or later (it may count working days through it), or provisional in that year.
   */
  async casesAffectedByCalendar(year: number): Promise<string[]> {
    const rows: { case_id: string }[] = await this.ds.query(
      `SELECT DISTINCT case_id FROM case_deadlines
       WHERE (status <> 'met' AND due_on >= $1::date)
          OR (provisional AND due_on BETWEEN $1::date AND $2::date)`,
      [`${year}-01-01`, `${year}-12-31`],
    );
    return rows.map((r) => r.case_id);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { caseSearchSql, type CaseSearch } from './case-search';
import { windowTotal } from './window-total';

/** The `cases` row: a cache of the state the log produces, plus listing columns. */
export interface CaseRecord {
  id: string;
  caseNumber: string;
  procedure: 'ordinary' | 'summary';
  stage: string;
  state: unknown;
  snapshot: Record<string, unknown>;
  context: Record<string, unknown>;
  version: number;
  machineId: string;
  machineVersion: number;
  headHash: string;
  partyKind: string;
  partyName: string;
  handlerIds: string[];
  flags: string[];
  receivedOn: string;
  lastOccurredAt: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, case_number, procedure, stage, state, snapshot, version,
  machine_id, machine_version, head_hash, party_kind, party_name, handler_ids, flags,
  to_char(received_on, 'YYYY-MM-DD') AS received_on, last_occurred_at, created_at, updated_at
  FROM cases`;

/** The case row with who is recused (APL 43), in one round trip. */
export const READ_CASE = `${SELECT.replace(
  ' FROM cases',
  `, ARRAY(SELECT r.officer_id FROM case_recusals r
     WHERE r.case_id = cases.id ORDER BY r.officer_id) AS recused FROM cases`,
)} WHERE id = $1`;

/** The same, locking the row for the rest of the transaction. */
export const LOCK_CASE = `${READ_CASE} FOR UPDATE`;

type Row = Record<string, unknown>;

function toRecord(r: Row): CaseRecord {
  return {
    id: r.id as string,
    caseNumber: r.case_number as string,
    procedure: r.procedure as CaseRecord['procedure'],
    stage: r.stage as string,
    state: r.state,
    snapshot: r.snapshot as Record<string, unknown>,
    // The context column is derived from the snapshot; parsing it again would be waste.
    context: (r.snapshot as { context: Record<string, unknown> }).context,
    version: r.version as number,
    machineId: r.machine_id as string,
    machineVersion: r.machine_version as number,
    headHash: r.head_hash as string,
    partyKind: r.party_kind as string,
    partyName: r.party_name as string,
    handlerIds: r.handler_ids as string[],
    flags: r.flags as string[],
    receivedOn: r.received_on as string,
    lastOccurredAt: (r.last_occurred_at as Date).toISOString(),
    createdAt: (r.created_at as Date).toISOString(),
    updatedAt: (r.updated_at as Date).toISOString(),
  };
}

@Injectable()
export class CaseRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The case and who is recused. `lock`: hold the row for the rest of the transaction (one
   * writer per case at a time); without it, writes must check the version they read.
   */
  async read(
    db: EntityManager,
    id: string,
    lock: boolean,
  ): Promise<(CaseRecord & { recusedOfficerIds: string[] }) | undefined> {
    const rows: Row[] = await db.query(lock ? LOCK_CASE : READ_CASE, [id]);
    return rows[0]
      ? { ...toRecord(rows[0]), recusedOfficerIds: rows[0].recused as string[] }
      : undefined;
  }

  async get(id: string, tx: EntityManager = this.ds.manager): Promise<CaseRecord | undefined> {
    const rows: Row[] = await tx.query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async getMany(ids: string[]): Promise<Map<string, CaseRecord>> {
    if (ids.length === 0) return new Map();
    const rows: Row[] = await this.ds.query(`${SELECT} WHERE id = ANY ($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id as string, toRecord(r)]));
  }

  /** One page of a search and the exact number of cases it finds for the caller. */
  async search(f: CaseSearch): Promise<{ items: CaseRecord[]; total: number }> {
    const { where, rank, order, params, threshold } = caseSearchSql(f);
    const count = `SELECT count(*)::int AS total FROM cases ${where}`;
    const limit = `LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`;
    // ORDER BY names an output column (rank) or a column of the row, never the caller's text.
    const page = `${SELECT.replace(' FROM cases', `, ${rank} AS rank FROM cases`)} ${where}
      ${order} ${limit}`;
    // By relevance or for one officer, every match is read to order or count them: one pass
    // counts them too (a window over narrow rows), then the page's rows are read by key.
    const onePass = f.orderBy === 'rank' || f.officerId !== undefined;
    const hits = `SELECT id, ${rank} AS rank, count(*) OVER ()::int AS total FROM cases ${where}
      ${order} ${limit}`;
    const run = async (query: (sql: string, values: unknown[]) => Promise<unknown>) => {
      if (!onePass) {
        const [[{ total }], rows] = (await Promise.all([
          query(count, params.values),
          query(page, params.values),
        ])) as [{ total: number }[], Row[]];
        return { items: rows.map(toRecord), total };
      }
      const found = (await query(hits, params.values)) as { id: string; total: number }[];
      const total = await windowTotal(found, f.offset, async () => {
        const [counted] = (await query(count, params.values)) as { total: number }[];
        return counted.total;
      });
      const byId = await this.getMany(found.map((h) => h.id));
      return { items: found.flatMap((h) => byId.get(h.id) ?? []), total };
    };
    if (threshold === undefined) return run((sql, values) => this.ds.query(sql, values));
    // The `%` operator reads its threshold from the session: one connection for the
    // statements. Every search sets it first, so what stays on the pooled connection is harmless.
    const runner = this.ds.createQueryRunner();
    try {
      await runner.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, false)`, [
        String(threshold),
      ]);
      return await run((sql, values) => runner.query(sql, values));
    } finally {
      await runner.release();
    }
  }

  /** The id of the case with this number, if any. */
  async idOfNumber(caseNumber: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM cases WHERE case_number = $1`,
      [caseNumber],
    );
    return rows[0]?.id;
  }

  /** Who is recused from each of these cases, in one round trip (listings). */
  async recusalsOf(ids: string[]): Promise<Map<string, string[]>> {
    const rows: { case_id: string; officers: string[] }[] = await this.ds.query(
      `SELECT case_id, array_agg(officer_id ORDER BY officer_id) AS officers
       FROM case_recusals WHERE case_id = ANY ($1::uuid[]) GROUP BY case_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.case_id, r.officers]));
  }

  async recusedOfficerIds(tx: EntityManager, caseId: string): Promise<string[]> {
    const rows: { officer_id: string }[] = await tx.query(
      `SELECT officer_id FROM case_recusals WHERE case_id = $1 ORDER BY officer_id`,
      [caseId],
    );
    return rows.map((r) => r.officer_id);
  }

  async addRecusal(
    tx: EntityManager,
    r: { caseId: string; officerId: string; reason: string; decidedBy: string; decidedAt: string },
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO case_recusals (case_id, officer_id, reason, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING officer_id`,
      [r.caseId, r.officerId, r.reason, r.decidedBy, r.decidedAt],
    );
    return rows.length === 1;
  }
}

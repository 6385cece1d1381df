import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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

export interface CaseFilter {
  stage?: string;
  officerId?: string;
  overdueAsOf?: string;
  limit: number;
  offset: number;
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

function overdueClause(param: string): string {
  return `EXISTS (SELECT 1 FROM case_deadlines d WHERE d.case_id = cases.id
    AND d.status IN ('open', 'missed') AND d.due_on < ${param}::date)`;
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

  async list(f: CaseFilter): Promise<{ items: CaseRecord[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (f.stage) add((p) => `stage = ${p}`, f.stage);
    if (f.officerId) add((p) => `handler_ids @> ARRAY[${p}]::text[]`, f.officerId);
    if (f.overdueAsOf) add(overdueClause, f.overdueAsOf);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: string }[] = await this.ds.query(
      `SELECT count(*) AS total FROM cases ${filter}`,
      params,
    );
    const rows: Row[] = await this.ds.query(
      `${SELECT} ${filter} ORDER BY created_at DESC, id LIMIT $${params.length + 1}
       OFFSET $${params.length + 2}`,
      [...params, f.limit, f.offset],
    );
    return { items: rows.map(toRecord), total: Number(total) };
  }

  async recusedOfficerIds(tx: EntityManager, caseId: string): Promise<string[]> {
    const rows: { officer_id: string }[] = await tx.query(
      `SELECT officer_id FROM case_recusals WHERE case_id = $1 ORDER BY officer_id`,
      [caseId],
    );
    return rows.map((r) => r.officer_id);
  }

  /** The recused officers of several cases at once (the desk), by case id. */
  async recusalsOf(ids: string[]): Promise<Map<string, string[]>> {
    const rows: { case_id: string; officer_id: string }[] = await this.ds.query(
      `SELECT case_id, officer_id FROM case_recusals WHERE case_id = ANY ($1::uuid[])
       ORDER BY officer_id`,
      [ids],
    );
    const byCase = new Map<string, string[]>();
    for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r.officer_id]);
    return byCase;
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

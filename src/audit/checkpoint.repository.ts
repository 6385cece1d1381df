import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface CheckpointRecord {
  id: number;
  treeSize: number;
  lastPosition: number;
  rootHash: string;
  issuedAt: string;
  keyId: string;
  signature: string;
}

export interface CheckpointHead {
  caseId: string;
  headSeq: number;
  headHash: string;
  headPosition: number;
}

type Row = Record<string, unknown>;
const toRecord = (r: Row): CheckpointRecord => ({
  id: Number(r.id),
  treeSize: Number(r.tree_size),
  lastPosition: Number(r.last_position),
  rootHash: r.root_hash as string,
  issuedAt: (r.issued_at as Date).toISOString(),
  keyId: r.key_id as string,
  signature: r.signature as string,
});

/** Checkpoints, the case heads they covered, and the global order of log entries. */
@Injectable()
export class CheckpointRepository {
  constructor(private readonly ds: DataSource) {}

  /** Entry hashes in global order up to a position (all of them when omitted). */
  async leaves(
    tx: EntityManager = this.ds.manager,
    upTo?: number,
  ): Promise<{ position: number; hash: string; caseId: string; seq: number }[]> {
    const rows: Row[] = await tx.query(
      `SELECT position, hash, case_id, seq FROM case_log
       WHERE $1::bigint IS NULL OR position <= $1 ORDER BY position`,
      [upTo ?? null],
    );
    return rows.map((r) => ({
      position: Number(r.position),
      hash: r.hash as string,
      caseId: r.case_id as string,
      seq: r.seq as number,
    }));
  }

  async insert(tx: EntityManager, c: Omit<CheckpointRecord, 'id'>): Promise<CheckpointRecord> {
    const [row]: Row[] = await tx.query(
      `INSERT INTO checkpoints (tree_size, last_position, root_hash, issued_at, key_id, signature)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [c.treeSize, c.lastPosition, c.rootHash, c.issuedAt, c.keyId, c.signature],
    );
    return toRecord(row);
  }

  async insertHeads(tx: EntityManager, checkpointId: number): Promise<void> {
    await tx.query(
      `INSERT INTO checkpoint_heads (checkpoint_id, case_id, head_seq, head_hash, head_position)
       SELECT $1, l.case_id, l.seq, l.hash, l.position FROM case_log l
       JOIN (SELECT case_id, max(seq) AS seq FROM case_log GROUP BY case_id) h
         ON h.case_id = l.case_id AND h.seq = l.seq`,
      [checkpointId],
    );
  }

  async heads(checkpointId: number): Promise<CheckpointHead[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT case_id, head_seq, head_hash, head_position FROM checkpoint_heads
       WHERE checkpoint_id = $1 ORDER BY head_position`,
      [checkpointId],
    );
    return rows.map((r) => ({
      caseId: r.case_id as string,
      headSeq: r.head_seq as number,
      headHash: r.head_hash as string,
      headPosition: Number(r.head_position),
    }));
  }

  async latest(tx: EntityManager = this.ds.manager): Promise<CheckpointRecord | undefined> {
    const rows: Row[] = await tx.query(`SELECT * FROM checkpoints ORDER BY id DESC LIMIT 1`);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async list(limit: number, offset: number): Promise<CheckpointRecord[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT * FROM checkpoints ORDER BY id DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map(toRecord);
  }

  async bySize(treeSize: number): Promise<CheckpointRecord | undefined> {
    const rows: Row[] = await this.ds.query(
      `SELECT * FROM checkpoints WHERE tree_size = $1 ORDER BY id DESC LIMIT 1`,
      [treeSize],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }
}

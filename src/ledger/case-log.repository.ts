import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DocumentRef, EntryFacts, LogEntry } from './log-entry';

interface LogRow {
  case_id: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  actor_id: string;
  facts: EntryFacts;
  documents: DocumentRef[] | null;
  occurred_at: Date;
  recorded_at: Date;
  flags: string[];
  machine_version: number;
  prev_hash: string;
  hash: string;
  request_hash: string | null;
}

function toEntry(r: LogRow): LogEntry {
  return {
    caseId: r.case_id,
    seq: r.seq,
    type: r.type,
    payload: r.payload,
    actorId: r.actor_id,
    facts: r.facts,
    occurredAt: r.occurred_at.toISOString(),
    recordedAt: r.recorded_at.toISOString(),
    flags: r.flags,
    machineVersion: r.machine_version,
    prevHash: r.prev_hash,
    hash: r.hash,
    ...(r.documents ? { documents: r.documents } : {}),
  };
}

const COLUMNS = `case_id, seq, type, payload, actor_id, facts, documents, occurred_at, recorded_at, flags,
  machine_version, prev_hash, hash, request_hash`;

/** The log of every case: append and read, nothing else (the database refuses the rest). */
@Injectable()
export class CaseLogRepository {
  constructor(private readonly ds: DataSource) {}

  async list(caseId: string, tx: EntityManager = this.ds.manager): Promise<LogEntry[]> {
    const rows: LogRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM case_log WHERE case_id = $1 ORDER BY seq`,
      [caseId],
    );
    return rows.map(toEntry);
  }

  /** The log with each entry's global position (for checkpoints and exports). */
  async listWithPositions(caseId: string): Promise<(LogEntry & { position: number })[]> {
    const rows: (LogRow & { position: string })[] = await this.ds.query(
      `SELECT ${COLUMNS}, position FROM case_log WHERE case_id = $1 ORDER BY seq`,
      [caseId],
    );
    return rows.map((r) => ({ ...toEntry(r), position: Number(r.position) }));
  }

  /** The entry an earlier request with this Idempotency-Key wrote, if any. */
  async findByIdempotencyKey(
    tx: EntityManager,
    actorId: string,
    key: string,
  ): Promise<{ entry: LogEntry; requestHash: string } | undefined> {
    const rows: LogRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM case_log WHERE actor_id = $1 AND idempotency_key = $2`,
      [actorId, key],
    );
    return rows[0]
      ? { entry: toEntry(rows[0]), requestHash: rows[0].request_hash ?? '' }
      : undefined;
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Deadline } from '../../workflows';
import { deadlineCtes, nextDueOn } from './case-deadlines.repository';
import type { CaseRecord } from './case.repository';
import type { LogEntry } from './log-entry';
import { preparedQuery } from './prepared-query';
import { SqlParams } from './sql-params';

export interface EntryWrite {
  /** The case row after the entry. */
  record: CaseRecord;
  entry: LogEntry;
  idempotency?: { key: string; requestHash: string };
  effects: { type: string; data: Record<string, unknown> }[];
  /** The case's clocks after the entry (they replace case_deadlines). */
  deadlines: Deadline[];
  /** The version the case row must still have (an existing case). */
  expectedVersion?: number;
  /**
   * The last calendar load the decision's clocks were computed with: nothing is written if a
   * later load exists (another instance took it), and the command is decided again.
   */
  calendarLoad?: number;
  /**
   * A new case instead (the row is inserted), numbered in the same statement
   * (`<prefix>〔year〕00001`, gap-free per year): the year's row is locked only for this one
   * statement, so concurrent creations do not queue behind each other's round trips.
   */
  numbering?: { prefix: string; year: number };
  /** More statements hanging off the case row (read models: ProjectorRegistry). */
  projections?: (p: SqlParams) => string[];
}

/** The write's answer: whether it landed, the case's number, and whether officer facts held. */
export interface Written {
  written: boolean;
  caseNumber?: string;
  /** False when an officer the entry names changed since the decision (nothing was written). */
  factsHeld: boolean;
  /** False when a calendar load came after the one the decision used (nothing was written). */
  calendarHeld: boolean;
}

const CASE_COLUMNS = `id, case_number, procedure, stage, state, snapshot, version,
  machine_id, machine_version, head_hash, party_kind, party_name, handler_ids, flags, received_on,
  last_occurred_at, created_at, updated_at, next_due_on`;

/** The statement's case row: inserted (numbering), or moved on from the expected version. */
function caseRowCte(w: EntryWrite, p: SqlParams): string {
  const c = w.record;
  const next = nextDueOn(w.deadlines);
  if (w.numbering) {
    const values = [
      p.add(c.id),
      numberSql(w.numbering, p),
      ...[
        c.procedure,
        c.stage,
        JSON.stringify(c.state),
        c.snapshot,
        c.version,
        c.machineId,
        c.machineVersion,
        c.headHash,
        c.partyKind,
        c.partyName,
        c.handlerIds,
        c.flags,
        c.receivedOn,
        c.lastOccurredAt,
        c.createdAt,
        c.updatedAt,
        next,
      ].map((v) => p.add(v)),
    ];
    return `INSERT INTO cases (${CASE_COLUMNS}) SELECT ${values.join(', ')} FROM num
      RETURNING id, case_number`;
  }
  return `UPDATE cases SET stage = ${p.add(c.stage)}, state = ${p.add(JSON.stringify(c.state))},
      snapshot = ${p.add(c.snapshot)},
      version = ${p.add(c.version)}, head_hash = ${p.add(c.headHash)},
      handler_ids = ${p.add(c.handlerIds)}, flags = ${p.add(c.flags)},
      last_occurred_at = ${p.add(c.lastOccurredAt)}, updated_at = ${p.add(c.updatedAt)},
      next_due_on = ${p.add(next)}
    WHERE id = ${p.add(c.id)} AND version = ${p.add(w.expectedVersion)}
      AND (SELECT calendar AND facts FROM held)
    RETURNING id, case_number`;
}

/**
 * Every officer the entry's facts name is, as the guards saw them, in the officers table now
 * (active, roles, credential, legal qualification): a deactivation or a role taken away through
 * another instance cannot slip in between its notification and this write.
 */
function factsHeld(w: EntryWrite, p: SqlParams): string {
  const { actor, officers } = w.entry.facts;
  const named = new Map([...Object.values(officers ?? {}), actor].map((o) => [o.id, o]));
  const rows = [...named.values()].map((o) => ({
    id: o.id,
    roles: [...o.roles].sort(),
    credential_number: o.enforcementCredential?.number ?? null,
    credential_valid_until: o.enforcementCredential?.validUntil ?? null,
    legal_qualification: o.legalQualification ?? false,
    active: o.active !== false,
  }));
  return `NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(${p.add(JSON.stringify(rows))}::jsonb)
      AS f(id text, roles text[], credential_number text, credential_valid_until date,
        legal_qualification boolean, active boolean)
    LEFT JOIN officers o ON o.id = f.id
    WHERE o.id IS NULL OR o.active <> f.active OR o.legal_qualification <> f.legal_qualification
      OR o.credential_number IS DISTINCT FROM f.credential_number
      OR o.credential_valid_until IS DISTINCT FROM f.credential_valid_until
      OR ARRAY(SELECT r FROM unnest(o.roles) r ORDER BY r) <> f.roles)`;
}

/** No calendar load after the one the decision used (true when the write names none). */
function calendarUnchanged(w: EntryWrite, p: SqlParams): string {
  if (w.calendarLoad === undefined) return 'true';
  return `(SELECT coalesce(max(id), 0) FROM calendar_arrangements) = ${p.add(w.calendarLoad)}`;
}

/** The year's next number (CTE `num`), written as 沪市监案〔2026〕00001. */
function numberSql(n: { prefix: string; year: number }, p: SqlParams): string {
  const digits = 'num.last_value::text';
  return `${p.add(n.prefix)} || '〔' || ${p.add(String(n.year))} || '〕' ||
    lpad(${digits}, greatest(5, length(${digits})), '0')`;
}

/** Draws the number only if the case row will be written (numbers stay gap-free). */
function numCte(n: { year: number }, p: SqlParams): string {
  return `INSERT INTO case_number_sequences (year, last_value)
    SELECT ${p.add(n.year)}, 1 WHERE (SELECT calendar AND facts FROM held)
    ON CONFLICT (year) DO UPDATE SET last_value = case_number_sequences.last_value + 1
    RETURNING last_value`;
}

function entryCte(w: EntryWrite, p: SqlParams): string {
  const e = w.entry;
  const values = [
    e.seq,
    e.type,
    e.payload,
    e.actorId,
    e.facts,
    e.documents ? JSON.stringify(e.documents) : null,
    e.occurredAt,
    e.recordedAt,
    e.flags,
    e.machineVersion,
    e.prevHash,
    e.hash,
    w.idempotency?.key ?? null,
    w.idempotency?.requestHash ?? null,
  ].map((v) => p.add(v));
  return `INSERT INTO case_log (case_id, seq, type, payload, actor_id, facts, documents, occurred_at,
      recorded_at, flags, machine_version, prev_hash, hash, idempotency_key, request_hash)
    SELECT id, ${values.join(', ')} FROM case_row`;
}

function effectsCte(w: EntryWrite, p: SqlParams): string {
  return `INSERT INTO outbox (case_id, seq, type, data, created_at)
    SELECT case_row.id, ${p.add(w.entry.seq)}, e.type, e.data, ${p.add(w.entry.recordedAt)}
    FROM case_row CROSS JOIN jsonb_to_recordset(${p.add(JSON.stringify(w.effects))}::jsonb)
      AS e(type text, data jsonb)`;
}

/** The one statement that writes an accepted event (also what bench/ceiling.ts sends). */
export function entryWriteStatement(w: EntryWrite): { text: string; values: unknown[] } {
  const p = new SqlParams();
  // The facts the decision used, checked once: every write below hangs on them.
  const held = `held AS (SELECT ${calendarUnchanged(w, p)} AS calendar, ${factsHeld(w, p)} AS facts)`;
  const ctes = [held, ...(w.numbering ? [`num AS (${numCte(w.numbering, p)})`] : [])];
  ctes.push(`case_row AS (${caseRowCte(w, p)})`, `entry AS (${entryCte(w, p)})`);
  if (w.effects.length > 0) ctes.push(`effects AS (${effectsCte(w, p)})`);
  ctes.push(...deadlineCtes(`${p.add(w.record.id)}::uuid`, w.deadlines, p, 'case_row'));
  (w.projections?.(p) ?? []).forEach((sql, i) => ctes.push(`projection${i} AS (${sql})`));
  const text = `WITH ${ctes.join(',\n')}
    SELECT count(*)::int AS written, max(case_number) AS case_number,
      (SELECT facts FROM held) AS facts_held, (SELECT calendar FROM held) AS calendar_held
    FROM case_row`;
  return { text, values: p.values };
}

/**
 * Writes one accepted event in a single statement, so a transition costs one round trip and
 * one plan however many tables it touches: the case row (version-checked), the log entry, the
 * outbox and the deadline table. Every part hangs off the case row: if the version moved,
 * nothing is written.
 */
@Injectable()
export class EntryWriter {
  /** Not written when the case was no longer at the expected version (nothing written). */
  async write(tx: EntityManager, w: EntryWrite): Promise<Written> {
    const { text, values } = entryWriteStatement(w);
    type Row = {
      written: number;
      case_number: string | null;
      facts_held: boolean;
      calendar_held: boolean;
    };
    const [row] = await preparedQuery<Row>(tx, text, values);
    return {
      written: row.written === 1,
      caseNumber: row.case_number ?? undefined,
      factsHeld: row.facts_held,
      calendarHeld: row.calendar_held,
    };
  }
}

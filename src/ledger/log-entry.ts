import type { OfficerFacts } from '../../workflows';

/**
 * The calendar a decision used, stored in the entry's facts: the loads in force (one per
 * overridden year; none = the package data alone) and the SHA-256 of the arrangement they make,
 * so a replay proves it decides with exactly that calendar.
 */
export interface CalendarPin {
  arrangements: number[];
  digest: string;
}

/** Officer facts the machine decided with, stored so replay sees exactly the same. */
export interface EntryFacts {
  actor: OfficerFacts;
  officers: Record<string, OfficerFacts>;
  recusedOfficerIds: string[];
  /** The calendar arrangement in force when decided (absent on entries recorded before pins). */
  calendar?: CalendarPin;
}

/**
 * A 文书 the entry's act issued (issue 15): the hash covers which document, its 文号, the template
 * it was rendered from and the SHA-256 of the exact .docx bytes stored and served.
 */
export interface DocumentRef {
  id: string;
  type: string;
  number?: string;
  /** SHA-256 of the template file. */
  templateVersion: string;
  sha256: string;
}

/** One entry of a case's log, as hashed and as served (API.md LogEntry, plus the facts). */
export interface LogEntry {
  caseId: string;
  seq: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actorId: string;
  payload: Record<string, unknown>;
  facts: EntryFacts;
  /** Absent on entries that issue no document (and on every entry written before issue 15). */
  documents?: DocumentRef[];
  flags: string[];
  machineVersion: number;
  prevHash: string;
  hash: string;
}

export type UnhashedEntry = Omit<LogEntry, 'hash'>;

/** prevHash of a case's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The entry as API.md serves it (facts stay internal to audit exports). */
export function toLogEntryView(e: LogEntry) {
  const { seq, type, occurredAt, recordedAt, actorId, payload, flags, prevHash, hash } = e;
  return {
    seq,
    type,
    occurredAt,
    recordedAt,
    actorId,
    payload,
    flags,
    prevHash,
    hash,
    machineVersion: e.machineVersion,
    ...(e.documents ? { documents: e.documents } : {}),
  };
}
export type LogEntryView = ReturnType<typeof toLogEntryView>;

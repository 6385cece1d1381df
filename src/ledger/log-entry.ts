import type { CalendarPin } from '../calendar/calendar-history';
import type { OfficerFacts } from '../../workflows/model/domain.types';

/** Officer facts the machine decided with, stored so replay sees exactly the same. */
export interface EntryFacts {
  actor: OfficerFacts;
  officers: Record<string, OfficerFacts>;
  recusedOfficerIds: string[];
  /** The calendar arrangement in force when decided (absent on entries recorded before pins). */
  calendar?: CalendarPin;
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
  };
}
export type LogEntryView = ReturnType<typeof toLogEntryView>;

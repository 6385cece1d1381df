import { randomUUID } from 'node:crypto';
import { type Accepted, CURRENT, msg } from '../../workflows';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import type { CaseRecord } from '../ledger/case.repository';
import type { LogEntry } from '../ledger/log-entry';

/** API.md expectedVersion: a client that read an older case is told which version is current. */
export function checkVersion(record: CaseRecord, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.version) {
    throw new DomainException(
      ErrorCode.VERSION_CONFLICT,
      msg('version.conflict', { expected, current: record.version }),
      { currentVersion: record.version },
    );
  }
}

/** The case row after an accepted entry. */
export function nextRecord(record: CaseRecord, result: Accepted, entry: LogEntry): CaseRecord {
  return {
    ...record,
    stage: result.stage,
    state: result.state,
    snapshot: result.snapshot,
    context: result.context,
    version: entry.seq,
    headHash: entry.hash,
    handlerIds: result.context.handlerIds ?? record.handlerIds,
    flags: [...new Set([...record.flags, ...result.flags])],
    lastOccurredAt: entry.occurredAt,
    updatedAt: entry.recordedAt,
  };
}

/** The row of a case its first event opens (the write gives it its number). */
export function newRecord(
  result: Accepted,
  occurredAt: string,
  receivedAt: string,
  now: Date,
): CaseRecord {
  const ctx = result.context;
  return {
    id: randomUUID(),
    // Given by the write (EntryWrite.numbering).
    caseNumber: '',
    procedure: ctx.procedure,
    stage: result.stage,
    state: result.state,
    snapshot: result.snapshot,
    context: ctx,
    version: 1,
    machineId: CURRENT.machineId,
    machineVersion: CURRENT.version,
    headHash: '',
    partyKind: ctx.party.kind,
    partyName: ctx.party.name,
    handlerIds: ctx.handlerIds ?? [],
    flags: [...result.flags],
    receivedOn: receivedAt.slice(0, 10),
    lastOccurredAt: occurredAt,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

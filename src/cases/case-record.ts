import type { Accepted } from '../../workflows/penalty-case/transition.types';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import type { CaseRecord } from '../ledger/case.repository';
import type { LogEntry } from '../ledger/log-entry';

/** API.md expectedVersion: a client that read an older case is told which version is current. */
export function checkVersion(record: CaseRecord, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.version) {
    throw new DomainException(
      ErrorCode.VERSION_CONFLICT,
      `expected version ${expected}, the case is at ${record.version}`,
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

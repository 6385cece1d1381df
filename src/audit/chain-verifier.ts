import { canonicalJson } from '../ledger/canonical-json';
import { hashEntry } from '../ledger/entry-hash';
import { GENESIS_HASH, type LogEntry } from '../ledger/log-entry';
import type { FileCheck } from './file-check';
import { replayLog, ReplayError, type EntryEnvironment, type ReplayStep } from './case-replay';
import { invariantReport, type InvariantReport } from './invariant-report';

export interface VerifyReport extends Partial<InvariantReport> {
  /** Integrity only: hashes, chain, replay. Invariant breaches never change it. */
  valid: boolean;
  entries: number;
  headHash: string;
  firstInvalidSeq?: number;
  reason?: string;
  /** Each file the log names and the case stores, rehashed (GET /cases/:id/verify). */
  files?: FileCheck[];
  /** The read models rebuilt from the log and found equal to the stored ones (issue 19). */
  readModels?: string[];
}

/** Seq without gaps from 1, every hash recomputed, every prevHash linked. Pure. */
export function verifyChain(caseId: string, entries: LogEntry[]): VerifyReport {
  let prev = GENESIS_HASH;
  const fail = (seq: number, reason: string): VerifyReport => ({
    valid: false,
    entries: entries.length,
    headHash: entries.at(-1)?.hash ?? GENESIS_HASH,
    firstInvalidSeq: seq,
    reason,
  });
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.seq !== i + 1)
      return fail(i + 1, `entry ${i + 1} is missing (found seq ${e.seq} in its place)`);
    if (e.caseId !== caseId) return fail(e.seq, `entry ${e.seq} belongs to case ${e.caseId}`);
    if (e.prevHash !== prev)
      return fail(e.seq, `entry ${e.seq}: prevHash does not link to entry ${e.seq - 1}`);
    // hashEntry reads the hashed fields by name, so the entry goes in as it is.
    if (hashEntry(e) !== e.hash)
      return fail(e.seq, `entry ${e.seq}: content does not match its hash`);
    prev = e.hash;
  }
  return { valid: true, entries: entries.length, headHash: prev };
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Compares the stored read models with their rebuild from the replay (read-models.ts). */
export interface ReadModelCheck {
  names: string[];
  /** The first read model that differs, named, or undefined. */
  mismatch(steps: ReplayStep[]): string | undefined;
}

/**
 * The chain, then a replay through the pinned machine compared with what is stored: the stored
 * head, version and snapshot must be exactly what the log produces, and (given `readModels`)
 * every read model rebuilt from the replay must equal the stored one.
 */
export function verifyCase(
  stored: {
    id: string;
    version: number;
    headHash: string;
    machineId: string;
    machineVersion: number;
    snapshot: unknown;
    stage: string;
  },
  entries: LogEntry[],
  env: EntryEnvironment,
  readModels?: ReadModelCheck,
): VerifyReport {
  const chain = verifyChain(stored.id, entries);
  if (!chain.valid) return chain;
  const fail = (seq: number, reason: string): VerifyReport => ({
    ...chain,
    valid: false,
    firstInvalidSeq: seq,
    reason,
  });
  if (entries.length !== stored.version) {
    return fail(
      Math.min(entries.length, stored.version) + 1,
      `the case is at version ${stored.version} but the log has ${entries.length} entries`,
    );
  }
  if (chain.headHash !== stored.headHash)
    return fail(entries.length, 'the stored head hash differs from the log');
  try {
    const steps = replayLog(stored.machineId, stored.machineVersion, entries, env);
    const last = steps.at(-1)?.result;
    if (!last || !same(last.snapshot, stored.snapshot) || last.stage !== stored.stage) {
      return fail(entries.length, 'replaying the log does not reproduce the stored snapshot');
    }
    const mismatch = readModels?.mismatch(steps);
    if (mismatch) return fail(entries.length, mismatch);
    const compared = readModels ? { readModels: readModels.names } : {};
    // The legal invariants are read only from a history whose integrity holds.
    return { ...chain, ...compared, ...invariantReport(stored, entries, steps, env) };
  } catch (e) {
    if (e instanceof ReplayError) return fail(e.seq, e.message);
    throw e;
  }
}

// (4) Audit: how fast logs written by the service verify (hash chain; chain plus replay through the
// pinned machine), and how long replaying a 60-entry case takes.
import { hash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Environment } from '../workflows/penalty-case/transition.types';
import { CURRENT, getCaseApi } from '../workflows/registry';
import { replayLog } from '../src/audit/case-replay';
import { verifyCase, verifyChain } from '../src/audit/chain-verifier';
import { dataSourceOptions } from '../src/database/database-options';
import { CaseLogRepository } from '../src/ledger/case-log.repository';
import { CaseRepository, type CaseRecord } from '../src/ledger/case.repository';
import { canonicalEntry, hashEntry } from '../src/ledger/entry-hash';
import { GENESIS_HASH, type LogEntry } from '../src/ledger/log-entry';
import { envelopeOf, LIFECYCLE, type Step } from './lifecycle';

export interface AuditResult {
  cases: number;
  entries: number;
  verifyEntriesPerSec: number;
  verifyWithReplayEntriesPerSec: number;
  /** Bare SHA-256 over the bytes the chain check hashes, built once: hashing only. */
  sha256EntriesPerSec: number;
  replay60Ms: number;
}

/** The bytes hashEntry hashes, checked against the stored hash (a drift fails the bench). */
function canonicalBytes(e: LogEntry): Buffer {
  const bytes = Buffer.from(canonicalEntry(e), 'utf8');
  if (hash('sha256', bytes, 'hex') !== e.hash)
    throw new Error(`audit: canonical bytes of entry ${e.seq} do not give its hash`);
  return bytes;
}

const ENV: Environment = { timeZone: 'Asia/Shanghai', calendarOverrides: {} };

/** Runs `work` until at least `minMs` have passed; returns the mean milliseconds per run. */
function timeIt(work: () => void, minMs: number): number {
  work(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 3) {
    work();
    runs++;
  }
  return (performance.now() - start) / runs;
}

/** The complete logs the service wrote during the HTTP runs (read once, outside the timing). */
async function storedCases(url: string, maxEntries: number) {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const ids: { id: string }[] = await ds.query(
      `SELECT id FROM cases WHERE version = $1 ORDER BY created_at LIMIT $2`,
      [LIFECYCLE.length, Math.ceil(maxEntries / LIFECYCLE.length)],
    );
    const logs = new CaseLogRepository(ds);
    const records = new CaseRepository(ds);
    const out: { record: CaseRecord; entries: LogEntry[] }[] = [];
    for (const { id } of ids) {
      out.push({ record: (await records.get(id))!, entries: await logs.list(id) });
    }
    return out;
  } finally {
    await ds.destroy();
  }
}

/** A 60-entry case: the lifecycle with 32 more evidence records during the investigation. */
export function sixtyEntryLog(): LogEntry[] {
  const evidence = (n: number): Step => ({
    type: 'RECORD_EVIDENCE',
    actor: n % 2 ? 'h1' : 'h2',
    on: '2025-03-14',
    payload: { kind: 'inquiry', description: `询问笔录 ${n}`, recordType: 'text' },
  });
  const steps = [...LIFECYCLE];
  steps.splice(3, 0, ...Array.from({ length: 60 - LIFECYCLE.length }, (_, n) => evidence(n)));
  const api = getCaseApi(CURRENT.machineId, CURRENT.version);
  const entries: LogEntry[] = [];
  let snapshot: Record<string, unknown> | undefined;
  let prevHash = GENESIS_HASH;
  for (const [i, step] of steps.entries()) {
    const e = envelopeOf(step);
    const r = snapshot ? api.apply(snapshot, e, ENV) : api.start(e, ENV);
    if (!r.ok) throw new Error(`60-entry case: ${step.type} refused: ${r.message}`);
    snapshot = r.snapshot;
    const unhashed = {
      caseId: '00000000-0000-4000-8000-000000000060',
      seq: i + 1,
      type: e.type,
      occurredAt: new Date(`${step.on}T10:00:00+08:00`).toISOString(),
      recordedAt: new Date().toISOString(),
      actorId: e.actor.id,
      payload: e.payload,
      facts: { actor: e.actor, officers: e.officers, recusedOfficerIds: [] },
      flags: r.flags,
      machineVersion: CURRENT.version,
      prevHash,
    };
    prevHash = hashEntry(unhashed);
    entries.push({ ...unhashed, hash: prevHash });
  }
  return entries;
}

export async function auditBench(url: string, maxEntries: number, minMs: number) {
  const cases = await storedCases(url, maxEntries);
  const entries = cases.reduce((n, c) => n + c.entries.length, 0);
  if (entries === 0) throw new Error('audit: no complete case to verify');
  for (const c of cases) {
    const report = verifyCase(c.record, c.entries, ENV);
    if (!report.valid)
      throw new Error(`audit: case ${c.record.id} does not verify: ${report.reason}`);
  }
  const chainMs = timeIt(() => {
    for (const c of cases) verifyChain(c.record.id, c.entries);
  }, minMs);
  const fullMs = timeIt(() => {
    for (const c of cases) verifyCase(c.record, c.entries, ENV);
  }, minMs);
  const bytes = cases.flatMap((c) => c.entries.map(canonicalBytes));
  const shaMs = timeIt(() => {
    for (const b of bytes) hash('sha256', b, 'hex');
  }, minMs);
  const sixty = sixtyEntryLog();
  const replayMs = timeIt(() => replayLog(CURRENT.machineId, CURRENT.version, sixty, ENV), minMs);
  return {
    cases: cases.length,
    entries,
    verifyEntriesPerSec: Math.round(entries / (chainMs / 1000)),
    verifyWithReplayEntriesPerSec: Math.round(entries / (fullMs / 1000)),
    sha256EntriesPerSec: Math.round(entries / (shaMs / 1000)),
    replay60Ms: Number(replayMs.toFixed(2)),
  } satisfies AuditResult;
}

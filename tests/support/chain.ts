import { CaseLogRepository } from '../../src/ledger/case-log.repository';
import { hashEntry } from '../../src/ledger/entry-hash';
import { GENESIS_HASH } from '../../src/ledger/log-entry';
import type { TestApp } from './test-app';

/** Reads a case's log and checks gap-free seq and an intact hash chain. */
export async function checkChain(t: TestApp, caseId: string) {
  const entries = await t.app.get(CaseLogRepository).list(caseId);
  let prev = GENESIS_HASH;
  const problems: string[] = [];
  entries.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push(`seq ${e.seq} at position ${i + 1}`);
    if (e.prevHash !== prev) problems.push(`prevHash broken at ${e.seq}`);
    const { hash, ...rest } = e;
    if (hashEntry(rest) !== hash) problems.push(`hash mismatch at ${e.seq}`);
    prev = e.hash;
  });
  return { entries, problems };
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkflowEnvironment } from '../calendar/workflow-environment';
import { CaseLogRepository } from '../ledger/case-log.repository';
import type { LogEntry } from '../ledger/log-entry';
import { CaseRepository } from '../ledger/case.repository';
import { DocumentsRepository } from '../documents/documents.repository';
import { verifyCase } from './chain-verifier';
import { withDocuments } from './document-hashes';
import { CheckpointRepository, type CheckpointRecord } from './checkpoint.repository';
import { verifyCheckpoint } from './checkpoint-crypto';
import { CheckpointSigner } from './checkpoint-signer';
import { merkleRoot } from './merkle';
import type { InvariantBreachView } from './invariant-report';

export interface Problem {
  caseId?: string;
  seq?: number;
  position?: number;
  reason: string;
}

export type ScanEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'problem'; problem: Problem }
  /** Legal invariant breaches of an intact case (not an integrity problem). */
  | { type: 'breaches'; caseId: string; breaches: InvariantBreachView[] }
  | {
      type: 'summary';
      valid: boolean;
      cases: number;
      entries: number;
      problems: number;
      /** Intact cases of the current machine version that break a legal invariant. */
      casesWithInvariantBreaches: number;
      checkpoint?: { treeSize: number; issuedAt: string; valid: boolean };
    };

/** Verifies every case and the latest signed checkpoint (what a deleted case cannot escape). */
@Injectable()
export class IntegrityScan {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseRepository,
    private readonly log: CaseLogRepository,
    private readonly checkpoints: CheckpointRepository,
    private readonly signer: CheckpointSigner,
    private readonly envs: WorkflowEnvironment,
    private readonly documents: DocumentsRepository,
  ) {}

  async *run(): AsyncGenerator<ScanEvent> {
    const history = await this.envs.history();
    const env = (e: LogEntry) => history.envFor(e);
    const rows: { id: string; in_cases: boolean }[] = await this.ds.query(
      `SELECT id, bool_or(in_cases) AS in_cases FROM (
         SELECT id, true AS in_cases FROM cases
         UNION ALL SELECT DISTINCT case_id, false FROM case_log) ids GROUP BY id ORDER BY id`,
    );
    const step = Math.max(1, Math.ceil(rows.length / 100));
    let problems = 0;
    let entries = 0;
    let breached = 0;
    for (const [i, row] of rows.entries()) {
      const record = row.in_cases ? await this.cases.get(row.id) : undefined;
      const log = await this.log.list(row.id);
      entries += log.length;
      if (!record) {
        problems++;
        yield {
          type: 'problem',
          problem: { caseId: row.id, reason: 'log entries exist but the case row is missing' },
        };
      } else {
        const chain = verifyCase(record, log, env);
        // Issue 15: each stored document must still hash to what its entry records.
        const report = chain.valid
          ? withDocuments(chain, log, await this.documents.hashes(row.id))
          : chain;
        if (!report.valid) {
          problems++;
          yield {
            type: 'problem',
            problem: {
              caseId: row.id,
              seq: report.firstInvalidSeq,
              reason: report.reason ?? 'invalid',
            },
          };
        } else if (report.invariantBreaches?.length) {
          breached++;
          yield { type: 'breaches', caseId: row.id, breaches: report.invariantBreaches };
        }
      }
      // About a hundred progress lines whatever the size (the browser's bar moves as it goes).
      if ((i + 1) % step === 0 || i + 1 === rows.length)
        yield { type: 'progress', done: i + 1, total: rows.length };
    }
    const latest = await this.checkpoints.latest();
    let checkpoint: { treeSize: number; issuedAt: string; valid: boolean } | undefined;
    if (latest) {
      const found = await this.checkCheckpoint(latest);
      problems += found.length;
      for (const problem of found) yield { type: 'problem', problem };
      checkpoint = {
        treeSize: latest.treeSize,
        issuedAt: latest.issuedAt,
        valid: found.length === 0,
      };
    }
    yield {
      type: 'summary',
      valid: problems === 0,
      cases: rows.length,
      entries,
      problems,
      casesWithInvariantBreaches: breached,
      checkpoint,
    };
  }

  /** Signature, then the root over today's entries up to the signed position, then the heads. */
  async checkCheckpoint(c: CheckpointRecord): Promise<Problem[]> {
    const body = {
      treeSize: c.treeSize,
      rootHash: c.rootHash,
      issuedAt: c.issuedAt,
      keyId: c.keyId,
    };
    if (!verifyCheckpoint(body, c.signature, this.signer.publicKeyPem)) {
      return [{ reason: `checkpoint ${c.id}: signature invalid` }];
    }
    const leaves = await this.checkpoints.leaves(undefined, c.lastPosition);
    if (leaves.length === c.treeSize && merkleRoot(leaves.map((l) => l.hash)) === c.rootHash)
      return [];
    const problems: Problem[] = [];
    const byCase = new Map<string, Map<number, string>>();
    for (const l of leaves) {
      if (!byCase.has(l.caseId)) byCase.set(l.caseId, new Map());
      byCase.get(l.caseId)!.set(l.seq, l.hash);
    }
    for (const h of await this.checkpoints.heads(c.id)) {
      const seqs = byCase.get(h.caseId);
      if (!seqs) {
        problems.push({
          caseId: h.caseId,
          seq: h.headSeq,
          position: h.headPosition,
          reason: `case deleted: checkpoint ${c.id} covered it up to entry ${h.headSeq}`,
        });
      } else if (seqs.get(h.headSeq) !== h.headHash) {
        const why = seqs.has(h.headSeq) ? 'changed' : 'missing (the chain was cut short)';
        problems.push({
          caseId: h.caseId,
          seq: h.headSeq,
          position: h.headPosition,
          reason: `entry ${h.headSeq} covered by checkpoint ${c.id} is ${why}`,
        });
      }
    }
    const summary = `the log up to position ${c.lastPosition} no longer has the signed root (checkpoint ${c.id}: ${c.treeSize} entries signed, ${leaves.length} found)`;
    return [...problems, { reason: summary, position: c.lastPosition }];
  }
}

import { Injectable } from '@nestjs/common';
import { getCaseApi } from '../../workflows/registry';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DataSource } from 'typeorm';
import { assertVisible, caseAccess } from '../cases/case-access';
import { CaseViews } from '../cases/case-views.service';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { AuditReadsRepository } from '../ledger/audit-reads.repository';
import { CaseLogRepository } from '../ledger/case-log.repository';
import { CaseRepository, type CaseRecord } from '../ledger/case.repository';
import { DocumentsRepository } from '../documents/documents.repository';
import { withDocuments } from './document-hashes';
import { attachmentsOf, BUNDLE_FORMAT, bundleMessage, type CaseBundle } from './bundle';
import type { LogEntry } from '../ledger/log-entry';
import { environmentOf, replayLog } from './case-replay';
import { invariantReport } from './invariant-report';
import { verifyCase, type VerifyReport } from './chain-verifier';
import { CheckpointService, toPublic } from './checkpoint.service';
import { CheckpointSigner } from './checkpoint-signer';

/** Replay, verification and export of case histories for auditors (执法监督, 案卷评查). */
@Injectable()
export class AuditService {
  constructor(
    private readonly reads: AuditReadsRepository,
    private readonly cases: CaseRepository,
    private readonly log: CaseLogRepository,
    private readonly views: CaseViews,
    private readonly checkpoints: CheckpointService,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
    private readonly ds: DataSource,
    private readonly documents: DocumentsRepository,
  ) {}

  /** The case, unless the viewer is recused from it (then it does not exist for them). */
  private async load(id: string, viewer: AuthenticatedOfficer): Promise<CaseRecord> {
    const record = await this.cases.get(id);
    if (!record) throw DomainException.notFound('case', id);
    const recused = await this.cases.recusedOfficerIds(this.ds.manager, id);
    assertVisible(caseAccess(viewer, record, recused), id);
    return record;
  }

  /** The case as it stood after entry `seq` (or the last entry that occurred by `at`). */
  async replay(id: string, viewer: AuthenticatedOfficer, q: { seq?: number; at?: string }) {
    const record = await this.load(id, viewer);
    const entries = await this.log.list(id);
    const seq =
      q.seq ?? entries.filter((e) => !q.at || e.occurredAt <= new Date(q.at).toISOString()).length;
    if (seq < 1 || seq > entries.length) {
      throw DomainException.validation([
        { field: q.seq ? 'seq' : 'at', reason: `no entry ${seq}: the log has ${entries.length}` },
      ]);
    }
    // Each entry is replayed, and its deadlines computed, with the calendar it was decided in.
    const history = await this.views.calendarHistory();
    const envOf = (e: LogEntry) => history.envFor(e);
    const upTo = entries.slice(0, seq);
    const steps = replayLog(record.machineId, record.machineVersion, upTo, envOf);
    const { result } = steps[seq - 1];
    const entry = entries[seq - 1];
    const env = environmentOf(envOf, entry);
    const api = getCaseApi(record.machineId, record.machineVersion);
    const asOf = this.views.dateOf(entry.occurredAt);
    await this.reads.record(id, viewer.id, 'replay');
    return {
      caseId: id,
      seq,
      type: entry.type,
      occurredAt: entry.occurredAt,
      stage: result.stage,
      state: result.state,
      context: result.context,
      deadlines: api.deadlines(result.snapshot, asOf, env),
      allowedEvents: api.allowedEvents(
        result.snapshot,
        viewer,
        entry.facts.recusedOfficerIds.includes(viewer.id),
      ),
      // The invariants over the history up to this entry.
      ...invariantReport(record, upTo, steps, env),
    };
  }

  async verify(id: string, viewer: AuthenticatedOfficer): Promise<VerifyReport> {
    const record = await this.load(id, viewer);
    await this.reads.record(id, viewer.id, 'verify');
    const history = await this.views.calendarHistory();
    const entries = await this.log.list(id);
    const report = verifyCase(record, entries, (e) => history.envFor(e));
    // The documents are part of the record: one changed byte makes the case invalid.
    return report.valid ? withDocuments(report, entries, await this.documents.hashes(id)) : report;
  }

  async export(id: string, viewer: AuthenticatedOfficer): Promise<CaseBundle> {
    const record = await this.load(id, viewer);
    const entries = await this.log.listWithPositions(id);
    const head = entries[entries.length - 1];
    const calendars = (await this.views.calendarHistory()).needed(entries);
    const checkpoint = await this.checkpoints.covering(head.position);
    const inclusion = await this.checkpoints.inclusion(head.position, checkpoint);
    if (!inclusion) throw new Error(`entry ${head.seq} is not in checkpoint ${checkpoint.id}`);
    await this.reads.record(id, viewer.id, 'export');
    const unsigned: Omit<CaseBundle, 'signature'> = {
      format: BUNDLE_FORMAT,
      exportedAt: this.clock.now().toISOString(),
      case: {
        id,
        caseNumber: record.caseNumber,
        procedure: record.procedure,
        stage: record.stage,
        version: record.version,
        headHash: record.headHash,
        machine: { id: record.machineId, version: record.machineVersion },
        snapshot: record.snapshot,
      },
      entries,
      attachments: attachmentsOf(entries),
      documents: await this.documents.hashes(id),
      calendars,
      checkpoint: toPublic(checkpoint),
      inclusion: { seq: head.seq, ...inclusion },
      publicKey: this.signer.publicKeyPem,
    };
    return { ...unsigned, signature: this.signer.signBytes(bundleMessage(unsigned)) };
  }
}

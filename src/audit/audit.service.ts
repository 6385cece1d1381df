import { Injectable, StreamableFile } from '@nestjs/common';
import { getCaseApi, msg } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DataSource } from 'typeorm';
import { assertVisible, caseAccess } from '../ledger/case-access';
import { WorkflowEnvironment } from '../calendar/workflow-environment';
import { businessDateOf } from '../common/clock/business-time';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { DomainException } from '../common/errors/domain.exception';
import { AuditReadsRepository } from '../ledger/audit-reads.repository';
import { CaseLogRepository } from '../ledger/case-log.repository';
import { CaseRepository, type CaseRecord } from '../ledger/case.repository';
import {
  attachmentsOf,
  BUNDLE_FORMAT,
  bundleMessage,
  serialiseBundle,
  type CaseBundle,
} from './bundle';
import { DocumentsRepository } from '../documents/documents.repository';
import { documentPath, withDocuments } from './document-hashes';
import type { LogEntry } from '../ledger/log-entry';
import { environmentOf, replayLog, requestAt } from './case-replay';
import { invariantReport } from './invariant-report';
import { verifyCase, type ReadModelCheck, type VerifyReport } from './chain-verifier';
import type { CalendarHistory } from '../calendar/calendar-history';
import {
  deadlineModels,
  READ_MODELS,
  readModelMismatch,
  rebuildReadModels,
  storedReadModels,
  type ReadModels,
} from './read-models';
import { CheckpointService, toPublic } from './checkpoint.service';
import { CheckpointSigner } from './checkpoint-signer';
import { AttachmentsService } from '../attachments/attachments.service';
import type { FileProvider } from '../storage/file-provider';
import { caseArchive } from './case-archive';
import { checkFiles } from './file-check';
import { Readable } from 'node:stream';
import { sha256Hex } from '../documents/docx-renderer';

export interface ExportedCase {
  bundle: CaseBundle;
  /** The bytes of `bundle.files`, in the same order. */
  files: FileProvider[];
}

/** Replay, verification and export of case histories for auditors (执法监督, 案卷评查). */
@Injectable()
export class AuditService {
  constructor(
    private readonly reads: AuditReadsRepository,
    private readonly cases: CaseRepository,
    private readonly log: CaseLogRepository,
    private readonly envs: WorkflowEnvironment,
    private readonly checkpoints: CheckpointService,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly ds: DataSource,
    private readonly attachments: AttachmentsService,
    private readonly documents: DocumentsRepository,
  ) {}

  /**
   * The files the case's record vouches for: the attachments its log names that are stored for
   * it, and its issued 文书 (the .docx originals, at the path `bundle.documents` names).
   */
  private async filesOf(id: string, entries: LogEntry[]): Promise<FileProvider[]> {
    const attachments = await this.attachments.files(
      id,
      attachmentsOf(entries).map((a) => a.sha256),
    );
    const documents = await this.documents.originals(id);
    return [
      ...attachments,
      ...documents.map((d) => ({
        path: documentPath(d),
        sha256: sha256Hex(d.docx),
        stream: () => Readable.from([d.docx]),
      })),
    ];
  }

  /** The case, unless the viewer is recused from it (then it does not exist for them). */
  async load(id: string, viewer: AuthenticatedOfficer): Promise<CaseRecord> {
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
        {
          field: q.seq ? 'seq' : 'at',
          reason: msg('replay.noEntry', { seq, count: entries.length }),
        },
      ]);
    }
    // Each entry is replayed, and its deadlines computed, with the calendar it was decided in.
    const history = await this.envs.history();
    const envOf = (e: LogEntry) => history.envFor(e);
    const upTo = entries.slice(0, seq);
    const steps = replayLog(record.machineId, record.machineVersion, upTo, envOf);
    const { result } = steps[seq - 1];
    const entry = entries[seq - 1];
    const env = environmentOf(envOf, entry);
    const api = getCaseApi(record.machineId, record.machineVersion);
    const asOf = businessDateOf(new Date(entry.occurredAt), this.config.TZ_BUSINESS);
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
      allowedEvents: api.allowedEvents(result.snapshot, requestAt(entry, viewer, env)),
      // The invariants over the history up to this entry.
      ...invariantReport(record, upTo, steps, env),
    };
  }

  async verify(id: string, viewer: AuthenticatedOfficer): Promise<VerifyReport> {
    const record = await this.load(id, viewer);
    await this.reads.record(id, viewer.id, 'verify');
    const history = await this.envs.history();
    // The log and the read models as of one moment: an event landing meanwhile is no mismatch.
    const [entries, stored] = await this.ds.transaction('REPEATABLE READ', async (m) => [
      await this.log.list(id, m),
      await storedReadModels(m, id),
    ]);
    const check = this.readModelCheck(record, entries, stored, history);
    const envOf = (e: LogEntry) => history.envFor(e);
    const report = verifyCase({ ...record, ...stored.row }, entries, envOf, check);
    if (!report.valid) return report;
    // The documents are part of the record: one changed byte makes the case invalid.
    const documented = withDocuments(report, entries, await this.documents.hashes(id));
    if (!documented.valid) return documented;
    // A changed byte in a stored file is a record no longer intact, named by its path.
    const files = await checkFiles(await this.filesOf(id, entries), (f) => f.stream());
    const bad = files.find((f) => !f.ok);
    if (!bad) return { ...documented, files };
    const seq = attachmentsOf(entries).find((a) => a.sha256 === bad.sha256)?.seq;
    return { ...documented, files, valid: false, firstInvalidSeq: seq, reason: bad.detail };
  }

  /** Issue 19: every read model rebuilt from the replayed log, compared with `stored`. */
  private readModelCheck(
    record: CaseRecord,
    entries: LogEntry[],
    stored: ReadModels,
    history: CalendarHistory,
  ): ReadModelCheck {
    const tz = this.config.TZ_BUSINESS;
    const today = businessDateOf(this.clock.now(), tz);
    // An empty log has no later loads (verifyCase fails it before any rebuild).
    const last = entries[entries.length - 1] as LogEntry | undefined;
    const since = Date.parse(last?.recordedAt ?? '');
    const laterLoads = history.loads.filter((l) => Date.parse(l.loadedAt) >= since);
    const o = {
      machineId: record.machineId,
      envOf: (e: LogEntry) => history.envFor(e),
      timeZone: tz,
      publication: {
        department: this.config.DEPARTMENT_NAME,
        namePolicy: this.config.DISCLOSURE_NAME_POLICY,
      },
    };
    return {
      names: READ_MODELS,
      mismatch: (steps) => {
        const rebuilt = rebuildReadModels(entries, steps, o);
        const { snapshot } = steps[steps.length - 1].result;
        // A load after the last entry recomputed on its day with the calendar it put in force
        // (an entry without a pin is decided with the loads made by its recordedAt).
        const recomputed = laterLoads.map((l) => {
          const env = history.envFor({
            ...last!,
            facts: { ...last!.facts, calendar: undefined },
            recordedAt: l.loadedAt,
          });
          const day = businessDateOf(new Date(l.loadedAt), tz);
          return deadlineModels(o, record.machineVersion, snapshot, day, env);
        });
        return readModelMismatch(stored, rebuilt, { today, recomputed });
      },
    };
  }

  /** The bundle as JSON, or (`withFiles`) a zip of it and every file it vouches for. */
  async exportFile(
    id: string,
    viewer: AuthenticatedOfficer,
    withFiles: boolean,
  ): Promise<StreamableFile> {
    const { bundle, files } = await this.export(id, viewer);
    const text = serialiseBundle(bundle);
    if (!withFiles) {
      const bytes = Buffer.from(text, 'utf8');
      return new StreamableFile(bytes, {
        type: 'application/json; charset=utf-8',
        length: bytes.length,
      });
    }
    return new StreamableFile(caseArchive(text, files), {
      type: 'application/zip',
      disposition: `attachment; filename="case-${id}.zip"`,
    });
  }

  async export(id: string, viewer: AuthenticatedOfficer): Promise<ExportedCase> {
    const record = await this.load(id, viewer);
    const entries = await this.log.listWithPositions(id);
    const files = await this.filesOf(id, entries);
    const head = entries[entries.length - 1];
    const calendars = (await this.envs.history()).needed(entries);
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
      files: files.map((f) => ({ path: f.path, sha256: f.sha256 })),
      documents: await this.documents.hashes(id),
      calendars,
      checkpoint: toPublic(checkpoint),
      inclusion: { seq: head.seq, ...inclusion },
      publicKey: this.signer.publicKeyPem,
    };
    const bundle = { ...unsigned, signature: this.signer.signBytes(bundleMessage(unsigned)) };
    return { bundle, files };
  }
}

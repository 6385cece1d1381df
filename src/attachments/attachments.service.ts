import { msg } from '../../workflows';
import { Injectable, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { assertVisible, caseAccess } from '../ledger/case-access';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { AppConfig } from '../config/app-config';
import { AuditReadsRepository } from '../ledger/audit-reads.repository';
import { CaseRepository, type CaseRecord } from '../ledger/case.repository';
import { BlobStore } from '../storage/blob-store';
import type { FileProvider } from '../storage/file-provider';
import { attachmentRefs } from './attachment-refs';
import { type CaseAttachment, CaseAttachmentsRepository } from './case-attachments.repository';
import { sniffMime } from './mime-sniffer';
import { receiveFile } from './multipart-upload';

export interface AttachmentView {
  sha256: string;
  size: number;
  mime: string;
  filename: string;
}

const view = (a: CaseAttachment): AttachmentView => ({
  sha256: a.sha256,
  size: a.size,
  mime: a.mime,
  filename: a.filename,
});

/** RFC 6266 / 8187: an ASCII fallback and the exact UTF-8 name. */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7E]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Evidence files of a case (全过程记录): stored by hash, read by those who may see the party. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseRepository,
    private readonly attachments: CaseAttachmentsRepository,
    private readonly store: BlobStore,
    private readonly reads: AuditReadsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private async visible(id: string, viewer: AuthenticatedOfficer) {
    const record = await this.cases.get(id);
    if (!record) throw DomainException.notFound('case', id);
    const access = caseAccess(
      viewer,
      record,
      await this.cases.recusedOfficerIds(this.ds.manager, id),
    );
    assertVisible(access, id);
    return { record, access };
  }

  /** APL 42: evidence is gathered by the case's handlers; the file is checked before it is read. */
  async upload(id: string, actor: AuthenticatedOfficer, req: Request): Promise<AttachmentView> {
    const { record } = await this.visible(id, actor);
    assertHandlerOf(record, actor);
    const file = await receiveFile(req, this.store, this.config.ATTACHMENT_MAX_BYTES);
    const stored = await this.attachments.add({
      caseId: id,
      sha256: file.stored.sha256,
      size: file.stored.size,
      mime: sniffMime(file.head),
      filename: file.filename,
      uploadedBy: actor.id,
      uploadedAt: this.clock.now().toISOString(),
    });
    return view(stored);
  }

  /** The same people who may read the case's personal data (case-access.ts) read its files. */
  async download(
    id: string,
    sha256: string,
    viewer: AuthenticatedOfficer,
  ): Promise<StreamableFile> {
    const { access } = await this.visible(id, viewer);
    if (access !== 'personal') {
      throw DomainException.forbidden(msg('attachment.readForbidden'), { missingRole: 'auditor' });
    }
    const a = await this.attachments.find(id, sha256);
    const blob = a && (await this.store.stat(sha256));
    if (!a || !blob) throw DomainException.notFound('attachment', sha256);
    if (viewer.roles.includes('auditor')) await this.reads.record(id, viewer.id, 'attachment');
    return new StreamableFile(this.store.get(sha256), {
      type: a.mime,
      length: blob.size,
      disposition: disposition(a.filename),
    });
  }

  /**
   * Refuses an event whose payload names a file not uploaded to this case (400 naming the
   * field), in the event's transaction, before anything is written.
   */
  async assertStored(db: EntityManager, caseId: string, payload: unknown): Promise<void> {
    const refs = attachmentRefs(payload);
    if (refs.length === 0) return;
    const stored = new Set(
      (
        await this.attachments.of(
          caseId,
          refs.map((r) => r.sha256),
          db,
        )
      ).map((a) => a.sha256),
    );
    const missing = refs.filter((r) => !stored.has(r.sha256));
    if (missing.length > 0) {
      throw DomainException.validation(
        missing.map((r) => ({
          field: r.field,
          reason: msg('attachment.notStored', { sha256: r.sha256, caseId }),
        })),
      );
    }
  }

  /** The case's stored attachments among `hashes`, as files of an export, in that order. */
  async files(caseId: string, hashes: readonly string[]): Promise<FileProvider[]> {
    const order = [...new Set(hashes)];
    const stored = await this.attachments.of(caseId, order);
    stored.sort((a, b) => order.indexOf(a.sha256) - order.indexOf(b.sha256));
    return stored.map((a) => ({
      path: `attachments/${a.sha256}/${a.filename}`,
      sha256: a.sha256,
      stream: () => this.store.get(a.sha256),
    }));
  }
}

function assertHandlerOf(record: CaseRecord, actor: AuthenticatedOfficer): void {
  if (!actor.roles.includes('handler') || !record.handlerIds.includes(actor.id)) {
    throw DomainException.forbidden(msg('attachment.uploadForbidden'), {
      missingRole: 'handler',
    });
  }
}

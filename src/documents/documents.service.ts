import { msg, type CaseContext, getCaseApi } from '../../workflows';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { assertVisible, caseAccess } from '../ledger/case-access';
import { CaseViews } from '../cases/case-views.service';
import { Clock } from '../common/clock/clock';
import { pageOf, type Page } from '../common/dto/page';
import type { PageQuery } from '../common/dto/page.query';
import { DomainException } from '../common/errors/domain.exception';
import { AuditReadsRepository, type AuditRead } from '../ledger/audit-reads.repository';
import { CaseRepository, type CaseRecord } from '../ledger/case.repository';
import { renderDocx, sha256Hex } from './docx-renderer';
import { archiveOrder, documentData, type ActInput } from './document-data';
import { DocumentIssuer } from './document-issuer';
import type { DocumentType } from './document-types';
import type { DocumentView } from './dto/document.dto';
import { documentPath } from '../audit/document-hashes';
import { DocumentsRepository, type DocumentRow } from './documents.repository';
import { PdfConverter } from './pdf-converter';
import { TemplateStore } from './template-store';

export interface ServedFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
  sha256: string;
}

/** A document of the export zip (issue 15): its path there, its hash, its stored bytes. */
export interface ExportedDocument {
  path: string;
  sha256: string;
  bytes: Buffer;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FRAME: DocumentType[] = ['file_cover', 'file_index', 'file_notes'];

/** The case file: its documents listed and served byte for byte, as PDF, and as one PDF. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly repo: DocumentsRepository,
    private readonly pdf: PdfConverter,
    private readonly templates: TemplateStore,
    private readonly issuer: DocumentIssuer,
    private readonly views: CaseViews,
    private readonly clock: Clock,
    private readonly ds: DataSource,
    private readonly reads: AuditReadsRepository,
  ) {}

  /**
   * The documents name the party in full: who may read the case's personal data reads them, and
   * an auditor's reading is recorded like every other (audit_reads).
   */
  private async load(
    caseId: string,
    viewer: AuthenticatedOfficer,
    what: AuditRead,
  ): Promise<CaseRecord> {
    const record = await this.cases.get(caseId);
    if (!record) throw DomainException.notFound('case', caseId);
    const recused = await this.cases.recusedOfficerIds(this.ds.manager, caseId);
    const access = caseAccess(viewer, record, recused);
    assertVisible(access, caseId);
    if (access !== 'personal') {
      throw DomainException.forbidden(msg('document.fileForbidden'));
    }
    if (viewer.roles.includes('auditor')) await this.reads.record(caseId, viewer.id, what);
    return record;
  }

  async list(
    caseId: string,
    viewer: AuthenticatedOfficer,
    q: PageQuery,
  ): Promise<Page<DocumentView>> {
    await this.load(caseId, viewer, 'documents');
    const all = await this.repo.list(caseId);
    const { page = '1', pageSize = '20' } = q;
    const from = (Number(page) - 1) * Number(pageSize);
    const items = all.slice(from, from + Number(pageSize)).map((d) => toView(caseId, d));
    return pageOf(items, all.length, q);
  }

  /** The stored original (.docx) byte for byte, or its PDF rendering (made once, then kept). */
  async get(
    caseId: string,
    id: string,
    format: 'docx' | 'pdf',
    viewer: AuthenticatedOfficer,
  ): Promise<ServedFile> {
    await this.load(caseId, viewer, 'document');
    const doc = await this.repo.docx(caseId, id);
    if (!doc) throw DomainException.notFound('document', id);
    const name = `${doc.title}${doc.number ? `（${doc.number}）` : ''}`;
    if (format === 'docx') {
      return { bytes: doc.docx, contentType: DOCX, filename: `${name}.docx`, sha256: doc.sha256 };
    }
    const [pdf] = await this.pdfsOf([doc]);
    return {
      bytes: pdf,
      contentType: 'application/pdf',
      filename: `${name}.pdf`,
      sha256: sha256Hex(pdf),
    };
  }

  /** 电子卷宗: cover, index, the documents (decision first), 备考表, as one PDF. */
  async file(caseId: string, viewer: AuthenticatedOfficer): Promise<ServedFile> {
    const record = await this.load(caseId, viewer, 'file');
    const docs = await this.repo.list(caseId);
    const withBytes = await Promise.all(
      docs.map(async (d) => (await this.repo.docx(caseId, d.id))!),
    );
    const stored = (t: DocumentType) => [...withBytes].reverse().find((d) => d.type === t);
    const frame = await this.frame(record, docs, viewer);
    const part = (t: DocumentType) => stored(t) ?? frame[t];
    const body = archiveOrder(docs).map((d) => withBytes.find((w) => w.id === d.id)!);
    const parts = [part('file_cover'), part('file_index'), ...body, part('file_notes')];
    const pdf = await this.pdf.merge(await this.pdfsOf(parts));
    return {
      bytes: pdf,
      contentType: 'application/pdf',
      filename: `${record.caseNumber}.pdf`,
      sha256: sha256Hex(pdf),
    };
  }

  /** For the export zip: every stored document at documents/<seq>-<type>-<id>.docx. */
  async forExport(caseId: string): Promise<ExportedDocument[]> {
    return (await this.repo.originals(caseId)).map((d) => ({
      path: documentPath(d),
      sha256: sha256Hex(d.docx),
      bytes: d.docx,
    }));
  }

  /** The cover, index and 备考表 of a case not yet archived, rendered for this reading only. */
  private async frame(record: CaseRecord, docs: DocumentRow[], viewer: AuthenticatedOfficer) {
    const env = await this.views.environment();
    const on = this.views.dateOf(this.clock.now().toISOString());
    const act: ActInput = {
      eventType: 'ARCHIVE_CASE',
      payload: {},
      on,
      actorId: viewer.id,
      caseNumber: record.caseNumber,
      context: record.context as unknown as CaseContext,
      execution: getCaseApi(record.machineId, record.machineVersion).execution(
        record.snapshot,
        on,
        env,
      ),
      issued: docs,
      settings: await this.issuer.settings(),
    };
    const out = {} as Record<DocumentType, { docx: Buffer }>;
    for (const type of FRAME) {
      const template = await this.templates.get(type);
      out[type] = { docx: renderDocx(template.bytes, documentData(type, act)).bytes };
    }
    return out;
  }

  /** PDFs of the documents: stored renderings, the rest made in one LibreOffice run. */
  private async pdfsOf(docs: { id?: string; docx: Buffer }[]): Promise<Buffer[]> {
    const found = await Promise.all(
      docs.map((d) => (d.id ? this.repo.pdf(d.id) : Promise.resolve(undefined))),
    );
    const missing = docs.map((_, i) => i).filter((i) => !found[i]);
    if (missing.length === 0) return found as Buffer[];
    const made = await this.pdf.convert(missing.map((i) => docs[i].docx));
    const at = this.clock.now().toISOString();
    for (const [k, i] of missing.entries()) {
      found[i] = made[k];
      const id = docs[i].id;
      if (id) await this.repo.saveRendering(id, made[k], sha256Hex(made[k]), at);
    }
    return found as Buffer[];
  }
}

function toView(caseId: string, d: DocumentRow): DocumentView {
  const base = `/api/v1/cases/${caseId}/documents/${d.id}`;
  return {
    id: d.id,
    type: d.type,
    title: d.title,
    ...(d.number ? { number: d.number } : {}),
    seq: d.seq,
    issuedOn: d.issuedOn,
    templateVersion: d.templateVersion,
    sha256: d.sha256,
    ...(d.pdfSha256 ? { pdfSha256: d.pdfSha256 } : {}),
    links: { docx: `${base}?format=docx`, pdf: `${base}?format=pdf` },
  };
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { documentPath, type DocumentHash } from '../audit/document-hashes';
import type { SqlParams } from '../ledger/sql-params';
import type { IssuedRef } from './document-data';
import type { DocumentType } from './document-types';

/** A document as the act that issues it writes it (in the act's one statement). */
export interface NewDocument {
  id: string;
  seq: number;
  position: number;
  type: DocumentType;
  title: string;
  number?: string;
  templateVersion: string;
  sha256: string;
  docx: Buffer;
  issuedOn: string;
  createdAt: string;
}

export interface DocumentRow extends IssuedRef {
  templateVersion: string;
  sha256: string;
  /** SHA-256 of the bytes stored now (differs from sha256 only if they were altered). */
  storedSha256: string;
  pdfSha256?: string;
}

type Row = Record<string, unknown>;

const META = `d.id, d.seq, d.position, d.doc_type, d.title, d.number, d.template_version, d.sha256,
  to_char(d.issued_on, 'YYYY-MM-DD') AS issued_on, encode(sha256(d.docx), 'hex') AS stored_sha256,
  r.sha256 AS pdf_sha256`;

function toRow(r: Row): DocumentRow {
  return {
    id: r.id as string,
    seq: r.seq as number,
    type: r.doc_type as DocumentType,
    title: r.title as string,
    ...(r.number ? { number: r.number as string } : {}),
    issuedOn: r.issued_on as string,
    templateVersion: (r.template_version as string).trim(),
    sha256: (r.sha256 as string).trim(),
    storedSha256: r.stored_sha256 as string,
    ...(r.pdf_sha256 ? { pdfSha256: (r.pdf_sha256 as string).trim() } : {}),
  };
}

/** The case file's documents: written with their act, read back byte for byte. */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Every document of the case in the order issued (its act's seq, then its place in it). */
  async list(caseId: string, tx: EntityManager = this.ds.manager): Promise<DocumentRow[]> {
    const rows: Row[] = await tx.query(
      `SELECT ${META} FROM documents d LEFT JOIN document_renderings r ON r.document_id = d.id
       WHERE d.case_id = $1 ORDER BY d.seq, d.position`,
      [caseId],
    );
    return rows.map(toRow);
  }

  /** What an act's documents refer to (numbers, titles, dates): no bytes read, none hashed. */
  async issued(caseId: string, tx: EntityManager): Promise<IssuedRef[]> {
    const rows: Row[] = await tx.query(
      `SELECT id, seq, doc_type, title, number, to_char(issued_on, 'YYYY-MM-DD') AS issued_on
       FROM documents WHERE case_id = $1 ORDER BY seq, position`,
      [caseId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      seq: r.seq as number,
      type: r.doc_type as DocumentType,
      title: r.title as string,
      ...(r.number ? { number: r.number as string } : {}),
      issuedOn: r.issued_on as string,
    }));
  }

  /** The case's documents with the SHA-256 of the bytes stored now (what verify checks). */
  async hashes(caseId: string): Promise<DocumentHash[]> {
    return (await this.list(caseId)).map((d) => ({
      id: d.id,
      seq: d.seq,
      type: d.type,
      title: d.title,
      ...(d.number ? { number: d.number } : {}),
      path: documentPath(d),
      sha256: d.storedSha256,
    }));
  }

  async docx(caseId: string, id: string): Promise<(DocumentRow & { docx: Buffer }) | undefined> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${META}, d.docx FROM documents d
       LEFT JOIN document_renderings r ON r.document_id = d.id
       WHERE d.case_id = $1 AND d.id = $2`,
      [caseId, id],
    );
    return rows[0] ? { ...toRow(rows[0]), docx: rows[0].docx as Buffer } : undefined;
  }

  /** Every issued original of the case with its bytes, in issue order (export, verify). */
  async originals(caseId: string): Promise<(DocumentRow & { docx: Buffer })[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${META}, d.docx FROM documents d
       LEFT JOIN document_renderings r ON r.document_id = d.id
       WHERE d.case_id = $1 ORDER BY d.seq, d.position`,
      [caseId],
    );
    return rows.map((r) => ({ ...toRow(r), docx: r.docx as Buffer }));
  }

  async pdf(id: string): Promise<Buffer | undefined> {
    const rows: { pdf: Buffer }[] = await this.ds.query(
      `SELECT pdf FROM document_renderings WHERE document_id = $1`,
      [id],
    );
    return rows[0]?.pdf;
  }

  /** The PDF derived from a document, kept with its hash (the first rendering stays). */
  async saveRendering(id: string, pdf: Buffer, sha256: string, at: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO document_renderings (document_id, pdf, sha256, created_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (document_id) DO NOTHING`,
      [id, pdf, sha256, at],
    );
  }
}

/** The act's statement inserts its documents off the case row it writes (CTE `case_row`). */
export function documentInserts(docs: readonly NewDocument[], p: SqlParams): string[] {
  return docs.map((d) => {
    const values = [
      d.id,
      d.seq,
      d.position,
      d.type,
      d.title,
      d.number ?? null,
      d.templateVersion,
      d.sha256,
      d.docx,
      d.issuedOn,
      d.createdAt,
    ].map((v) => p.add(v));
    return `INSERT INTO documents (id, seq, position, doc_type, title, number, template_version,
        sha256, docx, issued_on, created_at, case_id)
      SELECT ${values.join(', ')}, case_row.id FROM case_row`;
  });
}

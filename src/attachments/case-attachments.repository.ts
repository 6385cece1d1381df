import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A file uploaded to a case: the blob's hash and size, the sniffed type, the name given. */
export interface CaseAttachment {
  caseId: string;
  sha256: string;
  size: number;
  mime: string;
  filename: string;
  uploadedBy: string;
  uploadedAt: string;
}

type Row = Record<string, unknown>;

const toAttachment = (r: Row): CaseAttachment => ({
  caseId: r.case_id as string,
  sha256: r.sha256 as string,
  size: Number(r.size),
  mime: r.mime as string,
  filename: r.filename as string,
  uploadedBy: r.uploaded_by as string,
  uploadedAt: (r.uploaded_at as Date).toISOString(),
});

@Injectable()
export class CaseAttachmentsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Records the upload; the same bytes uploaded again to the case keep their first record. */
  async add(a: CaseAttachment): Promise<CaseAttachment> {
    await this.ds.query(
      `INSERT INTO case_attachments
         (case_id, sha256, size, mime, filename, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id, sha256) DO NOTHING`,
      [a.caseId, a.sha256, a.size, a.mime, a.filename, a.uploadedBy, a.uploadedAt],
    );
    return (await this.find(a.caseId, a.sha256))!;
  }

  async find(caseId: string, sha256: string): Promise<CaseAttachment | undefined> {
    return (await this.of(caseId, [sha256]))[0];
  }

  /** The attachments of the case among `hashes` (in the transaction `db` when given). */
  async of(
    caseId: string,
    hashes: readonly string[],
    db: EntityManager = this.ds.manager,
  ): Promise<CaseAttachment[]> {
    if (hashes.length === 0) return [];
    const rows: Row[] = await db.query(
      `SELECT * FROM case_attachments WHERE case_id = $1 AND sha256 = ANY ($2::text[])
       ORDER BY uploaded_at, sha256`,
      [caseId, [...new Set(hashes)]],
    );
    return rows.map(toAttachment);
  }
}

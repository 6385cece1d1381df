import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * Which stored blobs (DATA_DIR/blobs, by SHA-256) belong to which case, with what the upload
 * said and what was sniffed. Append-only: evidence once received is never re-described.
 */
export class CaseAttachments1790000100000 implements MigrationInterface {
  name = 'CaseAttachments1790000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_attachments (
        case_id uuid NOT NULL REFERENCES cases (id),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size >= 0),
        mime varchar(255) NOT NULL,
        filename varchar(255) NOT NULL,
        uploaded_by varchar(64) NOT NULL,
        uploaded_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, sha256)
      )`);
    await makeAppendOnly(q, 'case_attachments');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_attachments`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * The case file (案卷, issue 15): every 文书 an act issues, stored as the exact .docx bytes whose
 * SHA-256 the act's log entry records (append-only, like the log); the PDF rendering derived from
 * it, with its own hash; the 文号 counters, one row per document type and year, locked by the act
 * that takes a number so numbers run without gaps; and the log's reference to the documents.
 */
export class Documents1790000300000 implements MigrationInterface {
  name = 'Documents1790000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_log ADD COLUMN documents jsonb`);
    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        seq integer NOT NULL,
        position smallint NOT NULL,
        doc_type varchar(40) NOT NULL,
        title text NOT NULL,
        number text,
        template_version char(64) NOT NULL,
        sha256 char(64) NOT NULL,
        docx bytea NOT NULL,
        issued_on date NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (case_id, seq, position)
      )`);
    // A 文号 names one document (the decision number of a 决定书 included).
    await q.query(`CREATE UNIQUE INDEX documents_number_idx ON documents (number)
      WHERE number IS NOT NULL`);
    await makeAppendOnly(q, 'documents');
    await q.query(`
      CREATE TABLE document_renderings (
        document_id uuid PRIMARY KEY REFERENCES documents (id),
        pdf bytea NOT NULL,
        sha256 char(64) NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE document_number_sequences (
        doc_type varchar(40) NOT NULL,
        year integer NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (doc_type, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_number_sequences`);
    await q.query(`DROP TABLE document_renderings`);
    await q.query(`DROP TABLE documents`);
    await q.query(`ALTER TABLE case_log DROP COLUMN documents`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 文号 is one number however it is typed (review of issue 15): 〔2026〕, [2026], （2026）,
 * full-width digits, a leading zero or a space all name the same 决定书. The key folds those
 * spellings; a unique index on it keeps a decision number given by hand from dodging the one
 * a document already has, or the one the counter will assign.
 */
export class DocumentNumberKey1790000400000 implements MigrationInterface {
  name = 'DocumentNumberKey1790000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION document_number_key(number text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT regexp_replace(
          translate(number, '[]［］()（）【】〖〗﹝﹞０１２３４５６７８９ 　',
                            '〔〕〔〕〔〕〔〕〔〕〔〕〔〕0123456789'),
          '〕0+([0-9])', '〕\\1', 'g') $$`);
    await q.query(`CREATE UNIQUE INDEX documents_number_key_idx
      ON documents (document_number_key(number)) WHERE number IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents_number_key_idx`);
    await q.query(`DROP FUNCTION document_number_key(text)`);
  }
}

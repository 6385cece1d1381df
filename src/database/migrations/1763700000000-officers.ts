import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Officers1763700000000 implements MigrationInterface {
  name = 'Officers1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE officers (
        id varchar(64) PRIMARY KEY,
        name varchar(200) NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        credential_number varchar(64),
        credential_valid_until date,
        legal_qualification boolean NOT NULL DEFAULT false,
        legal_reviewer_since date,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX officers_roles_idx ON officers USING gin (roles)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE officers`);
  }
}

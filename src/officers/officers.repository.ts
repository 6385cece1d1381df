import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../../workflows';

/** A row of `officers` (ADR 006: raw parameterised SQL; dates as YYYY-MM-DD strings). */
export interface OfficerRow {
  id: string;
  name: string;
  roles: Role[];
  credentialNumber: string | null;
  credentialValidUntil: string | null;
  legalQualification: boolean;
  legalReviewerSince: string | null;
  active: boolean;
}

const COLUMNS = `id, name, roles, credential_number, legal_qualification, active,
  to_char(credential_valid_until, 'YYYY-MM-DD') AS credential_valid_until,
  to_char(legal_reviewer_since, 'YYYY-MM-DD') AS legal_reviewer_since`;

function toRow(r: Record<string, unknown>): OfficerRow {
  return {
    id: r.id as string,
    name: r.name as string,
    roles: r.roles as Role[],
    credentialNumber: (r.credential_number as string | null) ?? null,
    credentialValidUntil: (r.credential_valid_until as string | null) ?? null,
    legalQualification: r.legal_qualification as boolean,
    legalReviewerSince: (r.legal_reviewer_since as string | null) ?? null,
    active: r.active as boolean,
  };
}

/** The row's values in the column order insert and update share ($1 … $8). */
const columns = (o: OfficerRow) => [
  o.id,
  o.name,
  o.roles,
  o.credentialNumber,
  o.credentialValidUntil,
  o.legalQualification,
  o.legalReviewerSince,
  o.active,
];

/**
 * The officers table: written here only (the cache and the service go through it); the event's
 * write reads it to check the facts it decided on (src/ledger/entry-writer.ts).
 */
@Injectable()
export class OfficersRepository {
  constructor(private readonly ds: DataSource) {}

  async find(ids: string[]): Promise<OfficerRow[]> {
    const rows = await this.ds.query<Record<string, unknown>[]>(
      `SELECT ${COLUMNS} FROM officers WHERE id = ANY($1)`,
      [ids],
    );
    return rows.map(toRow);
  }

  async get(id: string): Promise<OfficerRow | undefined> {
    return (await this.find([id]))[0];
  }

  async list(): Promise<OfficerRow[]> {
    const rows = await this.ds.query<Record<string, unknown>[]>(
      `SELECT ${COLUMNS} FROM officers ORDER BY id`,
    );
    return rows.map(toRow);
  }

  async count(): Promise<number> {
    const [{ n }] = await this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM officers`);
    return n;
  }

  /** Inserts the officer; false if the id is taken (nothing written). */
  async insert(o: OfficerRow): Promise<boolean> {
    const rows = await this.ds.query<unknown[]>(
      `INSERT INTO officers (id, name, roles, credential_number, credential_valid_until,
         legal_qualification, legal_reviewer_since, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
      columns(o),
    );
    return rows.length === 1;
  }

  async update(o: OfficerRow): Promise<void> {
    await this.ds.query(
      `UPDATE officers SET name = $2, roles = $3, credential_number = $4,
         credential_valid_until = $5, legal_qualification = $6, legal_reviewer_since = $7,
         active = $8, updated_at = now()
       WHERE id = $1`,
      columns(o),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface StoredPassword {
  officerId: string;
  hash: string;
  mustChange: boolean;
  active: boolean;
}

/** officer_passwords: one argon2id hash per officer, never read outside the auth module. */
@Injectable()
export class PasswordsRepository {
  constructor(private readonly ds: DataSource) {}

  async find(officerId: string): Promise<StoredPassword | undefined> {
    const rows: { hash: string; must_change: boolean; active: boolean }[] = await this.ds.query(
      `SELECT p.hash, p.must_change, o.active
         FROM officer_passwords p JOIN officers o ON o.id = p.officer_id
        WHERE p.officer_id = $1`,
      [officerId],
    );
    const row = rows[0];
    return row
      ? { officerId, hash: row.hash, mustChange: row.must_change, active: row.active }
      : undefined;
  }

  async save(officerId: string, hash: string, mustChange: boolean, now: Date): Promise<void> {
    await this.ds.query(
      `INSERT INTO officer_passwords (officer_id, hash, must_change, changed_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (officer_id) DO UPDATE
         SET hash = EXCLUDED.hash, must_change = EXCLUDED.must_change,
             changed_at = EXCLUDED.changed_at`,
      [officerId, hash, mustChange, now],
    );
  }
}

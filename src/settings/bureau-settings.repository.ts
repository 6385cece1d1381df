import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { BureauSettings } from '../documents/document-data';

/** The settings an administrator may change, and the variable each falls back to. */
export const EDITABLE = {
  reconsiderationBody: 'RECONSIDERATION_BODY',
  court: 'LITIGATION_COURT',
  enforcementCourt: 'ENFORCEMENT_COURT',
  paymentAccount: 'PAYMENT_ACCOUNT',
} as const;
export type EditableKey = keyof typeof EDITABLE;

export interface SettingRow {
  key: keyof BureauSettings;
  value: string;
  /** The configuration variable that gives the value when no administrator set one. */
  variable: string;
  editable: boolean;
  source: 'config' | 'admin';
  changedBy?: string;
  changedAt?: string;
}

/**
 * The bureau's settings as the documents use them: each editable key's latest row in
 * bureau_settings, else its configuration variable; the bureau's name is configuration only
 * (the public disclosure names it too). Read from the database on each use, so every process
 * sees a change at once.
 */
@Injectable()
export class BureauSettingsRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly config: AppConfig,
  ) {}

  async rows(q: EntityManager = this.ds.manager): Promise<SettingRow[]> {
    const stored: { key: EditableKey; value: string; changed_by: string; changed_at: Date }[] =
      await q.query(
        `SELECT DISTINCT ON (key) key, value, changed_by, changed_at
           FROM bureau_settings ORDER BY key, id DESC`,
      );
    const byKey = new Map(stored.map((r) => [r.key, r]));
    const editable = Object.entries(EDITABLE).map(([key, variable]): SettingRow => {
      const row = byKey.get(key as EditableKey);
      return row
        ? {
            key: key as EditableKey,
            value: row.value,
            variable,
            editable: true,
            source: 'admin',
            changedBy: row.changed_by,
            changedAt: row.changed_at.toISOString(),
          }
        : {
            key: key as EditableKey,
            value: this.config[variable],
            variable,
            editable: true,
            source: 'config',
          };
    });
    const bureau: SettingRow = {
      key: 'bureau',
      value: this.config.DEPARTMENT_NAME,
      variable: 'DEPARTMENT_NAME',
      editable: false,
      source: 'config',
    };
    return [bureau, ...editable];
  }

  async current(q?: EntityManager): Promise<BureauSettings> {
    const rows = await this.rows(q);
    return Object.fromEntries(rows.map((r) => [r.key, r.value])) as unknown as BureauSettings;
  }

  /** Records the changed values (unchanged ones are not written again). */
  async set(changes: Partial<Record<EditableKey, string>>, officerId: string, at: Date) {
    await this.ds.transaction(async (tx) => {
      const now = await this.current(tx);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || now[key as EditableKey] === value) continue;
        await tx.query(
          `INSERT INTO bureau_settings (key, value, changed_by, changed_at) VALUES ($1, $2, $3, $4)`,
          [key, value, officerId, at.toISOString()],
        );
      }
    });
  }
}

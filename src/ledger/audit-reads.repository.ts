import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';

/** What an auditor read of a case (the case file's documents included: they name the party). */
export type AuditRead =
  | 'log'
  | 'replay'
  | 'history'
  | 'export'
  | 'verify'
  | 'case'
  | 'attachment'
  | 'documents'
  | 'document'
  | 'file';

/** Reads of case histories by auditors are themselves recorded (append-only table). */
@Injectable()
export class AuditReadsRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(caseId: string, officerId: string, what: AuditRead): Promise<void> {
    await this.ds.query(
      `INSERT INTO audit_reads (case_id, officer_id, what, read_at) VALUES ($1, $2, $3, $4)`,
      [caseId, officerId, what, this.clock.now().toISOString()],
    );
  }

  async list(caseId: string): Promise<{ officerId: string; what: string; readAt: string }[]> {
    const rows: { officer_id: string; what: string; read_at: Date }[] = await this.ds.query(
      `SELECT officer_id, what, read_at FROM audit_reads WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    return rows.map((r) => ({
      officerId: r.officer_id,
      what: r.what,
      readAt: r.read_at.toISOString(),
    }));
  }
}

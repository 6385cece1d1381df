import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import {
  ProjectorRegistry,
  type CaseProjector,
  type ProjectionInput,
} from '../ledger/case-projector';
import type { SqlParams } from '../ledger/sql-params';
import { decisionInsert, withdrawalInsert } from './disclosure.repository';
import { publicationRecord, withdrawalRecord, type PublicationSettings } from './public-record';

/** The public rows an entry writes (none for most), as statements of its one write. */
export function disclosureStatements(
  { record, entry, result }: ProjectionInput,
  settings: PublicationSettings,
  p: SqlParams,
): string[] {
  const ref = { caseId: record.id, seq: entry.seq, recordedAt: entry.recordedAt };
  switch (entry.type) {
    case 'PUBLISH_DECISION':
      // DR 4–6: the summary of the decision, redacted.
      return [decisionInsert(publicationRecord(ref, result, settings), p)];
    case 'WITHDRAW_PUBLICATION':
      // DR 11: withdrawn with reasons; the notice stays public.
      return [withdrawalInsert(withdrawalRecord(ref, result, settings), p)];
    default:
      return [];
  }
}

/**
 * Keeps the public tables in the transaction of the entry that publishes or withdraws, so the
 * feed never disagrees with the log. Redaction happens here, before anything is stored.
 */
@Injectable()
export class DisclosureProjector implements CaseProjector, OnModuleInit {
  constructor(
    private readonly registry: ProjectorRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  statements(c: ProjectionInput, p: SqlParams): string[] {
    return disclosureStatements(c, this.settings(), p);
  }

  private settings(): PublicationSettings {
    return {
      department: this.config.DEPARTMENT_NAME,
      namePolicy: this.config.DISCLOSURE_NAME_POLICY,
    };
  }
}

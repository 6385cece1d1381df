import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import {
  ProjectorRegistry,
  type CaseProjector,
  type ProjectionInput,
} from '../ledger/case-projector';
import { DisclosureRepository } from './disclosure.repository';
import { publicationRecord, withdrawalRecord, type PublicationSettings } from './public-record';

/**
 * Keeps the public tables in the transaction of the entry that publishes or withdraws, so the
 * feed never disagrees with the log. Redaction happens here, before anything is stored.
 */
@Injectable()
export class DisclosureProjector implements CaseProjector, OnModuleInit {
  readonly eventTypes = ['PUBLISH_DECISION', 'WITHDRAW_PUBLICATION'];

  constructor(
    private readonly registry: ProjectorRegistry,
    private readonly repo: DisclosureRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(tx: EntityManager, { record, entry, result }: ProjectionInput): Promise<void> {
    const ref = { caseId: record.id, seq: entry.seq, recordedAt: entry.recordedAt };
    switch (entry.type) {
      case 'PUBLISH_DECISION':
        // DR 4–6: the summary of the decision, redacted.
        await this.repo.insertDecision(tx, publicationRecord(ref, result, this.settings()));
        return;
      case 'WITHDRAW_PUBLICATION':
        // DR 11: withdrawn with reasons; the notice stays public.
        await this.repo.insertWithdrawal(tx, withdrawalRecord(ref, result, this.settings()));
        return;
      default:
        return;
    }
  }

  private settings(): PublicationSettings {
    return {
      department: this.config.DEPARTMENT_NAME,
      namePolicy: this.config.DISCLOSURE_NAME_POLICY,
    };
  }
}

import { Module } from '@nestjs/common';
import { AuditReadsRepository } from './audit-reads.repository';
import { CaseDeadlinesRepository } from './case-deadlines.repository';
import { CaseLogRepository } from './case-log.repository';
import { ProjectorRegistry } from './case-projector';
import { CaseRepository } from './case.repository';
import { EntryWriter } from './entry-writer';
import { LedgerTransaction } from './ledger-transaction';

const PROVIDERS = [
  CaseRepository,
  CaseLogRepository,
  CaseDeadlinesRepository,
  LedgerTransaction,
  AuditReadsRepository,
  ProjectorRegistry,
  EntryWriter,
];

/** The case ledger: the log, the snapshot cache and the read models kept beside them. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class LedgerModule {}

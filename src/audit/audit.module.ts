import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentIssueModule } from '../documents/document-issue.module';
import { LedgerModule } from '../ledger/ledger.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { CaseHistoryController } from './case-history.controller';
import { CaseHistoryService } from './case-history.service';
import { CheckpointRepository } from './checkpoint.repository';
import { CheckpointService } from './checkpoint.service';
import { CheckpointSigner } from './checkpoint-signer';
import { IntegrityScan } from './integrity-scan.service';
import { PublicCheckpointsController } from './public-checkpoints.controller';

@Module({
  imports: [LedgerModule, CalendarModule, AttachmentsModule, DocumentIssueModule],
  controllers: [AuditController, CaseHistoryController, PublicCheckpointsController],
  providers: [
    AuditService,
    CaseHistoryService,
    CheckpointRepository,
    CheckpointService,
    CheckpointSigner,
    IntegrityScan,
  ],
  exports: [CheckpointService, IntegrityScan, CheckpointRepository, CheckpointSigner],
})
export class AuditModule {}

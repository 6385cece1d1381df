import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentIssueModule } from '../documents/document-issue.module';
import { LedgerModule } from '../ledger/ledger.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { CheckpointRepository } from './checkpoint.repository';
import { CheckpointService } from './checkpoint.service';
import { CheckpointSigner } from './checkpoint-signer';
import { IntegrityScan } from './integrity-scan.service';
import { PublicCheckpointsController } from './public-checkpoints.controller';

@Module({
  imports: [LedgerModule, CasesModule, AttachmentsModule, DocumentIssueModule],
  controllers: [AuditController, PublicCheckpointsController],
  providers: [
    AuditService,
    CheckpointRepository,
    CheckpointService,
    CheckpointSigner,
    IntegrityScan,
  ],
  exports: [CheckpointService, IntegrityScan, CheckpointRepository, CheckpointSigner],
})
export class AuditModule {}

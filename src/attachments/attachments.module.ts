import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { CaseAttachmentsRepository } from './case-attachments.repository';

/** Evidence files of cases: upload, download, and the hashes the log and exports name. */
@Module({
  imports: [LedgerModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, CaseAttachmentsRepository],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}

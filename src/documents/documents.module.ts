import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { LedgerModule } from '../ledger/ledger.module';
import { DocumentIssueModule } from './document-issue.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { PdfConverter } from './pdf-converter';

/** The case file over HTTP: the documents, their PDFs and the 电子卷宗 (issue 15). */
@Module({
  imports: [LedgerModule, CasesModule, DocumentIssueModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, PdfConverter],
  exports: [DocumentsService],
})
export class DocumentsModule {}

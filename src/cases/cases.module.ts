import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { DocumentIssueModule } from '../documents/document-issue.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OfficersModule } from '../officers/officers.module';
import { CaseFactsService } from './case-facts.service';
import { CaseHeads } from './case-heads';
import { CaseQueries } from './case-queries.service';
import { CaseViews } from './case-views.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { EntrySealer } from './entry-sealer';

@Module({
  imports: [LedgerModule, OfficersModule, CalendarModule, AttachmentsModule, DocumentIssueModule],
  controllers: [CasesController],
  providers: [CasesService, CaseQueries, CaseViews, CaseFactsService, EntrySealer, CaseHeads],
  exports: [CaseViews],
})
export class CasesModule {}

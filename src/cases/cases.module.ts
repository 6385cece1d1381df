import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { DocumentIssueModule } from '../documents/document-issue.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OfficersModule } from '../officers/officers.module';
import { CaseFactsService } from './case-facts.service';
import { CaseCommandHandler } from './case-command-handler';
import { CaseDecider } from './case-decider';
import { CaseRowCache } from './case-row-cache';
import { CaseQueries } from './case-queries.service';
import { CaseViews } from './case-views.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { EntrySealer } from './entry-sealer';
import { IdempotentAnswers } from './idempotent-answers';
import { Recusals } from './recusals';

@Module({
  imports: [LedgerModule, OfficersModule, CalendarModule, AttachmentsModule, DocumentIssueModule],
  controllers: [CasesController],
  providers: [
    CasesService,
    CaseCommandHandler,
    CaseDecider,
    IdempotentAnswers,
    Recusals,
    CaseQueries,
    CaseViews,
    CaseFactsService,
    EntrySealer,
    CaseRowCache,
  ],
  exports: [CaseViews],
})
export class CasesModule {}

import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';
import { WorkflowEnvironment } from './workflow-environment';

@Module({
  imports: [LedgerModule],
  controllers: [CalendarController],
  providers: [CalendarRepository, CalendarService, WorkflowEnvironment],
  exports: [WorkflowEnvironment],
})
export class CalendarModule {}

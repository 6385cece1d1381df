import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { LedgerModule } from '../ledger/ledger.module';
import { DeadlineScheduler } from './deadline-scheduler.service';
import { DeadlineListing } from './deadline-listing.service';
import { DeadlinesController } from './deadlines.controller';
import { DeskRepository } from './desk.repository';
import { DeskService } from './desk.service';

@Module({
  imports: [LedgerModule, CasesModule],
  controllers: [DeadlinesController],
  providers: [DeadlineScheduler, DeadlineListing, DeskRepository, DeskService],
  exports: [DeadlineScheduler],
})
export class DeadlinesModule {}

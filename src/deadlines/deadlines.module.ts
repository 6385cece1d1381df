import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { LedgerModule } from '../ledger/ledger.module';
import { DeadlineScheduler } from './deadline-scheduler.service';
import { DeadlinesController } from './deadlines.controller';
import { DeadlinesProjector } from './deadlines.projector';
import { DeskRepository } from './desk.repository';
import { DeskService } from './desk.service';

@Module({
  imports: [LedgerModule, CasesModule],
  controllers: [DeadlinesController],
  providers: [DeadlinesProjector, DeadlineScheduler, DeskRepository, DeskService],
  exports: [DeadlineScheduler],
})
export class DeadlinesModule {}

import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PgThrottlerStorage } from './http/pg-throttler.storage';
import { LedgerModule } from '../ledger/ledger.module';
import { DisclosureProjector } from './disclosure.projector';
import { DisclosureRepository } from './disclosure.repository';
import { PublicProcedureController } from './procedure/public-procedure.controller';
import { PublicProcedureService } from './procedure/public-procedure.service';
import { PublicDecisionsController } from './public-decisions.controller';
import { PublicDecisionsService } from './public-decisions.service';

const MINUTE_MS = 60_000;

/** Public disclosure (行政执法公示): the projector that writes it, the endpoints that serve it. */
@Module({
  imports: [
    LedgerModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, ds: DataSource) => ({
        throttlers: [{ ttl: MINUTE_MS, limit: config.PUBLIC_RATE_LIMIT }],
        // Shared through PostgreSQL: one budget whatever the number of processes (WORKERS).
        storage: new PgThrottlerStorage(ds),
        // One budget per client IP across every public endpoint, not one per route.
        generateKey: (_ctx, tracker, name) => `public:${name}:${tracker}`,
      }),
    }),
  ],
  controllers: [PublicDecisionsController, PublicProcedureController],
  providers: [
    DisclosureRepository,
    DisclosureProjector,
    PublicDecisionsService,
    PublicProcedureService,
  ],
  // The public portal (src/gongshi) renders the same redacted views as HTML.
  exports: [PublicDecisionsService, PublicProcedureService],
})
export class DisclosureModule {}

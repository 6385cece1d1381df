import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { BusinessTimeInterceptor } from './common/http/business-time.interceptor';
import { LocaliseInterceptor } from './common/i18n/localise.interceptor';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { requestLog } from './common/http/request-log';
import { AuthModule } from './auth/auth.module';
import { Clock, SystemClock } from './common/clock/clock';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/database-options';
import { HealthModule } from './health/health.module';
import { OfficersModule } from './officers/officers.module';
import { CasesModule } from './cases/cases.module';
import { AuditModule } from './audit/audit.module';
import { DocumentsModule } from './documents/documents.module';
import { CalendarModule } from './calendar/calendar.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { WorkflowsModule } from './machine-description/workflows.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import { GongshiModule } from './gongshi/gongshi.module';
import { OutboxModule } from './outbox/outbox.module';
import { MetricsModule } from './metrics/metrics.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { StorageModule } from './storage/storage.module';
import { SettingsModule } from './settings/settings.module';

export interface AppOptions {
  config: AppConfig;
  /** The database actually used (DATABASE_URL, the embedded cluster, or a test database). */
  databaseUrl: string;
  clock?: Clock;
}

@Global()
@Module({})
class CoreModule {
  static register(opts: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: opts.config },
        { provide: Clock, useValue: opts.clock ?? new SystemClock() },
        // Instants in answers in business time (README "Language and time").
        { provide: APP_INTERCEPTOR, useClass: BusinessTimeInterceptor },
        { provide: APP_INTERCEPTOR, useClass: LocaliseInterceptor },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static register(opts: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(opts),
        LoggerModule.forRoot(requestLog(opts.config.LOG_LEVEL)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(opts.databaseUrl, {
            statementMs: opts.config.DB_STATEMENT_TIMEOUT_MS,
            lockMs: opts.config.DB_LOCK_TIMEOUT_MS,
            connectMs: opts.config.DB_CONNECT_TIMEOUT_MS,
          }),
          // main.ts waits for the database first and retries the whole start with backoff.
          retryAttempts: 2,
          retryDelay: 1000,
        }),
        AuthModule,
        OfficersModule,
        HealthModule,
        CasesModule,
        AuditModule,
        DocumentsModule,
        CalendarModule,
        DeadlinesModule,
        WorkflowsModule,
        DisclosureModule,
        GongshiModule,
        OutboxModule,
        MetricsModule,
        StorageModule,
        AttachmentsModule,
        SettingsModule,
      ],
    };
  }
}

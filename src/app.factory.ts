import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppOptions } from './app.module';
import { withEventSchemas } from './cases/event-openapi';
import { ProblemDetailsDto } from './common/errors/problem-details.dto';
import { withProblemResponses } from './common/errors/problem-openapi';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { createValidationPipe } from './common/errors/validation';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import { installRequestHygiene } from './common/http/request-hygiene';
import { OfficersService } from './officers/officers.service';
import { serveWebApp } from './web/serve-web-app';
import { portalProblemWriter } from './gongshi/portal-errors';

/** Builds the application the same way for `npm start` and the e2e tests. */
export async function createApp(opts: AppOptions): Promise<INestApplication> {
  // abortOnError off: a database lost during start is an error main.ts retries, not an exit.
  // Bodies are parsed by the request hygiene gate (limit, 413, malformed input refused).
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(opts), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  // A malformed portal address is refused with the portal's HTML page, the rest as JSON.
  installRequestHygiene(app, [portalProblemWriter(opts.config.DEPARTMENT_NAME)]);
  // The workbench (issue 16) at `/`, before the routes; /api, /health, /metrics stay the API's.
  serveWebApp(app);
  app.useLogger(app.get(Logger));
  // The public portal (/gongshi/) is pages for people, outside the API's prefix.
  app.setGlobalPrefix('api/v1', {
    exclude: ['health', 'health/live', 'health/ready', 'metrics', 'gongshi', 'gongshi/{*rest}'],
  });
  app.use(httpMetrics(app.get(MetricsService)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  const doc = new DocumentBuilder()
    .setTitle('zhifa 执法 — administrative penalty cases')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = () =>
    withProblemResponses(
      withEventSchemas(
        SwaggerModule.createDocument(app, doc, { extraModels: [ProblemDetailsDto] }),
      ),
    );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
  });
  try {
    // Schema only by migrations, applied before the first request.
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    await app.get(OfficersService).bootstrapAdmin(opts.config.BOOTSTRAP_ADMIN_ID);
  } catch (e) {
    await app.close().catch(() => undefined);
    throw e;
  }
  return app;
}

import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppOptions } from './app.module';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { createValidationPipe } from './common/errors/validation';
import { installRequestHygiene } from './common/http/request-hygiene';
import { OfficersService } from './officers/officers.service';

/** Builds the application the same way for `npm start` and the e2e tests. */
export async function createApp(opts: AppOptions): Promise<INestApplication> {
  // Bodies are parsed by the request hygiene gate (limit, 413, malformed input refused).
  const app = await NestFactory.create(AppModule.register(opts), {
    bufferLogs: true,
    bodyParser: false,
  });
  installRequestHygiene(app);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  const doc = new DocumentBuilder()
    .setTitle('zhifa 执法 — administrative penalty cases')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), {
    jsonDocumentUrl: 'api/docs-json',
  });
  // Schema only by migrations, applied before the first request.
  await app.get(DataSource).runMigrations({ transaction: 'each' });
  await app.get(OfficersService).bootstrapAdmin(opts.config.BOOTSTRAP_ADMIN_ID);
  return app;
}

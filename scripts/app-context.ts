import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/** The application's providers without HTTP, on DATABASE_URL or the embedded cluster. */
export async function withAppContext<T>(
  work: (ctx: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const cluster = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  const ctx = await NestFactory.createApplicationContext(
    AppModule.register({ config, databaseUrl: config.DATABASE_URL ?? cluster!.url }),
    { logger: ['error', 'warn'] },
  );
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
    await cluster?.stop();
  }
}

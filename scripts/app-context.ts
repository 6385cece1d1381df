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

/**
 * Runs a command on the app context and exits with the status it returns, or 1 if it throws.
 * The status goes to process.exit itself: embedded-postgres installs async-exit-hook, whose
 * 'beforeExit' handler calls process.exit(0) and so overrode process.exitCode (issue 13: an
 * integrity check that found problems exited 0).
 */
export function runCommand(work: (ctx: INestApplicationContext) => Promise<number>): void {
  withAppContext(work).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}

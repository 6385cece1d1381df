import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { AppModule } from '../src/app.module';
import { ConfigError, loadConfig, type AppConfig } from '../src/config/app-config';
import { runningClusterUrl } from '../src/database/running-cluster';

/** A command that cannot run, told in one line (no stack). */
export class CommandError extends Error {}

/**
 * DATABASE_URL, or the embedded cluster of the service running on DATA_DIR: a second cluster
 * cannot start on a folder a running one holds, and a stopped one has nothing to check.
 */
function databaseUrl(config: AppConfig): string {
  if (config.DATABASE_URL) return config.DATABASE_URL;
  const url = runningClusterUrl(config.DATA_DIR);
  if (url) return url;
  throw new CommandError(
    `no running service on DATA_DIR ${resolve(config.DATA_DIR)}: start it (npm start) with the same DATA_DIR, or set DATABASE_URL`,
  );
}

/** The application's providers without HTTP, on DATABASE_URL or the running embedded cluster. */
export async function withAppContext<T>(
  work: (ctx: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const ctx = await NestFactory.createApplicationContext(
    AppModule.register({ config, databaseUrl: databaseUrl(config) }),
    { logger: ['error', 'warn'] },
  );
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}

/** Runs a command on the app context and exits with the status it returns, or 1 if it throws. */
export function runCommand(work: (ctx: INestApplicationContext) => Promise<number>): void {
  withAppContext(work).then(
    (code) => process.exit(code),
    (e: unknown) => {
      const oneLine = e instanceof CommandError || e instanceof ConfigError;
      console.error(oneLine ? e.message : e);
      process.exit(1);
    },
  );
}

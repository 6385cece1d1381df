import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedCluster,
} from './database/embedded-postgres';
import { announceCluster, forgetCluster } from './database/running-cluster';
import { superviseWorkers, WORKER_READY } from './workers';
import type { INestApplication } from '@nestjs/common';
import type { createApp as CreateAppFn } from './app.factory';

type CreateApp = typeof CreateAppFn;
import { isDatabaseUnavailable } from './common/errors/database-unavailable';
import { backoffMs, sleep, waitForDatabase } from './database/wait-for-database';
import { startStandby } from './health/standby-server';

/** The app, once its database answers: a start that loses the database is tried again. */
async function startWhenDatabaseIs(
  config: AppConfig,
  url: string,
  createApp: CreateApp,
): Promise<INestApplication> {
  for (let attempt = 1; ; attempt++) {
    await waitForDatabase(url, config.DB_CONNECT_TIMEOUT_MS);
    try {
      return await createApp({ config, databaseUrl: url });
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      const delay = backoffMs(attempt);
      console.warn(
        `start failed, database lost (${(e as Error).message}); retrying in ${delay / 1000} s`,
      );
      await sleep(delay);
    }
  }
}

/**
 * One service instance in this process: the app on PORT until SIGINT/SIGTERM. Until the
 * database answers, PORT is live but not ready (standby-server.ts) and the start is retried.
 */
async function serve(config: AppConfig, databaseUrl: string, onStop: () => Promise<void>) {
  const running: { app?: INestApplication } = {};
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void (running.app?.close() ?? Promise.resolve())
        .finally(onStop)
        .finally(() => process.exit(0));
    });
  }
  // Loaded here, not at the top: the primary of WORKERS > 1 only supervises, and the app's module
  // graph (Nest, TypeORM, the document renderer) held ≈ 100 MB there (issue 19). Before the
  // standby listens, so a worker's standby answers 503 no longer than it did.
  const { createApp } = await import('./app.factory.js');
  const standby = await startStandby(config.PORT);
  const app = await startWhenDatabaseIs(config, databaseUrl, createApp);
  running.app = app;
  await standby.close();
  await app.listen(config.PORT);
  // A cluster worker tells the primary it serves (workers.ts starts the next one then).
  process.send?.({ type: WORKER_READY });
}

/**
 * embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM stops its clusters and
 * exits with 130/143 at once: that races an orderly stop (the app first, then the cluster; the
 * workers before the primary's cluster). This process stops both itself, so those listeners go.
 */
function takeOverStopSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
}

async function main(): Promise<void> {
  takeOverStopSignals();
  const config = loadConfig();
  if (cluster.isWorker) {
    // A worker of WORKERS > 1: the primary set DATABASE_URL (its embedded cluster, if any).
    return serve(config, config.DATABASE_URL!, () => Promise.resolve());
  }
  if (config.usesDevelopmentSecret) {
    console.warn('JWT_SECRET is not set: using the development secret (never in production)');
  }
  let embedded: EmbeddedCluster | undefined;
  if (!config.DATABASE_URL) {
    console.log(
      `DATABASE_URL unset: starting the embedded PostgreSQL for DATA_DIR ${config.DATA_DIR}`,
    );
    embedded = await startEmbeddedPostgres(config.DATA_DIR);
    // As root it may live under /var/lib/zhifa (run-as-postgres.ts): say where.
    console.log(`embedded PostgreSQL cluster in ${embedded.clusterDir}`);
    announceCluster(config.DATA_DIR, embedded.url);
  }
  const stopEmbedded = async (): Promise<void> => {
    if (!embedded) return;
    forgetCluster(config.DATA_DIR);
    await embedded.stop();
    embedded = undefined;
  };
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;
  try {
    if (config.WORKERS > 1) await superviseWorkers(config.WORKERS, databaseUrl, stopEmbedded);
    else await serve(config, databaseUrl, stopEmbedded);
    console.log(
      `zhifa listening on http://localhost:${config.PORT} (docs at /api/docs)` +
        (config.WORKERS > 1 ? `, ${config.WORKERS} worker processes` : ''),
    );
  } catch (e) {
    await stopEmbedded();
    throw e;
  }
}

// A start that cannot succeed says so in one line naming the fix, not with a stack.
main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(`config: ${e.message}`);
  else if (e instanceof EmbeddedPostgresError) console.error(`embedded PostgreSQL: ${e.message}`);
  else console.error(e);
  process.exit(1);
});

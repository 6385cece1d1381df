import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp } from './app.factory';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { startEmbeddedPostgres, type EmbeddedCluster } from './database/embedded-postgres';
import { superviseWorkers } from './workers';

/** One service instance in this process: the app on PORT until SIGINT/SIGTERM. */
async function serve(config: AppConfig, databaseUrl: string, onStop: () => Promise<void>) {
  const app = await createApp({ config, databaseUrl });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .finally(onStop)
        .finally(() => process.exit(0));
    });
  }
  await app.listen(config.PORT);
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
    console.log(`DATABASE_URL unset: starting the embedded PostgreSQL in ${config.DATA_DIR}/pg`);
    embedded = await startEmbeddedPostgres(config.DATA_DIR);
  }
  const stopEmbedded = async (): Promise<void> => {
    await embedded?.stop();
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

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `config: ${e.message}` : e);
  process.exit(1);
});

import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedPostgres, type EmbeddedCluster } from './database/embedded-postgres';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.usesDevelopmentSecret) {
    console.warn('JWT_SECRET is not set: using the development secret (never in production)');
  }
  let cluster: EmbeddedCluster | undefined;
  if (!config.DATABASE_URL) {
    console.log(`DATABASE_URL unset: starting the embedded PostgreSQL in ${config.DATA_DIR}/pg`);
    cluster = await startEmbeddedPostgres(config.DATA_DIR);
  }
  const stopCluster = async (): Promise<void> => {
    await cluster?.stop();
    cluster = undefined;
  };
  try {
    const app = await createApp({ config, databaseUrl: config.DATABASE_URL ?? cluster!.url });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void app
          .close()
          .finally(stopCluster)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.PORT);
    console.log(`zhifa listening on http://localhost:${config.PORT} (docs at /api/docs)`);
  } catch (e) {
    await stopCluster();
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `config: ${e.message}` : e);
  process.exit(1);
});

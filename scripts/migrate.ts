// npm run migration:run — applies pending migrations to DATABASE_URL, or to the embedded cluster.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/database-options';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runningClusterUrl } from '../src/database/running-cluster';

async function run(): Promise<void> {
  const config = loadConfig();
  // The running service's cluster if there is one (a second cannot start on its folder).
  const running = config.DATABASE_URL ?? runningClusterUrl(config.DATA_DIR);
  const cluster = running ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  const ds = new DataSource(dataSourceOptions(running ?? cluster!.url));
  try {
    await ds.initialize();
    const applied = await ds.runMigrations({ transaction: 'each' });
    console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'up to date');
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await cluster?.stop();
  }
}

run().catch((e: unknown) => {
  console.error(e instanceof EmbeddedPostgresError ? `embedded PostgreSQL: ${e.message}` : e);
  process.exit(1);
});

// npm run migration:run — applies pending migrations to DATABASE_URL, or to the embedded cluster.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/database-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

async function run(): Promise<void> {
  const config = loadConfig();
  const cluster = config.DATABASE_URL ? undefined : await startEmbeddedPostgres(config.DATA_DIR);
  const ds = new DataSource(dataSourceOptions(config.DATABASE_URL ?? cluster!.url));
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
  console.error(e);
  process.exit(1);
});

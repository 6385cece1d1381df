import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/database-options';

function serverUrl(): string {
  const url = process.env.ZHIFA_TEST_SERVER_URL;
  if (!url) throw new Error('ZHIFA_TEST_SERVER_URL is unset: run the tests through jest');
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL as the server's owner (bypasses the application). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, private to one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `zhifa_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl(), name);
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    sql: async <T>(text: string, params?: unknown[]) =>
      (await client.query(text, params)).rows as T[],
    drop: async () => {
      await client.end();
      const c = new Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

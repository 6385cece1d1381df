// The PostgreSQL every workload of a run shares: BENCH_DATABASE_URL, or an embedded cluster in a
// temporary folder. Each workload gets its own database on it, so none sees another's rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/database-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface BenchServer {
  url: string;
  embedded: boolean;
  /** Counts statements the server logs while `counting` is on (embedded cluster only). */
  statements: { counting: boolean; count: number };
  stop(): Promise<void>;
}

export async function startServer(): Promise<BenchServer> {
  const statements = { counting: false, count: 0 };
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, embedded: false, statements, stop: () => Promise.resolve() };
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
  const onLog = (line: string) => {
    // log_statement = 'all' logs each extended-protocol execution once, as "execute …".
    if (statements.counting)
      statements.count += line.match(/LOG: {2}(execute|statement)/g)?.length ?? 0;
  };
  const cluster = await startEmbeddedPostgres(dir, onLog, { persistent: false });
  return {
    url: cluster.url,
    embedded: true,
    statements,
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh database; with `migrate`, every migration of the service applied. */
export async function freshDatabase(server: BenchServer, name: string, migrate = true) {
  await sql(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await sql(server.url, `CREATE DATABASE ${name}`);
  const url = databaseUrl(server.url, name);
  if (migrate) {
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
  }
  return url;
}

export interface ServerFacts {
  version: string;
  fsync: string;
  synchronousCommit: string;
  walSyncMethod: string;
  sharedBuffers: string;
}

/** What decides durability and speed on the server side. */
export async function serverFacts(url: string): Promise<ServerFacts> {
  const show = async (name: string) =>
    (await sql<Record<string, string>>(url, `SHOW ${name}`))[0][name];
  return {
    version: await show('server_version'),
    fsync: await show('fsync'),
    synchronousCommit: await show('synchronous_commit'),
    walSyncMethod: await show('wal_sync_method'),
    sharedBuffers: await show('shared_buffers'),
  };
}

/** log_statement for every session at once (ALTER SYSTEM + reload reaches open connections). */
export async function logStatements(url: string, on: boolean): Promise<void> {
  await sql(
    url,
    on ? `ALTER SYSTEM SET log_statement = 'all'` : `ALTER SYSTEM RESET log_statement`,
  );
  await sql(url, `SELECT pg_reload_conf()`);
  await new Promise((r) => setTimeout(r, 300));
}

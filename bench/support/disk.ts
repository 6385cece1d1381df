// Bytes on disk per event: every table a design wrote in its own database (heap, TOAST and
// indexes, partitions counted as their leaves), after VACUUM ANALYZE, less what the same schema
// takes empty (its fixed pages would otherwise weigh on a short run), over the events it holds.
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { APPEND_CEILING_TABLE } from '../append-ceiling';
import { NAIVE_TABLE } from '../peers/naive';
import { freshDatabase, sql, type BenchServer } from './server';

/** How many events a design's database holds (a design counts its own way). */
const EVENT_COUNTS = {
  /** Ours: one log entry per acknowledged event (read models are extra rows of the same events). */
  service: 'SELECT count(*)::bigint AS n FROM case_log',
  emmett: 'SELECT count(*)::bigint AS n FROM emt_messages',
  /** One row per case; its version counts the events applied to it. */
  naive: 'SELECT coalesce(sum(version), 0)::bigint AS n FROM naive_cases',
  appendCeiling: 'SELECT count(*)::bigint AS n FROM append_ceiling',
} as const;

export type Design = keyof typeof EVENT_COUNTS;

export interface DiskUse {
  /** All tables with their indexes and TOAST, less the empty schema's `emptyBytes`. */
  bytes: number;
  emptyBytes: number;
  events: number;
  bytesPerEvent: number;
}

async function tableBytes(url: string): Promise<number> {
  await sql(url, 'VACUUM ANALYZE');
  const [{ bytes }] = await sql<{ bytes: string }>(
    url,
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'm')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg_toast%'`,
  );
  return Number(bytes);
}

/** The design's schema with no event in it, in a scratch database. */
async function emptySchemaBytes(server: BenchServer, design: Design): Promise<number> {
  const url = await freshDatabase(server, 'zhifa_bench_empty', design === 'service');
  if (design === 'emmett') {
    const store = getPostgreSQLEventStore(url, { schema: { autoMigration: 'None' } });
    await store.schema.migrate();
    await store.close();
  }
  if (design === 'naive') await sql(url, NAIVE_TABLE);
  if (design === 'appendCeiling') await sql(url, APPEND_CEILING_TABLE);
  const bytes = await tableBytes(url);
  await sql(server.url, 'DROP DATABASE zhifa_bench_empty WITH (FORCE)');
  return bytes;
}

export async function diskUse(server: BenchServer, url: string, design: Design): Promise<DiskUse> {
  const total = await tableBytes(url);
  const emptyBytes = await emptySchemaBytes(server, design);
  const [{ n }] = await sql<{ n: string }>(url, EVENT_COUNTS[design]);
  const events = Number(n);
  const bytes = total - emptyBytes;
  return { bytes, emptyBytes, events, bytesPerEvent: events ? Math.round(bytes / events) : NaN };
}

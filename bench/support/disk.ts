// Bytes on disk per event: every table a design wrote in its own database (heap, TOAST and
// indexes, partitions counted as their leaves), after VACUUM ANALYZE, over the events it holds.
import { sql } from './server';

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
  bytes: number;
  events: number;
  bytesPerEvent: number;
}

export async function diskUse(url: string, design: Design): Promise<DiskUse> {
  await sql(url, 'VACUUM ANALYZE');
  const [{ bytes }] = await sql<{ bytes: string }>(
    url,
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'm')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
  );
  const [{ n }] = await sql<{ n: string }>(url, EVENT_COUNTS[design]);
  const events = Number(n);
  return {
    bytes: Number(bytes),
    events,
    bytesPerEvent: events ? Math.round(Number(bytes) / events) : NaN,
  };
}

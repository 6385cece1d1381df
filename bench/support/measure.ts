// One row of the bench: a load under the CPU watch, started on a quiet database (checkpointed,
// vacuumed and analysed), the load average at its start reported with it.
import { loadAverage, watchCpu, type CpuShare } from './cpu-watch';
import type { LoadOptions, LoadResult } from './load';
import { sql } from './server';

export type Measured = LoadResult & {
  cpu: CpuShare;
  /** /proc/loadavg (1, 5, 15 min) when the row started. */
  loadAverageAtStart: number[];
  /** Peak RSS of the row's server process and its workers, MiB (rows with their own process). */
  peakRssMb?: number;
};

/** Same warm-up and window for every row, so no design is measured colder than another. */
export function planOf(quick: boolean) {
  const s = (seconds: number) => seconds * 1000;
  return quick
    ? { row: [s(1.5), s(5)], profile: [s(2), s(6)], audit: { entries: 10_000, ms: 300 } }
    : { row: [s(5), s(30)], profile: [s(3), s(20)], audit: { entries: 50_000, ms: 2000 } };
}

export const load = ([warmupMs, durationMs]: number[], clients: number): LoadOptions => ({
  clients,
  warmupMs,
  durationMs,
});

/**
 * Before a row: the previous rows' dead tuples vacuumed and statistics analysed in the row's
 * database, then a checkpoint, so no row pays for the writes of the one before it.
 */
export async function quietDatabase(serverUrl: string, url: string): Promise<void> {
  await sql(url, 'VACUUM ANALYZE');
  await sql(serverUrl, 'CHECKPOINT');
}

/** Runs a load, watching the machine's CPU; a busy neighbour makes the number suspect. */
export async function measured(
  name: string,
  run: () => Promise<LoadResult>,
  servicePid?: number,
): Promise<Measured> {
  const loadAverageAtStart = loadAverage();
  const watch = watchCpu(servicePid);
  const result = await run();
  const r = { ...result, cpu: watch.stop(result.allEvents), loadAverageAtStart };
  const note = r.errors ? ` (${r.errors} errors, first: ${r.firstError})` : '';
  const cpu =
    `machine busy ${r.cpu.busyPercent} %, others ${r.cpu.foreignPercent} %; ` +
    `CPU ms/event ${JSON.stringify(r.cpu.msPerEvent)}`;
  console.log(
    `  ${name}: ${r.eventsPerSec} events/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ` +
      `${r.refused} refused; load ${loadAverageAtStart.join(' ')}; ${cpu}${note}`,
  );
  if (r.events === 0) throw new Error(`${name}: no event completed: ${r.firstError}`);
  if (r.cpu.foreignPercent > 15)
    console.warn(`  warning: the machine was not quiet during ${name}`);
  return r;
}

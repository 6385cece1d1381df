// The printed table and bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { ProfileSummary } from '../profile-summary';
import type { CpuShare } from './cpu-watch';
import type { LoadResult as Load } from './load';

type LoadResult = Load & { cpu?: CpuShare };
import type { ServerFacts } from './server';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  node: string;
  postgres: ServerFacts;
  loadAverageAtStart?: number[];
}

export function machineOf(postgres: ServerFacts): Machine {
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    kernel: release(),
    node: process.version,
    postgres,
  };
}

export interface Results {
  mode: 'quick' | 'full';
  startedAt: string;
  machine: Machine;
  eventsPerLifecycle: number;
  ceilingEventsPerSec: number;
  /** Processes (WORKERS) of the service and of the peers over HTTP. */
  workers: number;
  http: { c1: LoadResult; c16: LoadResult; c64: LoadResult; c16OneWorker: LoadResult };
  inProcess?: LoadResult;
  ceiling: LoadResult;
  /** The peers behind the same HTTP stack as the service (bench/peers/peer-server.ts). */
  naive: LoadResult;
  emmett: LoadResult;
  /** The peers called in the bench process, no HTTP (compare with inProcess). */
  naiveInProcess: LoadResult;
  emmettInProcess: LoadResult;
  verifyEntriesPerSec: number;
  verifyWithReplayEntriesPerSec: number;
  verifiedEntries: number;
  replay60Ms: number;
  peakRssMb: number;
  statementsPerEvent: { service?: number; ceiling: number };
  ratios: Record<string, number>;
  targets: Record<string, { value: number; target: string; met: boolean }>;
  profile?: ProfileSummary & { file: string };
}

const r2 = (x: number) => Number(x.toFixed(2));

/** Ours = HTTP with 16 clients, the level the targets name. */
export function ratiosAndTargets(res: Omit<Results, 'ratios' | 'targets'>) {
  const ours = res.http.c16.eventsPerSec;
  const ratios: Record<string, number> = {
    httpC16VsCeiling: r2(ours / res.ceilingEventsPerSec),
    httpC16VsEmmett: r2(ours / res.emmett.eventsPerSec),
    httpC16VsNaive: r2(ours / res.naive.eventsPerSec),
  };
  if (res.inProcess) {
    const inProc = res.inProcess.eventsPerSec;
    ratios.inProcessVsCeiling = r2(inProc / res.ceilingEventsPerSec);
    ratios.inProcessVsEmmettInProcess = r2(inProc / res.emmettInProcess.eventsPerSec);
    ratios.inProcessVsNaiveInProcess = r2(inProc / res.naiveInProcess.eventsPerSec);
  }
  ratios.httpC16OneWorkerVsCeiling = r2(
    res.http.c16OneWorker.eventsPerSec / res.ceilingEventsPerSec,
  );
  // For the record: our HTTP service against the libraries called without HTTP.
  ratios.httpC16VsEmmettInProcess = r2(ours / res.emmettInProcess.eventsPerSec);
  ratios.httpC16VsNaiveInProcess = r2(ours / res.naiveInProcess.eventsPerSec);
  const t = (value: number, target: string, met: boolean) => ({ value, target, met });
  const targets = {
    httpVsCeiling: t(ratios.httpC16VsCeiling, '>= 0.50', ratios.httpC16VsCeiling >= 0.5),
    p99C16Ms: t(res.http.c16.p99Ms, '< 50', res.http.c16.p99Ms < 50),
    vsEmmett: t(ratios.httpC16VsEmmett, '>= 1.0', ratios.httpC16VsEmmett >= 1.0),
    vsNaive: t(ratios.httpC16VsNaive, '>= 1.5', ratios.httpC16VsNaive >= 1.5),
    verifyEntriesPerSec: t(res.verifyEntriesPerSec, '>= 100000', res.verifyEntriesPerSec >= 1e5),
  };
  return { ratios, targets };
}

/** The process that does the application's work: the service, or the bench for in-process rows. */
const appMs = (r: LoadResult) => r.cpu?.msPerEvent?.service ?? r.cpu?.msPerEvent?.loadGenerator;

const cell = (x: number | undefined, w: number) =>
  (x === undefined || Number.isNaN(x) ? '-' : x.toLocaleString('en-US')).padStart(w);

export function printResults(res: Results): void {
  const m = res.machine;
  console.log(
    `\nzhifa bench (${res.mode}): ${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, ` +
      `PostgreSQL ${m.postgres.version} (fsync ${m.postgres.fsync}, synchronous_commit ` +
      `${m.postgres.synchronousCommit}), node ${m.node}`,
  );
  console.log(
    `one lifecycle = ${res.eventsPerLifecycle} events (ordinary procedure, clue → archive)\n`,
  );
  const rows: [string, LoadResult | undefined][] = [
    ['HTTP service, 1 client', res.http.c1],
    ['HTTP service, 16 clients', res.http.c16],
    ['HTTP service, 64 clients', res.http.c64],
    ['HTTP service, 16, WORKERS=1', res.http.c16OneWorker],
    ['service in-process (no HTTP)', res.inProcess],
    ['database ceiling (pg only)', res.ceiling],
    ['naive over HTTP', res.naive],
    ['Emmett over HTTP', res.emmett],
    ['naive in-process (no HTTP)', res.naiveInProcess],
    ['Emmett in-process (no HTTP)', res.emmettInProcess],
  ];
  console.log(
    `${'workload'.padEnd(32)}${'clients'.padStart(8)}${'events/s'.padStart(10)}` +
      `${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}` +
      `${'app cpu'.padStart(9)}${'pg cpu'.padStart(8)}${'others %'.padStart(10)}`,
  );
  for (const [name, r] of rows) {
    if (!r) continue;
    console.log(
      `${name.padEnd(32)}${cell(r.clients, 8)}${cell(r.eventsPerSec, 10)}${cell(r.p50Ms, 9)}` +
        `${cell(r.p99Ms, 9)}${cell(r.errors, 8)}${cell(appMs(r), 9)}` +
        `${cell(r.cpu?.msPerEvent?.postgres, 8)}${cell(r.cpu?.foreignPercent, 10)}`,
    );
  }
  console.log(
    '(app/pg cpu: CPU ms per event in the service process, or in the bench process for the ' +
      'in-process rows, and in PostgreSQL; others %: CPU used outside the bench, % of the machine)',
  );
  console.log(
    `\ntargets (ours = HTTP, 16 clients, WORKERS=${res.workers}; peers = the same HTTP stack ` +
      'and process count, 16 clients):',
  );
  for (const [name, t] of Object.entries(res.targets)) {
    console.log(
      `  ${name.padEnd(22)}${String(t.value).padStart(12)}  ${t.target.padEnd(10)} ` +
        `${t.met ? 'met' : 'MISSED'}`,
    );
  }
  console.log(`\nratios: ${JSON.stringify(res.ratios)}`);
  console.log(
    `audit: chain ${res.verifyEntriesPerSec.toLocaleString('en-US')} entries/s, chain + ` +
      `replay ${res.verifyWithReplayEntriesPerSec.toLocaleString('en-US')} entries/s ` +
      `(${res.verifiedEntries} entries); replay of 60 entries ${res.replay60Ms} ms`,
  );
  console.log(`memory: service peak RSS ${res.peakRssMb} MiB`);
  console.log(`statements per event: ${JSON.stringify(res.statementsPerEvent)}`);
}

export function writeResults(file: string, res: Results): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(res, null, 2)}\n`);
}

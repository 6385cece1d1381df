// npm run bench [-- --quick] [--no-profile] [--out FILE]
// How fast a case advances: the service over HTTP against the write-statement ceiling (its own
// write through pg), the physical ceiling (a bare version-checked append) and the peers, on one
// PostgreSQL (embedded in a temporary folder, or BENCH_DATABASE_URL). Every row over HTTP runs in
// a fresh process, on a database checkpointed and vacuumed first, with the same warm-up.
import 'reflect-metadata';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { businessDateOf } from '../src/common/clock/business-time';
import { auditBench } from './audit';
import { httpLoad, issueTokens, oneLifecycle, seedOfficers, type Tokens } from './http/workload';
import { startService, type ServiceProcess } from './http/service';
import { LIFECYCLE } from './lifecycle';
import { peerPhase } from './peer-phase';
import { printSummary, summarise } from './profile-summary';
import { loadAverage } from './support/cpu-watch';
import { diskUse } from './support/disk';
import { load, measured, planOf, quietDatabase, type Measured } from './support/measure';
import { machineOf, printResults, ratiosAndTargets, writeResults } from './support/report';
import type { Results } from './support/report';
import { freshDatabase, logStatements, serverFacts, startServer } from './support/server';
import type { BenchServer } from './support/server';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profiling = args.includes('--profile') || (!quick && !args.includes('--no-profile'));
const outArg = args.indexOf('--out');
const OUT = resolve(
  outArg >= 0 ? args[outArg + 1] : join(__dirname, '../../bench/results/latest.json'),
);

const PEER_SERVER = join(__dirname, 'peers/peer-server.js');
/** Processes for the service and the peers over HTTP: one per core unless BENCH_WORKERS says. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? cpus().length);
const PLAN = planOf(quick);

/** Statements the database executes per event, counted from the server's statement log. */
async function serviceStatements(server: BenchServer, url: string, svc: ServiceProcess, t: Tokens) {
  if (!server.embedded) return undefined;
  await logStatements(url, true);
  server.statements.count = 0;
  server.statements.counting = true;
  const events = await oneLifecycle(svc, t);
  await new Promise((r) => setTimeout(r, 500));
  server.statements.counting = false;
  await logStatements(url, false);
  return Number((server.statements.count / events).toFixed(1));
}

/** One HTTP row of the service: a fresh process on a quietened database. */
async function serviceRow(
  server: BenchServer,
  url: string,
  work: string,
  name: string,
  clients: number,
  workers: number,
  first?: (svc: ServiceProcess, tokens: Tokens) => Promise<void>,
): Promise<Measured> {
  await quietDatabase(server.url, url);
  const svc = await startService({
    databaseUrl: url,
    logFile: join(work, `service-${name.replace(/\W+/g, '-')}.log`),
    workers,
  });
  try {
    // A new process has a new JWT secret, so its tokens are issued again.
    const tokens = issueTokens(svc);
    await first?.(svc, tokens);
    const row = await measured(name, () => httpLoad(svc, tokens, load(PLAN.row, clients)), svc.pid);
    return { ...row, peakRssMb: Number(svc.peakRssMb().toFixed(1)) };
  } finally {
    await svc.stop();
  }
}

async function httpPhase(server: BenchServer, url: string, work: string) {
  console.log(`(1) transitions over HTTP: the service in its own process, WORKERS=${WORKERS}`);
  let statements: number | undefined;
  const seed = async (svc: ServiceProcess, tokens: Tokens) => {
    await seedOfficers(svc, tokens);
    statements = await serviceStatements(server, url, svc, tokens);
  };
  const c1 = await serviceRow(server, url, work, 'c1', 1, WORKERS, seed);
  const c16 = await serviceRow(server, url, work, 'c16', 16, WORKERS);
  const c64 = await serviceRow(server, url, work, 'c64', 64, WORKERS);
  // The same at 16 clients with one process, to show what the second one adds.
  const c16OneWorker = await serviceRow(server, url, work, 'c16, WORKERS=1', 16, 1);
  const peakRssMb = Math.max(c1.peakRssMb!, c16.peakRssMb!, c64.peakRssMb!);
  return { http: { c1, c16, c64, c16OneWorker }, statements, peakRssMb };
}

async function profilePhase(url: string, work: string) {
  console.log('profile: the service (WORKERS=1) with --cpu-prof under 16 clients');
  const dir = mkdtempSync(join(work, 'cpuprofile-'));
  // One process, so the one profile written holds all the service's work.
  const svc = await startService({
    databaseUrl: url,
    logFile: join(work, 'service-profile.log'),
    cpuProfileDir: dir,
  });
  let file: string | undefined;
  let row: Measured | undefined;
  // Only the measured window counts: not start-up, warm-up nor shutdown.
  const fromMs = performance.now() + PLAN.profile[0] - svc.spawnedAt;
  let toMs = fromMs;
  try {
    const tokens = issueTokens(svc);
    const run = () => httpLoad(svc, tokens, load(PLAN.profile, 16));
    row = await measured('c16 (profiled)', run, svc.pid);
    toMs = performance.now() - svc.spawnedAt;
  } finally {
    file = await svc.stop();
  }
  if (!file) throw new Error('profile: node wrote no .cpuprofile');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof summarise>[0];
  const summary = summarise(profile, 15, { fromMs, toMs });
  printSummary(summary);
  // The profiled row's own CPU per event, so a share of the profile converts to milliseconds.
  return { ...summary, file, msPerEvent: row?.cpu.msPerEvent };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const work = mkdtempSync(join(tmpdir(), 'zhifa-bench-work-'));
  console.log(`zhifa bench (${quick ? 'quick' : 'full'}); logs and profiles in ${work}`);
  const loadAtStart = loadAverage();
  console.log(`load average at start: ${loadAtStart.join(' ')}`);
  const server = await startServer();
  try {
    const postgres = await serverFacts(server.url);
    const httpUrl = await freshDatabase(server, 'zhifa_bench_http', false);
    const h = await httpPhase(server, httpUrl, work);
    if (profiling) await quietDatabase(server.url, httpUrl);
    const profile = profiling ? await profilePhase(httpUrl, work) : undefined;
    console.log('(4) audit: verification and replay of the logs the service wrote');
    const audit = await auditBench(httpUrl, PLAN.audit.entries, PLAN.audit.ms);
    const today = businessDateOf(new Date(), 'Asia/Shanghai');
    const p = await peerPhase({
      server,
      today,
      work,
      row: PLAN.row,
      workers: WORKERS,
      peerServer: PEER_SERVER,
    });
    console.log('(5) bytes on disk per event, after VACUUM ANALYZE, in the databases written');
    const disk = {
      service: await diskUse(server, httpUrl, 'service'),
      emmett: await diskUse(server, p.urls.emmett, 'emmett'),
      emmettDecider: await diskUse(server, p.urls.emmettDecider, 'emmett'),
      emmettDeciderDocuments: await diskUse(server, p.urls.emmettDeciderDocuments, 'emmett'),
      naive: await diskUse(server, p.urls.naive, 'naive'),
      appendCeiling: await diskUse(server, p.urls.appendCeiling, 'appendCeiling'),
    };
    for (const [name, d] of Object.entries(disk))
      console.log(
        `  ${name}: ${d.bytesPerEvent} bytes/event ` +
          `(${d.bytes} bytes over ${d.emptyBytes} empty, ${d.events} events)`,
      );
    const partial = {
      mode: quick ? ('quick' as const) : ('full' as const),
      startedAt,
      machine: { ...machineOf(postgres), loadAverageAtStart: loadAtStart },
      workers: WORKERS,
      eventsPerLifecycle: LIFECYCLE.length,
      // `ceiling` is the write-statement ceiling (the key kept for earlier results).
      ceilingEventsPerSec: p.ceiling.eventsPerSec,
      appendCeilingEventsPerSec: p.appendCeiling.eventsPerSec,
      http: h.http,
      inProcess: p.inProcess,
      ceiling: p.ceiling,
      writeStatementCeiling: p.ceiling,
      appendCeiling: p.appendCeiling,
      naive: p.naive,
      emmett: p.emmett,
      emmettDecider: p.emmettDecider,
      emmettDeciderDocuments: p.emmettDeciderDocuments,
      naiveInProcess: p.naiveInProcess,
      emmettInProcess: p.emmettInProcess,
      emmettDeciderInProcess: p.emmettDeciderInProcess,
      verifyEntriesPerSec: audit.verifyEntriesPerSec,
      verifyWithReplayEntriesPerSec: audit.verifyWithReplayEntriesPerSec,
      sha256EntriesPerSec: audit.sha256EntriesPerSec,
      verifiedEntries: audit.entries,
      replay60Ms: audit.replay60Ms,
      peakRssMb: h.peakRssMb,
      peakRssMbC64: h.http.c64.peakRssMb!,
      bytesPerEvent: {
        service: disk.service.bytesPerEvent,
        emmett: disk.emmett.bytesPerEvent,
        emmettDecider: disk.emmettDecider.bytesPerEvent,
        emmettDeciderDocuments: disk.emmettDeciderDocuments.bytesPerEvent,
        naive: disk.naive.bytesPerEvent,
        appendCeiling: disk.appendCeiling.bytesPerEvent,
      },
      diskUse: disk,
      statementsPerEvent: { service: h.statements, ceiling: p.ceilingStatements },
      ...(profile ? { profile } : {}),
    };
    const results: Results = { ...partial, ...ratiosAndTargets(partial) };
    printResults(results);
    writeResults(OUT, results);
    console.log(`\nwrote ${OUT}`);
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

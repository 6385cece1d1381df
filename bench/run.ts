// npm run bench [-- --quick] [--no-profile] [--out FILE]
// How fast a case advances: the service over HTTP against the database's own ceiling and against
// peers, on one PostgreSQL (embedded in a temporary folder, or BENCH_DATABASE_URL).
import 'reflect-metadata';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { businessDateOf } from '../src/common/clock/business-time';
import { auditBench } from './audit';
import { ceilingLoad, sent } from './ceiling';
import { httpLoad, issueTokens, oneLifecycle, seedOfficers, type Tokens } from './http/workload';
import { startService, type ServiceProcess } from './http/service';
import { LIFECYCLE } from './lifecycle';
import { emmettLoad } from './peers/emmett';
import { inProcessLoad } from './peers/in-process';
import { naiveLoad } from './peers/naive';
import { printSummary, summarise } from './profile-summary';
import { loadAverage, watchCpu, type CpuShare } from './support/cpu-watch';
import type { LoadOptions, LoadResult } from './support/load';
import { machineOf, printResults, ratiosAndTargets, writeResults } from './support/report';
import type { Results } from './support/report';
import { freshDatabase, logStatements, serverFacts, sql, startServer } from './support/server';
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

const s = (seconds: number) => seconds * 1000;
const PLAN = quick
  ? {
      http: [s(1.5), s(5)],
      peer: [s(1), s(4)],
      profile: [s(2), s(6)],
      audit: { entries: 10_000, ms: 300 },
    }
  : {
      http: [s(5), s(30)],
      peer: [s(3), s(20)],
      profile: [s(3), s(20)],
      audit: { entries: 50_000, ms: 2000 },
    };
const load = ([warmupMs, durationMs]: number[], clients: number): LoadOptions => ({
  clients,
  warmupMs,
  durationMs,
});

export type Measured = LoadResult & { cpu: CpuShare };

/** Runs a load, watching the machine's CPU; a busy neighbour makes the number suspect. */
async function measured(
  name: string,
  run: () => Promise<LoadResult>,
  servicePid?: number,
): Promise<Measured> {
  const watch = watchCpu(servicePid);
  const result = await run();
  const r = { ...result, cpu: watch.stop(result.allEvents) };
  const note = r.errors ? ` (${r.errors} errors, first: ${r.firstError})` : '';
  const cpu =
    `machine busy ${r.cpu.busyPercent} %, others ${r.cpu.foreignPercent} %; ` +
    `CPU ms/event ${JSON.stringify(r.cpu.msPerEvent)}`;
  console.log(
    `  ${name}: ${r.eventsPerSec} events/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms; ${cpu}${note}`,
  );
  if (r.events === 0) throw new Error(`${name}: no event completed: ${r.firstError}`);
  if (r.cpu.foreignPercent > 15)
    console.warn(`  warning: the machine was not quiet during ${name}`);
  return r;
}

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

async function httpPhase(server: BenchServer, url: string, work: string) {
  console.log(`(1) transitions over HTTP: the service in its own process, WORKERS=${WORKERS}`);
  const svc = await startService({
    databaseUrl: url,
    logFile: join(work, 'service.log'),
    workers: WORKERS,
  });
  let peakRssMb: number;
  let http: Record<'c1' | 'c16' | 'c64', Measured>;
  let statements: number | undefined;
  try {
    const tokens = issueTokens(svc);
    await seedOfficers(svc, tokens);
    statements = await serviceStatements(server, url, svc, tokens);
    http = {
      c1: await measured('c1', () => httpLoad(svc, tokens, load(PLAN.http, 1)), svc.pid),
      c16: await measured('c16', () => httpLoad(svc, tokens, load(PLAN.http, 16)), svc.pid),
      c64: await measured('c64', () => httpLoad(svc, tokens, load(PLAN.http, 64)), svc.pid),
    };
    peakRssMb = Number(svc.peakRssMb().toFixed(1));
  } finally {
    await svc.stop();
  }
  // The same at 16 clients with one process, to show what the second one adds.
  const one = await startService({ databaseUrl: url, logFile: join(work, 'service-1.log') });
  try {
    const tokens = issueTokens(one);
    const c16OneWorker = await measured(
      'c16, WORKERS=1',
      () => httpLoad(one, tokens, load(PLAN.http, 16)),
      one.pid,
    );
    return { http: { ...http, c16OneWorker }, statements, peakRssMb };
  } finally {
    await one.stop();
  }
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
  // Only the measured window counts: not start-up, warm-up nor shutdown.
  const fromMs = performance.now() + PLAN.profile[0] - svc.spawnedAt;
  let toMs = fromMs;
  try {
    // A new process has a new JWT secret, so its tokens are issued again.
    const tokens = issueTokens(svc);
    const run = () => httpLoad(svc, tokens, load(PLAN.profile, 16));
    await measured('c16 (profiled)', run, svc.pid);
    toMs = performance.now() - svc.spawnedAt;
  } finally {
    file = await svc.stop();
  }
  if (!file) throw new Error('profile: node wrote no .cpuprofile');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof summarise>[0];
  const summary = summarise(profile, 15, { fromMs, toMs });
  printSummary(summary);
  return { ...summary, file };
}

async function peerPhase(server: BenchServer, today: string, work: string) {
  const checkpoint = () => sql(server.url, 'CHECKPOINT');
  console.log('(2) the database ceiling: the same statements through pg, 16 clients');
  await checkpoint();
  const ceilingUrl = await freshDatabase(server, 'zhifa_bench_ceiling');
  const ceiling = await measured('ceiling', () =>
    ceilingLoad(ceilingUrl, today, load(PLAN.peer, 16)),
  );
  const ceilingStatements = Number((sent.statements / sent.transitions).toFixed(1));
  console.log('(3a) naive: an XState actor restored per request, a TypeORM entity saved');
  await checkpoint();
  const naive = await peerOverHttp(server, 'naive', work);
  await checkpoint();
  const naiveUrl = await freshDatabase(server, 'zhifa_bench_naive', false);
  const naiveInProcess = await measured('naive in-process', () =>
    naiveLoad(naiveUrl, load(PLAN.peer, 16)),
  );
  console.log('(3b) Emmett: the PostgreSQL event store, one stream per case');
  await checkpoint();
  const emmett = await peerOverHttp(server, 'emmett', work);
  await checkpoint();
  const emmettUrl = await freshDatabase(server, 'zhifa_bench_emmett', false);
  const emmettInProcess = await measured('emmett in-process', () =>
    emmettLoad(emmettUrl, load(PLAN.peer, 16)),
  );
  console.log('ours in-process: CasesService without HTTP, 16 clients');
  await checkpoint();
  const inProcUrl = await freshDatabase(server, 'zhifa_bench_inprocess');
  const inProcess = await measured('in-process', () =>
    inProcessLoad(inProcUrl, work, load(PLAN.peer, 16)),
  );
  return { ceiling, ceilingStatements, naive, emmett, naiveInProcess, emmettInProcess, inProcess };
}

/** A peer in its own process behind the service's HTTP stack, driven like the service. */
async function peerOverHttp(server: BenchServer, peer: 'naive' | 'emmett', work: string) {
  const url = await freshDatabase(server, `zhifa_bench_${peer}_http`, false);
  const svc = await startService({
    databaseUrl: url,
    logFile: join(work, `peer-${peer}.log`),
    script: PEER_SERVER,
    env: { PEER: peer },
    workers: WORKERS,
  });
  try {
    const tokens = issueTokens(svc);
    return await measured(
      `${peer} over HTTP`,
      () => httpLoad(svc, tokens, load(PLAN.peer, 16)),
      svc.pid,
    );
  } finally {
    await svc.stop();
  }
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
    const profile = profiling ? await profilePhase(httpUrl, work) : undefined;
    console.log('(4) audit: verification and replay of the logs the service wrote');
    const audit = await auditBench(httpUrl, PLAN.audit.entries, PLAN.audit.ms);
    const today = businessDateOf(new Date(), 'Asia/Shanghai');
    const p = await peerPhase(server, today, work);
    const partial = {
      mode: quick ? ('quick' as const) : ('full' as const),
      startedAt,
      machine: { ...machineOf(postgres), loadAverageAtStart: loadAtStart },
      workers: WORKERS,
      eventsPerLifecycle: LIFECYCLE.length,
      ceilingEventsPerSec: p.ceiling.eventsPerSec,
      http: h.http,
      inProcess: p.inProcess,
      ceiling: p.ceiling,
      naive: p.naive,
      emmett: p.emmett,
      naiveInProcess: p.naiveInProcess,
      emmettInProcess: p.emmettInProcess,
      verifyEntriesPerSec: audit.verifyEntriesPerSec,
      verifyWithReplayEntriesPerSec: audit.verifyWithReplayEntriesPerSec,
      verifiedEntries: audit.entries,
      replay60Ms: audit.replay60Ms,
      peakRssMb: h.peakRssMb,
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

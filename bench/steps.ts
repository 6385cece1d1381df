// npm run bench:steps -- <label>=<git rev> … [--quick] [--out FILE]
// Before/after per optimisation step, in one run on one machine: each revision's service is built
// in a temporary worktree and driven by this bench's own load (16 clients over HTTP, WORKERS as
// the main bench, Idempotency-Keys, ≈ 5 % refused events), each in a fresh process and a fresh,
// quietened database. Reports events/s, p99, CPU ms per event (service, PostgreSQL), peak RSS
// and bytes on disk per event, to bench/results/steps.json.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { httpLoad, issueTokens, seedOfficers } from './http/workload';
import { startService } from './http/service';
import { diskUse } from './support/disk';
import { load, measured, planOf, quietDatabase } from './support/measure';
import { freshDatabase, startServer, type BenchServer } from './support/server';

const ROOT = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outAt = args.indexOf('--out');
const OUT = resolve(outAt >= 0 ? args[outAt + 1] : join(ROOT, 'bench/results/steps.json'));
const steps = args
  .filter((a, i) => a.includes('=') && !(outAt >= 0 && i === outAt + 1))
  .map((a) => a.split('='));
const WORKERS = Number(process.env.BENCH_WORKERS ?? cpus().length);

/** The revision's service, compiled in its own worktree (node_modules shared with this one). */
function build(rev: string, into: string): string {
  const dir = join(into, rev);
  if (!existsSync(dir)) {
    execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', dir, rev], { stdio: 'pipe' });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  console.log(`  building ${rev} …`);
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  return join(dir, 'dist/src/main.js');
}

async function step(server: BenchServer, label: string, script: string, work: string) {
  const url = await freshDatabase(server, `zhifa_steps_${label.replace(/\W/g, '_')}`, false);
  const svc = await startService({
    databaseUrl: url,
    logFile: join(work, `${label}.log`),
    script,
    workers: WORKERS,
  });
  try {
    const tokens = issueTokens(svc);
    await seedOfficers(svc, tokens);
    await quietDatabase(server.url, url);
    const row = await measured(
      label,
      () => httpLoad(svc, tokens, load(planOf(quick).row, 16)),
      svc.pid,
    );
    const peakRssMb = Number(svc.peakRssMb().toFixed(1));
    await svc.stop();
    const disk = await diskUse(server, url, 'service');
    return { label, ...row, peakRssMb, bytesPerEvent: disk.bytesPerEvent };
  } catch (e) {
    await svc.stop();
    throw e;
  }
}

async function main(): Promise<void> {
  if (steps.length === 0) throw new Error('usage: bench:steps -- label=rev … [--quick]');
  const work = mkdtempSync(join(tmpdir(), 'zhifa-steps-'));
  mkdirSync(join(work, 'trees'));
  console.log(
    `zhifa bench steps (${quick ? 'quick' : 'full'}), WORKERS=${WORKERS}; work in ${work}`,
  );
  const scripts = steps.map(([label, rev]) => ({
    label,
    rev,
    script: build(rev, join(work, 'trees')),
  }));
  const server = await startServer();
  const rows = [];
  try {
    for (const s of scripts)
      rows.push({ rev: s.rev, ...(await step(server, s.label, s.script, work)) });
  } finally {
    await server.stop();
    for (const s of scripts) {
      execFileSync('git', [
        '-C',
        ROOT,
        'worktree',
        'remove',
        '--force',
        join(work, 'trees', s.rev),
      ]);
    }
  }
  console.log(
    '\nstep                       events/s  p99 ms  service ms  pg ms  RSS MiB  bytes/event',
  );
  for (const r of rows) {
    const ms = r.cpu.msPerEvent as Record<string, number>;
    console.log(
      `${r.label.padEnd(26)} ${String(r.eventsPerSec).padStart(8)} ${String(r.p99Ms).padStart(7)} ` +
        `${String(ms.service).padStart(11)} ${String(ms.postgres).padStart(6)} ` +
        `${String(r.peakRssMb).padStart(8)} ${String(r.bytesPerEvent).padStart(12)}`,
    );
  }
  const out = {
    mode: quick ? 'quick' : 'full',
    startedAt: new Date().toISOString(),
    workers: WORKERS,
    rows,
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwrote ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

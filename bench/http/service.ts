// The service as it runs in production: `node dist/src/main.js` in its own process, so its memory
// can be read from /proc and the load generator does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freeLoopbackPort } from '../../src/database/free-port';

export interface ServiceProcess {
  pid: number;
  /** performance.now() of this process when the service was spawned (≈ its profile's zero). */
  spawnedAt: number;
  baseUrl: string;
  jwtSecret: string;
  /** Peak resident set size so far (VmHWM), in MiB, summed over the workers. */
  peakRssMb(): number;
  /** SIGTERM, then wait for exit; returns the .cpuprofile written, if profiling. */
  stop(): Promise<string | undefined>;
}

export interface ServiceOptions {
  databaseUrl: string;
  /** Where node writes the .cpuprofile (--cpu-prof) when the process exits. */
  cpuProfileDir?: string;
  logFile: string;
  /** Another server to run instead of the service (a peer), with its own environment. */
  script?: string;
  env?: Record<string, string>;
  /** Processes sharing the port (WORKERS); 1 unless given. */
  workers?: number;
}

const MAIN = resolve(__dirname, '../../src/main.js');

function statusField(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

/** The process and its children (the workers when WORKERS > 1). */
function withChildren(pid: number): number[] {
  const children = readdirSync('/proc').filter((e) => {
    if (!/^\d+$/.test(e)) return false;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
  return [pid, ...children.map(Number)];
}

/** The log's text written since `from` bytes. */
function logSince(file: string, from: number): string {
  return readFileSync(file).subarray(from).toString('utf8');
}

/**
 * Healthy, and every worker serving: the primary logs "listening on" once all have said so
 * (a worker still starting answers 503 from its standby, which a row would count as errors).
 */
async function waitReady(
  baseUrl: string,
  child: ChildProcess,
  log: { file: string; from: number },
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok && /listening on http/.test(logSince(log.file, log.from))) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not become healthy in time');
}

export async function startService(opts: ServiceOptions): Promise<ServiceProcess> {
  const port = await freeLoopbackPort();
  const jwtSecret = randomBytes(24).toString('base64url');
  const profile = opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : [];
  const logFrom = (() => {
    try {
      return statSync(opts.logFile).size;
    } catch {
      return 0;
    }
  })();
  const log = openSync(opts.logFile, 'a');
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...profile, opts.script ?? MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: jwtSecret,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(port),
      // The production default: one JSON line per request (pino-http), to a file.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      DATA_DIR: join(opts.logFile, '..', 'unused-data-dir'),
      WORKERS: String(opts.workers ?? 1),
      ...opts.env,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitReady(baseUrl, child, { file: opts.logFile, from: logFrom });
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}; see ${opts.logFile}`);
  }
  const pid = child.pid!;
  return {
    pid,
    spawnedAt,
    baseUrl,
    jwtSecret,
    peakRssMb: () => withChildren(pid).reduce((sum, p) => sum + (statusField(p, 'VmHWM') || 0), 0),
    stop: async () => {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
      const dir = opts.cpuProfileDir;
      const file = dir && readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      return file ? join(dir, file) : undefined;
    },
  };
}

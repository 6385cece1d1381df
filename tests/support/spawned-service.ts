import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '../../src/config/app-config';
import { freeLoopbackPort } from '../../src/database/free-port';

export const root = resolve(__dirname, '../..');

/** Builds dist/ once per test file (the spawned service runs the built code, as npm start does). */
export function buildService(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
}

/** A token for an officer, signed with the JWT_SECRET the spawned service uses (as npm run token). */
export function tokenFor(officerId: string, hours = 2): string {
  const jwt = new JwtService({
    secret: loadConfig().JWT_SECRET,
    signOptions: { algorithm: 'HS256' },
  });
  return jwt.sign({ sub: officerId }, { expiresIn: hours * 3600 });
}

export interface SpawnedService {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, resolving with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, resolving once the process is gone. */
  kill(): Promise<void>;
}

/** The built service (dist/src/main.js) on a free port, against `databaseUrl`. */
export async function spawnService(
  databaseUrl: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<SpawnedService> {
  const p = port ?? (await freeLoopbackPort());
  const child = spawn('node', ['dist/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: String(p),
      LOG_LEVEL: 'warn',
      CHECKPOINT_INTERVAL_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    port: p,
    url: `http://127.0.0.1:${p}`,
    output: () => out,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `path` until it answers `status` (or the process exits, or `ms` pass). */
export async function waitForStatus(
  s: SpawnedService,
  path: string,
  status: number,
  ms = 30_000,
): Promise<void> {
  const until = Date.now() + ms;
  let last = 'no answer';
  while (Date.now() < until) {
    if (s.child.exitCode !== null)
      throw new Error(`service exited with ${s.child.exitCode}: ${s.output()}`);
    try {
      const res = await fetch(`${s.url}${path}`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === status) return;
      last = String(res.status);
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `${path} did not answer ${status} within ${ms} ms (last: ${last}); output: ${s.output().slice(-3000)}`,
  );
}

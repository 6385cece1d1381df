// Issue 14 "Start and stop" and "Commands": `npm start` as a user runs it, with README's example. SIGTERM to the npm
// process stops the service and its embedded PostgreSQL; while it runs, the admin commands find
// its cluster from DATA_DIR alone; `npm run token` does not rebuild.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeLoopbackPort } from '../../src/database/free-port';
import { descendants, stillRunning, waitUntilEmpty } from '../support/process-tree';
import { root } from '../support/spawned-service';

/** The shell block of README.md's "Use it" section. */
function readmeExample(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it'));
  return /```bash\n([\s\S]*?)```/.exec(section)![1];
}

async function waitForHealth(port: number, child: ChildProcess, out: () => string) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`npm start exited: ${out()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no /health: ${out()}`);
}

describe('npm start, the commands beside it, and SIGTERM', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhifa-npm-start-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.CHECKPOINT_SIGNING_KEY;
  const npm = (script: string, ...args: string[]) =>
    spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });

  beforeAll(() => execFileSync('npm', ['run', 'build', '--silent'], { cwd: root }), 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  let running: { child: ChildProcess; exited: Promise<unknown> } | undefined;
  // A failed assertion must not leave the service running for the next test.
  afterEach(async () => {
    if (running?.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });

  async function start(command: string, args: string[]) {
    const port = await freeLoopbackPort();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((done) => child.once('exit', done));
    running = { child, exited };
    // A failed start must not leave the service behind for the next test.
    await waitForHealth(port, child, () => out).catch((e: unknown) => {
      process.kill(child.pid!, 'SIGKILL');
      throw e;
    });
    return { child, exited, port };
  }

  async function stopAndExpectNothingLeft(child: ChildProcess, exited: Promise<unknown>) {
    const tree = descendants(child.pid!);
    expect(tree.some((p) => p.cmdline.includes(`${dataDir}/pg`))).toBe(true); // the postmaster
    process.kill(child.pid!, 'SIGTERM');
    await exited;
    const pids = tree.map((p) => p.pid);
    expect(await waitUntilEmpty(() => stillRunning(pids, dataDir), 15_000)).toEqual([]);
  }

  it('runs, answers the commands, and stops everything on SIGTERM to npm', async () => {
    const { child, exited, port } = await start('npm', ['start']);

    const info = join(dataDir, 'embedded-postgres.json');
    expect(statSync(info).mode & 0o777).toBe(0o600);

    // The token command runs the built code: no rebuild (the stamp stays), in well under 1 s of CPU.
    const stamp = statSync(join(root, 'dist', '.build-stamp')).mtimeMs;
    const token = npm('token', 'admin');
    expect(token.status).toBe(0);
    expect(token.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(statSync(join(root, 'dist', '.build-stamp')).mtimeMs).toBe(stamp);

    // The README's example, as written (dates relative to today): the case is filed, nothing missed.
    const example = readmeExample().replace(/localhost:3000/g, `localhost:${port}`);
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', example], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    const filed = JSON.parse(run.stdout.slice(run.stdout.lastIndexOf('{"case"'))) as {
      case: { stage: string; deadlines: { status: string }[] };
    };
    expect(filed.case.stage).toBe('investigation');
    expect(filed.case.deadlines.map((d) => d.status)).not.toContain('missed');

    const checkpoint = npm('checkpoint');
    expect(checkpoint.stderr).toBe('');
    expect(JSON.parse(checkpoint.stdout)).toMatchObject({ treeSize: expect.any(Number) });
    const audit = npm('audit:verify');
    expect(audit.stdout).toMatch(/"valid":true/);
    expect(audit.status).toBe(0);

    await stopAndExpectNothingLeft(child, exited);
    expect(existsSync(info)).toBe(false);

    // Nothing runs now: the commands say so in one line, with the fix.
    const none = npm('audit:verify');
    expect(none.status).toBe(1);
    expect(none.stderr.trim().split('\n')).toEqual([
      `no running service on DATA_DIR ${dataDir}: start it (npm start) with the same DATA_DIR, or set DATABASE_URL`,
    ]);
  }, 240_000);

  // nest-cli.json: `nest start` builds with the pinned @nestjs/cli 11 and runs dist/src/main.js.
  // --no-shell: with a shell between them, the CLI's SIGTERM would stop the shell, not the service.
  it('nest start --no-shell runs the service and stops it on SIGTERM', async () => {
    const { child, exited } = await start(join(root, 'node_modules', '.bin', 'nest'), [
      'start',
      '--no-shell',
    ]);
    await stopAndExpectNothingLeft(child, exited);
  }, 240_000);
});

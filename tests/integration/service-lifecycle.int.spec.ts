import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freeLoopbackPort } from '../../src/database/free-port';

const root = resolve(__dirname, '../..');

function postgresProcessesUsing(dir: string): number {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(dir) && /postgres/.test(l)).length;
}

async function waitForHealth(port: number, child: ChildProcess): Promise<unknown> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('service did not become healthy');
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

/** The set-up contract: the built service on an embedded PostgreSQL in DATA_DIR. */
describe('npm start with DATABASE_URL unset', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhifa-start-'));
  beforeAll(() => execFileSync('npm', ['run', 'build', '--silent'], { cwd: root }), 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(workers = 1): Promise<{ child: ChildProcess; port: number }> {
    const port = await freeLoopbackPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      WORKERS: String(workers),
    };
    delete env.DATABASE_URL;
    const child = spawn('node', ['dist/src/main.js'], { cwd: root, env, stdio: 'ignore' });
    return { child, port };
  }

  it('answers /health, stops cleanly on SIGTERM and keeps officers across a restart', async () => {
    const first = await start();
    expect(await waitForHealth(first.port, first.child)).toEqual({ status: 'ok', database: 'up' });
    const token = execFileSync('node', ['dist/scripts/token.js', 'admin'], { cwd: root })
      .toString()
      .trim();
    const created = await fetch(`http://127.0.0.1:${first.port}/api/v1/officers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'kept', name: '留存', roles: ['auditor'] }),
    });
    expect(created.status).toBe(201);
    expect(await stop(first.child)).toBe(0);
    expect(postgresProcessesUsing(dataDir)).toBe(0);

    const second = await start();
    await waitForHealth(second.port, second.child);
    const res = await fetch(`http://127.0.0.1:${second.port}/api/v1/officers/kept`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(await stop(second.child)).toBe(0);
    expect(postgresProcessesUsing(dataDir)).toBe(0);
  }, 120_000);

  it('runs WORKERS=2 as two processes on one port, and SIGTERM stops them and PostgreSQL', async () => {
    const { child, port } = await start(2);
    await waitForHealth(port, child);
    const workers = () =>
      execFileSync('ps', ['-o', 'comm=', '--ppid', String(child.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter((c) => c.trim() === 'node').length;
    expect(workers()).toBe(2);
    const token = execFileSync('node', ['dist/scripts/token.js', 'admin'], { cwd: root })
      .toString()
      .trim();
    // Separate connections, so both workers answer; every one sees the same database.
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`http://127.0.0.1:${port}/api/v1/officers/kept`, {
          headers: { authorization: `Bearer ${token}`, connection: 'close' },
        }).then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(Array(8).fill(200));
    expect(await stop(child)).toBe(0);
    expect(postgresProcessesUsing(dataDir)).toBe(0);
  }, 120_000);
});

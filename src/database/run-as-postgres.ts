import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EmbeddedPostgresError, type RunAs } from './postgres-process';

/** The unprivileged account the cluster runs as when we are root (PostgreSQL refuses root). */
const RUN_AS_USER = 'postgres';

/**
 * Root's own place for what the `postgres` user must reach when the clone or DATA_DIR sits in
 * a folder it cannot traverse (e.g. a clone in /root, mode 0700): root-owned, 0755.
 */
export const SYSTEM_DIR = '/var/lib/zhifa';

export function ensureRunUser(): Required<RunAs> {
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, RUN_AS_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', RUN_AS_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Whether the run user can reach `path` with `test` (read: -r, traverse or run: -x). */
export function reachable(path: string, as: Required<RunAs>, flag: '-x' | '-r' = '-x'): boolean {
  return spawnSync('test', [flag, path], { ...as, cwd: '/' }).status === 0;
}

function systemDir(...parts: string[]): string {
  try {
    mkdirSync(SYSTEM_DIR, { recursive: true, mode: 0o755 });
    chmodSync(SYSTEM_DIR, 0o755);
  } catch (e) {
    throw new EmbeddedPostgresError(
      `the postgres user cannot reach this folder and ${SYSTEM_DIR} cannot be created ` +
        `(${(e as Error).message}): move the service to a folder every user can traverse, or set DATABASE_URL`,
    );
  }
  return join(SYSTEM_DIR, ...parts);
}

/**
 * The binaries' folder (bin/, lib/, share/ side by side), copied once to SYSTEM_DIR when the
 * run user cannot execute them where npm put them. Returns the initdb and postgres to run.
 */
export function reachableBinaries(
  initdb: string,
  postgres: string,
  as: Required<RunAs>,
): { initdb: string; postgres: string } {
  if (reachable(initdb, as) && reachable(postgres, as)) return { initdb, postgres };
  const native = dirname(dirname(initdb));
  const version = (
    JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const target = systemDir(`postgres-${version}`);
  if (!existsSync(join(target, 'bin', basename(postgres)))) {
    // Copied beside, then renamed: a half-done copy is never taken for a whole one.
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    execFileSync('cp', ['-a', native, partial]);
    execFileSync('chmod', ['-R', 'a+rX', partial]);
    renameSync(partial, target);
  }
  return {
    initdb: join(target, 'bin', basename(initdb)),
    postgres: join(target, 'bin', basename(postgres)),
  };
}

/**
 * Where the cluster lives: `<DATA_DIR>/pg`, or, when the run user cannot traverse DATA_DIR's
 * parents, `SYSTEM_DIR/clusters/<hash of DATA_DIR>/pg` (one per DATA_DIR, found again on restart).
 */
export function reachableClusterDir(baseDir: string, as: Required<RunAs>): string {
  // The run user must be able to pass through DATA_DIR itself (ours, so we may open it).
  chmodSync(baseDir, statSync(baseDir).mode | 0o711);
  if (reachable(baseDir, as)) return join(baseDir, 'pg');
  const hash = createHash('sha256').update(baseDir).digest('hex').slice(0, 16);
  const parent = systemDir('clusters', hash);
  mkdirSync(parent, { recursive: true, mode: 0o711 });
  return join(parent, 'pg');
}

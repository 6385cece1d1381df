import cluster, { type Worker } from 'node:cluster';

/** What a worker sends the primary once its app serves PORT (not merely its standby). */
export const WORKER_READY = 'zhifa:ready';

/** A worker that dies is replaced after this long (not at once, in case it dies on start). */
const RESPAWN_MS = 1000;

function fork(databaseUrl: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = cluster.fork({ DATABASE_URL: databaseUrl });
    const died = (code: number | null) =>
      reject(new Error(`a worker exited with ${code} before it was listening`));
    worker.once('exit', died);
    // Not 'listening': the standby answers PORT while the worker waits for the database.
    const ready = (m: unknown) => {
      if ((m as { type?: unknown } | null)?.type !== WORKER_READY) return;
      worker.off('exit', died);
      worker.off('message', ready);
      resolve(worker);
    };
    worker.on('message', ready);
  });
}

/**
 * WORKERS > 1: that many service processes share PORT (node:cluster hands them connections in
 * turn), so the service uses more than one core. Each is a whole instance, as two instances on
 * one database are (background jobs elect a leader, caches are invalidated through PostgreSQL).
 * They start one after another: the first applies migrations, creates the bootstrap admin and a
 * development signing key; the next ones find them. SIGINT/SIGTERM stops them, then `onStop`.
 */
export async function superviseWorkers(
  count: number,
  databaseUrl: string,
  onStop: () => Promise<void>,
): Promise<void> {
  let stopping = false;
  // Handlers first: a stop may come while the workers are still starting.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      const exited = workers.map((w) => new Promise((r) => w.once('exit', r)));
      for (const w of workers) w.process.kill('SIGTERM');
      void Promise.all(exited)
        .then(onStop)
        .finally(() => process.exit(0));
    });
  }
  for (let i = 0; i < count && !stopping; i++) {
    try {
      await fork(databaseUrl);
    } catch (e) {
      if (stopping) return;
      throw e;
    }
  }
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); replacing it`);
    setTimeout(() => {
      if (!stopping) fork(databaseUrl).catch((e: unknown) => console.error(e));
    }, RESPAWN_MS);
  });
}

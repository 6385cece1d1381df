import type { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction when this instance gets the advisory lock `key` (released at
 * commit); undefined when another instance holds it. Jobs of several instances run once.
 */
export async function asLeader<T>(
  ds: DataSource,
  key: number,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T | undefined> {
  return ds.transaction(async (tx) => {
    const [{ leader }]: { leader: boolean }[] = await tx.query(
      `SELECT pg_try_advisory_xact_lock($1) AS leader`,
      [key],
    );
    return leader ? work(tx) : undefined;
  });
}

/** Runs `job` every `ms` (errors logged, the process not kept alive); returns how to stop. */
export function repeat(ms: number, job: () => Promise<unknown>, logger: Logger): () => void {
  const timer = setInterval(() => void job().catch((e: unknown) => logger.error(e)), ms);
  timer.unref();
  return () => clearInterval(timer);
}

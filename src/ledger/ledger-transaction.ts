import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** PostgreSQL errors that mean "try the whole transaction again". */
const RETRYABLE = new Set(['40001', '40P01']);

@Injectable()
export class LedgerTransaction {
  constructor(private readonly ds: DataSource) {}

  /**
   * Runs `work` in one READ COMMITTED transaction (or, with `transactional` false, on the pool,
   * each statement its own transaction); retries serialisation failures and deadlocks.
   */
  async run<T>(work: (tx: EntityManager) => Promise<T>, transactional = true): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        // PostgreSQL's default, READ COMMITTED: no SET statement per transaction.
        return await (transactional ? this.ds.transaction(work) : work(this.ds.manager));
      } catch (e) {
        const code = (e as { driverError?: { code?: string }; code?: string }).driverError?.code;
        if (attempt >= 5 || !code || !RETRYABLE.has(code)) throw e;
      }
    }
  }

  /** Runs `work` in a transaction that is always rolled back (a dry run): its answer, no writes. */
  async rehearse<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      return await work(runner.manager);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

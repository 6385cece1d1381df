import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** PostgreSQL errors that mean "try the whole transaction again". */
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Test seam: a hook run after the log insert and before commit, so a test can prove that a
 * failure there leaves neither an entry nor a snapshot change.
 */
@Injectable()
export class LedgerFaults {
  afterAppend?: () => void;
}

@Injectable()
export class LedgerTransaction {
  constructor(
    private readonly ds: DataSource,
    readonly faults: LedgerFaults,
  ) {}

  /** Runs `work` in one READ COMMITTED transaction; retries serialisation failures/deadlocks. */
  async run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        // PostgreSQL's default, READ COMMITTED: no SET statement per transaction.
        return await this.ds.transaction(work);
      } catch (e) {
        const code = (e as { driverError?: { code?: string }; code?: string }).driverError?.code;
        if (attempt >= 5 || !code || !RETRYABLE.has(code)) throw e;
      }
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { CaseRecord } from '../ledger/case.repository';

/** A case row as read for a command: the row and who is recused from the case. */
export type CaseRow = CaseRecord & { recusedOfficerIds: string[] };

/** Cases kept; a row is a few KB (the snapshot), so this bounds the cache to tens of MB. */
const KEPT = 5000;

/**
 * The case rows this process wrote last, so the next event of a case can skip reading it. Only
 * a hint: the write lands only at the version the cached row has, and CaseCommandHandler never
 * refuses an event on a cached row (a refusal is checked again against the database). So a row
 * made stale by another instance costs one retry, never a wrong answer.
 */
@Injectable()
export class CaseRowCache {
  private readonly rows = new Map<string, CaseRow>();

  get(id: string): CaseRow | undefined {
    const row = this.rows.get(id);
    if (row) {
      // Most recently used last, so eviction takes the coldest.
      this.rows.delete(id);
      this.rows.set(id, row);
    }
    return row;
  }

  set(row: CaseRow): void {
    this.rows.delete(row.id);
    this.rows.set(row.id, row);
    if (this.rows.size > KEPT) this.rows.delete(this.rows.keys().next().value!);
  }

  drop(id: string): void {
    this.rows.delete(id);
  }
}

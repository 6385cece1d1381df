import { Injectable } from '@nestjs/common';
import type { CaseRecord } from '../ledger/case.repository';

export type CaseHead = CaseRecord & { recusedOfficerIds: string[] };

/** Cases kept; a head is a few KB (the snapshot), so this bounds the cache to tens of MB. */
const KEPT = 5000;

/**
 * The case rows this process wrote last, so the next event of a case can skip reading it. Only
 * a hint: the write lands only at the version the head has, and CasesService never refuses an
 * event on a head (a refusal is checked again against the database). So a head made stale by
 * another instance costs one retry, never a wrong answer.
 */
@Injectable()
export class CaseHeads {
  private readonly heads = new Map<string, CaseHead>();

  get(id: string): CaseHead | undefined {
    const head = this.heads.get(id);
    if (head) {
      // Most recently used last, so eviction takes the coldest.
      this.heads.delete(id);
      this.heads.set(id, head);
    }
    return head;
  }

  set(head: CaseHead): void {
    this.heads.delete(head.id);
    this.heads.set(head.id, head);
    if (this.heads.size > KEPT) this.heads.delete(this.heads.keys().next().value!);
  }

  drop(id: string): void {
    this.heads.delete(id);
  }
}

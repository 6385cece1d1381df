import { Injectable } from '@nestjs/common';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { pageOf, paging, type Page } from '../common/dto/page';
import { CaseDeadlinesRepository, type DeadlineRow } from '../ledger/case-deadlines.repository';
import type { DeadlinesQuery } from './dto/deadlines.query';

/** `GET /deadlines`: open and missed deadlines across the cases the caller may see. */
@Injectable()
export class DeadlineListing {
  constructor(private readonly deadlines: CaseDeadlinesRepository) {}

  async list(me: AuthenticatedOfficer, q: DeadlinesQuery): Promise<Page<DeadlineRow>> {
    const { pageSize, offset } = paging(q);
    const { items, total } = await this.deadlines.find({
      viewerId: me.id,
      dueBefore: q.dueBefore,
      statuses: q.status ? [q.status] : ['open', 'missed'],
      officerId: q.officerId,
      clock: q.clock,
      limit: pageSize,
      offset,
    });
    return pageOf(items, total, q);
  }
}

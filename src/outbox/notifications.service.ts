import { Injectable } from '@nestjs/common';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { pageOf, paging } from '../common/dto/page';
import type { PageQuery } from '../common/dto/page.query';
import { DomainException } from '../common/errors/domain.exception';
import type { NotificationsQuery } from './dto/notifications.query';
import { InboxRepository } from './inbox.repository';
import { OutboxDeliveryRepository } from './outbox-delivery.repository';

// Ids are bigints in the database: anything else is simply not one of them.
const ID = /^[1-9]\d{0,17}$/;

/** The caller's inbox and the admins' view of undeliverable effects. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly deliveries: OutboxDeliveryRepository,
  ) {}

  async list(me: AuthenticatedOfficer, q: NotificationsQuery) {
    const { pageSize, offset } = paging(q);
    const { items, total, unread } = await this.inbox.list(
      me.id,
      q.unread === 'true',
      pageSize,
      offset,
    );
    // The Page envelope, and how many are unread (over all pages).
    return { ...pageOf(items, total, q), unread };
  }

  async markRead(me: AuthenticatedOfficer, id: string) {
    const read = ID.test(id) ? await this.inbox.markRead(me.id, id) : null;
    if (!read) throw DomainException.notFound('notification', id);
    return read;
  }

  async markAllRead(me: AuthenticatedOfficer) {
    return { marked: await this.inbox.markAllRead(me.id) };
  }

  async deadLetters(q: PageQuery) {
    const { pageSize, offset } = paging(q);
    const { items, total } = await this.deliveries.deadLetters(pageSize, offset);
    return pageOf(items, total, q);
  }

  async revive(id: string) {
    if (!(ID.test(id) && (await this.deliveries.revive(id)))) {
      throw DomainException.notFound('dead letter', id);
    }
    return { id, status: 'pending' };
  }

  stats() {
    return this.deliveries.stats();
  }
}

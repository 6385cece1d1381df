import { Module } from '@nestjs/common';
import { InboxRepository } from './inbox.repository';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxDeliveryRepository } from './outbox-delivery.repository';
import { OutboxDispatcher } from './outbox-dispatcher.service';
import { WebhookSender } from './webhook.sender';

/** Effects leave the outbox: the dispatcher, the in-app inbox, webhooks and dead letters. */
@Module({
  controllers: [NotificationsController, OutboxAdminController],
  providers: [
    OutboxDeliveryRepository,
    InboxRepository,
    WebhookSender,
    OutboxDispatcher,
    NotificationsService,
  ],
  exports: [OutboxDispatcher, OutboxDeliveryRepository],
})
export class OutboxModule {}

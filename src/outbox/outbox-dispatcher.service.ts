import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { asLeader } from '../common/leader-job';
import { AppConfig } from '../config/app-config';
import { backoffMs } from './backoff';
import { InboxRepository } from './inbox.repository';
import {
  INBOX,
  OutboxDeliveryRepository,
  type ClaimedDelivery,
} from './outbox-delivery.repository';
import { WebhookSender } from './webhook.sender';

/** Advisory-lock key: one instance at a time delivers effects. */
const OUTBOX_LOCK = 0x7a686f62; // 'zhob'

export interface DispatchReport {
  routed: number;
  attempted: number;
  delivered: number;
  retrying: number;
  dead: number;
}

const message = (e: unknown): string =>
  e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);

/**
 * Delivers the outbox at least once: to the in-app inbox and to each WEBHOOK_URLS receiver.
 * The leader (advisory lock, held for the whole round) routes new effects to their targets,
 * claims due deliveries with a lease, attempts them and records the outcome; a failure is
 * retried with exponential backoff for OUTBOX_RETRY_FOR_SECONDS, then it is a dead letter.
 * Everything is in the tables, so a killed instance's claims are simply due again when their
 * lease ends, on whichever instance leads next.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private round?: Promise<unknown>;

  constructor(
    private readonly ds: DataSource,
    private readonly deliveries: OutboxDeliveryRepository,
    private readonly inbox: InboxRepository,
    private readonly webhooks: WebhookSender,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round?.catch(() => undefined);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    const poll = this.config.OUTBOX_POLL_MS;
    this.timer = setTimeout(() => {
      this.round = this.runOnce()
        .then((r) => this.schedule(r && r.attempted >= this.config.OUTBOX_BATCH_SIZE ? 0 : poll))
        .catch((e: unknown) => {
          this.logger.error(e);
          this.schedule(poll);
        });
    }, ms);
    this.timer.unref();
  }

  /** One round as leader; undefined when another instance leads. */
  async runOnce(): Promise<DispatchReport | undefined> {
    return asLeader(this.ds, OUTBOX_LOCK, async () => {
      const c = this.config;
      const routed = await this.deliveries.fanOut([INBOX, ...c.webhookUrls], c.OUTBOX_BATCH_SIZE);
      const claimed = await this.deliveries.claim(c.OUTBOX_BATCH_SIZE, c.OUTBOX_LEASE_SECONDS);
      const outcomes = await Promise.all(claimed.map((d) => this.attempt(d)));
      const count = (o: string) => outcomes.filter((x) => x === o).length;
      const report = {
        routed,
        attempted: claimed.length,
        delivered: count('delivered'),
        retrying: count('pending'),
        dead: count('dead'),
      };
      if (report.retrying + report.dead > 0) this.logger.warn(report, 'outbox round');
      return report;
    });
  }

  private async attempt(d: ClaimedDelivery): Promise<'delivered' | 'pending' | 'dead' | 'stale'> {
    try {
      if (d.target === INBOX) {
        await this.inbox.deliver(d);
        return 'delivered';
      }
      if (!this.config.webhookUrls.includes(d.target)) {
        await this.deliveries.bury(d, 'webhook URL no longer in WEBHOOK_URLS');
        return 'dead';
      }
      // The signature's timestamp is real time: receivers compare it with their own clock.
      await this.webhooks.send(d.target, d, Math.floor(Date.now() / 1000));
      await this.deliveries.delivered(d.id);
      return 'delivered';
    } catch (e) {
      const c = this.config;
      const delay = backoffMs(
        d.attempt,
        c.OUTBOX_BACKOFF_BASE_MS,
        c.OUTBOX_BACKOFF_MAX_MS,
        Math.random(),
      );
      const status = await this.deliveries.failed(d, message(e), delay, c.OUTBOX_RETRY_FOR_SECONDS);
      return status === 'superseded' ? 'stale' : status;
    }
  }
}

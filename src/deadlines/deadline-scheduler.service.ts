import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseViews } from '../cases/case-views.service';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { asLeader, repeat } from '../common/leader-job';
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';

/** Advisory-lock key: one leader among the service instances marks deadlines. */
const SCHEDULER_LOCK = 0x7a686467; // 'zhdg'
const HOUR = 3_600_000;

/**
 * Hourly (and on start) marks open deadlines whose day has passed as missed and writes a
 * notification to the outbox. It never changes a case's stage and never touches the log.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private stop?: () => void;

  constructor(
    private readonly ds: DataSource,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly views: CaseViews,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.runOnce().catch((e: unknown) => this.logger.error(e));
    this.stop = repeat(HOUR, () => this.runOnce(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  /** Returns how many deadlines this call marked missed (0 when another instance leads). */
  async runOnce(): Promise<number> {
    const today = this.views.today();
    const at = this.clock.now().toISOString();
    const marked = await asLeader(this.ds, SCHEDULER_LOCK, async (tx) => {
      const missed = await this.deadlines.markMissed(tx, today, at);
      for (const m of missed) {
        await tx.query(
          `INSERT INTO outbox (case_id, seq, type, data, created_at)
           SELECT $1, version, 'DEADLINE_MISSED', $2, $3 FROM cases WHERE id = $1`,
          [m.caseId, { clock: m.clock, dueOn: m.dueOn, markedOn: today }, at],
        );
      }
      if (missed.length) this.logger.log(`marked ${missed.length} deadlines missed`);
      return missed.length;
    });
    return marked ?? 0;
  }
}

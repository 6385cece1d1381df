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
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';

/** Advisory-lock key: one leader among the service instances marks deadlines. */
const SCHEDULER_LOCK = 0x7a686467; // 'zhdg'
const HOUR = 3_600_000;

/**
 * Daily (and on start) marks open deadlines whose day has passed as missed and writes a
 * notification to the outbox. It never changes a case's stage and never touches the log.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly views: CaseViews,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    const tick = () => void this.runOnce().catch((e: unknown) => this.logger.error(e));
    tick();
    this.timer = setInterval(tick, HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many deadlines this call marked missed (0 when another instance leads). */
  async runOnce(): Promise<number> {
    const today = this.views.today();
    const at = this.clock.now().toISOString();
    return this.ds.transaction(async (tx) => {
      const [{ leader }]: { leader: boolean }[] = await tx.query(
        `SELECT pg_try_advisory_xact_lock($1) AS leader`,
        [SCHEDULER_LOCK],
      );
      if (!leader) return 0;
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
  }
}

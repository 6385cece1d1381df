import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { observePool, type PgPool } from './pool-metrics';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The service's Prometheus metrics, one registry per application instance (a test process runs
 * several apps; WORKERS > 1 runs one per process, each scraped on its own). Table-backed figures
 * (outbox, deadlines) are read from PostgreSQL when scraped, so every instance reports the same.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'zhifa_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly events = new Counter({
    name: 'zhifa_events_total',
    help: 'Events sent to cases: accepted, or refused with the problem code and failed guard',
    labelNames: ['type', 'outcome', 'code', 'guard'] as const,
    registers: [this.registry],
  });

  readonly statementDuration = new Histogram({
    name: 'zhifa_db_statement_duration_seconds',
    help: 'Time of each database statement by its first keyword, and whether it failed',
    labelNames: ['verb', 'ok'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  constructor(private readonly ds: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'zhifa_' });
    this.tableGauges();
  }

  onApplicationBootstrap(): void {
    const pool = (this.ds.driver as unknown as { master?: PgPool }).master;
    if (pool) observePool(pool, this.registry, this.statementDuration);
  }

  private tableGauges(): void {
    const gauge = (
      name: string,
      help: string,
      labelNames: string[],
      read: (g: Gauge) => Promise<void>,
    ) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [this.registry],
        collect() {
          // A scrape while the database is down reports what it can (no table figures).
          return read(this).catch(() => this.reset());
        },
      });
    const lag = new Gauge({
      name: 'zhifa_outbox_lag_seconds',
      help: 'Age of the oldest unprocessed outbox row (0 when none)',
      registers: [this.registry],
    });
    // Effects not yet routed, plus deliveries not yet settled (src/outbox): the lag is the oldest.
    gauge(
      'zhifa_outbox_pending',
      'Outbox effects and deliveries not settled yet',
      [],
      async (g) => {
        const [r] = await this.ds.query<{ n: string; age: number | null }[]>(
          `SELECT (SELECT count(*) FROM outbox WHERE processed_at IS NULL)
              + (SELECT count(*) FROM outbox_deliveries WHERE status = 'pending') AS n,
           extract(epoch FROM now() - LEAST(
             (SELECT min(created_at) FROM outbox WHERE processed_at IS NULL),
             (SELECT min(created_at) FROM outbox_deliveries WHERE status = 'pending')))::float8 AS age`,
        );
        g.set(Number(r.n));
        lag.set(r.age ?? 0);
      },
    );
    gauge('zhifa_outbox_dead_letters', 'Deliveries given up on (dead letters)', [], async (g) => {
      const [r] = await this.ds.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM outbox_deliveries WHERE status = 'dead'`,
      );
      g.set(Number(r.n));
    });
    gauge(
      'zhifa_deadlines_missed',
      'Statutory clocks marked missed, by clock',
      ['clock'],
      async (g) => {
        const rows = await this.ds.query<{ clock: string; n: string }[]>(
          `SELECT clock, count(*) AS n FROM case_deadlines WHERE status = 'missed' GROUP BY clock`,
        );
        g.reset();
        for (const r of rows) g.set({ clock: r.clock }, Number(r.n));
      },
    );
  }
}

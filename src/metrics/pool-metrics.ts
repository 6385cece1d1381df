import { Gauge, type Histogram, type Registry } from 'prom-client';

/** The parts of a pg Pool and Client the metrics read. */
export interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  on(event: 'connect', listener: (client: PgClient) => void): unknown;
  /** pg-pool's clients (private; read to time connections opened before the metrics). */
  _clients?: PgClient[];
}
interface PgClient {
  query: (...args: unknown[]) => unknown;
}

const VERBS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'WITH',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'LOCK',
  'SET',
  'NOTIFY',
  'LISTEN',
]);

function verbOf(args: unknown[]): string {
  const first = args[0];
  const text = typeof first === 'string' ? first : (first as { text?: unknown } | undefined)?.text;
  const word =
    typeof text === 'string' ? (/^\s*([A-Za-z]+)/.exec(text)?.[1] ?? '').toUpperCase() : '';
  return VERBS.has(word) ? word : 'OTHER';
}

/** Pool gauges (connections total, idle, waiting) and the time of every statement. */
export function observePool(
  pool: PgPool,
  registry: Registry,
  statements: Histogram<'verb' | 'ok'>,
): void {
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('zhifa_db_pool_connections', 'Connections the pool holds', () => pool.totalCount);
  gauge('zhifa_db_pool_idle', 'Idle connections in the pool', () => pool.idleCount);
  gauge('zhifa_db_pool_waiting', 'Requests waiting for a connection', () => pool.waitingCount);
  // Each connection's query() is timed (promise form, which TypeORM uses).
  const timed = new WeakSet<PgClient>();
  const time = (client: PgClient) => {
    if (timed.has(client)) return;
    timed.add(client);
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      const end = statements.startTimer({ verb: verbOf(args) });
      const result = query(...args);
      if (result instanceof Promise) {
        result.then(
          () => end({ ok: 'true' }),
          () => end({ ok: 'false' }),
        );
      }
      return result;
    };
  };
  for (const client of pool._clients ?? []) time(client);
  pool.on('connect', time);
}

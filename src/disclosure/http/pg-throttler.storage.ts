import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { DataSource } from 'typeorm';

/**
 * Public rate limits kept in PostgreSQL, so every process and instance shares one budget per
 * client: a fixed window per key, counted by one statement per request (database time, so all
 * instances agree on the window).
 */
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly ds: DataSource) {}

  async increment(key: string, ttlMs: number, limit: number): Promise<ThrottlerStorageRecord> {
    const rows: { hits: number; left: string }[] = await this.ds.query(
      `WITH w AS (
         SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / $2) * $2 / 1000)
           AS start)
       INSERT INTO public_rate_limits AS r (key, window_start, hits)
       SELECT $1, w.start, 1 FROM w
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.hits + 1 ELSE 1 END,
         window_start = EXCLUDED.window_start
       RETURNING hits,
         ceil(extract(epoch FROM window_start) + $2 / 1000.0 - extract(epoch FROM clock_timestamp()))
           AS left`,
      [key, ttlMs],
    );
    const hits = Number(rows[0].hits);
    const left = Math.max(1, Number(rows[0].left));
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: left,
      isBlocked,
      timeToBlockExpire: isBlocked ? left : 0,
    };
  }
}

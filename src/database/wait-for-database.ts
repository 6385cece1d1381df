import { Client } from 'pg';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The delay before attempt `n + 1`: doubling from 0.5 s, at most 10 s. */
export const backoffMs = (n: number) => Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (n - 1));

/**
 * Resolves once PostgreSQL at `url` answers a query; until then retries with backoff, logging
 * each attempt (a service started before its database waits instead of exiting).
 */
export async function waitForDatabase(
  url: string,
  connectTimeoutMs: number,
  log: (line: string) => void = (l) => console.warn(l),
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) log(`database reachable after ${attempt} attempts`);
      return;
    } catch (e) {
      const delay = backoffMs(attempt);
      log(
        `database unreachable (attempt ${attempt}: ${(e as Error).message || String(e)}); ` +
          `retrying in ${delay / 1000} s`,
      );
      await sleep(delay);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * Exponential backoff with jitter: the n-th failed attempt (n ≥ 1) waits base·2^(n−1), capped,
 * and then a random 50–100 % of that, so receivers recovering from an outage are not hit by
 * every retry at once.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: number): number {
  const exponential = baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40);
  const capped = Math.min(exponential, maxMs);
  return Math.round(capped * (0.5 + 0.5 * random));
}

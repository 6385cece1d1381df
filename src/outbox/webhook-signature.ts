import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'zhifa-signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (the timestamp stops replays). */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * What a receiver does: recompute the MAC over the raw body and refuse stale timestamps.
 * True only for a well-formed header whose MAC matches and whose time is within `toleranceS`.
 */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | undefined,
  nowUnixSeconds: number,
  toleranceS = 300,
): boolean {
  const m = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(nowUnixSeconds - t) > toleranceS) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).slice(`t=${t},v1=`.length), 'hex');
  return timingSafeEqual(expected, Buffer.from(m[2], 'hex'));
}

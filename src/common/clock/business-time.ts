// Business dates and instants in the bureau's time zone (TZ_BUSINESS), for the edge only.

// Building a DateTimeFormat is costly; one per time zone is kept.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

// Offsets change on quarter-hour boundaries at most (DST); one lookup per zone and quarter hour.
const QUARTER_HOUR_MS = 15 * 60_000;
const offsets = new Map<string, number>();

function offsetMinutes(instant: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(instant / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 10_000) offsets.clear();
    offset = lookUpOffset(instant, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

function lookUpOffset(instant: number, timeZone: string): number {
  const parts = formatFor(timeZone).formatToParts(new Date(instant));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - instant) / 60_000);
}

/** The business date (YYYY-MM-DD) of an instant. */
export function businessDateOf(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000)
    .toISOString()
    .slice(0, 10);
}

/** The first instant of a business date. */
export function startOfBusinessDay(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  return new Date(midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60_000);
}

export const isBareDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** A date or date-time as an instant (a bare date means the start of that business day). */
export function toInstant(value: string, timeZone: string): Date {
  return isBareDate(value) ? startOfBusinessDay(value, timeZone) : new Date(value);
}

/**
 * An instant as the bureau reads it: the same instant with the business offset, e.g.
 * 2026-06-30T16:00:00.000Z → 2026-07-01T00:00:00.000+08:00 in Asia/Shanghai.
 */
export function businessInstant(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

// Pure arithmetic on business dates 'YYYY-MM-DD'. Every computation runs in UTC on whole days,
// so the server's time zone never shifts a date.
import type { IsoDate } from '../model/domain.types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time that names its offset: '…Z', '…+08:00', '…+0800'. */
const EXPLICIT_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_TIME_PREFIX = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}/;
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

// Every clock of every case parses the same few thousand dates; each is parsed once.
const epochDays = new Map<string, number>();
const EPOCH_DAYS_KEPT = 100_000;

/** Days since 1970-01-01 (the epoch day) of a valid 'YYYY-MM-DD'; throws RangeError otherwise. */
export function toEpochDay(date: IsoDate): number {
  const known = epochDays.get(date);
  if (known !== undefined) return known;
  const day = parseEpochDay(date);
  if (epochDays.size >= EPOCH_DAYS_KEPT) epochDays.clear();
  epochDays.set(date, day);
  return day;
}

function parseEpochDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (
      back.getUTCFullYear() === year &&
      back.getUTCMonth() === month - 1 &&
      back.getUTCDate() === day
    ) {
      return ms / MS_PER_DAY;
    }
  }
  throw new RangeError(`not a valid date 'YYYY-MM-DD': ${date}`);
}

export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, epoch day 0, was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function yearOf(date: IsoDate): number {
  toEpochDay(date);
  return Number(date.slice(0, 4));
}

export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n);
  return fromEpochDay(toEpochDay(date) + n);
}

/**
 * 民法典 202: a period in months ends on the corresponding day of the last month, or on that
 * month's last day when it has no such day (2025-01-31 + 1 month = 2025-02-28).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  assertInteger(n);
  toEpochDay(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The business date of an instant in the business time zone. A bare date is already a business
 * date and comes back unchanged; a date-time without an offset is read as wall-clock time in the
 * business time zone, so its own date part is the answer (never the server's zone).
 */
export function businessDate(at: string, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  if (ISO_DATE.test(at)) {
    toEpochDay(at);
    return at;
  }
  const prefix = DATE_TIME_PREFIX.exec(at);
  const ms = Date.parse(at);
  if (!prefix || Number.isNaN(ms)) {
    throw new RangeError(`not an ISO 8601 date-time: ${at}`);
  }
  if (!EXPLICIT_OFFSET.test(at)) {
    return fromEpochDay(toEpochDay(prefix[1]));
  }
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`expected an integer number of days or months, got ${n}`);
  }
}

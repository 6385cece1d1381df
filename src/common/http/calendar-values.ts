// Dates and instants as real calendar values: "2025-02-30" is refused, never shifted to March.
import { type Msg, msg } from '../../../workflows';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/;
/** Strings that claim to be a date or an instant (the whole string, or a date then `T`). */
const LOOKS_DATED = /^\d{4}-\d{2}-\d{2}(T|$)/;

function realDay(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  // Year 0 does not exist (PostgreSQL refuses it: 1 BC precedes AD 1).
  if (Number(y) < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, no time zone involved).
  return day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}

/** A calendar date YYYY-MM-DD that exists. */
export function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  return !!m && realDay(m[1], m[2], m[3]);
}

/** An ISO date-time whose day, hour, minute, second and offset exist. */
export function isRealInstant(s: string): boolean {
  const m = INSTANT.exec(s);
  if (!m || !realDay(m[1], m[2], m[3])) return false;
  const [hh, mm, ss, oh, om] = [m[4], m[5], m[6] ?? '0', m[8] ?? '0', m[9] ?? '0'].map(Number);
  return hh <= 23 && mm <= 59 && ss <= 59 && oh <= 14 && om <= 59;
}

/**
 * Why a string that claims to be a date or an instant is not a real one (undefined when it is,
 * or when it does not claim to be one).
 */
export function calendarValueError(s: string): Msg | undefined {
  if (!LOOKS_DATED.test(s)) return undefined;
  if (s.length === 10) return isRealDate(s) ? undefined : msg('http.notRealDate');
  return isRealInstant(s) ? undefined : msg('http.notRealDateTime');
}

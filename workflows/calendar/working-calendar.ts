// CONTRACT STUB — implemented by the calendar work (see workflows/README.md).
import type { IsoDate, YearArrangement } from '../model/domain.types';

export interface CalendarDate {
  date: IsoDate;
  /** True when any day counted falls in a year with no official arrangement (weekdays only). */
  provisional: boolean;
}

/**
 * Working-day arithmetic on the official arrangement: `chinese-days` for the years it covers,
 * `overrides` (loaded by an admin) take precedence, other years are weekdays-only and provisional.
 * CPL 85: day one is the day after the trigger.
 */
export class WorkingCalendar {
  constructor(readonly overrides: Readonly<Record<number, YearArrangement>> = {}) {}
  isWorkingDay(date: IsoDate): boolean {
    throw new Error(`not implemented ${date}`);
  }
  /** Whether `date`'s year has an official or loaded arrangement. */
  isCovered(date: IsoDate): boolean {
    throw new Error(`not implemented ${date}`);
  }
  /** The n-th working day after `start` (start itself is day 0). n ≥ 0; n = 0 returns start. */
  addWorkingDays(start: IsoDate, n: number): CalendarDate {
    throw new Error(`not implemented ${start} ${n}`);
  }
  /** Number of working days in (from, to] (from exclusive, to inclusive); negative if to < from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    throw new Error(`not implemented ${from} ${to}`);
  }
  /** Working-day arithmetic on Monday–Friday only (the reading without make-up days, §1 ambiguity). */
  addWeekdays(start: IsoDate, n: number): IsoDate {
    throw new Error(`not implemented ${start} ${n}`);
  }
  /** CPL 85: a party-facing period whose last day is not a working day ends on the next one. */
  rollForward(date: IsoDate): CalendarDate {
    throw new Error(`not implemented ${date}`);
  }
  /** The arrangement used for a year and where it came from. */
  arrangement(year: number): { source: 'package' | 'override' | 'weekdays'; arrangement: YearArrangement } {
    throw new Error(`not implemented ${year}`);
  }
}

/** Pure date helpers (UTC-based arithmetic on 'YYYY-MM-DD', no time zone drift). */
export function addDays(date: IsoDate, n: number): IsoDate {
  throw new Error(`not implemented ${date} ${n}`);
}
export function addMonths(date: IsoDate, n: number): IsoDate {
  throw new Error(`not implemented ${date} ${n}`);
}
export function daysBetween(from: IsoDate, to: IsoDate): number {
  throw new Error(`not implemented ${from} ${to}`);
}
/** The business date of an instant in the business time zone (default Asia/Shanghai). */
export function businessDate(at: string, timeZone?: string): IsoDate {
  throw new Error(`not implemented ${at} ${timeZone}`);
}

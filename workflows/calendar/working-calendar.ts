// Working-day calendar of the State Council's annual arrangement (PROCEDURE.md §1).
import type { IsoDate, YearArrangement } from '../model/domain.types';
import { addDays, compareDates, isWeekend, toEpochDay, yearOf } from './date-arithmetic';
import { packageArrangement } from './package-arrangement';

export {
  addDays,
  addMonths,
  businessDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  DEFAULT_TIME_ZONE,
} from './date-arithmetic';
export { packageCoversYear, packageYears } from './package-arrangement';

export interface CalendarDate {
  date: IsoDate;
  /** True when any day counted falls in a year with no official arrangement (weekdays only). */
  provisional: boolean;
}

export type ArrangementSource = 'package' | 'override' | 'weekdays';

interface YearRules {
  source: ArrangementSource;
  arrangement: YearArrangement;
  holidays: ReadonlySet<IsoDate>;
  workdays: ReadonlySet<IsoDate>;
}

/**
 * Working-day arithmetic on the official arrangement: `chinese-days` for the years it covers,
 * `overrides` (loaded by an admin) take precedence, other years are weekdays-only and provisional.
 * CPL 85: day one is the day after the trigger.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, YearRules>();
  /** The calendar never changes once built, so neither does the n-th working day after a date. */
  private readonly added = new Map<string, Readonly<CalendarDate>>();

  constructor(readonly overrides: Readonly<Record<number, YearArrangement>> = {}) {
    for (const [key, arrangement] of Object.entries(overrides)) {
      validateOverride(Number(key), arrangement);
    }
  }

  isWorkingDay(date: IsoDate): boolean {
    const rules = this.rulesFor(yearOf(date));
    if (rules.workdays.has(date)) {
      return true;
    }
    return !rules.holidays.has(date) && !isWeekend(date);
  }

  /** Whether `date`'s year has an official or loaded arrangement. */
  isCovered(date: IsoDate): boolean {
    return this.rulesFor(yearOf(date)).source !== 'weekdays';
  }

  /** The n-th working day after `start` (start itself is day 0). n ≥ 0; n = 0 returns start. */
  addWorkingDays(start: IsoDate, n: number): CalendarDate {
    const key = `${start}+${n}`;
    const known = this.added.get(key);
    if (known) return { ...known };
    const found = this.countWorkingDays(start, n);
    if (this.added.size >= 100_000) this.added.clear();
    this.added.set(key, found);
    return { ...found };
  }

  private countWorkingDays(start: IsoDate, n: number): CalendarDate {
    assertCount(n);
    toEpochDay(start);
    let date = start;
    let provisional = false;
    for (let counted = 0; counted < n;) {
      date = addDays(date, 1);
      provisional ||= !this.isCovered(date);
      if (this.isWorkingDay(date)) {
        counted += 1;
      }
    }
    return { date, provisional };
  }

  /** Number of working days in (from, to] (from exclusive, to inclusive); negative if to < from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (compareDates(to, from) < 0) {
      return -this.workingDaysBetween(to, from);
    }
    let count = 0;
    for (let date = addDays(from, 1); compareDates(date, to) <= 0; date = addDays(date, 1)) {
      if (this.isWorkingDay(date)) {
        count += 1;
      }
    }
    return count;
  }

  /**
   * Working-day arithmetic on Monday–Friday only (the reading without make-up days, §1 ambiguity).
   * Holidays still do not count: S04 puts the end of a window served 2026-02-12 on 02-27, not on
   * 02-19, so only the make-up Saturdays and Sundays are left out.
   */
  addWeekdays(start: IsoDate, n: number): IsoDate {
    assertCount(n);
    toEpochDay(start);
    let date = start;
    for (let counted = 0; counted < n;) {
      date = addDays(date, 1);
      if (!isWeekend(date) && this.isWorkingDay(date)) {
        counted += 1;
      }
    }
    return date;
  }

  /** CPL 85: a party-facing period whose last day is not a working day ends on the next one. */
  rollForward(date: IsoDate): CalendarDate {
    let current = date;
    let provisional = !this.isCovered(current);
    while (!this.isWorkingDay(current)) {
      current = addDays(current, 1);
      provisional ||= !this.isCovered(current);
    }
    return { date: current, provisional };
  }

  /** The arrangement used for a year and where it came from. */
  arrangement(year: number): { source: ArrangementSource; arrangement: YearArrangement } {
    const { source, arrangement } = this.rulesFor(year);
    return { source, arrangement };
  }

  private rulesFor(year: number): YearRules {
    let rules = this.years.get(year);
    if (!rules) {
      rules = resolveYear(year, this.overrides[year]);
      this.years.set(year, rules);
    }
    return rules;
  }
}

function resolveYear(year: number, override: YearArrangement | undefined): YearRules {
  const fromPackage = packageArrangement(year);
  const [source, arrangement]: [ArrangementSource, YearArrangement] = override
    ? ['override', override]
    : fromPackage
      ? ['package', fromPackage]
      : ['weekdays', { year, holidays: [], workdays: [] }];
  return {
    source,
    arrangement: {
      year,
      holidays: [...arrangement.holidays].sort(),
      workdays: [...arrangement.workdays].sort(),
    },
    holidays: new Set(arrangement.holidays),
    workdays: new Set(arrangement.workdays),
  };
}

/** An admin-loaded arrangement must be keyed by its own year and list only dates of that year. */
function validateOverride(key: number, arrangement: YearArrangement): void {
  if (arrangement.year !== key) {
    throw new RangeError(`calendar override for ${key} is labelled year ${arrangement.year}`);
  }
  for (const date of [...arrangement.holidays, ...arrangement.workdays]) {
    if (yearOf(date) !== key) {
      throw new RangeError(`calendar override for ${key} lists ${date}`);
    }
  }
  const clash = arrangement.holidays.find((date) => arrangement.workdays.includes(date));
  if (clash) {
    throw new RangeError(`calendar override for ${key} lists ${clash} as holiday and workday`);
  }
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`expected a whole number of working days ≥ 0, got ${n}`);
  }
}

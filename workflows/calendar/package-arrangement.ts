// The official arrangements shipped by `chinese-days` (国务院办公厅 holiday notices, 2004 onwards).
//
// We read the package's published data file (documented in its README as the JSON form of the
// same data) instead of calling isWorkday()/getDayDetail(): those build their tables with the
// process's local time zone at load time, and in a zone west of UTC (e.g. America/New_York)
// every date comes out one day early. The data file is keyed by plain 'YYYY-MM-DD' strings and
// is identical to what the functions return in UTC or Asia/Shanghai (checked in the tests).
import chineseDaysData from 'chinese-days/dist/chinese-days.json';

import type { YearArrangement } from '../model/domain.types';
import { isWeekend } from './date-arithmetic';

interface ChineseDaysData {
  /** Days off (statutory holidays and bridge days), including those falling on a weekend. */
  holidays: Record<string, string>;
  /** Make-up working days (调休上班日). */
  workdays: Record<string, string>;
}

const data: ChineseDaysData = chineseDaysData;

function groupByYear(dates: string[]): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const date of [...dates].sort()) {
    const year = Number(date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), date]);
  }
  return byYear;
}

const holidaysByYear = groupByYear(Object.keys(data.holidays));
const workdaysByYear = groupByYear(Object.keys(data.workdays));

/**
 * A year counts as covered only when the package holds that year's notice: every notice has at
 * least New Year's Day among its holidays, so a year without holiday entries is not covered.
 */
export function packageCoversYear(year: number): boolean {
  return holidaysByYear.has(year);
}

/** Years the installed package has an arrangement for, ascending (2004–2026 in v1.5.7). */
export function packageYears(): number[] {
  return [...holidaysByYear.keys()].sort((a, b) => a - b);
}

/**
 * The package's arrangement for `year` in the YearArrangement shape: holidays that fall on a
 * weekday (weekend days off need no entry) and make-up days that fall on a weekend.
 */
export function packageArrangement(year: number): YearArrangement | undefined {
  if (!packageCoversYear(year)) {
    return undefined;
  }
  return {
    year,
    holidays: (holidaysByYear.get(year) ?? []).filter((date) => !isWeekend(date)),
    workdays: (workdaysByYear.get(year) ?? []).filter((date) => isWeekend(date)),
  };
}

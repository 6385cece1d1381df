// Date helpers of the machine, on top of the working calendar (PROCEDURE.md §1).
import type { IsoDate } from '../model/domain.types';
import type { RuleSet } from '../rules/rule-set';
import { createRuleRegistry, DEFAULT_RULE_SET, defaultRuleRegistry } from '../rules/rule-set';
import {
  addDays,
  addMonths,
  businessDate,
  compareDates,
  daysBetween,
  WorkingCalendar,
} from '../calendar/working-calendar';
import type { Environment } from './transition.types';

export { addDays, addMonths, businessDate, compareDates, daysBetween, WorkingCalendar };

export function toEpochDayOrNull(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return null;
  }
  try {
    return daysBetween('1970-01-01', date);
  } catch {
    return null;
  }
}

export const before = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;
export const after = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;
export const latest = (a: IsoDate, b: IsoDate): IsoDate => (after(a, b) ? a : b);

/** Business date of an event field: a bare date, or a date-time read in the business zone. */
export function dayOf(at: string, env: Environment = {}): IsoDate {
  return businessDate(at, env.timeZone);
}

const calendars = new WeakMap<object, WorkingCalendar>();
const defaultCalendar = new WorkingCalendar();

/** One calendar per loaded arrangement (the package data, with the admin's overrides on top). */
export function calendarFor(env: Environment = {}): WorkingCalendar {
  const overrides = env.calendarOverrides;
  if (!overrides) {
    return defaultCalendar;
  }
  let calendar = calendars.get(overrides);
  if (!calendar) {
    calendar = new WorkingCalendar(overrides);
    calendars.set(overrides, calendar);
  }
  return calendar;
}

/** The rule set in force on a date: the environment's configuration, else the defaults. */
export function rulesOn(date: IsoDate, env: Environment = {}): RuleSet {
  const registry = env.ruleSets ? createRuleRegistry([...env.ruleSets]) : defaultRuleRegistry;
  try {
    return registry.inForceOn(date);
  } catch {
    // Before the first configured set (an old case entered after the fact): the earliest one.
    const sets = env.ruleSets ? [...env.ruleSets] : [DEFAULT_RULE_SET];
    return (
      sets.sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom))[0] ?? DEFAULT_RULE_SET
    );
  }
}

/** The latest day that still lies `n` working days before `date` (n-th WD before, day 0 = date). */
export function subtractWorkingDays(calendar: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  let current = date;
  for (let counted = 0; counted < n;) {
    current = addDays(current, -1);
    if (calendar.isWorkingDay(current)) {
      counted += 1;
    }
  }
  return current;
}

/**
 * True when instant `a` lies before instant `b`; bare dates compare as business dates. The one
 * "not before the previous event" rule: the machine checks occurredAt with it, and so does the
 * service (src/cases/entry-sealer.ts) before it resolves a bare date to an instant.
 */
export function earlierThan(a: string, b: string, env: Environment = {}): boolean {
  const bare = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (bare(a) || bare(b)) {
    return before(dayOf(a, env), dayOf(b, env));
  }
  return Date.parse(a) < Date.parse(b);
}

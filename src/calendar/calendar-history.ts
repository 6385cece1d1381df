import type { YearArrangement, Environment } from '../../workflows';
import { sha256Canonical } from '../ledger/entry-hash';
import type { CalendarPin, LogEntry } from '../ledger/log-entry';

/** One admin load of a year's arrangement, as kept in calendar_arrangements (never changed). */
export interface ArrangementLoad extends YearArrangement {
  id: number;
  loadedAt: string;
}


type Overrides = Record<number, YearArrangement>;

/** The latest load per year among `loads`. */
export function inForceOf(loads: ArrangementLoad[]): ArrangementLoad[] {
  const byYear = new Map<number, ArrangementLoad>();
  for (const l of loads) {
    const seen = byYear.get(l.year);
    if (!seen || l.id > seen.id) byYear.set(l.year, l);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function overridesOf(loads: ArrangementLoad[]): Overrides {
  const o: Overrides = {};
  for (const { year, holidays, workdays } of loads) o[year] = { year, holidays, workdays };
  return o;
}

export const calendarDigest = (overrides: Overrides): string => sha256Canonical(overrides);

/** The pin of the arrangement `loads` put in force. */
export function pinOf(inForce: ArrangementLoad[]): { pin: CalendarPin; overrides: Overrides } {
  const overrides = overridesOf(inForce);
  return {
    pin: {
      arrangements: inForce.map((l) => l.id).sort((a, b) => a - b),
      digest: calendarDigest(overrides),
    },
    overrides,
  };
}

export class CalendarPinError extends Error {}

/**
 * Every load ever made, so replay and verification decide each entry with the calendar it was
 * recorded under rather than today's. Entries recorded before pins existed use the loads made
 * by their recordedAt. Pure: the offline verifier builds one from an export bundle.
 */
export class CalendarHistory {
  private readonly envs = new Map<string, { env: Environment; digest: string }>();
  private readonly byId: Map<number, ArrangementLoad>;

  constructor(
    readonly loads: ArrangementLoad[],
    private readonly base: Environment = {},
  ) {
    this.byId = new Map(loads.map((l) => [l.id, l]));
  }

  /** The environment entry `e` was decided in; throws CalendarPinError if it cannot be rebuilt. */
  envFor(e: LogEntry): Environment {
    const pin = e.facts.calendar;
    const key = pin ? `pin:${pin.arrangements.join(',')}` : `at:${e.recordedAt}`;
    let found = this.envs.get(key);
    if (!found) {
      const used = pin ? this.pinned(pin, e.seq) : this.loadedBy(e.recordedAt);
      const overrides = overridesOf(used);
      found = {
        env: { ...this.base, calendarOverrides: overrides },
        digest: calendarDigest(overrides),
      };
      this.envs.set(key, found);
    }
    if (pin && found.digest !== pin.digest) {
      throw new CalendarPinError(
        `entry ${e.seq}: the calendar arrangement does not match its digest`,
      );
    }
    return found.env;
  }

  /** The loads a set of entries needs (what an export bundle carries). */
  needed(entries: LogEntry[]): ArrangementLoad[] {
    const ids = new Set<number>();
    for (const e of entries) {
      const used = e.facts.calendar
        ? e.facts.calendar.arrangements
        : this.loadedBy(e.recordedAt).map((l) => l.id);
      for (const id of used) ids.add(id);
    }
    return this.loads.filter((l) => ids.has(l.id)).sort((a, b) => a.id - b.id);
  }

  private pinned(pin: CalendarPin, seq: number): ArrangementLoad[] {
    return pin.arrangements.map((id) => {
      const load = this.byId.get(id);
      if (!load)
        throw new CalendarPinError(`entry ${seq}: calendar arrangement ${id} is not available`);
      return load;
    });
  }

  private loadedBy(at: string): ArrangementLoad[] {
    return inForceOf(this.loads.filter((l) => l.loadedAt <= at));
  }
}

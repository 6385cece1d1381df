import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import type { Environment } from '../../workflows';
import { AppConfig } from '../config/app-config';
import type { CalendarPin } from '../ledger/log-entry';
import { CalendarHistory, inForceOf, pinOf } from './calendar-history';
import { CalendarRepository } from './calendar.repository';

/** How long another instance may keep using the arrangements it read (a load is rare). */
const FRESH_MS = 2_000;

/** The calendar each handed-out environment carries, for the entries decided with it. */
const pins = new WeakMap<Environment, CalendarPin>();

/**
 * Inputs the machine needs that are not part of a case: the business time zone, the bureau's
 * province and the working-day arrangements admins loaded. The same object is handed out while
 * fresh, so the machine's calendar cache hits; a load on this instance refreshes it at once.
 */
@Injectable()
export class WorkflowEnvironment {
  private cached?: { env: Environment; at: number };

  constructor(
    private readonly config: AppConfig,
    private readonly calendars: CalendarRepository,
  ) {}

  async current(): Promise<Environment> {
    if (this.cached && performance.now() - this.cached.at < FRESH_MS) return this.cached.env;
    const { pin, overrides } = pinOf(inForceOf(await this.calendars.all()));
    const env: Environment = { ...this.base(), calendarOverrides: overrides };
    pins.set(env, pin);
    this.cached = { env, at: performance.now() };
    return env;
  }

  /** The calendar pin of an environment `current()` handed out (stored in each entry's facts). */
  pinOf(env: Environment): CalendarPin | undefined {
    return pins.get(env);
  }

  /**
   * The id of the last calendar load `env` was built from: an event's write lands only if no
   * load came after it (EntryWrite.calendarLoad), so no clock is computed on a replaced calendar
   * even by an instance whose environment is up to FRESH_MS old.
   */
  lastLoadOf(env: Environment): number | undefined {
    // The latest load of all is the latest of its year, so it is in force: the pin's highest id.
    const loads = pins.get(env)?.arrangements;
    return loads && Math.max(0, ...loads);
  }

  /** Every load, to replay entries with the calendar they were decided in. */
  async history(): Promise<CalendarHistory> {
    return new CalendarHistory(await this.calendars.all(), this.base());
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private base(): Environment {
    return {
      timeZone: this.config.TZ_BUSINESS,
      ...(this.config.BUREAU_PROVINCE ? { bureauProvince: this.config.BUREAU_PROVINCE } : {}),
    };
  }
}

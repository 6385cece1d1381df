import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import type { YearArrangement } from '../../workflows/model/domain.types';
import type { Environment } from '../../workflows/penalty-case/transition.types';
import { AppConfig } from '../config/app-config';
import { CalendarRepository } from './calendar.repository';

/** How long another instance may keep using the arrangements it read (a load is rare). */
const FRESH_MS = 2_000;

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
    const overrides: Record<number, YearArrangement> = {};
    for (const a of await this.calendars.inForce()) {
      overrides[a.year] = { year: a.year, holidays: a.holidays, workdays: a.workdays };
    }
    const env: Environment = {
      timeZone: this.config.TZ_BUSINESS,
      calendarOverrides: overrides,
      ...(this.config.BUREAU_PROVINCE ? { bureauProvince: this.config.BUREAU_PROVINCE } : {}),
    };
    this.cached = { env, at: performance.now() };
    return env;
  }

  invalidate(): void {
    this.cached = undefined;
  }
}

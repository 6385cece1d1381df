import { Injectable } from '@nestjs/common';
import type { YearArrangement } from '../../workflows/model/domain.types';
import type { Environment } from '../../workflows/penalty-case/transition.types';
import { AppConfig } from '../config/app-config';
import { CalendarRepository } from './calendar.repository';

/**
 * Inputs the machine needs that are not part of a case: the business time zone and the
 * working-day arrangements admins loaded. Read per request so every instance sees a load at once.
 */
@Injectable()
export class WorkflowEnvironment {
  constructor(
    private readonly config: AppConfig,
    private readonly calendars: CalendarRepository,
  ) {}

  async current(): Promise<Environment> {
    const overrides: Record<number, YearArrangement> = {};
    for (const a of await this.calendars.inForce()) {
      overrides[a.year] = { year: a.year, holidays: a.holidays, workdays: a.workdays };
    }
    return {
      timeZone: this.config.TZ_BUSINESS,
      calendarOverrides: overrides,
      ...(this.config.BUREAU_PROVINCE ? { bureauProvince: this.config.BUREAU_PROVINCE } : {}),
    };
  }
}

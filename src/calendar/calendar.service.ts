import { Injectable } from '@nestjs/common';
import { WorkingCalendar, type YearArrangement, getCaseApi, msg } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { businessDateOf } from '../common/clock/business-time';
import { Clock } from '../common/clock/clock';
import { DomainException, type FieldError } from '../common/errors/domain.exception';
import { AppConfig } from '../config/app-config';
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';
import { CaseRepository } from '../ledger/case.repository';
import { LedgerTransaction } from '../ledger/ledger-transaction';
import { CalendarRepository } from './calendar.repository';
import type { ArrangementDto } from './dto/arrangement.dto';
import { WorkflowEnvironment } from './workflow-environment';

const isWeekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

/** Calendar administration: what arrangement is in use, and loading a year's notice. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly envs: WorkflowEnvironment,
    private readonly cases: CaseRepository,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly tx: LedgerTransaction,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async get(year: number) {
    const env = await this.envs.current();
    const { source, arrangement } = new WorkingCalendar(env.calendarOverrides).arrangement(year);
    const loaded = (await this.repo.inForce()).find((a) => a.year === year);
    return {
      ...arrangement,
      source,
      provisional: source === 'weekdays',
      ...(loaded
        ? { note: loaded.note, loadedBy: loaded.loadedBy, loadedAt: loaded.loadedAt }
        : {}),
    };
  }

  async put(year: number, dto: ArrangementDto, admin: AuthenticatedOfficer) {
    const arrangement: YearArrangement = { year, holidays: dto.holidays, workdays: dto.workdays };
    this.validate(arrangement);
    await this.repo.add(arrangement, dto.note, admin.id, this.clock.now().toISOString());
    this.envs.invalidate();
    const recomputed = await this.recomputeAffected(year);
    return { ...(await this.get(year)), recomputedCases: recomputed };
  }

  private validate(a: YearArrangement): void {
    const errors: FieldError[] = [
      ...a.holidays
        .filter((d) => !d.startsWith(`${a.year}-`))
        .map((d) => ({
          field: 'holidays',
          reason: msg('calendar.notInYear', { day: d, year: a.year }),
        })),
      ...a.workdays
        .filter((d) => !d.startsWith(`${a.year}-`))
        .map((d) => ({
          field: 'workdays',
          reason: msg('calendar.notInYear', { day: d, year: a.year }),
        })),
      ...a.workdays
        .filter((d) => !isWeekend(d))
        .map((d) => ({
          field: 'workdays',
          reason: msg('calendar.weekdayWorkday', { day: d }),
        })),
      ...a.holidays
        .filter((d) => a.workdays.includes(d))
        .map((d) => ({ field: 'holidays', reason: msg('calendar.alsoWorkday', { day: d }) })),
    ];
    if (errors.length === 0) {
      try {
        new WorkingCalendar({ [a.year]: a });
      } catch (e) {
        errors.push({ field: 'holidays', reason: (e as Error).message });
      }
    }
    if (errors.length > 0) throw DomainException.validation(errors);
  }

  /**
   * The deadlines the load can move are computed again on it at once: the stored table, desks
   * and the missed-deadline scheduler never read a clock of the calendar it replaced (issue 19).
   */
  private async recomputeAffected(year: number): Promise<{ id: string; caseNumber: string }[]> {
    const env = await this.envs.current();
    const today = businessDateOf(this.clock.now(), this.config.TZ_BUSINESS);
    const affected: { id: string; caseNumber: string }[] = [];
    for (const id of await this.deadlines.casesAffectedByCalendar(year)) {
      await this.tx.run(async (tx) => {
        const record = await this.cases.read(tx, id, true);
        if (!record) return;
        const api = getCaseApi(record.machineId, record.machineVersion);
        await this.deadlines.replace(tx, id, api.deadlines(record.snapshot, today, env));
        affected.push({ id, caseNumber: record.caseNumber });
      });
    }
    return affected;
  }
}

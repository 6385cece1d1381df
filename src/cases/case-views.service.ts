import { Injectable } from '@nestjs/common';
import {
  type OfficerFacts,
  type Deadline,
  type Environment,
  type NextActionsRequest,
  getCaseApi,
} from '../../workflows';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import type { CaseRecord } from '../ledger/case.repository';
import { businessDateOf } from '../common/clock/business-time';
import { buildCaseView, type CaseView } from './case-view';
import { WorkflowEnvironment } from '../calendar/workflow-environment';
import type { CalendarHistory } from '../calendar/calendar-history';
import type { CalendarPin } from '../ledger/log-entry';
import { OfficersService } from '../officers/officers.service';
import { officerFacts } from './case-facts.service';

/** Computes CaseViews (deadlines, allowed events, execution) for a caller as of a date. */
@Injectable()
export class CaseViews {
  constructor(
    private readonly envs: WorkflowEnvironment,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly officers: OfficersService,
  ) {}

  /** The environment in force; `fresh` reads the calendar again (a write found a newer load). */
  environment(opts: { fresh?: boolean } = {}): Promise<Environment> {
    if (opts.fresh) this.envs.invalidate();
    return this.envs.current();
  }

  /** The last calendar load `env` was built from (checked by the event's write). */
  lastLoadOf(env: Environment): number | undefined {
    return this.envs.lastLoadOf(env);
  }

  /** The calendar an environment carries, pinned in the entries decided with it. */
  calendarPin(env: Environment): CalendarPin | undefined {
    return this.envs.pinOf(env);
  }

  /** Every calendar load, to replay each entry with the calendar it was decided in. */
  calendarHistory(): Promise<CalendarHistory> {
    return this.envs.history();
  }

  today(): string {
    return businessDateOf(this.clock.now(), this.config.TZ_BUSINESS);
  }

  dateOf(instant: string): string {
    return businessDateOf(new Date(instant), this.config.TZ_BUSINESS);
  }

  deadlines(record: CaseRecord, env: Environment, asOf = this.today()): Deadline[] {
    return getCaseApi(record.machineId, record.machineVersion).deadlines(
      record.snapshot,
      asOf,
      env,
    );
  }

  /**
   * "What next?" for a caller on a business date: the facts of the case's handlers (the officers
   * the case fixes) and its recusals — what nextActions, allowedEvents and waitingFor read.
   */
  async nextRequest(
    record: CaseRecord,
    caller: OfficerFacts,
    recusedOfficerIds: string[],
    env: Environment,
    asOf = this.today(),
  ): Promise<NextActionsRequest> {
    const { found } = await this.officers.factsOf(record.handlerIds);
    const officers: Record<string, OfficerFacts> = {};
    for (const o of [...found, caller]) officers[o.id] = officerFacts(o);
    return { caller: officerFacts(caller), officers, recusedOfficerIds, at: asOf, env };
  }

  async build(
    record: CaseRecord,
    viewer: OfficerFacts,
    recusedOfficerIds: string[],
    env: Environment,
    deadlines?: Deadline[],
    asOf = this.today(),
  ): Promise<CaseView> {
    return buildCaseView({
      record,
      api: getCaseApi(record.machineId, record.machineVersion),
      next: await this.nextRequest(record, viewer, recusedOfficerIds, env, asOf),
      asOf,
      env,
      deadlines,
    });
  }
}

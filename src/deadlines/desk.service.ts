import { Injectable } from '@nestjs/common';
import {
  allowedOf,
  type NextActionsRequest,
  type WaitingFor,
  getCaseApi,
  WorkingCalendar,
} from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseViews } from '../cases/case-views.service';
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';
import { CaseRepository, type CaseRecord } from '../ledger/case.repository';
import { pageOf, paging, type Page } from '../common/dto/page';
import type { PageQuery } from '../common/dto/page.query';
import { DeskRepository } from './desk.repository';

export interface DeskItem {
  caseId: string;
  caseNumber: string;
  stage: string;
  partyName: string;
  allowedEvents: string[];
  /** Who must act next: the same answer as the case view and a 409. */
  waitingFor: WaitingFor;
  nextDeadline?: {
    clock: string;
    dueOn: string;
    status: string;
    /** Working days from today to dueOn (negative once overdue): the desk's light, server-side. */
    workingDaysLeft: number;
  };
}

/** A desk is a work list, not an archive: the most urgent cases the caller may act in, at most. */
export const DESK_MAX = 100;

/** "What is waiting for me": cases where the caller can act now, most urgent first. */
@Injectable()
export class DeskService {
  constructor(
    private readonly desk: DeskRepository,
    private readonly cases: CaseRepository,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly views: CaseViews,
  ) {}

  async of(me: AuthenticatedOfficer, q: PageQuery = {}): Promise<Page<DeskItem>> {
    const { pageSize, offset } = paging(q);
    const candidates = await this.desk.candidates(me.id, me.roles, DESK_MAX);
    const ids = candidates.map((c) => c.id);
    const [records, recusals] = await Promise.all([
      this.cases.getMany(ids),
      this.cases.recusalsOf(ids),
    ]);
    const env = await this.views.environment();
    // Every candidate is asked, so the total is the desk's size, not a guess.
    const open: {
      id: string;
      record: CaseRecord;
      allowedEvents: string[];
      next: NextActionsRequest;
    }[] = [];
    for (const id of ids) {
      const record = records.get(id);
      if (!record) continue;
      const api = getCaseApi(record.machineId, record.machineVersion);
      // The repository leaves out the cases the caller is recused from; others' recusals count.
      const next = await this.views.nextRequest(record, me, recusals.get(id) ?? [], env);
      const allowedEvents = allowedOf(api.nextActions(record.snapshot, next));
      if (allowedEvents.length > 0) open.push({ id, record, allowedEvents, next });
    }
    // Who is waited for asks the machine again (for nobody in particular): only for the page.
    const shown = open.slice(offset, offset + pageSize).map(({ next, ...c }) => ({
      ...c,
      waitingFor: getCaseApi(c.record.machineId, c.record.machineVersion).waitingFor(
        c.record.snapshot,
        next,
      ),
    }));
    const nearest = await this.deadlines.nearest(shown.map((c) => c.id));
    const calendar = new WorkingCalendar(env.calendarOverrides);
    const today = this.views.today();
    const items = shown.map(({ id, record, allowedEvents, waitingFor }): DeskItem => {
      const nearby = nearest.get(id);
      return {
        caseId: id,
        caseNumber: record.caseNumber,
        stage: record.stage,
        partyName: record.partyName,
        allowedEvents,
        waitingFor,
        ...(nearby
          ? {
              nextDeadline: {
                ...nearby,
                workingDaysLeft: calendar.workingDaysBetween(today, nearby.dueOn),
              },
            }
          : {}),
      };
    });
    return pageOf(items, open.length, q);
  }
}

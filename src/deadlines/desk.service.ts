import { Injectable } from '@nestjs/common';
import { allowedOf } from '../../workflows/penalty-case/penalty-case.next';
import type { WaitingFor } from '../../workflows/penalty-case/transition.types';
import { getCaseApi } from '../../workflows/registry';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseViews } from '../cases/case-views.service';
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';
import { CaseRepository } from '../ledger/case.repository';
import { DeskRepository } from './desk.repository';

export interface DeskItem {
  caseId: string;
  caseNumber: string;
  stage: string;
  partyName: string;
  allowedEvents: string[];
  /** Who must act next: the same answer as the case view and a 409. */
  waitingFor: WaitingFor;
  nextDeadline?: { clock: string; dueOn: string; status: string };
}

/** "What is waiting for me": cases where the caller can act now, most urgent first. */
@Injectable()
export class DeskService {
  constructor(
    private readonly desk: DeskRepository,
    private readonly cases: CaseRepository,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly views: CaseViews,
  ) {}

  async of(me: AuthenticatedOfficer, size = 20): Promise<{ items: DeskItem[] }> {
    // A few spare candidates: the machine may find nothing for the caller to do in some.
    const candidates = await this.desk.candidates(me.id, me.roles, size + 10);
    const ids = candidates.map((c) => c.id);
    const [records, nearest, recusals] = await Promise.all([
      this.cases.getMany(ids),
      this.deadlines.nearest(ids),
      this.cases.recusalsOf(ids),
    ]);
    const env = await this.views.environment();
    const items: DeskItem[] = [];
    for (const id of ids) {
      const record = records.get(id);
      if (!record) continue;
      const api = getCaseApi(record.machineId, record.machineVersion);
      // The repository leaves out the cases the caller is recused from; others' recusals count.
      const recused = recusals.get(id) ?? [];
      const next = await this.views.nextRequest(record, me, recused, env);
      const allowedEvents = allowedOf(api.nextActions(record.snapshot, next));
      if (allowedEvents.length === 0) continue;
      const nearby = nearest.get(id);
      items.push({
        caseId: id,
        caseNumber: record.caseNumber,
        stage: record.stage,
        partyName: record.partyName,
        allowedEvents,
        waitingFor: api.waitingFor(record.snapshot, next),
        ...(nearby ? { nextDeadline: nearby } : {}),
      });
      if (items.length >= size) break;
    }
    return { items };
  }
}

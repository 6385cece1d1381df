import { Injectable } from '@nestjs/common';
import { getCaseApi } from '../../workflows/registry';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseViews } from '../cases/case-views.service';
import { CaseRepository } from '../ledger/case.repository';
import { DeskRepository } from './desk.repository';

export interface DeskItem {
  caseId: string;
  caseNumber: string;
  stage: string;
  partyName: string;
  allowedEvents: string[];
  nextDeadline?: { clock: string; dueOn: string; status: string };
}

/** "What is waiting for me": cases where the caller can act now, most urgent first. */
@Injectable()
export class DeskService {
  constructor(
    private readonly desk: DeskRepository,
    private readonly cases: CaseRepository,
    private readonly views: CaseViews,
  ) {}

  async of(me: AuthenticatedOfficer, size = 50): Promise<{ items: DeskItem[] }> {
    const env = await this.views.environment();
    const today = this.views.today();
    const candidates = await this.desk.candidates(me.id, me.roles, size * 2);
    const records = await this.cases.getMany(candidates.map((c) => c.id));
    const items: DeskItem[] = [];
    for (const c of candidates) {
      const record = records.get(c.id);
      if (!record) continue;
      const api = getCaseApi(record.machineId, record.machineVersion);
      const allowedEvents = api.allowedEvents(record.snapshot, me, false);
      if (allowedEvents.length === 0) continue;
      const next = api
        .deadlines(record.snapshot, today, env)
        .filter((d) => d.status === 'open' || d.status === 'missed')
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
      items.push({
        caseId: record.id,
        caseNumber: record.caseNumber,
        stage: record.stage,
        partyName: record.partyName,
        allowedEvents,
        ...(next
          ? { nextDeadline: { clock: next.clock, dueOn: next.dueOn, status: next.status } }
          : {}),
      });
      if (items.length >= size) break;
    }
    return { items };
  }
}

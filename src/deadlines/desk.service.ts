import { Injectable } from '@nestjs/common';
import { getCaseApi } from '../../workflows/registry';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseDeadlinesRepository } from '../ledger/case-deadlines.repository';
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
    private readonly deadlines: CaseDeadlinesRepository,
  ) {}

  async of(me: AuthenticatedOfficer, size = 20): Promise<{ items: DeskItem[] }> {
    // A few spare candidates: the machine may find nothing for the caller to do in some.
    const candidates = await this.desk.candidates(me.id, me.roles, size + 10);
    const ids = candidates.map((c) => c.id);
    const [records, nearest] = await Promise.all([
      this.cases.getMany(ids),
      this.deadlines.nearest(ids),
    ]);
    const items: DeskItem[] = [];
    for (const id of ids) {
      const record = records.get(id);
      if (!record) continue;
      const api = getCaseApi(record.machineId, record.machineVersion);
      const allowedEvents = api.allowedEvents(record.snapshot, me, false);
      if (allowedEvents.length === 0) continue;
      const next = nearest.get(id);
      items.push({
        caseId: id,
        caseNumber: record.caseNumber,
        stage: record.stage,
        partyName: record.partyName,
        allowedEvents,
        ...(next ? { nextDeadline: next } : {}),
      });
      if (items.length >= size) break;
    }
    return { items };
  }
}

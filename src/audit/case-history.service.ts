import { Injectable } from '@nestjs/common';
import { getCaseApi } from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { WorkflowEnvironment } from '../calendar/workflow-environment';
import { businessDateOf } from '../common/clock/business-time';
import { AppConfig } from '../config/app-config';
import { AuditReadsRepository } from '../ledger/audit-reads.repository';
import { CaseLogRepository } from '../ledger/case-log.repository';
import type { LogEntry } from '../ledger/log-entry';
import { AuditService } from './audit.service';
import { environmentOf, replayLog, requestAt } from './case-replay';
import { diffValues } from './context-diff';
import { invariantReport } from './invariant-report';

/**
 * The time-travel view (issue 17): the log replayed once through the case's pinned machine, and
 * at each entry the stage, context, clocks and events as they stood then, with what changed.
 * Each entry is evaluated on its own business date and the calendar it was decided in, exactly
 * as GET /cases/:id/replay?seq=N does for one entry.
 */
@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly audit: AuditService,
    private readonly log: CaseLogRepository,
    private readonly envs: WorkflowEnvironment,
    private readonly config: AppConfig,
    private readonly reads: AuditReadsRepository,
  ) {}

  async history(id: string, viewer: AuthenticatedOfficer) {
    const record = await this.audit.load(id, viewer);
    const entries = await this.log.list(id);
    const calendars = await this.envs.history();
    const envOf = (e: LogEntry) => calendars.envFor(e);
    const steps = replayLog(record.machineId, record.machineVersion, entries, envOf);
    const api = getCaseApi(record.machineId, record.machineVersion);
    const report = invariantReport(record, entries, steps, envOf);
    await this.reads.record(id, viewer.id, 'history');
    return {
      caseId: id,
      caseNumber: record.caseNumber,
      machineVersion: report.machineVersion,
      machineVersionCurrent: report.machineVersionCurrent,
      entries: steps.map(({ seq, result }, i) => {
        const entry = entries[i];
        const env = environmentOf(envOf, entry);
        const previous = i > 0 ? steps[i - 1].result : undefined;
        return {
          seq,
          type: entry.type,
          occurredAt: entry.occurredAt,
          actorId: entry.actorId,
          stage: result.stage,
          previousStage: previous?.stage,
          state: result.state,
          context: result.context,
          deadlines: api.deadlines(
            result.snapshot,
            businessDateOf(new Date(entry.occurredAt), this.config.TZ_BUSINESS),
            env,
          ),
          // Whoever may send them (an auditor sends none): what the case was waiting for.
          allowedEvents: api.waitingFor(result.snapshot, requestAt(entry, viewer, env)).events,
          changes: diffValues(previous?.context ?? {}, result.context),
          invariantBreaches: report.invariantBreaches.filter((b) => b.seq === seq),
        };
      }),
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows/messages/catalogue';
import { AuditReadsRepository } from '../ledger/audit-reads.repository';
import { CaseLogRepository } from '../ledger/case-log.repository';
import { CaseRepository } from '../ledger/case.repository';
import { toLogEntryView, type LogEntryView } from '../ledger/log-entry';
import { DataSource } from 'typeorm';
import { assertVisible, caseAccess, partyFor } from './case-access';
import type { CaseView } from './case-view';
import { CaseViews } from './case-views.service';
import type { ListCasesQuery } from './dto/case-event.dto';

/** Reads of cases: views for a caller, listings, and the log. */
@Injectable()
export class CaseQueries {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseRepository,
    private readonly log: CaseLogRepository,
    private readonly views: CaseViews,
    private readonly reads: AuditReadsRepository,
  ) {}

  async get(id: string, viewer: AuthenticatedOfficer, asOf?: string): Promise<CaseView> {
    const record = await this.cases.get(id);
    if (!record) throw DomainException.notFound('case', id);
    const recused = await this.cases.recusedOfficerIds(this.ds.manager, id);
    const access = caseAccess(viewer, record, recused);
    assertVisible(access, id);
    if (viewer.roles.includes('auditor')) await this.reads.record(id, viewer.id, 'case');
    const view = await this.views.build(
      record,
      viewer,
      recused,
      await this.views.environment(),
      undefined,
      asOf,
    );
    return { ...view, party: partyFor(access, view.party) };
  }

  async list(
    q: ListCasesQuery,
    viewer: AuthenticatedOfficer,
  ): Promise<{ items: CaseView[]; total: number }> {
    const pageSize = Number(q.pageSize ?? 20);
    const page = Number(q.page ?? 1);
    const { items, total } = await this.cases.list({
      stage: q.stage,
      officerId: q.officerId,
      overdueAsOf: q.overdue === 'true' ? this.views.today() : undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const env = await this.views.environment();
    const views: CaseView[] = [];
    let hidden = 0;
    for (const r of items) {
      const recused = await this.cases.recusedOfficerIds(this.ds.manager, r.id);
      const access = caseAccess(viewer, r, recused);
      if (access === 'none') {
        hidden++;
        continue;
      }
      const view = await this.views.build(r, viewer, recused, env);
      views.push({ ...view, party: partyFor(access, view.party) });
    }
    return { items: views, total: total - hidden };
  }

  private recused(id: string): Promise<string[]> {
    return this.cases.recusedOfficerIds(this.ds.manager, id);
  }

  /** API.md: the log is for auditors and the case's own handlers. */
  async entries(id: string, viewer: AuthenticatedOfficer): Promise<LogEntryView[]> {
    const record = await this.cases.get(id);
    if (!record) throw DomainException.notFound('case', id);
    assertVisible(caseAccess(viewer, record, await this.recused(id)), id);
    const isHandler = record.handlerIds.includes(viewer.id);
    if (!viewer.roles.includes('auditor') && !(viewer.roles.includes('handler') && isHandler)) {
      throw DomainException.forbidden(msg('log.forbidden'), {
        missingRole: 'auditor',
      });
    }
    if (viewer.roles.includes('auditor')) await this.reads.record(id, viewer.id, 'log');
    return (await this.log.list(id)).map(toLogEntryView);
  }
}

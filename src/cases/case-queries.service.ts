import { Injectable } from '@nestjs/common';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { pageOf, paging, type Page } from '../common/dto/page';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { msg } from '../../workflows';
import { AuditReadsRepository } from '../ledger/audit-reads.repository';
import { CaseLogRepository } from '../ledger/case-log.repository';
import { CaseRepository } from '../ledger/case.repository';
import { toLogEntryView, type LogEntryView } from '../ledger/log-entry';
import { DataSource } from 'typeorm';
import { assertVisible, caseAccess, partyFor } from '../ledger/case-access';
import type { CaseView } from './case-view';
import { CaseViews } from './case-views.service';
import { CASE_SORTS, type ListCasesQuery } from './dto/list-cases.query';

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

  /** GET /cases: a search the caller may see every row of, so its total is exact. */
  async list(q: ListCasesQuery, viewer: AuthenticatedOfficer): Promise<Page<CaseView>> {
    if (q.sort === 'relevance' && !q.q) {
      throw DomainException.validation([{ field: 'sort', reason: msg('search.relevanceNeedsQ') }]);
    }
    const { pageSize, offset } = paging(q);
    const sort = q.sort ?? (q.q ? 'relevance' : 'createdAt');
    const { items, total } = await this.cases.search({
      viewerId: viewer.id,
      q: q.q?.trim(),
      stage: q.stage,
      officerId: q.officerId,
      procedure: q.procedure,
      overdue: q.overdue ? { value: q.overdue === 'true', asOf: this.views.today() } : undefined,
      receivedFrom: q.receivedFrom,
      receivedTo: q.receivedTo,
      decidedFrom: q.decidedFrom,
      decidedTo: q.decidedTo,
      orderBy: CASE_SORTS[sort],
      direction: q.order === 'asc' ? 'ASC' : 'DESC',
      limit: pageSize,
      offset,
    });
    const [env, recusals] = await Promise.all([
      this.views.environment(),
      this.cases.recusalsOf(items.map((r) => r.id)),
    ]);
    const views: CaseView[] = [];
    for (const r of items) {
      const recused = recusals.get(r.id) ?? [];
      // The search left out the caller's recusals; a recusal made since is still honoured.
      const access = caseAccess(viewer, r, recused);
      if (access === 'none') continue;
      const view = await this.views.build(r, viewer, recused, env);
      views.push({ ...view, party: partyFor(access, view.party) });
    }
    return pageOf(views, total, q);
  }

  /** GET /cases/by-number/:caseNumber: the same view and rules as GET /cases/:id. */
  async byNumber(
    caseNumber: string,
    viewer: AuthenticatedOfficer,
    asOf?: string,
  ): Promise<CaseView> {
    const id = await this.cases.idOfNumber(caseNumber);
    if (!id) throw DomainException.notFound('case', caseNumber);
    try {
      return await this.get(id, viewer, asOf);
    } catch (e) {
      // A recused officer learns nothing, not even the case's id.
      if (e instanceof DomainException && e.code === ErrorCode.NOT_FOUND) {
        throw DomainException.notFound('case', caseNumber);
      }
      throw e;
    }
  }

  private recused(id: string): Promise<string[]> {
    return this.cases.recusedOfficerIds(this.ds.manager, id);
  }

  /** API.md: the log is for auditors and the case's own handlers. */
  async entries(id: string, viewer: AuthenticatedOfficer): Promise<LogEntryView[]> {
    const record = await this.cases.get(id);
    if (!record) throw DomainException.notFound('case', id);
    const access = caseAccess(viewer, record, await this.recused(id));
    assertVisible(access, id);
    // The case file goes with the case seen in full: auditors, its handlers, and the officers
    // who act on it at their step (a legal reviewer reviews the file, issue 16).
    if (access !== 'personal') {
      throw DomainException.forbidden(msg('log.forbidden'), {
        missingRole: 'auditor',
      });
    }
    if (viewer.roles.includes('auditor')) await this.reads.record(id, viewer.id, 'log');
    return (await this.log.list(id)).map(toLogEntryView);
  }
}

import { Injectable } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { inBusinessTime } from '../common/http/business-time.interceptor';
import { AppConfig } from '../config/app-config';
import { PublicDecisionsService } from '../disclosure/public-decisions.service';
import { PublicProcedureService } from '../disclosure/procedure/public-procedure.service';
import { CheckpointRepository } from '../audit/checkpoint.repository';
import { CheckpointSigner } from '../audit/checkpoint-signer';
import { toPublic } from '../audit/checkpoint.service';
import { decisionList, decisionPage } from './decision-pages';
import { PortalPageError } from './portal-errors';
import { markup, toText, type Html } from './html';
import { page, type Section } from './layout';
import { checkpointsPage, errorBody, procedurePage, withdrawalList } from './notice-pages';
import { decisionListQuery, pageOnly } from './portal-query';

/** Rows per page of the portal's lists (fixed: the form has no page-size field). */
export const PORTAL_PAGE_SIZE = 20;
const CHECKPOINTS_SHOWN = 20;

/** DR 11: a withdrawn decision points to its notice; any other number is simply not shown. */
function missing(decisionNumber: string, withdrawn: boolean): PortalPageError {
  const detail = withdrawn
    ? markup`决定书 ${decisionNumber} 的公示已撤回，撤回原因见<a href="/gongshi/withdrawals">撤回公告</a>。`
    : markup`没有正在公示的决定书 ${decisionNumber}。公示期届满的决定不再显示；请核对文号，或在<a href="/gongshi/">决定列表</a>中检索。`;
  return new PortalPageError(404, '未找到该决定', errorBody(detail));
}

/**
 * 行政执法公示 as HTML: each page reads the same services as /api/v1/public/*, so what it shows
 * is their redacted view — the portal renders, it never redacts or selects on its own.
 */
@Injectable()
export class GongshiService {
  constructor(
    private readonly decisions: PublicDecisionsService,
    private readonly procedure: PublicProcedureService,
    private readonly checkpoints: CheckpointRepository,
    private readonly signer: CheckpointSigner,
    private readonly config: AppConfig,
  ) {}

  /** A whole document in the portal's shell. */
  private render(title: string, body: Html, section?: Section, within = false): string {
    const department = this.config.DEPARTMENT_NAME;
    return toText(page({ title, body, section, within, department }));
  }

  async list(query: Record<string, unknown>): Promise<string> {
    const q = decisionListQuery(query);
    const paging = { page: String(q.page), pageSize: String(PORTAL_PAGE_SIZE) };
    const filter = { decidedYear: q.year, penaltyKind: q.penalty, keyword: q.keyword };
    const [result, years] = await Promise.all([
      this.decisions.search(filter, paging),
      this.decisions.decidedYears(),
    ]);
    return this.render('行政处罚决定公示', decisionList(q, result, years), 'decisions');
  }

  async decision(decisionNumber: string): Promise<string> {
    try {
      const d = await this.decisions.get(decisionNumber);
      return this.render(`行政处罚决定书 ${d.decisionNumber}`, decisionPage(d), 'decisions', true);
    } catch (e) {
      if (!(e instanceof DomainException) || e.code !== ErrorCode.NOT_FOUND) throw e;
      throw missing(decisionNumber, e.msg?.key === 'public.withdrawn');
    }
  }

  async withdrawals(query: Record<string, unknown>): Promise<string> {
    const paging = { page: String(pageOnly(query)), pageSize: String(PORTAL_PAGE_SIZE) };
    const result = await this.decisions.withdrawals(paging);
    return this.render('撤回公告', withdrawalList(result), 'withdrawals');
  }

  procedurePage(): string {
    return this.render('行政处罚办案流程', procedurePage(this.procedure.procedure()), 'procedure');
  }

  async checkpointsPage(): Promise<string> {
    const zone = this.config.TZ_BUSINESS;
    const rows = (await this.checkpoints.list(CHECKPOINTS_SHOWN, 0)).map(toPublic).map((c) => ({
      ...c,
      issuedAt: String(inBusinessTime(c.issuedAt, zone)).replace('T', ' ').slice(0, 19),
    }));
    return this.render(
      '执法记录检查点',
      checkpointsPage(rows, this.signer.publicKey()),
      'checkpoints',
    );
  }
}

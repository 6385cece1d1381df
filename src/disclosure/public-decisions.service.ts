import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows';
import { ErrorCode } from '../common/errors/error-code';
import { AppConfig } from '../config/app-config';
import { businessDateOf, startOfBusinessDay } from '../common/clock/business-time';
import { DisclosureRepository } from './disclosure.repository';
import { pageOf, paging, type Page } from '../common/dto/page';
import type { PageQuery } from '../common/dto/page.query';
import type { PublicDecisionsQuery } from './dto/public-decisions.query';
import { jsonFeed, type JsonFeed } from './json-feed';
import {
  toDecisionView,
  toWithdrawalView,
  type PublicDecisionView,
  type PublicWithdrawalView,
} from './public-views';

const FEED_ITEMS = 100;

/** What a reader may filter the decisions on display by. */
export type DecisionSearch = Omit<
  Parameters<DisclosureRepository['decisions']>[0],
  'today' | 'limit' | 'offset' | 'decisionNumber'
>;

/**
 * The public feed (行政执法公示). What is on display is decided by date at read time with the
 * injected clock: a display period ends without any write (DR 13), a withdrawal is a row (DR 11).
 */
@Injectable()
export class PublicDecisionsService {
  constructor(
    private readonly repo: DisclosureRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private today(): string {
    return businessDateOf(this.clock.now(), this.config.TZ_BUSINESS);
  }

  private get policy() {
    return this.config.DISCLOSURE_NAME_POLICY;
  }

  list(q: PublicDecisionsQuery): Promise<Page<PublicDecisionView>> {
    return this.search(
      { decidedFrom: q.from, decidedTo: q.to, department: q.department, violation: q.violation },
      q,
    );
  }

  /** Decisions on display matching the filters, redacted: the API's list and the portal's. */
  async search(filter: DecisionSearch, q: PageQuery): Promise<Page<PublicDecisionView>> {
    const { pageSize, offset } = paging(q);
    const { items, total } = await this.repo.decisions({
      ...filter,
      today: this.today(),
      limit: pageSize,
      offset,
    });
    return pageOf(
      items.map((d) => toDecisionView(d, this.policy)),
      total,
      q,
    );
  }

  /** The years in which the decisions on display were taken (the portal's year filter). */
  decidedYears(): Promise<number[]> {
    return this.repo.decidedYears(this.today());
  }

  async get(decisionNumber: string): Promise<PublicDecisionView> {
    const { items } = await this.repo.decisions({
      today: this.today(),
      decisionNumber,
      limit: 1,
      offset: 0,
    });
    if (items[0]) return toDecisionView(items[0], this.policy);
    const withdrawal = await this.repo.withdrawalOf(decisionNumber);
    const detail = withdrawal
      ? msg('public.withdrawn', { number: decisionNumber, on: withdrawal.withdrawnOn })
      : msg('public.absent', { number: decisionNumber });
    throw new DomainException(ErrorCode.NOT_FOUND, detail);
  }

  async withdrawals(q: PageQuery): Promise<Page<PublicWithdrawalView>> {
    const { pageSize, offset } = paging(q);
    const { items, total } = await this.repo.withdrawals(pageSize, offset);
    return pageOf(
      items.map((w) => toWithdrawalView(w, this.policy)),
      total,
      q,
    );
  }

  async feed(baseUrl: string): Promise<JsonFeed> {
    const [decisions, withdrawals] = await Promise.all([
      this.repo.decisions({ today: this.today(), limit: FEED_ITEMS, offset: 0 }),
      this.repo.withdrawals(FEED_ITEMS, 0),
    ]);
    const tz = this.config.TZ_BUSINESS;
    return jsonFeed({
      baseUrl,
      department: this.config.DEPARTMENT_NAME,
      decisions: decisions.items.map((d) => toDecisionView(d, this.policy)),
      withdrawals: withdrawals.items.map((w) => toWithdrawalView(w, this.policy)),
      instantOf: (date) => startOfBusinessDay(date, tz).toISOString(),
      limit: FEED_ITEMS,
    });
  }
}

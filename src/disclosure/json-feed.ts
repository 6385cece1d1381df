// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of decisions on display and withdrawal
// notices, for aggregators. Pure: the service hands in the views and the base URL.
import type { PublicDecisionView, PublicWithdrawalView } from './public-views';

export const JSON_FEED_TYPE = 'application/feed+json; charset=utf-8';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  tags: string[];
  /** Extension (JSON Feed §"Extensions"): the structured public record. */
  _disclosure:
    | { type: 'decision'; record: PublicDecisionView }
    | { type: 'withdrawal'; record: PublicWithdrawalView };
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: 'zh-CN';
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export interface FeedInput {
  baseUrl: string;
  department: string;
  decisions: PublicDecisionView[];
  withdrawals: PublicWithdrawalView[];
  /** RFC 3339 instant of the start of a business date. */
  instantOf: (date: string) => string;
  limit: number;
}

const decisionUrl = (base: string, n: string) =>
  `${base}/api/v1/public/decisions/${encodeURIComponent(n)}`;

function decisionItem(d: PublicDecisionView, input: FeedInput): JsonFeedItem {
  const url = decisionUrl(input.baseUrl, d.decisionNumber);
  return {
    id: url,
    url,
    title: `${d.decisionNumber} ${d.party.name}`,
    content_text: [
      `行政处罚决定书文号：${d.decisionNumber}`,
      `当事人：${d.party.name}${d.party.creditCode ? `（统一社会信用代码 ${d.party.creditCode}）` : ''}`,
      `违法行为：${d.violation}`,
      `处罚依据：${d.legalBasis}`,
      `处罚内容：${d.penaltySummary}`,
      `处罚机关：${d.department}`,
      `处罚决定日期：${d.decidedOn}`,
    ].join('\n'),
    date_published: input.instantOf(d.publishedOn),
    tags: d.penalties.map((p) => p.label),
    _disclosure: { type: 'decision', record: d },
  };
}

function withdrawalItem(w: PublicWithdrawalView, input: FeedInput): JsonFeedItem {
  const url = `${input.baseUrl}/api/v1/public/withdrawals#${encodeURIComponent(w.decisionNumber)}`;
  return {
    id: `${url}@${w.withdrawnOn}`,
    url,
    title: `撤回公示：${w.decisionNumber}`,
    content_text: [
      `行政处罚决定书文号：${w.decisionNumber}`,
      `撤回原因：${w.reason}`,
      `撤回日期：${w.withdrawnOn}`,
      `处罚机关：${w.department}`,
    ].join('\n'),
    date_published: input.instantOf(w.withdrawnOn),
    tags: ['撤回'],
    _disclosure: { type: 'withdrawal', record: w },
  };
}

export function jsonFeed(input: FeedInput): JsonFeed {
  const items = [
    ...input.decisions.map((d) => decisionItem(d, input)),
    ...input.withdrawals.map((w) => withdrawalItem(w, input)),
  ]
    .sort((a, b) => b.date_published.localeCompare(a.date_published) || a.id.localeCompare(b.id))
    .slice(0, input.limit);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${input.department} 行政处罚信息公示`,
    home_page_url: `${input.baseUrl}/api/v1/public/decisions`,
    feed_url: `${input.baseUrl}/api/v1/public/decisions/feed.json`,
    description:
      '行政处罚决定信息公示（个人信息已依法处理）；被撤销或变更的决定撤回公示并说明理由。',
    language: 'zh-CN',
    authors: [{ name: input.department }],
    items,
  };
}

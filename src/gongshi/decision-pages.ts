// 行政处罚决定公示: the list with its GET filter form, and one decision's page. Everything shown
// comes from the disclosure's redacted views (src/disclosure/public-views.ts), never raw data.
import type { Page } from '../common/dto/page';
import { PENALTY_LABELS } from '../disclosure/penalty-text';
import type { PublicDecisionView } from '../disclosure/public-views';
import { markup, type Html } from './html';
import { channelName, dateZh, PARTY_KIND } from './labels';
import { FIELD_LABELS, KEYWORD_MAX, listHref, type DecisionListQuery } from './portal-query';

export const decisionHref = (decisionNumber: string): string =>
  `/gongshi/decisions/${encodeURIComponent(decisionNumber)}`;

/** A date as the portal shows it (二〇二六年…), machine-readable in its <time>. */
export const date = (d: string): Html => markup`<time datetime="${d}">${dateZh(d)}</time>`;

function option(value: string, label: string, selected: boolean): Html {
  return markup`<option value="${value}"${selected ? markup` selected` : ''}>${label}</option>`;
}

function filterForm(q: DecisionListQuery, years: number[]): Html {
  const yearOptions = [...new Set([...years, ...(q.year ? [q.year] : [])])].sort((a, b) => b - a);
  const yearChoices = yearOptions.map((y) => option(String(y), `${y}年`, y === q.year));
  const kinds = Object.entries(PENALTY_LABELS).map(([kind, label]) =>
    option(kind, label, kind === q.penalty),
  );
  return markup`<form class="filters" method="get" action="/gongshi/" role="search" aria-label="检索处罚决定">
<div><label for="f-q">${FIELD_LABELS.q}</label>
<input id="f-q" name="q" type="search" maxlength="${KEYWORD_MAX}" value="${q.keyword ?? ''}" aria-describedby="f-q-hint">
<small id="f-q-hint" class="meta">当事人名称或决定书文号</small></div>
<div><label for="f-year">${FIELD_LABELS.year}</label>
<select id="f-year" name="year">${option('', '全部年份', q.year === undefined)}${yearChoices}</select></div>
<div><label for="f-penalty">${FIELD_LABELS.penalty}</label>
<select id="f-penalty" name="penalty">${option('', '全部种类', !q.penalty)}${kinds}</select></div>
<div class="actions"><button type="submit">检索</button><a href="/gongshi/">清除条件</a></div>
</form>`;
}

function item(d: PublicDecisionView): Html {
  return markup`<li><article>
<h2><a href="${decisionHref(d.decisionNumber)}">${d.decisionNumber}</a></h2>
<p>当事人：${d.party.name}（${PARTY_KIND[d.party.kind]}）</p>
<p>处罚内容：${d.penaltySummary}</p>
<p class="meta">决定日期：${date(d.decidedOn)} · 公示期至 ${date(d.displayUntil)}</p>
</article></li>`;
}

/** Previous / next links that keep the filters (no script: plain links). */
export function pager(
  total: number,
  page: number,
  pageSize: number,
  href: (p: number) => string,
): Html {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last === 1) return markup``;
  return markup`<nav class="pages" aria-label="分页"><ul>
${page > 1 ? markup`<li><a href="${href(page - 1)}" rel="prev">上一页</a></li>` : ''}
<li>第 ${page} 页，共 ${last} 页</li>
${page < last ? markup`<li><a href="${href(page + 1)}" rel="next">下一页</a></li>` : ''}
</ul></nav>`;
}

export function decisionList(
  q: DecisionListQuery,
  result: Page<PublicDecisionView>,
  years: number[],
): Html {
  const filtered = q.year !== undefined || q.penalty !== undefined || q.keyword !== undefined;
  const count = filtered
    ? markup`符合条件的决定 <strong>${result.total}</strong> 件`
    : markup`正在公示的决定 <strong>${result.total}</strong> 件`;
  const empty = filtered ? '没有符合条件的决定。' : '目前没有正在公示的决定。';
  const list =
    result.items.length > 0
      ? markup`<ol class="results">${result.items.map(item)}</ol>`
      : markup`<p class="notice">${empty}</p>`;
  return markup`${filterForm(q, years)}
<h2 class="count" id="results">${count}</h2>
${list}
${pager(result.total, result.page, result.pageSize, (p) => listHref(q, p))}`;
}

function penaltiesOf(d: PublicDecisionView): Html {
  if (d.penalties.length < 2) return markup`${d.penaltySummary}`;
  return markup`<ul>${d.penaltySummary.split('；').map((p) => markup`<li>${p}</li>`)}</ul>`;
}

/** DR 4 行政处罚信息摘要: what the public record of one decision holds. */
export function decisionPage(d: PublicDecisionView): Html {
  const party = d.party;
  const json = `/api/v1/public/decisions/${encodeURIComponent(d.decisionNumber)}`;
  return markup`<dl class="facts">
<dt>决定书文号</dt><dd>${d.decisionNumber}</dd>
<dt>当事人</dt><dd>${party.name}</dd>
<dt>当事人类型</dt><dd>${PARTY_KIND[party.kind]}</dd>
${party.creditCode ? markup`<dt>统一社会信用代码</dt><dd>${party.creditCode}</dd>` : ''}
<dt>违法行为</dt><dd>${d.violation}</dd>
<dt>处罚依据</dt><dd>${d.legalBasis}</dd>
<dt>处罚内容</dt><dd>${penaltiesOf(d)}</dd>
<dt>作出决定的机关</dt><dd>${d.department}</dd>
<dt>决定日期</dt><dd>${date(d.decidedOn)}</dd>
<dt>公示日期</dt><dd>${date(d.publishedOn)}</dd>
<dt>公示期至</dt><dd>${date(d.displayUntil)}</dd>
<dt>公示渠道</dt><dd>${d.channels.map(channelName).join('、')}</dd>
</dl>
<p><a href="/gongshi/">返回决定列表</a> · <a href="${json}">本决定的机器可读数据（JSON）</a></p>`;
}

// The other portal pages: withdrawal notices (DR 11), the procedure (事前公开), the published
// checkpoints of the case log, and the body of the error pages.
import type { Page } from '../common/dto/page';
import type { PublicWithdrawalView } from '../disclosure/public-views';
import type { PublicProcedure } from '../disclosure/procedure/public-procedure';
import { markup, type Html } from './html';
import { channelName, GROUND } from './labels';
import { date, pager } from './decision-pages';

function withdrawal(w: PublicWithdrawalView): Html {
  return markup`<li><article>
<h2>${w.decisionNumber}</h2>
<dl class="facts">
<dt>撤回原因</dt><dd>${GROUND[w.ground]}：${w.reason}</dd>
${w.decidedOn ? markup`<dt>原决定日期</dt><dd>${date(w.decidedOn)}</dd>` : ''}
<dt>撤回日期</dt><dd>${date(w.withdrawnOn)}</dd>
<dt>原公示渠道</dt><dd>${w.channels.map(channelName).join('、')}</dd>
<dt>作出决定的机关</dt><dd>${w.department}</dd>
</dl>
</article></li>`;
}

const withdrawalsHref = (p: number): string =>
  p > 1 ? `/gongshi/withdrawals?page=${p}` : '/gongshi/withdrawals';

export function withdrawalList(result: Page<PublicWithdrawalView>): Html {
  const list =
    result.items.length > 0
      ? markup`<ol class="results">${result.items.map(withdrawal)}</ol>`
      : markup`<p class="notice">目前没有撤回公告。</p>`;
  return markup`<p>行政处罚决定被撤销、变更、确认违法或确认无效的，原公示信息撤下，并在此公告撤回的决定书文号与原因。</p>
<h2 class="count">撤回公告 <strong>${result.total}</strong> 件</h2>
${list}
${pager(result.total, result.page, result.pageSize, withdrawalsHref)}`;
}

export function procedurePage(p: PublicProcedure): Html {
  const stages = p.stages.map(
    (s, i) => markup`<li><h3>${i + 1}. ${s.name}</h3>
${s.legalBasis.length > 0 ? markup`<p class="meta">依据：${s.legalBasis.join('；')}</p>` : ''}
${s.acts.length > 0 ? markup`<ul>${s.acts.map((a) => markup`<li>${a.summary}</li>`)}</ul>` : markup`<p>（程序终结）</p>`}
</li>`,
  );
  return markup`<p>行政处罚案件按下列程序办理（事前公开）。流程图与文字说明均由本系统实际运行的流程（${p.machine.id} 第 ${p.machine.version} 版）生成。</p>
<figure>
<img src="/api/v1/public/procedure.svg" alt="行政处罚程序流程图；各阶段的文字说明见下方“各阶段”一节" width="860">
<figcaption>流程图（<a href="/api/v1/public/procedure.svg">SVG 原图</a>，<a href="/api/v1/public/procedure">机器可读（JSON）</a>）</figcaption>
</figure>
<h2>各阶段</h2>
<ol class="stages">${stages}</ol>`;
}

export interface CheckpointRow {
  treeSize: number;
  rootHash: string;
  /** Business time, as read: '2026-11-21 10:00:00'. */
  issuedAt: string;
  signature: string;
}

export interface PublicKey {
  keyId: string;
  algorithm: string;
  publicKey: string;
}

function checkpointTable(rows: CheckpointRow[]): Html {
  if (rows.length === 0) return markup`<p class="notice">尚未发布检查点。</p>`;
  const body = rows.map(
    (c) =>
      markup`<tr><td>${c.issuedAt}</td><td>${c.treeSize}</td><td><code>${c.rootHash}</code></td><td><code>${c.signature}</code></td></tr>`,
  );
  return markup`<div class="scroll"><table>
<caption class="meta">最近 ${rows.length} 个检查点，新的在前</caption>
<thead><tr><th scope="col">签发时间</th><th scope="col">记录条数（树大小）</th><th scope="col">Merkle 根</th><th scope="col">签名</th></tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}

export function checkpointsPage(rows: CheckpointRow[], key: PublicKey): Html {
  return markup`<p>本局对全部执法记录（执法全过程记录）定期计算 Merkle 树根并以 Ed25519 签名发布。任何人可凭导出的案件记录与下列检查点核验：该案件包含在记录中，且记录只增不改。</p>
${checkpointTable(rows)}
<h2>签名公钥</h2>
<p>密钥标识 <code>${key.keyId}</code>，算法 ${key.algorithm}：</p>
<pre>${key.publicKey}</pre>
<p>机器可读：<a href="/api/v1/public/checkpoints">检查点（JSON）</a> · <a href="/api/v1/public/checkpoints/key">公钥（JSON）</a> · 一致性证明 <code>/api/v1/public/checkpoints/consistency?first=…&amp;second=…</code></p>`;
}

/** The body of an error page: what went wrong, in words, and the way back. */
export function errorBody(detail: string | Html): Html {
  return markup`<div class="notice">${detail}</div>
<p><a href="/gongshi/">返回行政处罚决定公示</a></p>`;
}

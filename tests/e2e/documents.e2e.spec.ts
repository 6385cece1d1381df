// Issue 15: every public scenario that reaches a decision issues its 文书; their PDFs read back
// with the party, the 文号, the penalties in figures and capitals, the articles, the remedies with
// their periods and the dates in Chinese form.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCast, type Cast } from '../support/case-fixtures';
import { getBytes, listDocuments } from '../support/documents';
import {
  company,
  decidedCase,
  decision,
  fine,
  notifiedCase,
  onTheSpot,
  person,
  ScenarioCase,
  yuan,
  type Penalty,
} from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const BUREAU = {
  DEPARTMENT_NAME: '上海市浦东新区市场监督管理局',
  DOCUMENT_NUMBER_PREFIX: '沪浦市监',
  RECONSIDERATION_BODY: '上海市浦东新区人民政府',
  LITIGATION_COURT: '上海市浦东新区人民法院',
};
Object.assign(process.env, BUREAU);

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
}, 60_000);
afterAll(() => t.close());

const get = (path: string, token = cast.handler) => getBytes(t, path, token);

/** The 电子卷宗 of a case as text, whitespace removed (PDF text breaks lines anywhere). */
async function caseFileText(c: ScenarioCase, save?: string): Promise<string> {
  const res = await get(`${c.id}/file`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  if (save && process.env.DOCUMENT_SAMPLES_DIR) {
    mkdirSync(process.env.DOCUMENT_SAMPLES_DIR, { recursive: true });
    writeFileSync(join(process.env.DOCUMENT_SAMPLES_DIR, `${save}.pdf`), res.body as Buffer);
  }
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.body as Buffer })
    .toString('utf8')
    .replace(/\s+/g, '');
}

const documents = (c: ScenarioCase) => listDocuments(t, cast.handler, c.id);

/** Every remedy with its period and body (APL 59(5); ARL 20; ALL 46). */
const REMEDIES = [
  '六十日内向上海市浦东新区人民政府申请行政复议',
  '六个月内依法向上海市浦东新区人民法院提起行政诉讼',
];
const SEAL = ['上海市浦东新区市场监督管理局（印章）'];

function expectAll(text: string, needles: string[]): void {
  const missing = needles.filter((n) => !text.includes(n.replace(/\s+/g, '')));
  expect(missing).toEqual([]);
}

const without = (p: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(p).filter(([k]) => k !== key));

describe('the case file of each scenario that reaches a decision', () => {
  it('S01: a company fined 150,000 yuan, the decision number assigned by the service', async () => {
    const c = await notifiedCase(t, cast, {
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-03-03',
    });
    await c.accept('END_NOTICE_PERIOD', {}, '2025-03-17');
    await c.discussIfRequired('2025-03-18');
    const decided = await c.accept(
      'DECIDE',
      without(decision([fine(150_000)]), 'decisionNumber'),
      '2025-03-31',
    );
    expect(decided.case.decision?.decisionNumber).toBe('沪浦市监罚〔2025〕1号');
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-04-01');
    const text = await caseFileText(c, 's01');
    expectAll(text, [
      '上海某某食品有限公司',
      '91310000MA1FL0000X',
      '行政处罚告知书',
      '沪浦市监罚告〔2025〕1号',
      '行政处罚决定书',
      '沪浦市监罚〔2025〕1号',
      '罚款人民币壹拾伍万元整（¥150,000.00）',
      '《产品质量法》第五十四条',
      '第六十三条、第六十四条的规定，你（单位）有权要求举行听证',
      '十五日内',
      ...REMEDIES,
      ...SEAL,
      '二〇二五年三月三日',
      '二〇二五年三月三十一日',
      '送达回证',
      '直接送达',
      '二〇二五年四月一日',
      '卷内文件目录',
      '卷内备考表',
    ]);
    // The PDF made for the file is kept with its own hash and served again as it was.
    const listed = await documents(c);
    const decisionDoc = listed.find((d) => d.type === 'penalty_decision')!;
    const pdf = await get(`${c.id}/documents/${decisionDoc.id}?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(
      createHash('sha256')
        .update(pdf.body as Buffer)
        .digest('hex'),
    ).toBe((decisionDoc as unknown as { pdfSha256: string }).pdfSha256);
    const types = listed.map((d) => d.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'filing_approval',
        'penalty_notice',
        'penalty_decision',
        'service_receipt',
      ]),
    );
  }, 60_000);

  it('S02 and S19: an individual fined 8,000 yuan who waived in writing, the number given', async () => {
    const c = await notifiedCase(t, cast, {
      party: person(),
      penalties: [fine(8_000)],
      noticeOn: '2025-03-03',
    });
    await c.accept('WAIVE_RIGHTS', {}, '2025-03-04');
    await c.accept('END_NOTICE_PERIOD', {}, '2025-03-04');
    const given = decision([fine(8_000)]);
    await c.accept('DECIDE', given, '2025-03-05');
    await c.accept('SERVE_DECISION', { method: 'mail' }, '2025-03-06');
    const text = await caseFileText(c);
    expectAll(text, [
      '张三',
      '110101199001011234',
      String(given.decisionNumber),
      '罚款人民币捌仟元整（¥8,000.00）',
      '当事人书面放弃陈述、申辩的权利',
      ...REMEDIES,
      '邮寄送达',
      '二〇二五年三月五日',
    ]);
    expect(text).not.toContain('有权要求举行听证');
  }, 60_000);

  it('S03: a licence revoked from an individual business, no fine', async () => {
    const revoke: Penalty[] = [{ kind: 'revoke_license' }];
    const party = company({ kind: 'individual_business', name: '浦东某某便利店' });
    const c = await decidedCase(t, cast, { party, penalties: revoke, decideOn: '2025-06-30' });
    const text = await caseFileText(c);
    expectAll(text, [
      '浦东某某便利店',
      '吊销许可证件',
      '法制审核表',
      '本决定自送达之日起生效',
      ...REMEDIES,
    ]);
  }, 60_000);

  it('S06: a hearing held issues the 听证通知书 and the 听证报告', async () => {
    const confiscation = [{ kind: 'confiscate_illegal_gains', amountFen: yuan(150_000) }];
    const c = await notifiedCase(t, cast, {
      party: company(),
      penalties: confiscation,
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    });
    await c.accept('REQUEST_HEARING', {}, '2025-04-15');
    await c.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
    const schedule = { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' };
    await c.accept('SCHEDULE_HEARING', schedule, '2025-04-29');
    await c.accept('HOLD_HEARING', {}, '2025-05-13');
    await c.accept('SUBMIT_HEARING_REPORT', { opinion: '维持拟处罚意见' }, '2025-05-14');
    await c.accept('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-05-15');
    await c.discussIfRequired('2025-05-15');
    await c.accept('DECIDE', decision(confiscation), '2025-05-16');
    const text = await caseFileText(c);
    expectAll(text, [
      '行政处罚听证通知书',
      '沪浦市监听通〔2025〕1号',
      '二〇二五年五月十三日09:00',
      '听证报告',
      '维持拟处罚意见',
      '没收违法所得人民币壹拾伍万元整（¥150,000.00）',
      '本局于二〇二五年五月十三日依法举行了听证',
    ]);
  }, 60_000);

  it('S13: a decision served by public notice issues the 送达公告', async () => {
    const c = await decidedCase(t, cast, {
      party: person({ address: undefined }),
      penalties: [fine(5_000)],
      decideOn: '2025-11-27',
    });
    const notice = {
      method: 'public_notice',
      partyCannotBeFound: true,
      recordingSha256: 'ab'.repeat(32),
    };
    await c.accept('SERVE_DECISION', notice, '2025-12-01');
    const text = await caseFileText(c);
    expectAll(text, [
      '行政处罚文书送达公告',
      '第九十五条',
      '经过三十日，即视为送达',
      '人民币伍仟元整',
    ]);
  }, 60_000);

  it('S14: a fine of 20,000 yuan paid in instalments issues the 延期（分期）缴纳罚款通知书', async () => {
    const c = await decidedCase(t, cast, {
      party: company(),
      penalties: [fine(20_000)],
      decideOn: '2025-05-06',
    });
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
    const plan = [
      { dueOn: '2025-06-30', amountFen: yuan(10_000) },
      { dueOn: '2025-07-31', amountFen: yuan(10_000) },
    ];
    await c.accept('APPROVE_INSTALLMENTS', { plan }, '2025-05-12');
    const text = await caseFileText(c);
    expectAll(text, [
      '延期（分期）缴纳罚款通知书',
      '沪浦市监缓罚〔2025〕1号',
      '二〇二五年六月三十日前缴纳人民币壹万元整（¥10,000.00）',
      '第六十六条',
    ]);
  }, 60_000);

  it('S14: an unpaid fine: the 催告书 with its 送达回证, then the 强制执行申请书 (AEL 54; APL 72)', async () => {
    const c = await decidedCase(t, cast, {
      party: company(),
      penalties: [fine(20_000)],
      decideOn: '2025-01-06',
    });
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-01-07');
    await c.accept('SERVE_ENFORCEMENT_REMINDER', { method: 'direct' }, '2025-07-15');
    await c.accept('APPLY_COURT_ENFORCEMENT', {}, '2025-07-30');
    const text = await caseFileText(c);
    expectAll(text, [
      '行政处罚决定履行催告书',
      '沪浦市监催〔2025〕1号',
      '《行政处罚决定履行催告书》沪浦市监催〔2025〕1号',
      '强制执行申请书',
      '沪浦市监强执申〔2025〕1号',
      '罚款人民币贰万元整（¥20,000.00）',
      '加处罚款人民币贰万元整（¥20,000.00）',
      '第五十四条',
    ]);
  }, 60_000);

  it('S16: a warning, served, closed and archived: the cover, index and 备考表 are issued', async () => {
    const c = await decidedCase(t, cast, {
      penalties: [{ kind: 'warning' }],
      decideOn: '2025-09-15',
    });
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    for (const [type, on] of [
      ['CLOSE_CASE', '2025-10-20'],
      ['ARCHIVE_CASE', '2025-10-21'],
    ]) {
      const res = await c.send(type, {}, on);
      expect([type, res.status, res.body.detail]).toEqual([type, 200, undefined]);
    }
    const types = (await documents(c)).map((d) => d.type);
    expect(types.slice(-4)).toEqual(['closing_approval', 'file_cover', 'file_index', 'file_notes']);
    const text = await caseFileText(c);
    expectAll(text, [
      '行政处罚案卷',
      '结案审批表',
      '卷内文件目录',
      '卷内备考表',
      '警告',
      '二〇二五年十月二十一日',
    ]);
  }, 60_000);

  it('S17: a fine on the spot issues the 当场行政处罚决定书', async () => {
    const c = await ScenarioCase.open(t, cast, {
      procedure: 'summary',
      party: person(),
      receivedAt: '2025-06-02',
    });
    await c.accept('DECIDE_ON_SPOT', onTheSpot([fine(100)]), '2025-06-02');
    const text = await caseFileText(c);
    expectAll(text, [
      '当场行政处罚决定书',
      '张三',
      '罚款人民币壹佰元整（¥100.00）',
      '第五十一条',
      ...REMEDIES,
    ]);
  }, 60_000);
});

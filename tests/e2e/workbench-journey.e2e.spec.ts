// Issue 16, acceptance: five people sign in through /login and take one ordinary case from clue
// to archive in the browser — filing, evidence with an upload, the investigation report, legal
// review (twice: the hearing makes a second one due, APL 58(2)), approval, the 告知书, a hearing
// (one refused scheduling, its rule and article on screen), a collective discussion, the decision
// prefilled from the approved proposal, service, payment, disclosure, closing and archiving.
// The service's clock is moved between the days the law counts.
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { CREDENTIAL, createCase } from '../support/case-fixtures';
import { screenshot } from '../support/screens';
import { setPassword } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  accepted,
  choose,
  expandAction,
  openAction,
  signInOnScreen,
  submit,
  tags,
  type Officer,
} from '../support/workbench-ui';

const ROOT = join(__dirname, '..', '..');
const YEAR = String(365 * 86_400);
const PARTY = '上海某某食品有限公司';

/** Wider than the page: something would need a horizontal scroll. */
const overflowing = (page: Page) =>
  page.evaluate<boolean>(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  );

describe('the workbench: one ordinary case from clue to archive, in the browser (issue 16)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const people: Record<string, Officer> = {};
  let caseUrl = '';

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.cjs'), '--web'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`web build failed: ${built.stderr}`);
    // Sessions outlive the weeks the clock is moved by.
    t = await startTestApp('2025-03-03T09:00:00+08:00', undefined, {
      SESSION_IDLE_SECONDS: YEAR,
      SESSION_ABSOLUTE_SECONDS: YEAR,
    });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const handler = { roles: ['handler' as const], enforcementCredential: CREDENTIAL };
    await t.officer({ id: 'h1', name: '张明', ...handler });
    // A handler who is also a legal reviewer: never a reviewer of the cases they handle (APL 58).
    await t.officer({
      id: 'h2',
      name: '李华',
      ...handler,
      roles: ['handler', 'legal_reviewer'],
      legalQualification: true,
    });
    await t.officer({ id: 'a1', name: '王局长', roles: ['approver'] });
    await t.officer({ id: 'a2', name: '赵副局长', roles: ['approver'] });
    await t.officer({ id: 'a3', name: '钱副局长', roles: ['approver'] });
    await t.officer({
      id: 'l1',
      name: '孙法制',
      roles: ['legal_reviewer'],
      legalQualification: true,
    });
    await t.officer({ id: 'ho1', name: '周听证', roles: ['hearing_officer'] });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const person = (id: string) => people[id].page;
  const goToCaseFrom = async (page: Page, menu: string) => {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: menu, exact: true }).click();
    await page
      .getByRole('row', { name: new RegExp(PARTY) })
      .getByRole('link')
      .click();
  };

  it('five people sign in and take the case from clue to archive', async () => {
    const started = Date.now();
    // The first sign-in changes the admin's password, on screen, for each of the five.
    for (const id of ['h1', 'h2', 'a1', 'l1', 'ho1']) {
      await setPassword(t, id, `admin-set-${id}-2025`);
      people[id] = await signInOnScreen(
        browser,
        base,
        id,
        `admin-set-${id}-2025`,
        `own-${id}-pass-2025`,
      );
    }

    // 3 March: h1 registers the clue; a1 files the case from the approvals queue.
    const h1 = person('h1');
    await h1.getByRole('link', { name: '新建线索' }).click();
    const clue = h1.getByRole('form', { name: 'REGISTER_CLUE' });
    await choose(clue, '线索来源', '监督检查');
    await clue.getByLabel('线索收到日').fill('2025-03-03');
    await clue.getByLabel('摘要').fill('销售标签不符合规定的预包装食品');
    await choose(clue, '种类', '法人');
    await clue.getByLabel('名称', { exact: true }).fill(PARTY);
    await clue.getByLabel('统一社会信用代码').fill('91310000MA1FL0000X');
    await clue.getByRole('button', { name: '登记线索' }).click();
    await h1.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = h1.url();
    await h1.getByText('线索核查').first().waitFor();

    const a1 = person('a1');
    await goToCaseFrom(a1, '审批事项');
    const filing = await expandAction(a1, 'FILE_CASE');
    await tags(filing, '办案人员（账号）', ['h1', 'h2']);
    for (const name of [
      '有证据初步证明存在违法行为',
      '依法应当给予行政处罚',
      '属于本机关管辖',
      '在给予行政处罚的法定期限内',
    ])
      await filing.getByRole('checkbox', { name }).check();
    expect(await accepted(filing)).toBe('investigation');

    // h1 uploads the inspection record (progress shown) and records it as evidence.
    await h1.goto(caseUrl);
    await h1.locator('input[type=file]').setInputFiles({
      name: '现场检查笔录.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 现场检查笔录'),
    });
    await h1.getByText(/已上传：现场检查笔录\.pdf/).waitFor();
    const progress = h1.getByRole('progressbar', { name: '上传证据' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    const evidence = await expandAction(h1, 'RECORD_EVIDENCE');
    await choose(evidence, '种类', '现场笔录');
    await evidence.getByLabel('说明', { exact: true }).first().fill('现场检查笔录');
    expect(await accepted(evidence)).toBe('investigation');

    // The desk and the case page: no serious axe finding; the README's pictures.
    await h1.goto(`${base}/`);
    await h1.getByRole('row', { name: new RegExp(PARTY) }).waitFor();
    expect(await seriousAxeViolations(h1)).toEqual([]);
    await screenshot(h1, 'desk');

    // h2 concludes the investigation: a fine of 150,000 yuan, so legal review, a hearing offer
    // and a collective discussion are all due (PROCEDURE.md §5).
    const h2 = person('h2');
    const conclude = await openAction(h2, caseUrl, 'CONCLUDE_INVESTIGATION');
    await conclude.getByLabel('违法事实').fill('当事人销售标签不符合规定的预包装食品');
    await conclude.getByLabel('证据摘要').fill('现场检查笔录、抽样检验报告');
    await choose(conclude, '处理结果', '给予行政处罚');
    const penalty = conclude.getByRole('group', { name: '处罚内容 1' });
    await choose(penalty, '种类', '罚款');
    await penalty.getByLabel('金额（分）').fill('15000000');
    await conclude.getByLabel('法律依据').fill('《中华人民共和国食品安全法》第一百二十五条');
    expect(await accepted(conclude)).toBe('legalReview');

    // h2 is a legal reviewer too, but handles this case: no review in the queue, none on the
    // review page, and the service refuses one sent anyway (G09, APL 58).
    await h2.getByRole('link', { name: '法制审核', exact: true }).click();
    await h2.getByText('暂无待审核案件').waitFor();
    await h2.goto(caseUrl.replace('/cases/', '/reviews/'));
    await h2.getByText('您是本案的办案人员，不能审核本案').waitFor();
    expect(await h2.getByRole('form', { name: 'PASS_LEGAL_REVIEW' }).count()).toBe(0);
    const csrf = (await people.h2.context.cookies()).find((c) => c.name === 'zhifa-csrf')!.value;
    const sneaked = await people.h2.context.request.post(
      `${caseUrl.replace('/cases/', '/api/v1/cases/')}/events`,
      {
        headers: { 'x-csrf-token': csrf, 'accept-language': 'en' },
        data: { type: 'PASS_LEGAL_REVIEW', payload: { opinion: '同意' } },
      },
    );
    expect(sneaked.status()).toBe(403);
    expect(await sneaked.json()).toMatchObject({ code: 'FORBIDDEN', conflict: 'HANDLER_OF_CASE' });

    // l1 reviews from the queue: the proposal, the facts and evidence, why review is required.
    const l1 = person('l1');
    await goToCaseFrom(l1, '法制审核');
    await l1.waitForURL(/\/reviews\//);
    await l1.getByText('本局重大执法决定法制审核目录：较大数额罚款').waitFor();
    await l1.getByText('当事人销售标签不符合规定的预包装食品').waitFor();
    await l1.getByText('《中华人民共和国食品安全法》第一百二十五条').waitFor();
    await l1.getByText('罚款 150,000 元').waitFor();
    await l1.getByText(/现场笔录：现场检查笔录/).waitFor();
    expect(await seriousAxeViolations(l1)).toEqual([]);
    await screenshot(l1, 'review');
    const review = await expandAction(l1, 'PASS_LEGAL_REVIEW');
    await review.getByLabel('意见').fill('事实清楚，证据确凿，适用依据正确，同意');
    expect(await accepted(review)).toBe('proposalApproval');

    // a1 approves; h1 serves the 告知书 with the hearing right; the party asks for a hearing.
    expect(await accepted(await openAction(a1, caseUrl, 'APPROVE_PROPOSAL'))).toBe('notification');
    const notice = await openAction(h1, caseUrl, 'SERVE_NOTICE');
    await notice.getByLabel('送达方式').fill('direct');
    await notice.getByRole('checkbox', { name: '告知听证权利' }).check();
    expect(await accepted(notice)).toBe('notification');

    t.clock.set('2025-03-04T10:00:00+08:00');
    expect(await accepted(await openAction(h1, caseUrl, 'REQUEST_HEARING'))).toBe('hearing');
    const accept = await openAction(a1, caseUrl, 'ACCEPT_HEARING');
    await accept.getByLabel('听证主持人（账号）').fill('ho1');
    expect(await accepted(accept)).toBe('hearing');

    // ho1 schedules the hearing: three days' notice is refused (G15, APL 64: 7 working days),
    // the rule and its article on screen; ten days is accepted.
    const ho1 = person('ho1');
    await goToCaseFrom(ho1, '我的待办');
    await ho1.waitForURL(caseUrl);
    const schedule = await expandAction(ho1, 'SCHEDULE_HEARING');
    await schedule.getByLabel('听证时间').fill('2025-03-07T09:00');
    await schedule.getByLabel('听证通知送达日').fill('2025-03-04T10:00');
    expect((await submit(schedule)).status()).toBe(422);
    const refusal = ho1.getByRole('alert').filter({ hasText: 'G15' });
    await refusal.getByText('《中华人民共和国行政处罚法》第六十四条', { exact: false }).waitFor();
    expect(await refusal.textContent()).toMatch(/未能办理.*G15.*不足7个工作日/);
    await schedule.getByLabel('听证时间').fill('2025-03-14T09:00');
    expect(await accepted(schedule)).toBe('hearing');

    t.clock.set('2025-03-14T10:00:00+08:00');
    expect(await accepted(await openAction(ho1, caseUrl, 'HOLD_HEARING'))).toBe('hearing');
    const report = await openAction(ho1, caseUrl, 'SUBMIT_HEARING_REPORT');
    await report.getByLabel('意见').fill('当事人无新的事实和理由，维持原处理意见');
    expect(await accepted(report)).toBe('legalReview');

    // The hearing makes a new legal review due (APL 58(2)).
    await goToCaseFrom(l1, '法制审核');
    await l1.getByText(/经过听证程序/).waitFor();
    const again = await expandAction(l1, 'PASS_LEGAL_REVIEW');
    await again.getByLabel('意见').fill('听证后复核，同意');
    expect(await accepted(again)).toBe('collectiveDiscussion');

    // a1 records the collective discussion; its resolution starts from the proposal.
    const discussion = await openAction(a1, caseUrl, 'RECORD_COLLECTIVE_DECISION');
    await tags(discussion, '参加人员（账号）', ['a1', 'a2', 'a3']);
    await expect(
      discussion.getByRole('group', { name: '处罚内容 1' }).getByLabel('金额（分）').inputValue(),
    ).resolves.toBe('15000000');
    expect(await accepted(discussion)).toBe('decision');

    // 17 March: the decision form is prefilled from the approved proposal.
    t.clock.set('2025-03-17T10:00:00+08:00');
    const decide = await openAction(a1, caseUrl, 'DECIDE');
    await expect(decide.getByLabel('金额（分）').inputValue()).resolves.toBe('15000000');
    await decide.getByText('= 150,000.00 元').waitFor();
    await decide.getByLabel('决定书文号').fill('市监罚〔2025〕1号');
    expect(await accepted(decide)).toBe('enforcement');

    const serve = await openAction(h1, caseUrl, 'SERVE_DECISION');
    await choose(serve, '送达方式', '直接送达');
    expect(await accepted(serve)).toBe('enforcement');
    t.clock.set('2025-03-18T10:00:00+08:00');
    const paid = await openAction(h1, caseUrl, 'RECORD_PAYMENT');
    await paid.getByLabel('金额（分）').fill('15000000');
    expect(await accepted(paid)).toBe('enforcement');
    for (const channel of ['国家企业信用信息公示系统', '本机关网站']) {
      const publish = await openAction(h1, caseUrl, 'PUBLISH_DECISION');
      await choose(publish, '公示渠道', channel);
      expect(await accepted(publish)).toBe('enforcement');
    }

    // The case page with its whole history: no serious axe finding; the README's picture.
    await h1.goto(caseUrl);
    await h1.getByText('听证报告').first().waitFor();
    expect(await seriousAxeViolations(h1)).toEqual([]);
    await screenshot(h1, 'case');

    expect(await accepted(await openAction(a1, caseUrl, 'CLOSE_CASE'))).toBe('closed');
    expect(await accepted(await openAction(h1, caseUrl, 'ARCHIVE_CASE'))).toBe('archived');
    await h1.reload();
    await h1.getByText('归档', { exact: true }).first().waitFor();
    console.log(`journey in the browser: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);

  it('fits a phone (390×844): the desk and the case page need no horizontal scroll', async () => {
    // Its own officer and clue: this test leans on nothing the journey left behind.
    const token = await t.officer({
      id: 'h3',
      name: '陈现场',
      roles: ['handler'],
      enforcementCredential: CREDENTIAL,
    });
    const id = await createCase(t, token);
    await setPassword(t, 'h3', 'admin-set-h3-2025');
    const { page, context } = await signInOnScreen(
      browser,
      base,
      'h3',
      'admin-set-h3-2025',
      'own-h3-pass-2025',
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    expect(await overflowing(page)).toBe(false);
    await page.goto(`${base}/cases/${id}`);
    await page.getByText('办案记录').waitFor();
    expect(await overflowing(page)).toBe(false);
    await context.close();
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import {
  filedCase,
  seedCast,
  send,
  suspendedAndResumedCase,
  type Cast,
} from '../support/case-fixtures';
import { screenshot } from '../support/screens';
import { readyAccount } from '../support/sign-in';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = join(__dirname, '..', '..');
const OPEN = new Set(['open', 'missed', 'paused']);
const STATUS: Record<string, string> = {
  open: '进行中',
  missed: '已逾期',
  paused: '已中止',
};

interface HistoryEntry {
  seq: number;
  stage: string;
  deadlines: { clock: string; status: string; dueOn: string }[];
}

describe('auditors and administrators in the browser (issue 17)', () => {
  let t: TestApp;
  let base: string;
  let cast: Cast;
  let caseId: string;
  let tampered: string;
  let browser: Browser;
  const AUDITOR_PASSWORD = 'auditor-password-1';
  const ADMIN_PASSWORD = 'admin-password-123';

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.cjs'), '--web'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`web build failed: ${built.stderr}`);
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    cast = await seedCast(t);
    caseId = await suspendedAndResumedCase(t, cast);
    await t.http
      .post('/api/v1/audit/checkpoints')
      .set('authorization', `Bearer ${cast.auditor}`)
      .expect(201);
    tampered = await filedCase(t, cast);
    for (const description of ['照片 1', '照片 2'])
      await send(t, cast.handler, tampered, 'RECORD_EVIDENCE', {
        kind: 'photo',
        description,
      }).expect(200);
    await t.http
      .post('/api/v1/audit/checkpoints')
      .set('authorization', `Bearer ${cast.auditor}`)
      .expect(201);
    // One changed byte in the tampered case's third entry (as an attacker with the database).
    await tamper(t.db, [
      [
        `UPDATE case_log SET payload = jsonb_set(payload, '{description}', '"照片 X"') WHERE case_id = $1 AND seq = 3`,
        [tampered],
      ],
    ]);
    // Credentials the officers page warns about: one expired, one valid for years.
    await t.officer({
      id: 'zhao6',
      name: '赵六',
      roles: ['handler'],
      enforcementCredential: { number: 'SH-2020-0006', validUntil: '2025-06-30' },
    });
    await readyAccount(t, 'au1', AUDITOR_PASSWORD);
    await readyAccount(t, 'admin', ADMIN_PASSWORD);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  /** Signs in through /login as a person would, and waits for the desk. */
  async function signInPage(id: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('账号').fill(id);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return page;
  }

  async function expectNoSeriousAxe(page: Page) {
    // As the page stands, not under a hovering pointer (hover colours are lighter).
    await page.mouse.move(0, 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('lets an auditor travel back to three earlier points and see the stage and clocks of each', async () => {
    const api = await t.http
      .get(`/api/v1/cases/${caseId}/history`)
      .set('authorization', `Bearer ${cast.auditor}`)
      .expect(200);
    const entries = api.body.entries as HistoryEntry[];
    const page = await signInPage('au1', AUDITOR_PASSWORD);
    await page.getByRole('link', { name: '执法监督' }).click();
    await page.getByRole('heading', { name: '执法监督：案件查阅' }).waitFor();
    await page.getByRole('searchbox').fill('上海某某食品');
    await page.getByRole('searchbox').press('Enter');
    const number = (
      await t.http.get(`/api/v1/cases/${caseId}`).set('authorization', `Bearer ${cast.auditor}`)
    ).body.caseNumber as string;
    await page.getByRole('link', { name: number }).click();
    await page.waitForURL(`${base}/audit/cases/${caseId}`);

    const expected: [number, string, string][] = [
      [1, '线索核查', 'clueVerification'],
      [2, '调查取证', 'investigation'],
      [4, '调查取证', 'investigation'],
    ];
    for (const [seq, stageText, stage] of expected) {
      await page.getByRole('button', { name: new RegExp(`^第 ${seq} 条记录`) }).click();
      const state = page.getByTestId('entry-state');
      await state.getByText(`第 ${seq} 条记录`).waitFor();
      expect(await page.getByTestId('stage').textContent()).toBe(stageText);
      expect(entries[seq - 1].stage).toBe(stage);
      const clocks = page.getByRole('region', { name: '当时进行中的期限' });
      const open = entries[seq - 1].deadlines.filter((d) => OPEN.has(d.status));
      expect(open.length).toBeGreaterThan(0);
      for (const d of open) {
        const row = clocks.getByRole('row').filter({ hasText: d.clock });
        await row.getByText(d.dueOn).waitFor();
        await row.getByText(STATUS[d.status]).waitFor();
      }
      expect(await clocks.getByRole('row').count()).toBe(open.length + 1); // and the header
    }
    // Suspended at entry 4: investigation's substate, and the case-time limit paused (APL 60).
    await page.getByTestId('entry-state').getByText('调查取证 › 中止调查').waitFor();
    const paused = entries[3].deadlines.find((d) => d.clock === 'caseLimit');
    expect(paused?.status).toBe('paused');
    await page
      .getByRole('region', { name: '当时进行中的期限' })
      .getByRole('row')
      .filter({ hasText: 'caseLimit' })
      .getByText('已中止')
      .waitFor();
    // Entry 3 added the photo: the change list says so.
    await page.getByRole('button', { name: /^第 3 条记录/ }).click();
    await page
      .getByRole('region', { name: '与上一条记录相比的变化' })
      .getByText('照片')
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^第 4 条记录/ }).click();
    await page.getByTestId('stage').waitFor();
    await expectNoSeriousAxe(page);
    await screenshot(page, 'audit-history');
    await page.context().close();
  }, 90_000);

  it('shows an auditor the first bad entry of a tampered case', async () => {
    const page = await signInPage('au1', AUDITOR_PASSWORD);
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.goto(`${base}/audit/cases/${tampered}/verify`);
    await page.getByText('记录已被篡改或损坏').waitFor();
    await page.getByText('第一条不一致的记录：第 3 条').first().waitFor();
    const bad = page.getByRole('row').filter({ hasText: '第一条不一致的记录' });
    expect(await bad.count()).toBe(1);
    expect(await bad.getByRole('cell').first().textContent()).toBe('3');
    // The export link downloads the signed bundle with the session the page has.
    const href = await page.getByRole('link', { name: '导出（JSON）' }).getAttribute('href');
    const bundle = await page.request.get(`${base}${href}`);
    expect(bundle.status()).toBe(200);
    expect((await bundle.json()).case.id).toBe(tampered);
    await expectNoSeriousAxe(page);
    await page.context().close();
  }, 60_000);

  it('scans the whole database with live progress and checks two checkpoints', async () => {
    const page = await signInPage('au1', AUDITOR_PASSWORD);
    await page.getByRole('link', { name: '完整性校验' }).click();
    await page.getByRole('heading', { name: '全库完整性校验' }).waitFor();
    await page.getByRole('button', { name: '开始校验' }).click();
    await page.getByText('已校验 2 / 2 件').waitFor();
    await page.getByText('发现问题').waitFor();
    const problems = page.getByRole('region', { name: '问题' });
    await problems.getByRole('link', { name: tampered }).waitFor();
    expect(await problems.getByRole('link', { name: caseId }).count()).toBe(0);

    const checkpoints = page.getByRole('region', { name: '检查点（Merkle 树根）' });
    await checkpoints.getByRole('cell', { name: '5', exact: true }).waitFor();
    await checkpoints.getByRole('cell', { name: '9', exact: true }).waitFor();
    // The open list is the last one in the page (antd keeps closed ones).
    const option = (size: string) =>
      page.locator(`.ant-select-item-option[title^="${size} ·"]`).last();
    await page.getByLabel('较早的检查点').click();
    await option('5').click();
    await page.getByLabel('较晚的检查点').click();
    await option('9').click();
    await page.getByRole('button', { name: '核对' }).click();
    await page.getByText('一致：较晚的日志只是在较早的日志之后追加').waitFor();
    // The page at rest: both option lists closed (antd hides them once their motion ends; a list
    // still closing carries the select's unnamed helper listbox, which axe then reports).
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first().waitFor({
      state: 'detached',
    });
    await expectNoSeriousAxe(page);
    await page.context().close();
  }, 60_000);

  it('lets an administrator create an officer with a password, who then signs in', async () => {
    const page = await signInPage('admin', ADMIN_PASSWORD);
    await page.getByRole('link', { name: '执法人员' }).click();
    await page.getByRole('heading', { name: '执法人员管理' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'au1' }).waitFor();
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-officers');

    // Deactivation asks first; the officer then shows as deactivated and cannot sign in.
    await page.getByRole('button', { name: '停用 zhao6' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByRole('row').filter({ hasText: 'zhao6' }).getByText('已停用').waitFor();
    const deactivated = await t.http
      .get('/api/v1/officers/zhao6')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .expect(200);
    expect(deactivated.body.active).toBe(false);

    await page.getByRole('button', { name: '新增人员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('账号').fill('wang5');
    await dialog.getByLabel('姓名').fill('王五');
    await dialog.getByLabel('承办人').check();
    await dialog.getByLabel('执法证号').fill('SH-2026-0005');
    await dialog.getByLabel('有效期至').fill('2030-06-30');
    await dialog.getByLabel(/初始密码/).fill('wang5-initial-pw');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('row').filter({ hasText: 'wang5' }).getByText('王五').waitFor();
    const saved = await t.http
      .get('/api/v1/officers/wang5')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .expect(200);
    expect(saved.body).toMatchObject({
      name: '王五',
      roles: ['handler'],
      enforcementCredential: { number: 'SH-2026-0005', validUntil: '2030-06-30' },
      active: true,
    });
    await page.context().close();

    // The new officer signs in with the admin's password and must change it first.
    const own = await signInPage('wang5', 'wang5-initial-pw');
    await own.getByText('首次登录，请修改密码').waitFor();
    await own.getByLabel('当前密码').fill('wang5-initial-pw');
    await own.getByLabel('新密码').fill('wang5-own-password');
    await own.getByRole('button', { name: '修改密码' }).click();
    await own.getByRole('heading', { name: '我的待办' }).waitFor();
    await own.getByText('王五').waitFor();
    // A handler sees no auditor's or administrator's menu.
    expect(await own.getByRole('link', { name: '执法人员' }).count()).toBe(0);
    expect(await own.getByRole('link', { name: '执法监督' }).count()).toBe(0);
    // Typed in by hand, the pages refuse too (and the service refuses their reads).
    for (const path of ['/admin/officers', `/audit/cases/${caseId}`]) {
      await own.goto(`${base}${path}`);
      await own.getByText('您没有访问此页面的权限').waitFor();
    }
    const denied = await own.request.get(`${base}/api/v1/cases/${caseId}/history`);
    expect(denied.status()).toBe(403);
    await own.context().close();
  }, 90_000);

  it("shows an administrator a year's working days and loads a notice", async () => {
    const page = await signInPage('admin', ADMIN_PASSWORD);
    await page.getByRole('link', { name: '工作日历' }).click();
    await page.getByRole('heading', { name: '工作日历' }).waitFor();
    // This year, as the service counts it (the built-in arrangement of the notice).
    await page.getByTestId('calendar-source').waitFor();
    await page.getByText(`${new Date().getFullYear()}年1月`).waitFor();
    await expectNoSeriousAxe(page);
    await screenshot(page, 'admin-calendar');
    await page.getByLabel('年份').fill('2031');
    await page.getByLabel('年份').press('Enter');
    await page.getByTestId('calendar-source').filter({ hasText: '仅按周末推算（临时）' }).waitFor();
    await page.getByText('2031年1月').waitFor();
    await page.getByRole('button', { name: '2031-01-01', exact: true }).click();
    await page.getByRole('button', { name: /^2031-01-01\s*休$/ }).waitFor();
    await page.getByLabel('依据（通知文号）').fill('国办发明电〔2030〕1号');
    await page.getByRole('button', { name: '录入本年度安排' }).click();
    await page.getByTestId('calendar-source').filter({ hasText: '管理员录入' }).waitFor();
    const year = await t.http
      .get('/api/v1/calendar/2031')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .expect(200);
    expect(year.body).toMatchObject({ source: 'override', holidays: ['2031-01-01'] });
    await expectNoSeriousAxe(page);
    await page.context().close();
  }, 90_000);

  it('lets an administrator change the reconsideration body the documents name', async () => {
    const page = await signInPage('admin', ADMIN_PASSWORD);
    await page.getByRole('link', { name: '本局设置' }).click();
    await page.getByRole('heading', { name: '本局设置' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'RECONSIDERATION_BODY' }).waitFor();
    await page.getByLabel('行政复议机关').fill('上海市浦东新区人民政府');
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: '上海市浦东新区人民政府' })
      .getByText('admin 于')
      .waitFor();
    const rows = await t.http
      .get('/api/v1/settings/bureau')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .expect(200);
    expect(rows.body).toContainEqual(
      expect.objectContaining({ key: 'reconsiderationBody', value: '上海市浦东新区人民政府' }),
    );
    await expectNoSeriousAxe(page);
    await page.context().close();
  }, 60_000);
});

import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousAxeViolations, type AxeFinding } from '../support/axe';
import { launchChromium } from '../support/browser';
import { screenshot } from '../support/screens';
import { startTestApp, type TestApp } from '../support/test-app';
import { N, ORG, PERSON, PORTAL_NOW, SECRETS, seedPortal, WITHDRAWN } from './gongshi.fixtures';

/** What would identify a natural person: an ID number, a mobile or landline, a street address. */
const ID_NUMBER = /\d{17}[\dXx]/;
const PHONE = /1[3-9]\d{9}|0\d{2,3}-?\d{7,8}/;
const STREET_ADDRESS = /[路街道巷弄]\d+号|\d+室|号楼/;

/** The bits of the DOM the checks read (the tests are compiled without the DOM library). */
type Loaded = { naturalWidth: number };
type Doc = { document: { documentElement: { scrollWidth: number; clientWidth: number } } };

describe('a visitor reads the public portal with JavaScript disabled (issue 17)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let axeContext: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(PORTAL_NOW, undefined, { PUBLIC_RATE_LIMIT: '100000' });
    await seedPortal(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'zh-CN',
      viewport: { width: 1100, height: 860 },
    });
    page = await context.newPage();
    // axe runs on timers, which a page without JavaScript never fires: the same address is
    // checked in a second context that allows scripts (and lets axe past the page's policy).
    axeContext = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
    // A stylesheet or image refused by the Content-Security-Policy, or not found, shows up here
    // (pages answered 404 on purpose and the browser's own /favicon.ico aside).
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('response', (r) => {
      const resource = r.request().resourceType() !== 'document';
      if (resource && r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
        problems.push(r.url());
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  /** axe's serious and critical findings on the page the visitor is on. */
  async function axeFindings(): Promise<AxeFinding[]> {
    const checked = await axeContext.newPage();
    await checked.goto(page.url());
    const findings = await seriousAxeViolations(checked);
    await checked.close();
    return findings;
  }

  /** The text a reader sees on the whole page. */
  const visibleText = () => page.locator('body').innerText();

  it('finds a natural person’s decision with the search form and reads no ID, phone or address', async () => {
    await page.goto(`${base}/gongshi/`);
    await page.getByRole('heading', { level: 1, name: '行政处罚决定公示' }).waitFor();
    await page.getByLabel('关键词').fill('3101');
    await page.getByLabel('决定年份').selectOption('2026');
    await page.getByLabel('处罚种类').selectOption({ label: '罚款' });
    await page.getByRole('button', { name: '检索' }).click();
    await page.waitForURL(/\/gongshi\/\?q=3101&year=2026&penalty=fine$/);
    await page.getByRole('heading', { name: '符合条件的决定 1 件' }).waitFor();
    await page.getByRole('link', { name: N.person }).click();
    await page.waitForURL(`${base}/gongshi/decisions/${encodeURIComponent(N.person)}`);
    await page.getByRole('heading', { level: 1, name: `行政处罚决定书 ${N.person}` }).waitFor();

    const text = await visibleText();
    expect(text).toContain('李某');
    expect(text).toContain('自然人');
    expect(text).toContain('罚款20,000元');
    expect(text).toContain('［身份证号已隐去］');
    expect(text).not.toMatch(ID_NUMBER);
    expect(text).not.toMatch(PHONE);
    expect(text).not.toMatch(STREET_ADDRESS);
    for (const secret of [PERSON.name, PERSON.idNumber, PERSON.phone, PERSON.address]) {
      expect(text).not.toContain(secret);
    }
    // Nor in the markup (attributes, titles) the page came with.
    const source = await page.content();
    for (const secret of SECRETS) expect(source).not.toContain(secret);
    expect(await axeFindings()).toEqual([]);
    await screenshot(page, 'gongshi-decision');
  }, 60_000);

  it('shows a company’s decision with its name, credit code, penalties and channels', async () => {
    await page.goto(`${base}/gongshi/`);
    expect(await axeFindings()).toEqual([]);
    await screenshot(page, 'gongshi-list');
    await page.getByLabel('关键词').fill('明澈');
    await page.getByRole('button', { name: '检索' }).click();
    await page.getByRole('link', { name: N.org }).click();
    await page.getByRole('heading', { level: 1, name: `行政处罚决定书 ${N.org}` }).waitFor();
    const facts = await page.locator('dl.facts').innerText();
    for (const shown of [
      ORG.name,
      ORG.creditCode,
      '法人',
      '销售标签不符合规定的预包装食品',
      '《中华人民共和国食品安全法》第一百二十五条',
      '罚款50,000元',
      '没收违法所得3,000元',
      '2025年12月1日',
      '国家企业信用信息公示系统、本局门户网站',
    ]) {
      expect(facts).toContain(shown);
    }
  }, 60_000);

  it('lists the withdrawal notice after a withdrawal, its reasons redacted', async () => {
    await page.goto(`${base}/gongshi/`);
    await page
      .getByRole('navigation', { name: '公示栏目' })
      .getByRole('link', { name: '撤回公告' })
      .click();
    await page.getByRole('heading', { level: 1, name: '撤回公告' }).waitFor();
    const notice = page.getByRole('listitem').filter({ hasText: N.withdrawn });
    const text = await notice.innerText();
    expect(text).toContain('决定被撤销：法院判决撤销；赵某（电话［电话已隐去］）胜诉');
    expect(text).toContain('2026年11月3日');
    for (const secret of [WITHDRAWN.name, WITHDRAWN.phone, WITHDRAWN.idNumber]) {
      expect(await visibleText()).not.toContain(secret);
    }
    expect(await axeFindings()).toEqual([]);
    // The withdrawn decision itself is no longer on display.
    await page.goto(`${base}/gongshi/decisions/${encodeURIComponent(N.withdrawn)}`);
    await page.getByText(`决定书 ${N.withdrawn} 的公示已撤回`).waitFor();
  }, 60_000);

  it('shows the procedure diagram and the published checkpoints', async () => {
    await page.goto(`${base}/gongshi/procedure`);
    const diagram = page.getByRole('img', { name: /行政处罚程序流程图/ });
    await diagram.waitFor();
    const loaded = await diagram.evaluate((img) => (img as unknown as Loaded).naturalWidth);
    expect(loaded).toBeGreaterThan(0);
    expect(await axeFindings()).toEqual([]);
    await page.goto(`${base}/gongshi/checkpoints`);
    await page.getByRole('heading', { name: '签名公钥' }).waitFor();
    expect(await page.locator('pre').innerText()).toContain('BEGIN PUBLIC KEY');
    expect(await axeFindings()).toEqual([]);
  }, 60_000);

  it('fits a phone’s width without sideways scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/gongshi/', `/gongshi/decisions/${encodeURIComponent(N.org)}`]) {
      await phone.goto(`${base}${path}`);
      const widths = await phone.evaluate(() => {
        const root = (globalThis as unknown as Doc).document.documentElement;
        return [root.scrollWidth, root.clientWidth];
      });
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    }
    await phone.close();
  }, 60_000);

  it('loaded every stylesheet and image: nothing refused, nothing failed', () => {
    expect(problems).toEqual([]);
  });
});

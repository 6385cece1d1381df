import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { filedCase, seedCast, type Cast } from '../support/case-fixtures';
import { choose, expandAction, tags } from '../support/workbench-ui';
import { startTestApp, type TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const size = require('../../scripts/web-size.cjs') as {
  firstPageJs(): { files: string[]; bytes: number };
  BUDGET_BYTES: number;
};

const ROOT = join(__dirname, '..', '..');

describe('the workbench served at / (issue 16)', () => {
  let t: TestApp;
  let base: string;
  let cast: Cast;
  let caseId: string;

  beforeAll(async () => {
    // The build `npm start` would make, if web/ changed since the last one.
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.cjs'), '--web'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`web build failed: ${built.stderr}`);
    t = await startTestApp('2025-03-12T10:00:00+08:00');
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    cast = await seedCast(t);
    // The approver who files the case has a name the timeline shows instead of the id.
    const admin = await t.officer({ id: 'ad1', roles: ['admin'] });
    await t.http
      .patch('/api/v1/officers/a1')
      .set('authorization', `Bearer ${admin}`)
      .send({ name: '王审批' })
      .expect(200);
    caseId = await filedCase(t, cast);
  }, 180_000);
  afterAll(() => t.close());

  it.each(['/', '/login', `/cases/${'0'.repeat(8)}`])(
    'answers the client route %s with the app',
    async (path) => {
      const res = await t.http.get(path).expect(200);
      expect(res.type).toBe('text/html');
      expect(res.text).toContain('<div id="root">');
    },
  );

  it.each([
    ['/api/v1/no-such-thing', 404, 'application/problem+json'],
    ['/health', 200, 'application/json'],
    ['/metrics', 200, 'text/plain'],
    ['/gongshi/decisions', 404, 'text/html'],
  ])('leaves %s to the service', async (path, status, type) => {
    const res = await t.http.get(path);
    expect([res.status, res.type]).toEqual([status, type]);
    expect(res.text).not.toContain('<div id="root">');
  });

  it("counts the desk's working days on the server (the light's input)", async () => {
    const res = await t.http
      .get('/api/v1/me/desk')
      .set('authorization', `Bearer ${cast.handler}`)
      .expect(200);
    const next = res.body.items[0].nextDeadline;
    // Filed today: its nearest clock is still ahead, counted in whole working days.
    expect(Number.isInteger(next.workingDaysLeft)).toBe(true);
    expect(next.workingDaysLeft).toBeGreaterThan(0);
    expect(next.dueOn > '2025-03-12').toBe(true);
  });

  it('keeps its first page under 600 KB of gzipped JavaScript', () => {
    const { files, bytes } = size.firstPageJs();
    console.log(
      `first page (desk) JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped, ${files.length} files`,
    );
    expect(bytes).toBeLessThan(size.BUDGET_BYTES);
  });

  describe('in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);
    afterAll(() => browser.close());

    it('sends a visitor who is not signed in to /login', async () => {
      const page = await browser.newPage();
      await page.goto(`${base}/`);
      await page.waitForURL(`${base}/login`);
      await page.getByRole('button', { name: /登\s*录/ }).waitFor();
      await page.close();
    });

    it('shows a handler the desk and the case page in Chinese', async () => {
      const context = await browser.newContext({
        extraHTTPHeaders: { authorization: `Bearer ${cast.handler}` },
      });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.getByRole('heading', { name: '我的待办' }).waitFor();
      const row = page.getByRole('row', { name: /上海某某食品有限公司/ });
      await row.getByText('调查取证').waitFor();
      await row.getByRole('link').click();
      await page.waitForURL(`${base}/cases/${caseId}`);
      await page.getByText('办案期限').first().waitFor();
      await page.getByText('办案记录').waitFor();
      await page.getByText('立案', { exact: true }).waitFor();
      // Who filed it by name; the open clocks by the catalogue's names, not their codes.
      await page.getByText('办理人 王审批').waitFor();
      await page.getByRole('cell', { name: '办案期限（APL 60; PR）' }).waitFor();
      await page.getByRole('cell', { name: '进行中' }).first().waitFor();
      expect(await page.getByText(/caseLimit|a1$/).count()).toBe(0);
      await page.getByText('可办理事项').waitFor();
      await context.close();
    }, 60_000);

    it('shows the desk, a case page and a refusal in English once the reader switches', async () => {
      const context = await browser.newContext({
        extraHTTPHeaders: { authorization: `Bearer ${cast.handler}` },
      });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.getByRole('heading', { name: '我的待办' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'My desk' }).waitFor();
      const row = page.getByRole('row', { name: /上海某某食品有限公司/ });
      await row.getByText('Investigation').waitFor();
      await row.getByRole('link').click();
      await page.waitForURL(`${base}/cases/${caseId}`);
      await page.getByText('Case log').waitFor();
      await page.getByText('Case filed', { exact: true }).waitFor();
      await page.getByText('By 王审批').waitFor();
      await page.getByRole('cell', { name: 'Case time limit（APL 60; PR）' }).waitFor();
      await page.getByRole('cell', { name: 'Open', exact: true }).first().waitFor();
      await page.getByText('Next actions').waitFor();
      // The service refuses in the reader's language: a1 is not a handler of the case (G04).
      const evidence = await expandAction(page, 'RECORD_EVIDENCE');
      await choose(evidence, 'kind', 'document');
      await evidence.getByLabel('description', { exact: true }).first().fill('inspection record');
      await tags(evidence, 'officers present', ['a1']);
      await evidence.getByRole('button', { name: 'Submit' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'G04' });
      await refusal
        .locator('li')
        .getByText('officer a1 is not a handler of this case', { exact: false })
        .waitFor();
      expect(await refusal.textContent()).toMatch(/^Refused: G04/);
      await context.close();
    }, 60_000);
  });
});

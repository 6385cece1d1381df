// Driving the workbench as an officer does: the sign-in page, the menu, the next-action forms.
// Every wait is on something visible (a role, a text) or on the service's answer, never a delay.
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';

export interface Officer {
  id: string;
  password: string;
  context: BrowserContext;
  page: Page;
}

/**
 * Signs in at /login with the password an admin set; when the service asks for the first
 * sign-in's change (it always does after an admin's password), changes it on screen.
 */
export async function signInOnScreen(
  browser: Browser,
  base: string,
  id: string,
  adminPassword: string,
  ownPassword: string,
): Promise<Officer> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForURL(`${base}/login`);
  await page.getByLabel('账号').fill(id);
  await page.getByLabel('密码', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('首次登录，请修改密码').waitFor();
  await page.getByLabel('当前密码').fill(adminPassword);
  await page.getByLabel('新密码').fill(ownPassword);
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
  return { id, password: ownPassword, context, page };
}

/**
 * Picks `option` in the antd select labelled `label` inside `scope`, and waits until the field
 * shows it (under load a click can land while the dropdown still moves; it is then picked again).
 */
export async function choose(scope: Locator, label: string, option: string): Promise<void> {
  const page = scope.page();
  const field = scope.getByLabel(label, { exact: true });
  // `has` is matched inside each item, so it takes a locator from the page, not one from `scope`;
  // the innermost item is the field's own (a fieldset's item holds its fields' items).
  const item = scope
    .locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
    .last();
  const choice = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(option, { exact: true });
  for (let attempt = 1; ; attempt++) {
    // A dropdown still open from the attempt before is used as it is (a click would close it).
    if (!(await choice.isVisible())) await field.click();
    await choice.click();
    // The select's own box (antd also keeps a hidden aria-live copy of the pick while focused).
    const shown = await item
      .locator(`.ant-select-content[title="${option}"]`)
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (attempt === 3) throw new Error(`${label}: ${option} was not picked`);
  }
}

/** Types officer ids into a tags field (one tag each). */
export async function tags(scope: Locator, label: string, values: string[]): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  for (const v of values) {
    await input.pressSequentially(v);
    await input.press('Enter');
  }
}

/** Opens the case page and the next action `type`; returns its form. */
export async function openAction(page: Page, caseUrl: string, type: string): Promise<Locator> {
  if (page.url() !== caseUrl) await page.goto(caseUrl);
  else await page.reload();
  return expandAction(page, type);
}

/** Expands the next action `type` on the page as it is; returns its form. */
export async function expandAction(page: Page, type: string): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(`（${type}）`) }).click();
  const form = page.getByRole('form', { name: type });
  await form.waitFor();
  // The panel's opening motion is over: nothing moves under the fields and the button.
  await page.locator('.ant-motion-collapse').first().waitFor({ state: 'detached' });
  return form;
}

/**
 * Submits the form and returns the service's answer to the event it sent. When the form's own
 * check stops the submission, fails at once with what the form says (not after a timeout).
 */
export async function submit(form: Locator): Promise<Response> {
  const page = form.page();
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/api\/v1\/cases\/[^/]+\/events/.test(r.url()),
  );
  await form.getByRole('button', { name: /提\s*交/ }).click();
  const error = form.locator('.ant-form-item-explain-error').first();
  const stopped = error.waitFor({ timeout: 30_000 }).then(async () => {
    throw new Error(`the form stopped the submission: ${await error.innerText()}`);
  });
  // Whichever loses is settled later; its outcome is of no interest.
  answer.catch(() => undefined);
  stopped.catch(() => undefined);
  return Promise.race([answer, stopped]);
}

/** Submits and expects the event to be accepted; answers the stage the case is in after it. */
export async function accepted(form: Locator): Promise<string> {
  const res = await submit(form);
  const body = (await res.json()) as { case?: { stage: string } };
  if (res.status() !== 200) throw new Error(`refused: ${res.status()} ${JSON.stringify(body)}`);
  return body.case!.stage;
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** docs/screens/, where the README's screenshots live (issues 16, 17). */
export const SCREENS_DIR = join(__dirname, '..', '..', 'docs', 'screens');

/**
 * Saves a screenshot of the page as docs/screens/<name>.png when SCREENS_WRITE=1 (the committed
 * pictures are refreshed on purpose, not by every test run, so a run leaves the tree clean).
 * Returns the path written, or null.
 */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  if (process.env.SCREENS_WRITE !== '1') return null;
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

#!/usr/bin/env node
// node scripts/web-size.cjs: the JavaScript the browser loads for the first page of the built
// workbench, gzipped: the entry, the chunks it imports, and the desk (/, the page a signed-in
// officer opens first) with its chunks, from Vite's manifest. Issue 16's budget is 600 KB; the
// build prints the figure and tests/e2e/web-app.e2e.spec.ts holds it.
'use strict';
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');

const WEB = resolve(__dirname, '..', 'dist', 'web');
const BUDGET_BYTES = 600 * 1024;
const FIRST_PAGE = 'src/pages/DeskPage.tsx';

/** { files, bytes } of the first page's scripts, gzipped at level 9 (what a server would send). */
function firstPageJs(dir = WEB) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  visit(FIRST_PAGE);
  const bytes = [...files].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length,
    0,
  );
  return { files: [...files], bytes };
}

module.exports = { firstPageJs, BUDGET_BYTES };
if (require.main === module) {
  const { files, bytes } = firstPageJs();
  console.log(
    `web: first page (desk) JavaScript ${(bytes / 1024).toFixed(1)} KB gzipped in ${files.length} files (budget ${BUDGET_BYTES / 1024} KB)`,
  );
  if (bytes > BUDGET_BYTES) process.exit(1);
}

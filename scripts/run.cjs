#!/usr/bin/env node
// node scripts/run.cjs <dist/entry.js> [args…]: runs a built entry in this very process, building
// first only when dist/ is missing or older than the sources (a build takes ~10 s; `npm run token`
// should not). In-process, so `exec node scripts/run.cjs …` in package.json leaves npm's signals
// going straight to the service: SIGTERM to `npm start` stops it and its PostgreSQL.
// node scripts/run.cjs --build: build now, whatever the dates.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'workflows', 'scripts', 'bench'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs; // a deleted file changes its folder's date
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

function stale(entry) {
  if (!existsSync(entry) || !existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return [...SOURCES, ...CONFIGS].some((p) => newest(join(root, p)) > built);
}

function build() {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, '');
}

const [target, ...rest] = process.argv.slice(2);
if (!target) {
  console.error('usage: node scripts/run.cjs <dist/entry.js> [args…] | --build');
  process.exit(64);
}
if (target === '--build') {
  build();
} else {
  const entry = resolve(root, target);
  if (stale(entry)) build();
  // As if started as `node <entry> args…` (cluster workers re-run process.argv[1]).
  process.argv = [process.argv[0], entry, ...rest];
  require(entry);
}

#!/usr/bin/env node
// node scripts/run.cjs <dist/entry.js> [args…]: runs a built entry in this very process, building
// first only when dist/ is missing or older than the sources (a build takes ~10 s; `npm run token`
// should not). In-process, so `exec node scripts/run.cjs …` in package.json leaves npm's signals
// going straight to the service: SIGTERM to `npm start` stops it and its PostgreSQL.
// node scripts/run.cjs --build: build now, whatever the dates.
// The workbench (web/, issue 16) is built by Vite into dist/web on the same terms, but only for
// the service (dist/src/main.js) and --build: `npm run token` never waits for it.
// node scripts/run.cjs --web: the workbench only, if its sources changed (the browser tests).
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'workflows', 'scripts', 'bench'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
const SERVICE = join(root, 'dist', 'src', 'main.js');
const webStamp = join(root, 'dist', 'web', '.build-stamp');
const WEB_SOURCES = ['web/src', 'web/index.html', 'web/vite.config.mts', 'package-lock.json'];

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

function webStale() {
  if (!existsSync(webStamp)) return true;
  const built = statSync(webStamp).mtimeMs;
  return WEB_SOURCES.some((p) => newest(join(root, p)) > built);
}

const webLock = join(root, 'dist', '.web-build.lock');

/** Another process (a parallel test's `npm run build`) is building: wait for it, then re-check. */
function waitForOtherWebBuild() {
  const until = Date.now() + 180_000;
  while (existsSync(webLock) && Date.now() < until) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

function buildWeb() {
  mkdirSync(dirname(webLock), { recursive: true });
  try {
    writeFileSync(webLock, String(process.pid), { flag: 'wx' });
  } catch {
    waitForOtherWebBuild();
    if (webStale()) buildWeb();
    return;
  }
  try {
    viteBuild();
  } finally {
    rmSync(webLock, { force: true });
  }
}

function viteBuild() {
  let vite;
  try {
    // bin/ is not in vite's exports: found from its package.json.
    vite = join(dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin', 'vite.js');
  } catch {
    // An install without devDependencies serves the dist/web it was given, if any.
    console.warn('vite is not installed: the workbench (dist/web) is not rebuilt');
    return;
  }
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(root, 'web', 'vite.config.mts'), '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) {
    rmSync(webLock, { force: true });
    process.exit(r.status ?? 1);
  }
  writeFileSync(webStamp, '');
  spawnSync(process.execPath, [join(__dirname, 'web-size.cjs')], { stdio: 'inherit' });
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
  console.error('usage: node scripts/run.cjs <dist/entry.js> [args…] | --build | --web');
  process.exit(64);
}
if (target === '--build') {
  // Only when a source is newer than the last build: parallel tests run `npm run build` while
  // others run the built code (a rebuild under them would change what they run).
  if (stale(SERVICE)) build();
  // Only when web/ changed: the tests run `npm run build` often, the web build takes seconds.
  if (webStale()) buildWeb();
} else if (target === '--web') {
  if (webStale()) buildWeb();
} else {
  const entry = resolve(root, target);
  if (stale(entry)) build();
  if (entry === SERVICE && webStale()) buildWeb();
  // As if started as `node <entry> args…` (cluster workers re-run process.argv[1]).
  process.argv = [process.argv[0], entry, ...rest];
  require(entry);
}

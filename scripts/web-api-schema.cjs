#!/usr/bin/env node
// The web app's typed client (issue 16) comes from the service's OpenAPI document:
//   node scripts/web-api-schema.cjs [url | file]   (default: the running service's /api/docs-json)
// writes web/src/api/schema.d.ts; tests/e2e/web-api-schema.e2e.spec.ts fails when it is stale.
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const TARGET = join(root, 'web', 'src', 'api', 'schema.d.ts');

/** The .d.ts openapi-typescript makes of an OpenAPI document (an object). */
function schemaTypes(document) {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-openapi-'));
  try {
    const input = join(dir, 'openapi.json');
    const output = join(dir, 'schema.d.ts');
    writeFileSync(input, JSON.stringify(document));
    const pkg = require.resolve('openapi-typescript/package.json', { paths: [root] });
    const cli = join(dirname(pkg), 'bin', 'cli.js');
    const r = spawnSync(process.execPath, [cli, input, '-o', output], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openapi-typescript failed: ${r.stderr || r.stdout}`);
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const source = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/docs-json`;
  const document = /^https?:/.test(source)
    ? await (await fetch(source)).json()
    : JSON.parse(readFileSync(source, 'utf8'));
  writeFileSync(TARGET, schemaTypes(document));
  console.log(`wrote ${TARGET} from ${source}`);
}

module.exports = { schemaTypes, TARGET };
if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

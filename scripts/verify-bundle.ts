// npm run verify -- <bundle.json> [--key <public-key.pem>]
// Verifies an exported case bundle offline: no database, no network. Exit 0 only if all holds.
import { readFileSync } from 'node:fs';
import { verifyBundle } from '../src/audit/bundle-verifier';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const keyAt = args.indexOf('--key');
if (!file) {
  console.error('usage: npm run verify -- <bundle.json> [--key <public-key.pem>]');
  process.exit(2);
}
const pinned = keyAt >= 0 ? readFileSync(args[keyAt + 1], 'utf8') : undefined;
const checks = verifyBundle(readFileSync(file, 'utf8'), pinned);
for (const c of checks)
  console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? `: ${c.detail}` : ''}`);
const failed = checks.filter((c) => !c.ok);
if (failed.length > 0) {
  console.error(`INVALID: ${failed[0].name}: ${failed[0].detail ?? ''}`);
  process.exit(1);
}
console.log(
  `VALID: ${file}${pinned ? '' : ' (signed by the key inside the bundle; pin one with --key)'}`,
);

// npm run verify -- <bundle.json> [--key <public-key.pem>] [--files <unzipped export folder>]
// Verifies an exported case bundle offline: no database, no network. Exit 0 only if all holds;
// 1 when the record is not intact, 2 when it is intact but breaks a legal invariant.
import { readFileSync } from 'node:fs';
import { bundleInvariants, verifyBundle } from '../src/audit/bundle-verifier';
import { verifyDocumentFiles } from '../src/audit/document-files';

const args = process.argv.slice(2);
const file = args.find(
  (a, i) => !a.startsWith('--') && !['--key', '--files'].includes(args[i - 1]),
);
const keyAt = args.indexOf('--key');
const filesAt = args.indexOf('--files');
if (!file) {
  console.error(
    'usage: npm run verify -- <bundle.json> [--key <public-key.pem>] [--files <folder>]',
  );
  process.exit(64); // EX_USAGE: 1 and 2 are the verdicts
}
const pinned = keyAt >= 0 ? readFileSync(args[keyAt + 1], 'utf8') : undefined;
const raw = readFileSync(file, 'utf8');
const checks = verifyBundle(raw, pinned);
// The documents' files beside the bundle (the export zip unpacked), byte for byte.
if (filesAt >= 0) checks.push(...verifyDocumentFiles(raw, args[filesAt + 1]));
for (const c of checks)
  console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? `: ${c.detail}` : ''}`);
const failed = checks.filter((c) => !c.ok);
if (failed.length > 0) {
  // 1: the record itself is not intact (integrity wins over any legal finding).
  console.error(`INVALID: ${failed[0].name}: ${failed[0].detail ?? ''}`);
  process.exit(1);
}
const legal = bundleInvariants(raw);
if (legal && !legal.machineVersionCurrent)
  console.log(
    `FLAGGED: recorded under machine version ${legal.machineVersion}, not the current one`,
  );
for (const b of legal?.invariantBreaches ?? [])
  console.log(`BREACH seq ${b.seq} ${b.invariant} (${b.article}): ${b.message}`);
const breaches = legal?.invariantBreaches.length ?? 0;
console.log(
  `VALID: ${file}${pinned ? '' : ' (signed by the key inside the bundle; pin one with --key)'}`,
);
if (breaches > 0) {
  // 2: an intact record of a case that breaks a legal invariant.
  console.error(`INVARIANT BREACHES: ${breaches} (the record is intact; the case is not lawful)`);
  process.exit(2);
}

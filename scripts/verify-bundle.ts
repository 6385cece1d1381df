// npm run verify -- <bundle.json> [--key <key.pem | key.json>]
// Verifies an exported case bundle offline: no database, no network. Exit 0 only if all holds;
// 1 when the record is not intact, 2 when it is intact but breaks a legal invariant; 64 when
// the command itself is wrong (usage, a file missing or unreadable), in one line.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleInvariants, verifyBundle } from '../src/audit/bundle-verifier';

const USAGE = 'usage: npm run verify -- <bundle.json> [--key <public-key.pem | key.json>]';

function fail(message: string): never {
  console.error(message);
  process.exit(64); // EX_USAGE: 1 and 2 are the verdicts
}

function read(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return fail(
      `${what} ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/** The key as PEM, or as the JSON `GET /public/checkpoints/key` serves ({ publicKey: PEM }). */
function publicKeyPem(file: string): string {
  const text = read(file, 'key file');
  let pem = text;
  if (text.trimStart().startsWith('{')) {
    try {
      pem = (JSON.parse(text) as { publicKey?: unknown }).publicKey as string;
    } catch {
      pem = '';
    }
  }
  try {
    createPublicKey(pem);
    return pem;
  } catch {
    return fail(
      `key file ${file}: neither a PEM public key nor the JSON of GET /public/checkpoints/key`,
    );
  }
}

const args = process.argv.slice(2);
const keyAt = args.indexOf('--key');
const keyFile = keyAt >= 0 ? args[keyAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
if (!file || (keyAt >= 0 && !keyFile)) fail(USAGE);
const pinned = keyFile ? publicKeyPem(keyFile) : undefined;
const raw = read(file, 'bundle');
const checks = verifyBundle(raw, pinned);
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

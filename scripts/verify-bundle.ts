// npm run verify -- <bundle.json | case.zip> [--files <dir>] [--key <key.pem | key.json>]
// Verifies an exported case bundle offline: no database, no network. With the export zip
// (`?include=files`) or `--files <dir>` (the zip unpacked), every file the bundle lists is
// rehashed too. Exit 0 only if all holds; 1 when the record is not intact, 2 when it is intact
// but breaks a legal invariant; 64 when the command itself is wrong (usage, a file missing or
// unreadable), in one line.
import { createPublicKey } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { bundleInvariants, verifyBundle, type BundleCheck } from '../src/audit/bundle-verifier';
import {
  folderSource,
  openZipCase,
  verifyBundleFiles,
  type FileSource,
} from '../src/audit/bundle-files';

const USAGE =
  'usage: npm run verify -- <bundle.json | case.zip> [--files <dir>] [--key <public-key.pem | key.json>]';

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

/** Whether `file` is a zip; a missing or unreadable file ends the command in one line. */
function zipFile(file: string): boolean {
  try {
    return isZip(file);
  } catch (e) {
    return fail(
      `bundle ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A zip starts with a local file header (PK\3\4); only those 4 bytes are read. */
function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from('PK\x03\x04', 'latin1'));
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const values = new Set([option(args, '--key'), option(args, '--files')]);
  const file = args.find((a) => !a.startsWith('--') && !values.has(a));
  // An option without its value (`--key` last) is a usage error too.
  const dangling = ['--key', '--files'].some((o) => args.includes(o) && !option(args, o));
  if (!file || dangling) {
    console.error(USAGE);
    return 64; // EX_USAGE: 1 and 2 are the verdicts
  }
  const keyFile = option(args, '--key');
  const pinned = keyFile ? publicKeyPem(keyFile) : undefined;
  const zip = zipFile(file) ? await openZipCase(file) : undefined;
  try {
    const raw = zip ? zip.bundleText : read(file, 'bundle');
    const dir = option(args, '--files');
    const source: FileSource | undefined = zip ?? (dir ? folderSource(dir) : undefined);
    const checks: BundleCheck[] = [
      ...verifyBundle(raw, pinned),
      ...(source ? await verifyBundleFiles(raw, source) : []),
    ];
    return report(file, raw, checks, !!pinned, !!source);
  } finally {
    zip?.close();
  }
}

function report(file: string, raw: string, checks: BundleCheck[], pinned: boolean, files: boolean) {
  for (const c of checks)
    console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? `: ${c.detail}` : ''}`);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    // 1: the record itself is not intact (integrity wins over any legal finding).
    console.error(`INVALID: ${failed[0].name}: ${failed[0].detail ?? ''}`);
    return 1;
  }
  const listed = (JSON.parse(raw) as { files?: unknown[] }).files?.length ?? 0;
  if (!files && listed > 0)
    console.log(`NOT CHECKED: ${listed} files (give the export zip, or --files <dir>)`);
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
    return 2;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`INVALID: ${e.message}`);
    process.exit(1);
  },
);

import { createPublicKey, verify } from 'node:crypto';
import { CalendarHistory } from '../calendar/calendar-history';
import { keyIdOf, verifyCheckpoint } from './checkpoint-crypto';
import { checkDocuments } from './document-hashes';
import { verifyCase } from './chain-verifier';
import { BUNDLE_FORMAT, bundleMessage, serialiseBundle, type CaseBundle } from './bundle';
import type { InvariantReport } from './invariant-report';
import { verifyInclusion } from './merkle';

export interface BundleCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Members a bundle must have, so a renamed or dropped key is named rather than crashing. */
function shapeProblem(b: CaseBundle): string | undefined {
  const need: [string, unknown, string][] = [
    ['case', b.case, 'object'],
    ['case.machine', b.case?.machine, 'object'],
    ['entries', b.entries, 'array'],
    ['attachments', b.attachments, 'array'],
    ['checkpoint', b.checkpoint, 'object'],
    ['inclusion', b.inclusion, 'object'],
    ['inclusion.proof', b.inclusion?.proof, 'array'],
    ['publicKey', b.publicKey, 'string'],
    ['signature', b.signature, 'string'],
  ];
  for (const [name, value, type] of need) {
    const ok = type === 'array' ? Array.isArray(value) : typeof value === type && value !== null;
    if (!ok)
      return `member ${name} is missing or not ${type === 'array' ? 'an array' : `a ${type}`}`;
  }
  return undefined;
}

function attempt(name: string, run: () => BundleCheck): BundleCheck {
  try {
    return run();
  } catch (e) {
    return { name, ok: false, detail: `cannot be checked: ${(e as Error).message}` };
  }
}

function parse(raw: string): { bundle?: CaseBundle; error?: string } {
  try {
    return { bundle: JSON.parse(raw) as CaseBundle };
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
}

/**
 * Verifies an exported bundle with no database and no network: the exact bytes, the hash chain,
 * a replay through the pinned machine, the checkpoint signature, the head's inclusion in the
 * checkpoint, and the bundle signature. `pinnedKey` (PEM) overrides the key inside the bundle.
 */
export function verifyBundle(raw: string, pinnedKey?: string): BundleCheck[] {
  const { bundle: b, error } = parse(raw);
  if (!b) return [{ name: 'format', ok: false, detail: error }];
  const shape = shapeProblem(b);
  if (shape) return [{ name: 'format', ok: false, detail: shape }];
  const key = pinnedKey ?? b.publicKey;
  const wrongKey = pinnedKey !== undefined && keyIdOfPem(pinnedKey) !== b.checkpoint.keyId;
  const signed = (name: string, run: () => BundleCheck): BundleCheck =>
    wrongKey ? { name, ok: false, detail: 'not checked: wrong key' } : attempt(name, run);
  return [
    attempt('format', () => checkFormat(b)),
    attempt('bytes', () => checkBytes(b, raw)),
    attempt('chain and replay', () => checkChain(b)),
    ...(pinnedKey === undefined ? [] : [checkKey(b, wrongKey)]),
    attempt('documents', () => checkBundleDocuments(b)),
    signed('checkpoint signature', () => checkCheckpoint(b, key)),
    attempt('inclusion', () => checkInclusion(b)),
    signed('bundle signature', () => checkSignature(b, key)),
  ];
}

/** The key id the signer gives a key (checkpoint-signer.ts), whatever the PEM's spelling. */
function keyIdOfPem(pem: string): string | undefined {
  try {
    return keyIdOf(createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString());
  } catch {
    return undefined;
  }
}

/**
 * A pinned key that is not the one the checkpoint names (its keyId is signed) is named as such:
 * the signatures would fail too, but "changed after export" would then blame the record.
 */
function checkKey(b: CaseBundle, wrongKey: boolean): BundleCheck {
  return result(
    'key',
    !wrongKey,
    `key ${b.checkpoint.keyId}`,
    `wrong key: the bundle is signed with key ${b.checkpoint.keyId}, not the key given with --key`,
  );
}

const result = (name: string, ok: boolean, good?: string, bad?: string): BundleCheck => ({
  name,
  ok,
  detail: ok ? good : bad,
});

function checkFormat(b: CaseBundle): BundleCheck {
  return result('format', b.format === BUNDLE_FORMAT, undefined, `format is ${String(b.format)}`);
}

/** Whitespace and member order are part of the export: any byte changed is reported. */
function checkBytes(b: CaseBundle, raw: string): BundleCheck {
  const canonical = serialiseBundle(b);
  const at = firstDifference(canonical, raw);
  return result(
    'bytes',
    canonical === raw,
    undefined,
    `the file differs from its exported form at byte ${at}`,
  );
}

function storedCase(b: CaseBundle) {
  return { ...b.case, machineId: b.case.machine.id, machineVersion: b.case.machine.version };
}

/** The chain replayed with the calendars the bundle carries (each entry its pinned one). */
function verifyBundled(b: CaseBundle) {
  const history = new CalendarHistory(b.calendars ?? []);
  return verifyCase(storedCase(b), b.entries, (e) => history.envFor(e));
}

function checkChain(b: CaseBundle): BundleCheck {
  const r = verifyBundled(b);
  return result(
    'chain and replay',
    r.valid,
    `${r.entries} entries`,
    `seq ${r.firstInvalidSeq}: ${r.reason}`,
  );
}

/** Issue 15: every document's exported SHA-256 is the one its entry records. */
function checkBundleDocuments(b: CaseBundle): BundleCheck {
  const docs = b.documents ?? [];
  const failure = checkDocuments(b.entries, docs);
  return result('documents', !failure, `${docs.length} documents`, failure?.reason);
}

function checkCheckpoint(b: CaseBundle, key: string): BundleCheck {
  const { signature, ...body } = b.checkpoint;
  const ok = verifyCheckpoint(body, signature, key);
  const what = `checkpoint of ${b.checkpoint.treeSize} entries, key ${b.checkpoint.keyId}`;
  return result('checkpoint signature', ok, what, `${what}: signature does not verify`);
}

function checkInclusion(b: CaseBundle): BundleCheck {
  const { seq, leafIndex, proof } = b.inclusion;
  const head = b.entries.find((e) => e.seq === seq);
  const { treeSize, rootHash } = b.checkpoint;
  const ok = !!head && verifyInclusion(head.hash, leafIndex, treeSize, proof, rootHash);
  return result(
    'inclusion',
    ok,
    `entry ${seq} at leaf ${leafIndex}`,
    `entry ${seq} is not proven in the checkpoint`,
  );
}

function checkSignature(b: CaseBundle, key: string): BundleCheck {
  const { signature, ...unsigned } = b;
  // Base64 has spare bits in its last character; only the canonical spelling is accepted.
  if (Buffer.from(signature, 'base64').toString('base64') !== signature) {
    return result('bundle signature', false, undefined, 'the signature is not canonical base64');
  }
  const ok = verify(
    null,
    bundleMessage(unsigned),
    createPublicKey(key),
    Buffer.from(signature, 'base64'),
  );
  return result(
    'bundle signature',
    ok,
    undefined,
    'case metadata, attachments or proofs were changed after export',
  );
}

/**
 * The legal invariants over the bundle's history (only when the chain and replay hold): what the
 * offline verifier prints and exits 2 on. Undefined when the history cannot be read.
 */
export function bundleInvariants(raw: string): InvariantReport | undefined {
  const { bundle: b } = parse(raw);
  if (!b || shapeProblem(b)) return undefined;
  try {
    const r = verifyBundled(b);
    if (!r.valid || r.invariantBreaches === undefined) return undefined;
    return {
      machineVersion: r.machineVersion ?? b.case.machine.version,
      machineVersionCurrent: r.machineVersionCurrent ?? false,
      invariantBreaches: r.invariantBreaches,
    };
  } catch {
    return undefined;
  }
}

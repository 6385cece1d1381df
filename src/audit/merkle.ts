// RFC 9162 §2.1 Merkle tree over log entries (leaf data = the entry's SHA-256 hash, 32 bytes).
import { createHash } from 'node:crypto';

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export const leafHash = (entryHashHex: string): Buffer =>
  sha256(LEAF, Buffer.from(entryHashHex, 'hex'));
const nodeHash = (l: Buffer, r: Buffer): Buffer => sha256(NODE, l, r);

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over already-hashed leaves. */
// Bottom-up pairing with promotion of an odd last node builds the same tree as the recursive
// definition, because every left subtree is complete.
export function rootOfLeaves(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  let level = leaves;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i], level[i + 1]));
    if (level.length % 2 === 1) next.push(level[level.length - 1]);
    level = next;
  }
  return level[0];
}

export function merkleRoot(entryHashes: string[]): string {
  return rootOfLeaves(entryHashes.map(leafHash)).toString('hex');
}

/** Every level of the tree, leaves first; an odd last node is promoted unchanged. */
export function treeLevels(entryHashes: string[]): Buffer[][] {
  const levels = [entryHashes.map(leafHash)];
  while (levels[levels.length - 1].length > 1) {
    const level = levels[levels.length - 1];
    const next: Buffer[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i], level[i + 1]));
    if (level.length % 2 === 1) next.push(level[level.length - 1]);
    levels.push(next);
  }
  return levels;
}

/** PATH(m, D[n]): the audit path of leaf m (siblings bottom-up; promoted nodes have none). */
export function inclusionProof(levels: Buffer[][], m: number): string[] {
  if (m < 0 || m >= levels[0].length) throw new RangeError('leaf index out of range');
  const proof: string[] = [];
  let index = m;
  for (const level of levels.slice(0, -1)) {
    const sibling = index ^ 1;
    if (sibling < level.length) proof.push(level[sibling].toString('hex'));
    index >>= 1;
  }
  return proof;
}

/** RFC 9162 §2.1.3.2: verify an inclusion proof against a root. */
export function verifyInclusion(
  entryHash: string,
  index: number,
  treeSize: number,
  proof: string[],
  rootHex: string,
): boolean {
  if (index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash(entryHash);
  for (const p of proof.map((h) => Buffer.from(h, 'hex'))) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === rootHex;
}

/** SUBPROOF(m, D[n], b) of RFC 9162 §2.1.4.1: proof that the first m leaves are a prefix. */
export function consistencyProof(entryHashes: string[], m: number): string[] {
  const leaves = entryHashes.map(leafHash);
  const sub = (mm: number, lo: number, hi: number, complete: boolean): Buffer[] => {
    const n = hi - lo;
    if (mm === n) return complete ? [] : [rootOfLeaves(leaves.slice(lo, hi))];
    const k = split(n);
    return mm <= k
      ? [...sub(mm, lo, lo + k, complete), rootOfLeaves(leaves.slice(lo + k, hi))]
      : [...sub(mm - k, lo + k, hi, false), rootOfLeaves(leaves.slice(lo, lo + k))];
  };
  if (m <= 0 || m > entryHashes.length) throw new RangeError('old size out of range');
  return sub(m, 0, entryHashes.length, true).map((b) => b.toString('hex'));
}

/** RFC 9162 §2.1.4.2: verify that the tree of size `first` is a prefix of the one of `second`. */
export function verifyConsistency(
  first: number,
  second: number,
  proofHex: string[],
  firstRoot: string,
  secondRoot: string,
): boolean {
  if (first === second) return proofHex.length === 0 && firstRoot === secondRoot;
  if (first === 0 || first > second || proofHex.length === 0) return false;
  let proof: Buffer[] = proofHex.map((h) => Buffer.from(h, 'hex'));
  if ((first & (first - 1)) === 0) proof = [Buffer.from(firstRoot, 'hex'), ...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = proof[0];
  let sr = proof[0];
  for (const c of proof.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return fr.toString('hex') === firstRoot && sr.toString('hex') === secondRoot && sn === 0;
}

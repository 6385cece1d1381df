import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  consistencyProof,
  inclusionProof,
  merkleRoot,
  treeLevels,
  verifyConsistency,
  verifyInclusion,
} from '../../src/audit/merkle';

const h = (s: string) => createHash('sha256').update(s).digest('hex');
const hashes = (n: number) => Array.from({ length: n }, (_, i) => h(`entry ${i}`));

/** RFC 9162 MTH, written recursively as the RFC states it, to check the fast version. */
function mth(d: string[]): string {
  const sha = (...b: Buffer[]) => createHash('sha256').update(Buffer.concat(b)).digest();
  const rec = (x: string[]): Buffer => {
    if (x.length === 0) return sha();
    if (x.length === 1) return sha(Buffer.from([0]), Buffer.from(x[0], 'hex'));
    let k = 1;
    while (k * 2 < x.length) k *= 2;
    return sha(Buffer.from([1]), rec(x.slice(0, k)), rec(x.slice(k)));
  };
  return rec(d).toString('hex');
}

describe('RFC 9162 Merkle tree', () => {
  it('computes the same root as the recursive definition', () => {
    for (let n = 0; n <= 40; n++) expect(merkleRoot(hashes(n))).toBe(mth(hashes(n)));
  });

  it('proves and verifies inclusion of every leaf, and rejects a wrong leaf or index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), (n, r) => {
        const d = hashes(n);
        const m = r % n;
        const root = merkleRoot(d);
        const proof = inclusionProof(treeLevels(d), m);
        expect(verifyInclusion(d[m], m, n, proof, root)).toBe(true);
        expect(verifyInclusion(h('forged'), m, n, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion(d[m], (m + 1) % n, n, proof, root)).toBe(false);
      }),
    );
  });

  it('proves that an older tree is a prefix of a newer one, and rejects a rewritten one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), (m, extra) => {
        const d = hashes(m + extra);
        const proof = consistencyProof(d, m);
        const oldRoot = merkleRoot(d.slice(0, m));
        expect(verifyConsistency(m, m + extra, proof, oldRoot, merkleRoot(d))).toBe(true);
        const rewritten = [...d.slice(0, m - 1), h('rewritten'), ...d.slice(m)];
        if (extra > 0) {
          expect(verifyConsistency(m, m + extra, proof, oldRoot, merkleRoot(rewritten))).toBe(
            false,
          );
        }
      }),
    );
  });
});

// The browser's consistency check (WebCrypto) against the service's own proofs (src/audit).
import { createHash, webcrypto } from 'node:crypto';
import { consistencyProof, merkleRoot } from '../../src/audit/merkle';
import { verifyConsistency } from '../src/audit/merkle-check';

// jsdom has no SubtleCrypto; the browser's is the same algorithm as Node's.
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

const hashes = Array.from({ length: 13 }, (_, i) =>
  createHash('sha256').update(`entry ${i}`).digest('hex'),
);

describe("the auditor's checkpoint consistency check (RFC 9162 2.1.4.2)", () => {
  it("accepts every proof the service makes between two trees' roots", async () => {
    for (let n = 1; n <= hashes.length; n++) {
      const tree = hashes.slice(0, n);
      for (let m = 1; m <= n; m++) {
        const proof = m === n ? [] : consistencyProof(tree, m);
        const ok = await verifyConsistency(
          m,
          n,
          proof,
          merkleRoot(tree.slice(0, m)),
          merkleRoot(tree),
        );
        expect([m, n, ok]).toEqual([m, n, true]);
      }
    }
  });

  it('refuses when the older log was rewritten, or a root is not the signed one', async () => {
    const tree = hashes.slice(0, 11);
    const proof = consistencyProof(tree, 6);
    const rewritten = [...tree.slice(0, 6)];
    rewritten[2] = createHash('sha256').update('forged').digest('hex');
    expect(await verifyConsistency(6, 11, proof, merkleRoot(rewritten), merkleRoot(tree))).toBe(
      false,
    );
    expect(
      await verifyConsistency(6, 11, proof, merkleRoot(tree.slice(0, 6)), merkleRoot(rewritten)),
    ).toBe(false);
    expect(await verifyConsistency(7, 6, proof, merkleRoot(tree), merkleRoot(tree))).toBe(false);
  });
});

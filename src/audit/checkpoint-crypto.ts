// Checkpoint signatures, pure enough for the offline verifier (no Nest, no database).
import { createHash, createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from '../ledger/canonical-json';

/** What a checkpoint signs: the size and root of the global log tree at a moment. */
export interface CheckpointBody {
  treeSize: number;
  rootHash: string;
  issuedAt: string;
  keyId: string;
}

export function checkpointMessage(body: CheckpointBody): Buffer {
  return Buffer.from(canonicalJson(body), 'utf8');
}

/** Verifies a checkpoint signature with a PEM public key; usable offline. */
export function verifyCheckpoint(
  body: CheckpointBody,
  signature: string,
  publicKeyPem: string,
): boolean {
  try {
    return verify(
      null,
      checkpointMessage(body),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

export function keyIdOf(publicKeyPem: string): string {
  return createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 16);
}

import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { UnhashedEntry } from './log-entry';

/** SHA-256 hex of RFC 8785 canonical JSON. */
export function sha256Canonical(value: unknown): string {
  return hash('sha256', canonicalJson(value), 'hex');
}

/**
 * hash = SHA-256(canonical JSON of the entry including prevHash). Every field that says what
 * happened, to which case, when, by whom and under which facts is covered.
 */
export function hashEntry(e: UnhashedEntry): string {
  return sha256Canonical({
    caseId: e.caseId,
    seq: e.seq,
    type: e.type,
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    actorId: e.actorId,
    payload: e.payload,
    facts: e.facts,
    flags: e.flags,
    machineVersion: e.machineVersion,
    prevHash: e.prevHash,
  });
}

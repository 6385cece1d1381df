import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { UnhashedEntry } from './log-entry';

/** SHA-256 hex of RFC 8785 canonical JSON. */
export function sha256Canonical(value: unknown): string {
  return hash('sha256', canonicalJson(value), 'hex');
}

/** The entry's canonical JSON (RFC 8785), what its hash is taken over. */
export function canonicalEntry(e: UnhashedEntry): string {
  // The members in RFC 8785 order, written directly: only payload and facts need sorting.
  const members: [string, unknown][] = [
    ['actorId', e.actorId],
    ['caseId', e.caseId],
    // Absent (undefined) on entries without documents: their hash is what it always was.
    ['documents', e.documents],
    ['facts', e.facts],
    ['flags', e.flags],
    ['machineVersion', e.machineVersion],
    ['occurredAt', e.occurredAt],
    ['payload', e.payload],
    ['prevHash', e.prevHash],
    ['recordedAt', e.recordedAt],
    ['seq', e.seq],
    ['type', e.type],
  ];
  let json = '{';
  for (const [key, value] of members) {
    // JSON.stringify drops an undefined member; so does the canonical form.
    if (value === undefined) continue;
    json += `${json.length > 1 ? ',' : ''}"${key}":${canonicalJson(value)}`;
  }
  return `${json}}`;
}

/**
 * hash = SHA-256(canonical JSON of the entry including prevHash). Every field that says what
 * happened, to which case, when, by whom and under which facts is covered.
 */
export function hashEntry(e: UnhashedEntry): string {
  return hash('sha256', canonicalEntry(e), 'hex');
}

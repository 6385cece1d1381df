// Issue 15: a case's 文书 verify against its log. Each entry records the SHA-256 of the .docx its
// act issued; the bytes stored (or exported) must hash to exactly that, and nothing may be stored
// that no entry issued. Pure: the verify endpoint and the offline bundle check share it.
import type { LogEntry } from '../ledger/log-entry';
import type { VerifyReport } from './chain-verifier';

/** A stored document and the SHA-256 of its bytes as they are now. */
export interface DocumentHash {
  id: string;
  seq: number;
  /** The document's type as stored (absent in bundles exported before it was listed). */
  type?: string;
  title: string;
  number?: string;
  /** Where the export zip carries it. */
  path: string;
  sha256: string;
}

/** The document's file in the export zip (`GET /cases/:id/export?include=files`). */
export const documentPath = (d: { seq: number; type: string; id: string }): string =>
  `documents/${d.seq}-${d.type}-${d.id}.docx`;

export interface DocumentFailure {
  seq: number;
  reason: string;
}

const name = (d: { id: string; title?: string; type?: string; number?: string }) =>
  `${d.title ?? d.type ?? 'document'}${d.number ? ` ${d.number}` : ''} (${d.id})`;

/**
 * What of a document's row differs from what its entry records: the entry it stands under, its
 * type, its 文号 (the bytes may be intact while the listing, the file name and the archive order
 * read the row).
 */
function metadataChange(
  seq: number,
  ref: { type: string; number?: string },
  doc: DocumentHash,
): string | undefined {
  if (doc.seq !== seq) return `is stored under entry ${doc.seq}, not the entry that issued it`;
  if (doc.type !== undefined && doc.type !== ref.type) {
    return `is stored as ${doc.type}, its entry records ${ref.type}`;
  }
  if ((doc.number ?? null) !== (ref.number ?? null)) {
    return `is stored with the 文号 ${doc.number ?? '(none)'}, its entry records ${ref.number ?? '(none)'}`;
  }
  return undefined;
}

/** The first document that does not match its entry, or undefined when all do. */
export function checkDocuments(
  entries: readonly LogEntry[],
  docs: readonly DocumentHash[],
): DocumentFailure | undefined {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const recorded = new Set<string>();
  for (const e of entries) {
    for (const ref of e.documents ?? []) {
      recorded.add(ref.id);
      const doc = byId.get(ref.id);
      if (!doc) return { seq: e.seq, reason: `entry ${e.seq}: document ${name(ref)} is missing` };
      const moved = metadataChange(e.seq, ref, doc);
      if (moved) return { seq: e.seq, reason: `entry ${e.seq}: document ${name(doc)} ${moved}` };
      if (doc.sha256 !== ref.sha256) {
        return {
          seq: e.seq,
          reason: `entry ${e.seq}: document ${name(doc)} does not match the SHA-256 its entry records`,
        };
      }
    }
  }
  const stray = docs.find((d) => !recorded.has(d.id));
  return stray
    ? { seq: stray.seq, reason: `document ${name(stray)} was issued by no entry of the log` }
    : undefined;
}

/** A valid report made invalid by the first document that does not match its entry. */
export function withDocuments(
  report: VerifyReport,
  entries: readonly LogEntry[],
  docs: readonly DocumentHash[],
): VerifyReport {
  const failure = checkDocuments(entries, docs);
  return failure
    ? { ...report, valid: false, firstInvalidSeq: failure.seq, reason: failure.reason }
    : report;
}

import { canonicalJson } from '../ledger/canonical-json';
import type { ArrangementLoad } from '../calendar/calendar-history';
import type { LogEntry } from '../ledger/log-entry';
import type { PublicCheckpoint } from './checkpoint.service';
import type { BundleFile } from './file-check';
import type { DocumentHash } from './document-hashes';

export const BUNDLE_FORMAT = 'zhifa-case-bundle/1';

/** A case history that verifies offline: entries, pinned machine, checkpoint and proofs. */
export interface CaseBundle {
  format: typeof BUNDLE_FORMAT;
  exportedAt: string;
  case: {
    id: string;
    caseNumber: string;
    procedure: string;
    stage: string;
    version: number;
    headHash: string;
    machine: { id: string; version: number };
    snapshot: unknown;
  };
  entries: (LogEntry & { position: number })[];
  attachments: { seq: number; field: string; sha256: string }[];
  /**
   * The files this bundle vouches for, by path in the export zip and SHA-256: each attachment the
   * log names that is stored for the case, and each issued 文书's .docx. Absent in bundles exported before files.
   */
  files?: BundleFile[];
  /**
   * The case's 文书 with the SHA-256 of their stored .docx at export (issue 15); each must equal
   * what its entry records. Absent in bundles exported before documents.
   */
  documents?: DocumentHash[];
  /**
   * The calendar loads the entries were decided with (their facts pin them by id and digest),
   * so replay needs nothing outside the bundle. Absent in bundles exported before pins.
   */
  calendars?: ArrangementLoad[];
  checkpoint: PublicCheckpoint;
  inclusion: { seq: number; leafIndex: number; treeSize: number; proof: string[] };
  publicKey: string;
  /** Ed25519 over the canonical JSON of every other member. */
  signature: string;
}

export function bundleMessage(b: Omit<CaseBundle, 'signature'>): Buffer {
  return Buffer.from(canonicalJson(b), 'utf8');
}

/** The exact text `GET /cases/:id/export` serves, so any changed byte is noticed. */
export function serialiseBundle(b: CaseBundle): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** Every SHA-256 an entry's payload names (evidence, recordings, transcripts). */
export function attachmentsOf(entries: LogEntry[]): CaseBundle['attachments'] {
  const found: CaseBundle['attachments'] = [];
  const walk = (seq: number, v: unknown, path: string) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' && /sha256$/i.test(k) && /^[0-9a-f]{64}$/i.test(x)) {
        found.push({ seq, field: `${path}.${k}`, sha256: x.toLowerCase() });
      } else walk(seq, x, `${path}.${k}`);
    }
  };
  for (const e of entries) walk(e.seq, e.payload, 'payload');
  return found;
}

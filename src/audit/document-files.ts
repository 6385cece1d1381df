import { existsSync, readFileSync } from 'node:fs';
import { hash } from 'node:crypto';
import { join } from 'node:path';
import type { CaseBundle } from './bundle';
import type { BundleCheck } from './bundle-verifier';

/**
 * Offline (npm run verify -- … --files <folder>): each document the bundle lists must be in the
 * folder at its path with exactly the SHA-256 its log entry records.
 */
export function verifyDocumentFiles(raw: string, folder: string): BundleCheck[] {
  const b = JSON.parse(raw) as CaseBundle;
  const recorded = new Map(
    b.entries.flatMap((e) => (e.documents ?? []).map((d) => [d.id, d.sha256] as const)),
  );
  return (b.documents ?? []).map((d) => {
    const name = `document file ${d.path}`;
    const file = join(folder, d.path);
    if (!existsSync(file)) return { name, ok: false, detail: `${d.title} is missing` };
    const actual = hash('sha256', readFileSync(file), 'hex');
    return actual === recorded.get(d.id)
      ? { name, ok: true }
      : {
          name,
          ok: false,
          detail: `${d.title}${d.number ? ` ${d.number}` : ''} does not match the SHA-256 its entry records`,
        };
  });
}

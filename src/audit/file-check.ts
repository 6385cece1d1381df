// The files a bundle vouches for (attachments; documents at merge), checked the same way online
// (the blob store) and offline (a folder, or the export zip): each is read to its end and its
// SHA-256 compared with the one the signed bundle names.
import type { Readable } from 'node:stream';
import { sha256Of } from '../storage/blob-store';

/** A file as the bundle lists it (`files`), signed with the rest of the bundle. */
export interface BundleFile {
  path: string;
  sha256: string;
}

export interface FileCheck extends BundleFile {
  ok: boolean;
  /** Why not: missing, or the hash its bytes have now. */
  detail?: string;
}

/** `open` returns the file's bytes, undefined (or a stream failing ENOENT) when it is absent. */
export async function checkFile(
  file: BundleFile,
  open: () => Readable | undefined | Promise<Readable | undefined>,
): Promise<FileCheck> {
  let found: string;
  try {
    const source = await open();
    if (!source) return { ...file, ok: false, detail: `${file.path} is missing` };
    found = (await sha256Of(source)).sha256;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'is missing' : `cannot be read: ${(e as Error).message}`;
    return { ...file, ok: false, detail: `${file.path} ${why}` };
  }
  if (found === file.sha256) return { ...file, ok: true };
  return {
    ...file,
    ok: false,
    detail: `${file.path} was changed: its bytes hash to ${found}, not ${file.sha256}`,
  };
}

/** One after another: a case's files may be large, and reading them at once gains nothing. */
export async function checkFiles<F extends BundleFile>(
  files: readonly F[],
  open: (file: F) => Readable | undefined | Promise<Readable | undefined>,
): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const f of files) {
    checks.push(await checkFile({ path: f.path, sha256: f.sha256 }, () => open(f)));
  }
  return checks;
}

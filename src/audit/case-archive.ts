// GET /cases/:id/export?include=files: the signed bundle and every file it vouches for, as one
// zip streamed as it is built (yazl): no file is held in memory, each is opened when its turn
// comes. `npm run verify -- <case.zip>` checks it offline.
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { FileProvider } from '../storage/file-provider';

/** The bundle's name inside the zip; every other entry is a file of `bundle.files`. */
export const BUNDLE_ENTRY = 'bundle.json';

/** A fixed timestamp: the same export zips to the same bytes. */
const EPOCH = new Date('2000-01-01T00:00:00Z');

export function caseArchive(bundleText: string, files: readonly FileProvider[]): Readable {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(bundleText, 'utf8'), BUNDLE_ENTRY, { mtime: EPOCH });
  for (const f of files) {
    // Photos, scans and recordings are compressed already: stored, not deflated again.
    zip.addReadStreamLazy(f.path, { mtime: EPOCH, compress: false }, (cb) => {
      try {
        cb(null, f.stream());
      } catch (e) {
        cb(e, undefined as unknown as Readable);
      }
    });
  }
  const out = zip.outputStream as Readable;
  // A file failing mid-way (gone from the store) ends the download broken, never the process.
  zip.on('error', (e: Error) => out.destroy(e));
  zip.end();
  return out;
}

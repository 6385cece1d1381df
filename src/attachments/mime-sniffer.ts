import { filetypeinfo } from 'magic-bytes.js';

/** Enough of a file's start for every signature magic-bytes.js knows (tar's is at 257). */
export const SNIFF_BYTES = 4100;

export const UNKNOWN_MIME = 'application/octet-stream';

/**
 * The media type read from the file's first bytes. The client's Content-Type is never asked:
 * a type that cannot be recognised is served as opaque bytes, never as what the uploader said.
 */
export function sniffMime(head: Uint8Array): string {
  const guess = filetypeinfo(head).find((g) => typeof g.mime === 'string' && g.mime.length > 0);
  return guess?.mime ?? UNKNOWN_MIME;
}

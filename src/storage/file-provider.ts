import type { Readable } from 'node:stream';

/**
 * A file an export vouches for: where it goes in the zip, the SHA-256 its bytes must have, and a
 * way to read them (opened only when needed). Attachments and documents are both providers.
 */
export interface FileProvider {
  path: string;
  sha256: string;
  stream(): Readable;
}

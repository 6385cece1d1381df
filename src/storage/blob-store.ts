// Content-addressed storage of evidence files (全过程记录: photos, scans, recordings). A blob's
// name is the SHA-256 of its bytes, so a stored file cannot change without its name ceasing to
// match, and storing the same bytes twice is one file.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';

export interface BlobStat {
  sha256: string;
  size: number;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The storage interface: the filesystem today, an object store tomorrow. */
export abstract class BlobStore {
  /** Streams `source` in; resolves once the blob is durable under its SHA-256. */
  abstract put(source: Readable): Promise<BlobStat>;
  /** The blob's bytes; the stream errors (ENOENT) when there is none. */
  abstract get(sha256: string): Readable;
  abstract has(sha256: string): Promise<boolean>;
  abstract stat(sha256: string): Promise<BlobStat | undefined>;
}

/** A pass-through that hashes and counts what flows through it. */
export class HashingCounter extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.push(chunk);
    done();
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The SHA-256 of a stream, read to its end without holding it in memory. */
export async function sha256Of(source: Readable): Promise<BlobStat> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type BlobStat, BlobStore, HashingCounter, SHA256_HEX } from './blob-store';

async function fsync(path: string, flags = 'r'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Blobs under `<root>/ab/cd/<sha256>`. Each is written to `<root>/tmp/` first, fsynced, then
 * renamed into place (and its folder fsynced): a reader sees the whole file or none, also after a
 * crash. A half-written temp file is only ever in tmp/, which `put` cleans on failure.
 */
export class FsBlobStore extends BlobStore {
  constructor(readonly root: string) {
    super();
  }

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256 digest: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  get tmpDir(): string {
    return join(this.root, 'tmp');
  }

  async put(source: Readable): Promise<BlobStat> {
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = join(this.tmpDir, randomUUID());
    const counter = new HashingCounter();
    try {
      await pipeline(source, counter, createWriteStream(tmp, { flags: 'wx' }));
      await fsync(tmp, 'r+');
      const sha256 = counter.digest();
      const target = this.pathOf(sha256);
      const dir = join(target, '..');
      await mkdir(dir, { recursive: true });
      // Same bytes already stored: the existing file is the same blob (idempotent put).
      if (await this.has(sha256)) await rm(tmp, { force: true });
      else {
        await rename(tmp, target);
        await fsync(dir);
      }
      return { sha256, size: counter.size };
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  get(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== undefined;
  }

  async stat(sha256: string): Promise<BlobStat | undefined> {
    try {
      return { sha256, size: (await stat(this.pathOf(sha256))).size };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sha256Of } from '../../src/storage/blob-store';
import { FsBlobStore } from '../../src/storage/fs-blob-store';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A stream of `parts` that fails after them, as an upload cut off mid-way. */
function failingAfter(parts: Buffer[]): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (i < parts.length) this.push(parts[i++]);
      else this.destroy(new Error('connection reset'));
    },
  });
}

describe('FsBlobStore: content-addressed, atomic, idempotent', () => {
  let root: string;
  let store: FsBlobStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zhifa-blobs-'));
    store = new FsBlobStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores under ab/cd/<sha256> and reads back the same bytes', async () => {
    const bytes = randomBytes(300_000);
    const stat = await store.put(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
    expect(stat).toEqual({ sha256: sha(bytes), size: bytes.length });
    const h = sha(bytes);
    expect(readFileSync(join(root, h.slice(0, 2), h.slice(2, 4), h))).toEqual(bytes);
    expect(await sha256Of(store.get(h))).toEqual(stat);
    expect(await store.has(h)).toBe(true);
    expect(await store.stat(h)).toEqual(stat);
  });

  it('the same content twice is one file, and no temp file stays', async () => {
    const bytes = randomBytes(5000);
    const a = await store.put(Readable.from([bytes]));
    const b = await store.put(Readable.from([bytes]));
    expect(a).toEqual(b);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('a source failing mid-way leaves nothing: no blob, no temp file', async () => {
    const part = randomBytes(10_000);
    await expect(store.put(failingAfter([part, part]))).rejects.toThrow('connection reset');
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    expect(readdirSync(root)).toEqual(['tmp']);
  });

  it('an absent blob: has false, stat undefined, get fails ENOENT; a non-hash is refused', async () => {
    const h = 'ab'.repeat(32);
    expect(await store.has(h)).toBe(false);
    expect(await store.stat(h)).toBeUndefined();
    await expect(sha256Of(store.get(h))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => store.get('../../etc/passwd')).toThrow('not a SHA-256 digest');
  });
});

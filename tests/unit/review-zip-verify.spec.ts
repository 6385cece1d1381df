// Review of issue 15: the export zip checked offline. A zip may hold two entries of one name;
// extractors disagree on which one a reader gets, so verify must not vouch for either.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { openZipCase, verifyBundleFiles } from '../../src/audit/bundle-files';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const genuine = Buffer.from('the photo as taken');
const forged = Buffer.from('a photo put in its place');
const bundle = JSON.stringify({ files: [{ path: 'attachments/a.jpg', sha256: sha(genuine) }] });

async function zipOf(entries: [string, Buffer][]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'zhifa-review-zip-')), 'case.zip');
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
  return file;
}

async function failures(entries: [string, Buffer][]) {
  const zip = await openZipCase(await zipOf(entries));
  try {
    return (await verifyBundleFiles(zip.bundleText, zip)).filter((c) => !c.ok);
  } finally {
    zip.close();
  }
}

describe('offline verify of the export zip', () => {
  it('passes the zip as exported', async () => {
    const ok = [
      ['bundle.json', Buffer.from(bundle)],
      ['attachments/a.jpg', genuine],
    ] as const;
    expect(await failures(ok.map(([n, b]) => [n, b]))).toEqual([]);
  });

  it.each([
    ['forged first', [forged, genuine]],
    ['forged last', [genuine, forged]],
  ])('fails a file the zip holds twice (%s)', async (_order, [one, two]) => {
    const failed = await failures([
      ['bundle.json', Buffer.from(bundle)],
      ['attachments/a.jpg', one],
      ['attachments/a.jpg', two],
    ]);
    expect(failed.map((f) => f.detail)).toContainEqual(
      expect.stringMatching(/attachments\/a\.jpg .*(twice|2 times)/),
    );
  });

  it('fails a zip with a second bundle.json', async () => {
    const failed = await failures([
      ['bundle.json', Buffer.from(bundle)],
      ['attachments/a.jpg', genuine],
      ['bundle.json', Buffer.from(JSON.stringify({ files: [] }))],
    ]);
    expect(failed.map((f) => f.detail)).toContainEqual(
      expect.stringMatching(/bundle\.json .*(twice|2 times)/),
    );
  });
});

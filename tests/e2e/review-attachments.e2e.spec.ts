// Review of issue 15 (attachments), as an attacker would send them: another case's file named in
// evidence, an upload cut off midway, a name that climbs out of its folder.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';
const png = () =>
  Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2000)]);

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

let t: TestApp;
let cast: Cast;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'zhifa-review-att-'));
  t = await startTestApp(NOW, undefined, { DATA_DIR: dataDir });
  cast = await seedCast(t);
}, 60_000);
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const upload = (id: string, bytes: Buffer, filename: string) =>
  t.http
    .post(`/api/v1/cases/${id}/attachments`)
    .set('authorization', `Bearer ${cast.handler}`)
    .attach('file', bytes, { filename, contentType: 'image/png' });

it("refuses evidence naming a file uploaded to another case (its hash is known, the file is not this case's)", async () => {
  const [mine, theirs] = [await filedCase(t, cast), await filedCase(t, cast)];
  const { body } = await upload(theirs, png(), 'other.png').expect(201);
  const res = await send(t, cast.handler, mine, 'RECORD_EVIDENCE', {
    kind: 'photo',
    description: '现场照片',
    attachments: [{ sha256: body.sha256 }],
  });
  expect(res.status).toBe(400);
  expect(res.body.errors[0].field).toBe('payload.attachments[0].sha256');
}, 60_000);

it('keeps a name that climbs out of its folder inside it (the last segment only)', async () => {
  const id = await filedCase(t, cast);
  const res = await upload(id, png(), '../../../etc/passwd').expect(201);
  expect(res.body.filename).toBe('passwd');
  const win = await upload(id, png(), '..\\..\\boot.ini').expect(201);
  expect(win.body.filename).toBe('boot.ini');
}, 60_000);

it('an upload cut off midway leaves no file behind, and the service goes on', async () => {
  const id = await filedCase(t, cast);
  const server = t.app.getHttpServer() as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const before = filesUnder(dataDir);
  const boundary = 'zhifa-review-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.bin"\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n`,
  );
  await new Promise<void>((done) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/v1/cases/${id}/attachments`,
      headers: {
        authorization: `Bearer ${cast.handler}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + 1024 * 1024 + 100),
      },
    });
    req.on('error', () => done());
    req.on('close', () => done());
    req.write(head);
    req.write(randomBytes(256 * 1024), () => setTimeout(() => req.destroy(), 200));
  });
  // The temp file goes once the service sees the connection close.
  const deadline = Date.now() + 5_000;
  while (filesUnder(dataDir).length !== before.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(filesUnder(dataDir)).toEqual(before);
  await upload(id, png(), 'after.png').expect(201);
  await new Promise<void>((done) => server.close(() => done()));
}, 60_000);

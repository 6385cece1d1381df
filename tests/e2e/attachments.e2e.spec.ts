// Issue 15, attachments: evidence files stored by SHA-256 under DATA_DIR, the type sniffed from
// the bytes, read only by those who may see the case's personal data, named by hash in evidence.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREDENTIAL, filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';
const LIMIT = 64 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A PNG signature and IHDR, then random bytes: a file no other test uploads. */
const png = () =>
  Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2000)]);

/** Every file under `dir`, recursively (blobs and temp files alike). */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

describe('attachments: streamed, content-addressed, need-to-know', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  let dataDir: string;

  const upload = (token: string, id: string, bytes: Buffer, filename: string, type: string) =>
    t.http
      .post(`/api/v1/cases/${id}/attachments`)
      .set('authorization', `Bearer ${token}`)
      .attach('file', bytes, { filename, contentType: type });
  const download = (token: string, id: string, hash: string) =>
    t.http
      .get(`/api/v1/cases/${id}/attachments/${hash}`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        // Problems (JSON) are parsed; a file stays bytes.
        res.on('end', () => {
          const all = Buffer.concat(chunks);
          const json = /json/.test(String(res.headers['content-type']));
          cb(null, json ? JSON.parse(all.toString()) : all);
        });
      });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'zhifa-attachments-'));
    t = await startTestApp(NOW, undefined, {
      DATA_DIR: dataDir,
      ATTACHMENT_MAX_BYTES: String(LIMIT),
    });
    cast = await seedCast(t);
    caseId = await filedCase(t, cast);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('round trip: the bytes and the SHA-256 come back as uploaded, with the name given', async () => {
    const bytes = png();
    const up = await upload(cast.handler, caseId, bytes, '现场照片.png', 'image/png').expect(201);
    expect(up.body).toEqual({
      sha256: sha(bytes),
      size: bytes.length,
      mime: 'image/png',
      filename: '现场照片.png',
    });
    const down = await download(cast.handler2, caseId, sha(bytes)).expect(200);
    expect(Buffer.compare(down.body as Buffer, bytes)).toBe(0);
    expect(sha(down.body as Buffer)).toBe(up.body.sha256);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['content-length']).toBe(String(bytes.length));
    expect(down.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('现场照片.png')}`,
    );
    // Stored once, under DATA_DIR/blobs/ab/cd/<sha256>.
    const h = sha(bytes);
    expect(filesUnder(join(dataDir, 'blobs'))).toContain(
      join(dataDir, 'blobs', h.slice(0, 2), h.slice(2, 4), h),
    );
  });

  it('the same bytes uploaded twice are one blob and one record', async () => {
    const bytes = png();
    await upload(cast.handler, caseId, bytes, 'a.png', 'image/png').expect(201);
    const again = await upload(cast.handler2, caseId, bytes, 'b.png', 'image/png').expect(201);
    expect(again.body.filename).toBe('a.png');
    const named = filesUnder(join(dataDir, 'blobs')).filter((f) => f.endsWith(sha(bytes)));
    expect(named).toHaveLength(1);
  });

  it('the type is sniffed from the bytes: a lying Content-Type is not believed', async () => {
    const bytes = png();
    const up = await upload(cast.handler, caseId, bytes, 'scan.txt', 'text/html').expect(201);
    expect(up.body.mime).toBe('image/png');
    const html = Buffer.from(`<html><script>alert(1)</script>${randomBytes(8).toString('hex')}`);
    const lie = await upload(cast.handler, caseId, html, 'photo.png', 'image/png').expect(201);
    expect(lie.body.mime).toBe('application/octet-stream');
    const down = await download(cast.auditor, caseId, lie.body.sha256).expect(200);
    expect(down.headers['content-type']).toBe('application/octet-stream');
  });

  it('over ATTACHMENT_MAX_BYTES: 413 naming the file, and nothing left on disk', async () => {
    const before = filesUnder(dataDir);
    const big = randomBytes(LIMIT + 1);
    const res = await upload(cast.handler, caseId, big, 'big.bin', 'application/octet-stream');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.errors[0].field).toBe('file');
    expect(filesUnder(dataDir)).toEqual(before);
    await download(cast.handler, caseId, sha(big)).expect(404);
    // A Content-Length already past the limit is refused before the body is read.
    const huge = randomBytes(LIMIT + 70 * 1024);
    const early = await upload(cast.handler, caseId, huge, 'huge.bin', 'application/octet-stream');
    expect(early.status).toBe(413);
    expect(filesUnder(dataDir)).toEqual(before);
    // Exactly at the limit is accepted.
    const edge = randomBytes(LIMIT);
    await upload(cast.handler, caseId, edge, 'edge.bin', 'application/octet-stream').expect(201);
  });

  it('a body that is not multipart, or has no file, is a 400 naming what is wrong', async () => {
    const json = await t.http
      .post(`/api/v1/cases/${caseId}/attachments`)
      .set('authorization', `Bearer ${cast.handler}`)
      .send({ file: 'x' })
      .expect(400);
    expect(json.body.errors[0].field).toBe('Content-Type');
    const none = await t.http
      .post(`/api/v1/cases/${caseId}/attachments`)
      .set('authorization', `Bearer ${cast.handler}`)
      .field('note', 'no file')
      .expect(400);
    expect(none.body.errors[0].field).toBe('file');
  });

  it('uploads are the case handlers’: another handler gets 403, an approver 403', async () => {
    const other = await t.officer({
      id: 'h9',
      roles: ['handler'],
      enforcementCredential: CREDENTIAL,
    });
    await upload(other, caseId, png(), 'x.png', 'image/png').expect(403);
    await upload(cast.approver, caseId, png(), 'x.png', 'image/png').expect(403);
  });

  it('reads: officers of the case and auditors; a handler of another case 403, a recused officer 404', async () => {
    const bytes = png();
    const { body } = await upload(cast.handler, caseId, bytes, 'p.png', 'image/png').expect(201);
    const outsider = await t.officer({
      id: 'h8',
      roles: ['handler'],
      enforcementCredential: CREDENTIAL,
    });
    await download(cast.auditor, caseId, body.sha256).expect(200);
    await download(cast.approver, caseId, body.sha256).expect(200);
    const denied = await download(outsider, caseId, body.sha256).expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    await t.http
      .post(`/api/v1/cases/${caseId}/recusals`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({ officerId: 'a2', reason: '与当事人有利害关系' })
      .expect(201);
    const recused = await download(cast.approver2, caseId, body.sha256).expect(404);
    expect(recused.body.code).toBe('NOT_FOUND');
    // Stored for this case only: another case does not serve it.
    const otherCase = await filedCase(t, cast);
    await download(cast.auditor, otherCase, body.sha256).expect(404);
  });

  it('both routes and the export zip are in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const upload = doc.paths['/api/v1/cases/{id}/attachments'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    expect(doc.paths['/api/v1/cases/{id}/attachments/{sha256}'].get).toBeDefined();
    const exp = doc.paths['/api/v1/cases/{id}/export'].get;
    expect(exp.parameters).toContainEqual(expect.objectContaining({ name: 'include' }));
  });

  it('evidence names uploaded files by hash; an unknown hash is refused naming the field', async () => {
    const bytes = png();
    const { body } = await upload(cast.handler, caseId, bytes, 'e.png', 'image/png').expect(201);
    const version = (
      await t.http.get(`/api/v1/cases/${caseId}`).set('authorization', `Bearer ${cast.handler}`)
    ).body.version as number;
    const unknown = 'ab'.repeat(32);
    const refused = await send(t, cast.handler, caseId, 'RECORD_EVIDENCE', {
      kind: 'photo',
      description: '现场照片',
      attachments: [{ sha256: body.sha256 }, { sha256: unknown }],
    }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'payload.attachments[1].sha256', reason: expect.stringContaining(unknown) },
    ]);
    const after = await t.http
      .get(`/api/v1/cases/${caseId}`)
      .set('authorization', `Bearer ${cast.handler}`);
    expect(after.body.version).toBe(version);
    const ok = await send(t, cast.handler, caseId, 'RECORD_EVIDENCE', {
      kind: 'photo',
      description: '现场照片',
      attachments: [{ sha256: body.sha256, description: '货架' }],
    }).expect(200);
    expect(ok.body.entry.payload.attachments).toEqual([
      { sha256: body.sha256, description: '货架' },
    ]);
  });
});

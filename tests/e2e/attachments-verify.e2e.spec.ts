// Issue 15: changing one byte of a stored attachment makes GET /cases/:id/verify and the offline
// verify fail, naming the attachment; the export zip carries the bundle and the files.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { buildService, root } from '../support/spawned-service';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const jpeg = () => Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), randomBytes(5000)]);

function verifyOffline(...args: string[]) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  return spawnSync('node', ['dist/scripts/verify-bundle.js', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
}

describe('attachments in verify and export', () => {
  let t: TestApp;
  let cast: Cast;
  let caseId: string;
  let dataDir: string;
  let work: string;
  const photo = jpeg();
  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3000)]);
  const pathOf = (b: Buffer, name: string) => `attachments/${sha(b)}/${name}`;

  const get = (path: string) =>
    t.http
      .get(path)
      .set('authorization', `Bearer ${cast.auditor}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const verifyOnline = async () =>
    (
      await t.http
        .get(`/api/v1/cases/${caseId}/verify`)
        .set('authorization', `Bearer ${cast.auditor}`)
    ).body;

  beforeAll(async () => {
    buildService();
    dataDir = mkdtempSync(join(tmpdir(), 'zhifa-attachments-'));
    work = mkdtempSync(join(tmpdir(), 'zhifa-export-'));
    t = await startTestApp(NOW, undefined, { DATA_DIR: dataDir });
    cast = await seedCast(t);
    caseId = await filedCase(t, cast);
    for (const [bytes, name] of [
      [photo, '现场照片.jpg'],
      [scan, 'license.pdf'],
    ] as const) {
      await t.http
        .post(`/api/v1/cases/${caseId}/attachments`)
        .set('authorization', `Bearer ${cast.handler}`)
        .attach('file', bytes, { filename: name })
        .expect(201);
    }
    await send(t, cast.handler, caseId, 'RECORD_EVIDENCE', {
      kind: 'photo',
      description: '现场检查照片及营业执照',
      attachments: [{ sha256: sha(photo) }, { sha256: sha(scan) }],
    }).expect(200);
  }, 180_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('online verify rehashes every attachment the log names', async () => {
    const report = await verifyOnline();
    expect(report.valid).toBe(true);
    // The case's issued 文书 are listed too (documents/…); here the attachments.
    const attached = (report.files as { path: string }[]).filter((f) =>
      f.path.startsWith('attachments/'),
    );
    expect(attached).toEqual([
      { path: pathOf(photo, '现场照片.jpg'), sha256: sha(photo), ok: true },
      { path: pathOf(scan, 'license.pdf'), sha256: sha(scan), ok: true },
    ]);
    expect(report.files.length).toBeGreaterThan(attached.length);
  });

  it('the bundle lists its files; the zip holds the bundle and them; both verify offline', async () => {
    const json = await get(`/api/v1/cases/${caseId}/export`).expect(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const bundleFile = join(work, 'bundle.json');
    writeFileSync(bundleFile, json.body as Buffer);
    const listed = (JSON.parse(String(json.body)) as { files: { path: string }[] }).files;
    expect(listed.filter((f) => f.path.startsWith('attachments/'))).toEqual([
      { path: pathOf(photo, '现场照片.jpg'), sha256: sha(photo) },
      { path: pathOf(scan, 'license.pdf'), sha256: sha(scan) },
    ]);
    expect(listed.some((f) => f.path.startsWith('documents/'))).toBe(true);
    const zip = await get(`/api/v1/cases/${caseId}/export?include=files`).expect(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const zipFile = join(work, 'case.zip');
    writeFileSync(zipFile, zip.body as Buffer);

    const fromZip = verifyOffline(zipFile);
    expect(fromZip.stdout).toContain(`ok   file ${pathOf(photo, '现场照片.jpg')}`);
    expect(fromZip.stdout).toContain(`ok   file ${pathOf(scan, 'license.pdf')}`);
    expect(fromZip.status).toBe(0);

    // The bundle alone says what it did not check; with --files it checks the folder.
    const alone = verifyOffline(bundleFile);
    expect(alone.status).toBe(0);
    expect(alone.stdout).toContain(`NOT CHECKED: ${listed.length} files`);
    const dir = join(work, 'files');
    for (const [bytes, name] of [
      [photo, '现场照片.jpg'],
      [scan, 'license.pdf'],
    ] as const) {
      mkdirSync(dirname(join(dir, pathOf(bytes, name))), { recursive: true });
      writeFileSync(join(dir, pathOf(bytes, name)), bytes);
    }
    // The issued 文书 at their paths too (documents/<seq>-<type>-<id>.docx), as the zip holds them.
    for (const { path } of listed.filter((f) => f.path.startsWith('documents/'))) {
      const docId = path.slice(-'.docx'.length - 36, -'.docx'.length);
      const docx = await get(`/api/v1/cases/${caseId}/documents/${docId}?format=docx`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), docx.body as Buffer);
    }
    expect(verifyOffline(bundleFile, '--files', dir).status).toBe(0);
    // One byte changed in the folder: exit 1, naming the file.
    const changed = Buffer.from(scan);
    changed[100] ^= 1;
    writeFileSync(join(dir, pathOf(scan, 'license.pdf')), changed);
    const bad = verifyOffline(bundleFile, '--files', dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`INVALID: file ${pathOf(scan, 'license.pdf')}`);
    expect(bad.stderr).toContain('was changed');
  }, 60_000);

  it('a changed byte in a stored attachment fails verify online and offline, naming it', async () => {
    const h = sha(photo);
    const blob = join(dataDir, 'blobs', h.slice(0, 2), h.slice(2, 4), h);
    const bytes = readFileSync(blob);
    bytes[2500] ^= 0x01;
    writeFileSync(blob, bytes);

    const report = await verifyOnline();
    expect(report.valid).toBe(false);
    expect(report.firstInvalidSeq).toBe(3);
    expect(report.reason).toBe(
      `${pathOf(photo, '现场照片.jpg')} was changed: its bytes hash to ${sha(bytes)}, not ${h}`,
    );

    const zip = await get(`/api/v1/cases/${caseId}/export?include=files`).expect(200);
    const zipFile = join(work, 'tampered.zip');
    writeFileSync(zipFile, zip.body as Buffer);
    const offline = verifyOffline(zipFile);
    expect(offline.status).toBe(1);
    expect(offline.stdout).toContain(`FAIL file ${pathOf(photo, '现场照片.jpg')}: `);
    expect(offline.stderr).toContain(`INVALID: file ${pathOf(photo, '现场照片.jpg')}`);
  }, 60_000);

  it('a stored attachment gone from DATA_DIR is reported missing', async () => {
    const h = sha(scan);
    rmSync(join(dataDir, 'blobs', h.slice(0, 2), h.slice(2, 4), h));
    const report = await verifyOnline();
    expect(report.valid).toBe(false);
    expect(report.files).toContainEqual({
      path: pathOf(scan, 'license.pdf'),
      sha256: h,
      ok: false,
      detail: `${pathOf(scan, 'license.pdf')} is missing`,
    });
  });
});

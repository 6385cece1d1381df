// Issue 15: the 文号 of the case file run without gaps and are unique; the stored .docx is served
// byte for byte and verifies against its entry (online, offline and from the unpacked export);
// who may read the documents; the service without LibreOffice.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { verifyBundle } from '../../src/audit/bundle-verifier';
import { verifyDocumentFiles } from '../../src/audit/document-files';
import { DocumentsService } from '../../src/documents/documents.service';
import { caseBody, FILE_CONDITIONS, seedCast, send, type Cast } from '../support/case-fixtures';
import { getBytes, listDocuments } from '../support/documents';
import { decision, fine, notifiedCase, type ScenarioCase } from '../support/scenario-steps';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
}, 60_000);
afterAll(() => t.close());

const get = (path: string, token = cast.handler) => getBytes(t, path, token);
const documents = (c: ScenarioCase) => listDocuments(t, cast.handler, c.id);
const without = (p: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(p).filter(([k]) => k !== key));

describe('文号 without gaps (one counter per type and year, locked by the act)', () => {
  const toDecide = async (decideOn: string) => {
    const c = await notifiedCase(t, cast, {
      penalties: [fine(5_000)],
      noticeOn: addDays(decideOn, -28),
    });
    await c.accept('END_NOTICE_PERIOD', {}, addDays(decideOn, -14));
    return c;
  };
  const unnumbered = () => without(decision([fine(5_000)]), 'decisionNumber');

  it("gives a refused act's number back and numbers concurrent decisions one after another", async () => {
    const [a, b, c] = [
      await toDecide('2024-06-03'),
      await toDecide('2024-06-03'),
      await toDecide('2024-06-03'),
    ];
    const first = await a.accept('DECIDE', unnumbered(), '2024-06-03');
    expect(first.case.decision?.decisionNumber).toBe('市监罚〔2024〕1号');
    // Refused (an unknown penalty kind): nothing written, the number not taken.
    const refused = await b.send(
      'DECIDE',
      { ...unnumbered(), penalties: [{ kind: 'flogging' }] },
      '2024-06-03',
    );
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const both = await Promise.all([
      b.accept('DECIDE', unnumbered(), '2024-06-04'),
      c.accept('DECIDE', unnumbered(), '2024-06-04'),
    ]);
    expect(both.map((x) => x.case.decision?.decisionNumber).sort()).toEqual([
      '市监罚〔2024〕2号',
      '市监罚〔2024〕3号',
    ]);
  }, 90_000);
});

describe('numbers, bytes and hashes', () => {
  const decideOn = '2025-09-30';
  const toDecide = async () => {
    const c = await notifiedCase(t, cast, {
      penalties: [fine(5_000)],
      noticeOn: addDays(decideOn, -28),
    });
    await c.accept('END_NOTICE_PERIOD', {}, addDays(decideOn, -14));
    return c;
  };

  it('refuses a decision number another document has, writing nothing (409)', async () => {
    const first = await toDecide();
    const taken = decision([fine(5_000)]);
    await first.accept('DECIDE', taken, decideOn);
    const second = await toDecide();
    const before = second.stages.length;
    const res = await second.send('DECIDE', taken, decideOn);
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([
      {
        field: 'payload.decisionNumber',
        reason: `${String(taken.decisionNumber)} 已是另一份文书的文号`, // Chinese by default
      },
    ]);
    expect(second.stages).toHaveLength(before);
    expect((await second.view()).stage).toBe('decision');
    expect(second.stage).toBe('decision');
  }, 60_000);

  it('serves the .docx whose SHA-256 the entry records, byte for byte', async () => {
    const c = await toDecide();
    const decided = await c.accept('DECIDE', decision([fine(5_000)]), decideOn);
    const recorded = (decided.entry as unknown as { documents: { id: string; sha256: string }[] })
      .documents;
    expect(recorded).toHaveLength(1);
    const res = await get(`${c.id}/documents/${recorded[0].id}?format=docx`);
    expect(res.status).toBe(200);
    expect(
      createHash('sha256')
        .update(res.body as Buffer)
        .digest('hex'),
    ).toBe(recorded[0].sha256);
  }, 60_000);

  it("keeps the party's documents from an officer who may not read personal data (403)", async () => {
    const c = await toDecide();
    const outsider = await t.officer({ id: 'h9', roles: ['handler'] });
    const res = await get(`${c.id}/documents`, outsider);
    expect(res.status).toBe(403);
  }, 60_000);

  it('fails verify and the offline check naming the document when one byte changes', async () => {
    const c = await toDecide();
    await c.accept('DECIDE', decision([fine(5_000)]), decideOn);
    const auditor = (p: string) =>
      t.http.get(`/api/v1/cases/${c.id}/${p}`).set('authorization', `Bearer ${cast.auditor}`);
    expect((await auditor('verify')).body).toMatchObject({ valid: true });
    await tamper(t.db, [
      [
        `UPDATE documents SET docx = overlay(docx placing '\\x00'::bytea from 100 for 1)
         WHERE case_id = $1 AND doc_type = 'penalty_decision'`,
        [c.id],
      ],
    ]);
    const verified = (await auditor('verify')).body;
    expect(verified).toMatchObject({ valid: false });
    expect(verified.reason).toMatch(
      /document 行政处罚决定书 市监罚〔2025〕\d+号 .* does not match/,
    );
    await t.http.post('/api/v1/audit/checkpoints').set('authorization', `Bearer ${cast.auditor}`);
    const exported = await auditor('export');
    const failed = verifyBundle(exported.text).filter((x) => !x.ok);
    expect(failed.map((f) => f.name)).toEqual(['documents']);
    expect(failed[0].detail).toMatch(/行政处罚决定书 .* does not match/);
    // The export zip's files (DocumentsService.forExport), unpacked, checked with --files.
    const dir = mkdtempSync(join(tmpdir(), 'zhifa-docs-'));
    for (const f of await t.app.get(DocumentsService).forExport(c.id)) {
      mkdirSync(join(dir, dirname(f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.bytes);
    }
    const files = verifyDocumentFiles(exported.text, dir);
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((f) => !f.ok).map((f) => f.detail)).toEqual([
      expect.stringMatching(
        /^行政处罚决定书 市监罚〔2025〕\d+号 does not match the SHA-256 its entry records/,
      ),
    ]);
    const scan = await t.http
      .get('/api/v1/audit/verify-all')
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(scan.text).toContain(`"caseId":"${c.id}"`);
    expect(scan.text).toMatch(/"reason":"entry \d+: document 行政处罚决定书 [^"]*does not match/);
  }, 60_000);
});

describe('OpenAPI', () => {
  it('documents the list, the document and the case file', async () => {
    const res = await t.http.get('/api/docs-json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cases/{id}/documents',
        '/api/v1/cases/{id}/documents/{documentId}',
        '/api/v1/cases/{id}/file',
      ]),
    );
  });
});

describe('without LibreOffice', () => {
  it('answers 503 for a PDF and still serves the .docx', async () => {
    process.env.SOFFICE_PATH = '/nonexistent/soffice';
    const other = await startTestApp(NOW, t.db);
    delete process.env.SOFFICE_PATH;
    try {
      const c = await notifiedCase(t, cast, { penalties: [fine(5_000)], noticeOn: '2025-03-03' });
      const [notice] = await documents(c).then((ds) =>
        ds.filter((d) => d.type === 'penalty_notice'),
      );
      const at = (format: string) =>
        other.http
          .get(`/api/v1/cases/${c.id}/documents/${notice.id}?format=${format}`)
          .set('authorization', `Bearer ${cast.handler}`);
      const pdf = await at('pdf');
      expect(pdf.status).toBe(503);
      expect(pdf.body.detail).toMatch(/PDF 暂不能生成.*format=docx/);
      expect((await at('docx')).status).toBe(200);
    } finally {
      await other.app.close();
    }
  }, 60_000);

  it('refuses an act whose template is missing (503), writing nothing', async () => {
    process.env.TEMPLATES_DIR = '/nonexistent/templates';
    const other = await startTestApp(NOW, t.db);
    delete process.env.TEMPLATES_DIR;
    try {
      const created = await other.http
        .post('/api/v1/cases')
        .set('authorization', `Bearer ${cast.handler}`)
        .send(caseBody());
      const filing = { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS };
      const res = await send(other, cast.approver, created.body.id, 'FILE_CASE', filing);
      expect(res.status).toBe(503);
      expect(res.body.detail).toMatch(/文书模板 .*filing_approval\.docx 无法读取/);
      const view = await t.http
        .get(`/api/v1/cases/${created.body.id}`)
        .set('authorization', `Bearer ${cast.handler}`);
      expect(view.body).toMatchObject({ version: 1, stage: created.body.stage });
    } finally {
      await other.app.close();
    }
  }, 60_000);
});

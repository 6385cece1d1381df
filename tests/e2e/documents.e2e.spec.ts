// Issue 15: every public scenario that reaches a decision issues its 文书; their PDFs read back
// with the party, the 文号, the penalties in figures and capitals, the articles, the remedies with
// their periods and the dates in Chinese form.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Response } from 'supertest';
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { verifyBundle } from '../../src/audit/bundle-verifier';
import { verifyDocumentFiles } from '../../src/audit/document-files';
import { DocumentsService } from '../../src/documents/documents.service';
import { seedCast, type Cast } from '../support/case-fixtures';
import {
  company,
  decidedCase,
  decision,
  fine,
  notifiedCase,
  onTheSpot,
  person,
  ScenarioCase,
  yuan,
  type Penalty,
} from '../support/scenario-steps';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const BUREAU = {
  DEPARTMENT_NAME: '上海市浦东新区市场监督管理局',
  DOCUMENT_NUMBER_PREFIX: '沪浦市监',
  RECONSIDERATION_BODY: '上海市浦东新区人民政府',
  LITIGATION_COURT: '上海市浦东新区人民法院',
};
Object.assign(process.env, BUREAU);

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
}, 60_000);
afterAll(() => t.close());

const binary = (res: Response, cb: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

function get(path: string, token = cast.handler) {
  return t.http
    .get(`/api/v1/cases/${path}`)
    .set('authorization', `Bearer ${token}`)
    .buffer(true)
    .parse(binary as never);
}

/** The 电子卷宗 of a case as text, whitespace removed (PDF text breaks lines anywhere). */
async function caseFileText(c: ScenarioCase, save?: string): Promise<string> {
  const res = await get(`${c.id}/file`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  if (save && process.env.DOCUMENT_SAMPLES_DIR) {
    mkdirSync(process.env.DOCUMENT_SAMPLES_DIR, { recursive: true });
    writeFileSync(join(process.env.DOCUMENT_SAMPLES_DIR, `${save}.pdf`), res.body as Buffer);
  }
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.body as Buffer })
    .toString('utf8')
    .replace(/\s+/g, '');
}

async function documents(c: ScenarioCase) {
  const res = await t.http
    .get(`/api/v1/cases/${c.id}/documents?pageSize=100`)
    .set('authorization', `Bearer ${cast.handler}`);
  expect(res.status).toBe(200);
  return res.body.items as { id: string; type: string; number?: string; sha256: string }[];
}

/** Every remedy with its period and body (APL 59(5); ARL 20; ALL 46). */
const REMEDIES = [
  '六十日内向上海市浦东新区人民政府申请行政复议',
  '六个月内依法向上海市浦东新区人民法院提起行政诉讼',
];
const SEAL = ['上海市浦东新区市场监督管理局（印章）'];

function expectAll(text: string, needles: string[]): void {
  const missing = needles.filter((n) => !text.includes(n.replace(/\s+/g, '')));
  expect(missing).toEqual([]);
}

const without = (p: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(p).filter(([k]) => k !== key));

describe('the case file of each scenario that reaches a decision', () => {
  it('S01: a company fined 150,000 yuan, the decision number assigned by the service', async () => {
    const c = await notifiedCase(t, cast, {
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-03-03',
    });
    await c.accept('END_NOTICE_PERIOD', {}, '2025-03-17');
    await c.discussIfRequired('2025-03-18');
    const decided = await c.accept(
      'DECIDE',
      without(decision([fine(150_000)]), 'decisionNumber'),
      '2025-03-31',
    );
    expect(decided.case.decision?.decisionNumber).toBe('沪浦市监罚〔2025〕1号');
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-04-01');
    const text = await caseFileText(c, 's01');
    expectAll(text, [
      '上海某某食品有限公司',
      '91310000MA1FL0000X',
      '行政处罚告知书',
      '沪浦市监罚告〔2025〕1号',
      '行政处罚决定书',
      '沪浦市监罚〔2025〕1号',
      '罚款人民币壹拾伍万元整（¥150,000.00）',
      '《产品质量法》第五十四条',
      '第六十三条、第六十四条的规定，你（单位）有权要求举行听证',
      '十五日内',
      ...REMEDIES,
      ...SEAL,
      '二〇二五年三月三日',
      '二〇二五年三月三十一日',
      '送达回证',
      '直接送达',
      '二〇二五年四月一日',
      '卷内文件目录',
      '卷内备考表',
    ]);
    // The PDF made for the file is kept with its own hash and served again as it was.
    const listed = await documents(c);
    const decisionDoc = listed.find((d) => d.type === 'penalty_decision')!;
    const pdf = await get(`${c.id}/documents/${decisionDoc.id}?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(
      createHash('sha256')
        .update(pdf.body as Buffer)
        .digest('hex'),
    ).toBe((decisionDoc as unknown as { pdfSha256: string }).pdfSha256);
    const types = listed.map((d) => d.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'filing_approval',
        'penalty_notice',
        'penalty_decision',
        'service_receipt',
      ]),
    );
  }, 60_000);

  it('S02 and S19: an individual fined 8,000 yuan who waived in writing, the number given', async () => {
    const c = await notifiedCase(t, cast, {
      party: person(),
      penalties: [fine(8_000)],
      noticeOn: '2025-03-03',
    });
    await c.accept('WAIVE_RIGHTS', {}, '2025-03-04');
    await c.accept('END_NOTICE_PERIOD', {}, '2025-03-04');
    const given = decision([fine(8_000)]);
    await c.accept('DECIDE', given, '2025-03-05');
    await c.accept('SERVE_DECISION', { method: 'mail' }, '2025-03-06');
    const text = await caseFileText(c);
    expectAll(text, [
      '张三',
      '110101199001011234',
      String(given.decisionNumber),
      '罚款人民币捌仟元整（¥8,000.00）',
      '当事人书面放弃陈述、申辩的权利',
      ...REMEDIES,
      '邮寄送达',
      '二〇二五年三月五日',
    ]);
    expect(text).not.toContain('有权要求举行听证');
  }, 60_000);

  it('S03: a licence revoked from an individual business, no fine', async () => {
    const revoke: Penalty[] = [{ kind: 'revoke_license' }];
    const party = company({ kind: 'individual_business', name: '浦东某某便利店' });
    const c = await decidedCase(t, cast, { party, penalties: revoke, decideOn: '2025-06-30' });
    const text = await caseFileText(c);
    expectAll(text, [
      '浦东某某便利店',
      '吊销许可证件',
      '法制审核表',
      '本决定自送达之日起生效',
      ...REMEDIES,
    ]);
  }, 60_000);

  it('S06: a hearing held issues the 听证通知书 and the 听证报告', async () => {
    const confiscation = [{ kind: 'confiscate_illegal_gains', amountFen: yuan(150_000) }];
    const c = await notifiedCase(t, cast, {
      party: company(),
      penalties: confiscation,
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    });
    await c.accept('REQUEST_HEARING', {}, '2025-04-15');
    await c.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
    const schedule = { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' };
    await c.accept('SCHEDULE_HEARING', schedule, '2025-04-29');
    await c.accept('HOLD_HEARING', {}, '2025-05-13');
    await c.accept('SUBMIT_HEARING_REPORT', { opinion: '维持拟处罚意见' }, '2025-05-14');
    await c.accept('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-05-15');
    await c.discussIfRequired('2025-05-15');
    await c.accept('DECIDE', decision(confiscation), '2025-05-16');
    const text = await caseFileText(c);
    expectAll(text, [
      '行政处罚听证通知书',
      '沪浦市监听通〔2025〕1号',
      '二〇二五年五月十三日09:00',
      '听证报告',
      '维持拟处罚意见',
      '没收违法所得人民币壹拾伍万元整（¥150,000.00）',
      '本局于二〇二五年五月十三日依法举行了听证',
    ]);
  }, 60_000);

  it('S13: a decision served by public notice issues the 送达公告', async () => {
    const c = await decidedCase(t, cast, {
      party: person({ address: undefined }),
      penalties: [fine(5_000)],
      decideOn: '2025-11-27',
    });
    const notice = {
      method: 'public_notice',
      partyCannotBeFound: true,
      recordingSha256: 'ab'.repeat(32),
    };
    await c.accept('SERVE_DECISION', notice, '2025-12-01');
    const text = await caseFileText(c);
    expectAll(text, [
      '行政处罚文书送达公告',
      '第九十五条',
      '经过三十日，即视为送达',
      '人民币伍仟元整',
    ]);
  }, 60_000);

  it('S17: a fine on the spot issues the 当场行政处罚决定书', async () => {
    const c = await ScenarioCase.open(t, cast, {
      procedure: 'summary',
      party: person(),
      receivedAt: '2025-06-02',
    });
    await c.accept('DECIDE_ON_SPOT', onTheSpot([fine(100)]), '2025-06-02');
    const text = await caseFileText(c);
    expectAll(text, [
      '当场行政处罚决定书',
      '张三',
      '罚款人民币壹佰元整（¥100.00）',
      '第五十一条',
      ...REMEDIES,
    ]);
  }, 60_000);
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
        reason: `${String(taken.decisionNumber)} already names a document`,
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
      expect(pdf.body.detail).toMatch(/PDF rendering is unavailable .*format=docx/);
      expect((await at('docx')).status).toBe(200);
    } finally {
      await other.app.close();
    }
  }, 60_000);
});

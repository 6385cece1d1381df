// Issue 14, "Language and time": answers in Chinese unless the request prefers English, guard
// citations in full beside the short form, instants with the business offset (+08:00), dates as
// dates, and the stored form kept where clients hash or verify it.
import { OutboxDispatcher } from '../../src/outbox/outbox-dispatcher.service';
import { seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { fine, publishedCase } from './disclosure.fixtures';

const NOW = '2026-11-21T10:00:00+08:00';
/** An instant in the stored UTC form: never in an answer but the export bundle. */
const UTC_INSTANT = /"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('language and business time', () => {
  let t: TestApp;
  let cast: Cast;
  let id: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  /** Closing a decision that was served and not paid: G33 (the case is published). */
  const close = (language?: string) => {
    const req = send(t, cast.approver, id, 'CLOSE_CASE', {}, { occurredAt: '2026-11-20' });
    return language === undefined ? req : req.set('accept-language', language);
  };

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    cast = await seedCast(t, 'lt-');
    id = await publishedCase(t, cast, {
      decisionNumber: '沪市监罚〔2026〕1401号',
      decideOn: '2026-08-03',
      publishOn: '2026-08-04',
      channels: ['website', 'gsxt'],
      penalties: [fine(50_000)],
      prefix: 'lt-',
    });
  });
  afterAll(() => t.close());

  describe('Chinese first', () => {
    it('answers a refusal in Chinese by default, naming what is missing, with the citation in full', async () => {
      const res = await close();
      expect(res.status).toBe(422);
      expect(res.headers['content-language']).toBe('zh-CN');
      expect(res.body).toMatchObject({ code: 'GUARD_FAILED', title: '无法处理的请求' });
      expect(res.body.guards).toEqual([
        {
          id: 'G33',
          message: '处罚决定已送达，但尚未履行完毕（未缴清），也没有法院强制执行结果',
          citation: 'PR',
          citationText: '《市场监督管理行政处罚程序规定》',
        },
      ]);
      expect(res.body.detail).toBe(`G33：${res.body.guards[0].message}`);
    });

    it('answers in English with Accept-Language: en', async () => {
      const res = await close('en');
      expect(res.headers['content-language']).toBe('en');
      expect(res.body.title).toBe('Unprocessable Entity');
      expect(res.body.guards[0]).toMatchObject({
        id: 'G33',
        message: expect.stringMatching(/^the decision was served but is not performed/),
        citation: 'PR',
      });
      expect(res.body.guards[0].message).not.toMatch(/has not been served/);
    });

    it.each([
      ['en-US', 'en'],
      ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
      ['zh-CN;q=0.4, en;q=0.8', 'en'],
      ['en;q=0.2, zh;q=0.9', 'zh-CN'],
      ['zh-TW', 'zh-CN'],
      ['fr', 'zh-CN'],
      ['*', 'zh-CN'],
    ])('Accept-Language %s → %s (q-values weigh)', async (header, language) => {
      expect((await close(header)).headers['content-language']).toBe(language);
    });

    it('names a bad field with its reason in the chosen language', async () => {
      const bad = (language: string) =>
        t.http
          .post('/api/v1/cases')
          .set({ ...bearer(cast.handler), 'accept-language': language })
          .send({ procedure: 'ordinary', source: 'inspection', receivedAt: '2026-02-03' });
      const zh = await bad('zh-CN');
      expect(zh.status).toBe(400);
      expect(zh.body.errors).toContainEqual({ field: 'summary', reason: 'summary 必须是字符串' });
      const en = await bad('en');
      expect(en.body.errors).toContainEqual({
        field: 'summary',
        reason: 'summary must be a string',
      });
    });

    it('answers an unknown route and an unknown case in Chinese', async () => {
      const route = await t.http.get('/api/v1/nothing').set(bearer(cast.handler));
      expect(route.body).toMatchObject({ status: 404, detail: '没有此路径：GET /api/v1/nothing' });
      const ghost = '00000000-0000-4000-8000-000000000000';
      const missing = await t.http.get(`/api/v1/cases/${ghost}`).set(bearer(cast.handler));
      expect(missing.body.detail).toBe(`案件 ${ghost} 不存在`);
    });
  });

  describe('business time', () => {
    it('shows the case view’s instants with +08:00 and its deadlines as dates', async () => {
      const res = await t.http.get(`/api/v1/cases/${id}`).set(bearer(cast.approver));
      expect(res.status).toBe(200);
      expect(res.body.updatedAt).toBe('2026-11-21T10:00:00.000+08:00');
      expect(JSON.stringify(res.body)).not.toMatch(UTC_INSTANT);
      for (const d of res.body.deadlines as { dueOn: string }[]) expect(d.dueOn).toMatch(DATE);
    });

    it('shows an act on 2026-08-03 (business) in the log as 2026-08-03T00:00:00.000+08:00', async () => {
      const res = await t.http.get(`/api/v1/cases/${id}/log`).set(bearer(cast.auditor));
      expect(res.status).toBe(200);
      const served = (res.body as { type: string; occurredAt: string; recordedAt: string }[]).find(
        (e) => e.type === 'SERVE_DECISION',
      );
      expect(served).toMatchObject({
        occurredAt: '2026-08-03T00:00:00.000+08:00',
        recordedAt: '2026-11-21T10:00:00.000+08:00',
      });
      expect(JSON.stringify(res.body)).not.toMatch(UTC_INSTANT);
    });

    it('keeps the stored form in the export bundle, which is what a verifier hashes', async () => {
      const res = await t.http.get(`/api/v1/cases/${id}/export`).set(bearer(cast.auditor));
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/"occurredAt":\s*"2026-08-02T16:00:00.000Z"/);
      expect(res.text).not.toMatch(/\d\+08:00"/);
    });

    it('shows deadlines across cases and public decisions with dates, notifications with +08:00', async () => {
      const deadlines = await t.http.get('/api/v1/deadlines').set(bearer(cast.approver));
      expect(deadlines.status).toBe(200);
      expect(JSON.stringify(deadlines.body)).not.toMatch(UTC_INSTANT);
      const items = (deadlines.body.items ?? deadlines.body) as { dueOn: string }[];
      for (const d of items) expect(d.dueOn).toMatch(DATE);

      const decisions = await t.http.get('/api/v1/public/decisions');
      expect(decisions.status).toBe(200);
      expect(decisions.body.items.length).toBeGreaterThan(0);
      expect(JSON.stringify(decisions.body)).not.toMatch(UTC_INSTANT);

      await t.app.get(OutboxDispatcher).runOnce();
      const inbox = await t.http.get('/api/v1/me/notifications').set(bearer(cast.handler));
      expect(inbox.status).toBe(200);
      expect(inbox.body.items.length).toBeGreaterThan(0);
      for (const n of inbox.body.items as { createdAt: string }[]) {
        expect(n.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
      }
    });
  });
});

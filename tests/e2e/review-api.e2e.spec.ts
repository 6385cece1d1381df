// Review of issue 14 (the API), as an odd client would send it: Accept-Language edge cases,
// impossible ?asOf= dates, LIKE wildcards in q, a dry run by a
// recused officer.
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { CREDENTIAL, seedCast, type Cast } from '../support/case-fixtures';
import { company, decision, fine, notifiedCase, ScenarioCase } from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

let t: TestApp;
let cast: Cast;
let c: ScenarioCase;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
  await t.officer({ id: 'h3', roles: ['handler'], enforcementCredential: CREDENTIAL });
  c = await ScenarioCase.open(t, cast, {
    party: company({ name: '2026-01-01T00:00:00Z', creditCode: '91310000MA1FL0001X' }),
    receivedAt: '2026-11-02',
  });
}, 60_000);
afterAll(() => t.close());

const get = (path: string, token = cast.handler) =>
  t.http.get(`/api/v1/${path}`).set('authorization', `Bearer ${token}`);

describe('Accept-Language (RFC 9110 §12.5.4)', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['*', 'zh-CN'],
    ['en-GB;q=0.9, zh;q=0.8', 'en'],
    ['zh;q=0, en;q=0.1', 'en'],
    ['zh-CN;q=0, zh;q=0, *', 'en'],
    ['en;q=0', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    [';;q=abc,,', 'zh-CN'],
  ])('%s is answered in %s', async (header, language) => {
    const req = get('cases/00000000-0000-4000-8000-000000000000');
    const res = await (header === undefined ? req : req.set('accept-language', header));
    expect(res.status).toBe(404);
    expect(res.headers['content-language']).toBe(language);
    expect(res.body.detail).toMatch(language === 'en' ? /^[\x20-\x7e]+$/ : /[\u4e00-\u9fff]/);
  });
});

describe('an instant named inside a message is in business time too', () => {
  it.each([
    ['2026-11-01', '（2026-11-02）'],
    ['2026-11-01T09:00:00+08:00', '（2026-11-02T00:00:00.000+08:00）'],
  ])('occurredAt %s before the last event names it as %s', async (occurredAt, shown) => {
    const res = await t.http
      .post(`/api/v1/cases/${c.id}/events`)
      .set('authorization', `Bearer ${cast.handler}`)
      .send({
        type: 'RECORD_EVIDENCE',
        payload: { kind: 'photo', description: '照片' },
        occurredAt,
      });
    expect(res.status).toBe(400);
    const reason = res.body.errors.find((e: { field: string }) => e.field === 'occurredAt').reason;
    expect(reason).toContain(shown);
  });
});

describe('?asOf= is a business date', () => {
  it.each(['2026-02-30', '2026-11-21T00:00:00+08:00', '2026-13-01'])(
    '%s is a 400 naming asOf',
    async (asOf) => {
      const res = await get(`cases/${c.id}?asOf=${encodeURIComponent(asOf)}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('asOf');
    },
  );
});

describe('q is text, not a pattern', () => {
  it.each(['%', '_', '\\', "'", '%%%%'])('q=%s matches no party by wildcard', async (q) => {
    const all = (await get('cases')).body.total as number;
    expect(all).toBeGreaterThan(0);
    const res = await get(`cases?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
  });

  it('a q over 100 characters is a 400', async () => {
    const res = await get(`cases?q=${'某'.repeat(101)}`);
    expect(res.status).toBe(400);
  });
});

describe('a dry run answers as the real call would', () => {
  it('to a recused officer: the same refusal (G06), neither naming the stage nor who acts next', async () => {
    const on = '2026-06-01';
    const d = await notifiedCase(t, cast, {
      penalties: [fine(5_000)],
      noticeOn: addDays(on, -28),
    });
    await d.accept('END_NOTICE_PERIOD', {}, addDays(on, -14));
    await d.accept(
      'DECIDE',
      { ...decision([fine(5_000)]), decisionNumber: '市监罚〔2019〕7号' },
      on,
    );
    await t.http
      .post(`/api/v1/cases/${d.id}/recusals`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({ officerId: 'h2', reason: '与当事人有利害关系' })
      .expect(201);
    const body = { type: 'RECORD_EVIDENCE', payload: { kind: 'photo', description: '照片' } };
    const post = (q: string) =>
      t.http
        .post(`/api/v1/cases/${d.id}/events${q}`)
        .set('authorization', `Bearer ${t.token('h2')}`)
        .send(body);
    const [dry, real] = [await post('?dryRun=true'), await post('')];
    expect(real.status).toBe(403);
    expect(real.body).toMatchObject({ code: 'FORBIDDEN', conflict: 'RECUSED' });
    expect(real.body).not.toHaveProperty('stage');
    expect(real.body).not.toHaveProperty('waitingFor');
    expect({ ...dry.body, instance: '' }).toEqual({ ...real.body, instance: '' });
    // And a decision number taken in another spelling is refused by the dry run too.
    const e = await notifiedCase(t, cast, { penalties: [fine(5_000)], noticeOn: addDays(on, -28) });
    await e.accept('END_NOTICE_PERIOD', {}, addDays(on, -14));
    const twin = await t.http
      .post(`/api/v1/cases/${e.id}/events?dryRun=true`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({
        type: 'DECIDE',
        payload: { ...decision([fine(5_000)]), decisionNumber: '市监罚[2019]7号' },
        occurredAt: on,
      });
    expect(twin.status).toBe(409);
  }, 90_000);
});

describe('Idempotency-Key replays follow need to know as it is now', () => {
  it('a recused officer replaying an event sent before the recusal gets nothing of the case', async () => {
    const d = await ScenarioCase.open(t, cast, { receivedAt: '2026-11-02' });
    await d.file('2026-11-03');
    const body = {
      type: 'RECORD_EVIDENCE',
      payload: { kind: 'photo', description: '现场照片' },
      occurredAt: '2026-11-04',
    };
    const post = () =>
      t.http
        .post(`/api/v1/cases/${d.id}/events`)
        .set('authorization', `Bearer ${cast.handler2}`)
        .set('idempotency-key', 'review-replay-1')
        .send(body);
    expect((await post()).status).toBe(200);
    await t.http
      .post(`/api/v1/cases/${d.id}/recusals`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({ officerId: 'h2', reason: '与当事人有利害关系' })
      .expect(201);
    expect((await get(`cases/${d.id}`, cast.handler2)).status).toBe(404);
    const replay = await post();
    expect(replay.status).toBe(404);
    expect(JSON.stringify(replay.body)).not.toContain('idNumber');
  }, 90_000);
});

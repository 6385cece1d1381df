import { seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { act, fine, publishedCase, type PublishPlan } from './disclosure.fixtures';

const NOW = '2026-11-21T10:00:00+08:00';
const PREFIX = 'df-';
const DEPARTMENT = '市场监督管理局';

describe('the public feed: withdrawals, filters, caching, JSON Feed, 事前公开', () => {
  let t: TestApp;
  let cast: Cast;
  const plan = (
    decisionNumber: string,
    decideOn: string,
    publishOn: string,
    extra: Partial<PublishPlan> = {},
  ): PublishPlan => ({
    decisionNumber,
    decideOn,
    publishOn,
    penalties: [fine(50_000)],
    prefix: PREFIX,
    ...extra,
  });
  const pub = (path: string) => t.http.get(`/api/v1/public${path}`);
  const numbers = async (query = '') =>
    (await pub(`/decisions${query}`)).body.items.map(
      (d: { decisionNumber: string }) => d.decisionNumber,
    );
  const deadline = async (id: string, clock: string, asOf: string) => {
    const res = await t.http
      .get(`/api/v1/cases/${id}?asOf=${asOf}`)
      .set('authorization', `Bearer ${cast.approver}`);
    return (res.body.deadlines as { clock: string }[]).find((d) => d.clock === clock);
  };

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    cast = await seedCast(t, PREFIX);
  });
  afterAll(() => t.close());

  it('DR 11: a revoked decision is withdrawn within 3 WD; the feed drops it and keeps the notice', async () => {
    const number = '沪市监罚〔2026〕1701号';
    const channels: PublishPlan['channels'] = ['website', 'gsxt'];
    const id = await publishedCase(t, cast, plan(number, '2026-08-03', '2026-08-10', { channels }));
    expect(await numbers()).toContain(number);
    await act(t, cast.handler, id, 'RECORD_APPEAL', { kind: 'reconsideration' }, '2026-08-20');
    await act(t, cast.handler, id, 'RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2026-10-09');
    // Fri 2026-10-09 + 3 WD: Sat 10-10 is a make-up working day → Tue 10-13.
    expect(await deadline(id, 'withdrawal', '2026-10-09')).toMatchObject({
      dueOn: '2026-10-13',
      status: 'open',
    });
    const reason = '行政复议决定撤销原行政处罚决定';
    await act(t, cast.handler, id, 'WITHDRAW_PUBLICATION', { reason }, '2026-10-12');
    expect(await deadline(id, 'withdrawal', '2026-10-12')).toMatchObject({ status: 'met' });

    expect(await numbers()).not.toContain(number);
    const one = await pub(`/decisions/${encodeURIComponent(number)}`);
    expect(one.status).toBe(404);
    expect(one.body).toMatchObject({
      code: 'NOT_FOUND',
      detail: expect.stringContaining('已于2026-10-12撤下'),
    });
    expect((await pub('/withdrawals')).body.items).toContainEqual({
      decisionNumber: number,
      department: DEPARTMENT,
      decidedOn: '2026-08-03',
      ground: 'revoked',
      reason,
      channels: ['gsxt', 'website'],
      withdrawnOn: '2026-10-12',
    });
    const feed = (await pub('/decisions/feed.json')).body;
    const mine = (
      feed.items as { _disclosure: { type: string; record: { decisionNumber: string } } }[]
    )
      .filter((i) => i._disclosure.record.decisionNumber === number)
      .map((i) => i._disclosure.type);
    expect(mine).toEqual(['withdrawal']);
  });

  it('DR 11: a decision published on one channel only is withdrawn after revocation', async () => {
    const number = '沪市监罚〔2026〕1702号';
    const channels: PublishPlan['channels'] = ['website'];
    const id = await publishedCase(t, cast, plan(number, '2026-08-03', '2026-08-10', { channels }));
    await act(t, cast.handler, id, 'RECORD_APPEAL', { kind: 'reconsideration' }, '2026-08-20');
    await act(t, cast.handler, id, 'RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2026-10-09');
    await act(t, cast.handler, id, 'WITHDRAW_PUBLICATION', { reason: '复议撤销' }, '2026-10-12');
    expect(await numbers()).not.toContain(number);
    const notices = (await pub('/withdrawals')).body.items as { decisionNumber: string }[];
    expect(notices.map((n) => n.decisionNumber)).toContain(number);
  });

  it('filters by decision date, department and violation, and pages', async () => {
    const number = '沪市监罚〔2026〕1801号';
    await publishedCase(t, cast, plan(number, '2026-07-06', '2026-07-08', { summary: '虚假宣传' }));
    await publishedCase(t, cast, plan('沪市监罚〔2026〕1802号', '2026-06-01', '2026-06-03'));
    expect(await numbers('?violation=虚假')).toEqual([number]);
    expect(await numbers('?violation=%25')).toEqual([]);
    expect(await numbers('?from=2026-07-01&to=2026-07-31')).toEqual([number]);
    expect(await numbers(`?department=${encodeURIComponent('别的局')}`)).toEqual([]);
    const all = (await pub(`/decisions?department=${encodeURIComponent(DEPARTMENT)}`)).body;
    expect(all.total).toBeGreaterThanOrEqual(2);
    const page2 = (await pub('/decisions?page=2&pageSize=1')).body;
    expect(page2).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(page2.items[0].decisionNumber).toBe(all.items[1].decisionNumber);
    const bad = await pub('/decisions?page=0&from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers with an ETag and Cache-Control, and 304 while nothing changed', async () => {
    const first = await pub('/decisions');
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(first.headers.etag).toMatch(/^"[\w-]{32}"$/);
    const again = await pub('/decisions').set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    await publishedCase(t, cast, plan('沪市监罚〔2026〕1901号', '2026-05-04', '2026-05-06'));
    const changed = await pub('/decisions').set('if-none-match', first.headers.etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it('serves a JSON Feed 1.1 for aggregators', async () => {
    const res = await pub('/decisions/feed.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/feed\+json/);
    expect(res.body).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: expect.stringContaining(DEPARTMENT),
      feed_url: expect.stringMatching(/^http:\/\/.+\/api\/v1\/public\/decisions\/feed\.json$/),
    });
    expect(res.body.items.length).toBeGreaterThan(0);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of res.body.items) {
      expect(item).toMatchObject({
        url: expect.stringMatching(/^http/),
        content_text: expect.any(String),
      });
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
  });

  it('事前公开: the procedure, generated from the machine, as JSON and SVG', async () => {
    const res = await pub('/procedure');
    expect(res.status).toBe(200);
    const stages = res.body.stages as {
      id: string;
      name: string;
      acts: { event: string; requires: string[] }[];
      legalBasis: string[];
    }[];
    expect(stages.map((s) => s.id)).toEqual(
      expect.arrayContaining(['investigation', 'legalReview', 'decision', 'enforcement']),
    );
    const legal = stages.find((s) => s.id === 'legalReview')!;
    expect(legal).toMatchObject({
      name: '法制审核',
      legalBasis: expect.arrayContaining(['APL 58']),
    });
    expect(legal.acts.find((a) => a.event === 'PASS_LEGAL_REVIEW')!.requires).toContain('G09');
    expect(res.body.clocks.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(['disclosureGsxt', 'withdrawal']),
    );
    expect(res.body.department).toBe(DEPARTMENT);

    const svg = await pub('/procedure.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const text = svg.text ?? (svg.body as Buffer).toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text.trim().endsWith('</svg>')).toBe(true);
    for (const s of stages) expect(text).toContain(`id="stage-${s.id}"`);
    expect(text).toContain('法制审核');
  });
});

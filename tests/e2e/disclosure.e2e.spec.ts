import type { Penalty } from '../../workflows/model/domain.types';
import { seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  act,
  addDays,
  decidedCase,
  fine,
  publishedCase,
  type PublishPlan,
} from './disclosure.fixtures';

const NOW = '2026-11-21T10:00:00+08:00';
const PREFIX = 'dz-';

describe('S15, S16: what is published, by when, and for how long (DR 2, 9, 13)', () => {
  let t: TestApp;
  let cast: Cast;
  const plan = (decisionNumber: string, decideOn: string, extra: Partial<PublishPlan> = {}) => ({
    decisionNumber,
    decideOn,
    publishOn: addDays(decideOn, 7),
    penalties: [fine(50_000)],
    prefix: PREFIX,
    ...extra,
  });
  const decision = (n: string) => t.http.get(`/api/v1/public/decisions/${encodeURIComponent(n)}`);
  const numbers = async () =>
    (await t.http.get('/api/v1/public/decisions?pageSize=100')).body.items.map(
      (d: { decisionNumber: string }) => d.decisionNumber,
    );
  /** A deadline of the case as it stood on `asOf` (statuses are computed for that day). */
  const deadline = async (id: string, clock: string, asOf?: string) => {
    const query = asOf ? `?asOf=${asOf}` : '';
    const res = await t.http
      .get(`/api/v1/cases/${id}${query}`)
      .set('authorization', `Bearer ${cast.approver}`);
    return (res.body.deadlines as { clock: string }[]).find((d) => d.clock === clock);
  };

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    process.env.BUREAU_PROVINCE = '上海市';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    delete process.env.BUREAU_PROVINCE;
    cast = await seedCast(t, PREFIX);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(NOW));

  it('S15: decided Mon 2025-09-15 → website due Wed 09-24 (7 WD), GSXT due Fri 10-17 (20 WD)', async () => {
    const number = '沪市监罚〔2025〕1501号';
    const id = await decidedCase(t, cast, plan(number, '2025-09-15'));
    expect(await deadline(id, 'disclosureWebsite', '2025-09-16')).toMatchObject({
      dueOn: '2025-09-24',
      status: 'open',
    });
    expect(await deadline(id, 'disclosureGsxt', '2025-09-16')).toMatchObject({
      dueOn: '2025-10-17',
      status: 'open',
    });
    await act(t, cast.handler, id, 'SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    await act(t, cast.handler, id, 'PUBLISH_DECISION', { channel: 'website' }, '2025-09-22');
    await act(t, cast.handler, id, 'PUBLISH_DECISION', { channel: 'gsxt' }, '2025-10-10');
    expect(await deadline(id, 'disclosureWebsite')).toMatchObject({ status: 'met' });
    expect(await deadline(id, 'disclosureGsxt')).toMatchObject({ status: 'met' });

    const res = await decision(number);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      decisionNumber: number,
      channels: ['gsxt', 'website'],
      party: {
        kind: 'legal_person',
        name: '上海某某食品有限公司',
        creditCode: '91310000MA1FL0000X',
      },
      violation: '销售标签不符合规定的预包装食品',
      legalBasis: expect.stringContaining('食品安全法'),
      penalties: [{ kind: 'fine', label: '罚款', amountFen: 5_000_000 }],
      penaltySummary: '罚款50,000元',
      department: '市场监督管理局',
      decidedOn: '2025-09-15',
      publishedOn: '2025-09-22',
      displayUntil: '2028-09-22',
    });
    // Two channels, one public record.
    expect((await numbers()).filter((n: string) => n === number)).toHaveLength(1);
  });

  it('S15: a party registered in another province is pushed by Sun 2025-09-28 (DR 10: 10 WD)', async () => {
    const party = {
      kind: 'legal_person',
      name: '北京某某商贸有限公司',
      creditCode: '91110000MA01ABCD1X',
      registeredProvince: '北京市',
    };
    const id = await decidedCase(t, cast, plan('沪市监罚〔2025〕1502号', '2025-09-15', { party }));
    // Sun 2025-09-28 is a make-up working day (National Day arrangement).
    expect(await deadline(id, 'disclosureGsxt', '2025-09-16')).toMatchObject({
      dueOn: '2025-09-28',
      status: 'open',
    });
  });

  it('S16: a warning-only decision is not published (G25) and has no disclosure clock', async () => {
    const number = '沪市监罚〔2026〕1601号';
    const id = await decidedCase(
      t,
      cast,
      plan(number, '2026-09-14', { penalties: [{ kind: 'warning' }] }),
    );
    expect(await deadline(id, 'disclosureGsxt')).toBeUndefined();
    const res = await send(
      t,
      cast.handler,
      id,
      'PUBLISH_DECISION',
      { channel: 'gsxt' },
      { occurredAt: '2026-09-15' },
    );
    expect(res.status).toBe(422);
    expect(res.body.guards.map((g: { id: string }) => g.id)).toContain('G25');
    expect((await decision(number)).status).toBe(404);
  });

  it('S16: a summary-procedure decision is not published', async () => {
    const body = {
      procedure: 'summary',
      source: 'inspection',
      receivedAt: '2026-10-12',
      summary: '占道经营',
      party: { kind: 'natural_person', name: '赵六' },
    };
    const created = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${cast.handler}`)
      .send(body);
    expect(created.status).toBe(201);
    const number = '沪市监简〔2026〕1602号';
    const officersPresent = [`${PREFIX}h1`, `${PREFIX}h2`];
    const onSpot = { decisionNumber: number, officersPresent, penalties: [fine(100)] };
    await act(t, cast.handler, created.body.id, 'DECIDE_ON_SPOT', onSpot, '2026-10-12');
    const res = await send(
      t,
      cast.handler,
      created.body.id,
      'PUBLISH_DECISION',
      { channel: 'website' },
      { occurredAt: '2026-10-12' },
    );
    expect([409, 422]).toContain(res.status);
    expect(await numbers()).not.toContain(number);
  });

  it('S16: 通报批评 only is displayed 3 months, and is gone from every endpoint the day after', async () => {
    const number = '沪市监罚〔2026〕1603号';
    const penalties: Penalty[] = [{ kind: 'public_criticism' }];
    const id = await publishedCase(
      t,
      cast,
      plan(number, '2026-09-14', { penalties, publishOn: '2026-09-21' }),
    );
    expect(await deadline(id, 'disclosureDuration')).toMatchObject({ dueOn: '2026-12-21' });
    t.clock.set('2026-12-21T23:30:00+08:00');
    expect((await decision(number)).body).toMatchObject({
      displayUntil: '2026-12-21',
      penaltySummary: '通报批评',
    });
    t.clock.set('2026-12-22T00:10:00+08:00');
    expect(await numbers()).not.toContain(number);
    expect((await decision(number)).status).toBe(404);
    const feed = await t.http.get('/api/v1/public/decisions/feed.json');
    expect(feed.text).not.toContain(number);
  });

  it('S16: a fine of 200,000 is displayed 3 years (after hearing offer, legal review, collective discussion)', async () => {
    const number = '沪市监罚〔2026〕1604号';
    const extra: Partial<PublishPlan> = {
      penalties: [fine(200_000)],
      publishOn: '2026-10-09',
      channels: ['gsxt'],
    };
    await publishedCase(t, cast, plan(number, '2026-09-28', extra));
    expect((await decision(number)).body).toMatchObject({
      publishedOn: '2026-10-09',
      displayUntil: '2029-10-09',
      channels: ['gsxt'],
      penaltySummary: '罚款200,000元',
    });
    t.clock.set('2029-10-09T12:00:00+08:00');
    expect(await numbers()).toContain(number);
    t.clock.set('2029-10-10T08:00:00+08:00');
    expect(await numbers()).not.toContain(number);
  });
});

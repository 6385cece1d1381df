// Issue 12, classes 1, 2, 3, 7 over HTTP: the refusals a client meets first when it records an
// act the statute forbids (APL 45, 57, 60, 62–64). The pure rules: tests/workflows/lawful-*.
import { seedCast, type Cast } from '../support/case-fixtures';
import {
  company,
  fine,
  notifiedCase,
  proposal,
  refusal,
  ScenarioCase,
} from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

let t: TestApp;
let cast: Cast;
let ho2: string;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
  ho2 = await t.officer({ id: 'ho2', roles: ['hearing_officer'] });
});
afterAll(() => t.close());

describe('class 1: the decision is judged by what it imposes (APL 44, 57, 62)', () => {
  it('answers 422 G12 + G13 to a no_penalty decision that fines the party', async () => {
    const c = await ScenarioCase.open(t, cast, { receivedAt: '2025-03-03' });
    await c.file('2025-03-04');
    await c.conclude(proposal([]), '2025-03-20');
    await c.review('2025-03-24');
    expect(c.stage).toBe('decision');
    const res = await c.send(
      'DECIDE',
      { decisionNumber: '市监罚〔2025〕901号', outcome: 'no_penalty', penalties: [fine(5_000)] },
      '2025-03-25',
    );
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G12', 'G13'] });
    expect(JSON.stringify(res.body)).toMatch(/相矛盾/);
  });
});

describe('class 2: the hearing right (APL 63, 64)', () => {
  const inScope = () =>
    notifiedCase(t, cast, {
      penalties: [fine(20_000)],
      noticeOn: '2025-03-03',
      includesHearingRight: true,
    });

  it('answers 422 G12 when one early statement would close the hearing-request window', async () => {
    const c = await inScope();
    await c.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-04');
    await c.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-05');
    const res = await c.send('END_NOTICE_PERIOD', {}, '2025-03-06');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G12'] });
  });

  it('answers 422 G14 to the rejection of a timely request in scope', async () => {
    const c = await inScope();
    await c.accept('REQUEST_HEARING', {}, '2025-03-04');
    const res = await c.send(
      'REJECT_HEARING',
      { reason: '不予受理', ground: 'late' },
      '2025-03-05',
    );
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G14'] });
  });

  it('answers 422 G15 to a hearing held by an officer other than the one designated', async () => {
    const c = await notifiedCase(t, cast, {
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    });
    await c.accept('REQUEST_HEARING', {}, '2025-04-15');
    await c.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
    const schedule = { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' };
    await c.accept('SCHEDULE_HEARING', schedule, '2025-04-29');
    const res = await c.send('HOLD_HEARING', {}, '2025-05-13', ho2);
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G15'] });
    expect((await c.send('HOLD_HEARING', {}, '2025-05-12')).status).toBe(422);
    expect((await c.send('HOLD_HEARING', {}, '2025-05-13')).status).toBe(200);
  });
});

describe('class 3: the case limit (APL 60)', () => {
  it('answers 422 G20 to an extension approved after the limit ran out', async () => {
    const c = await ScenarioCase.open(t, cast, { receivedAt: '2025-03-10' });
    await c.file('2025-03-12');
    const res = await c.send('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-11');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G20'] });
  });
});

describe('class 7: an accepted defence is adopted (APL 45)', () => {
  const withStatement = async () => {
    const c = await notifiedCase(t, cast, { penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    await c.accept('RECEIVE_STATEMENT', { summary: '已退还违法所得' }, '2025-03-04');
    return c;
  };

  it('answers 400 naming `adopted` when an accepted review does not say what it adopts', async () => {
    const c = await withStatement();
    const res = await c.send('REVIEW_STATEMENT', { accepted: true, summary: '成立' }, '2025-03-05');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/adopted/);
  });

  it('answers 422 G12 to ending the period before the adoption is acted on, then offers WITHDRAW_ADOPTION', async () => {
    const c = await withStatement();
    const review = { accepted: true, summary: '成立', adopted: '从轻处罚' };
    await c.accept('REVIEW_STATEMENT', review, '2025-03-05');
    const res = await c.send('END_NOTICE_PERIOD', {}, '2025-03-11');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G12'] });
    const withdrawn = await c.accept('WITHDRAW_ADOPTION', { reason: '复核有误' }, '2025-03-11');
    expect(withdrawn.entry.type).toBe('WITHDRAW_ADOPTION');
    expect((await c.accept('END_NOTICE_PERIOD', {}, '2025-03-11')).case.stage).toBe('decision');
  });
});

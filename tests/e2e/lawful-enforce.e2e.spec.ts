// Issue 12 over HTTP, the refusals a client meets first: officers at the act (APL 42, 43),
// service grounds (CPL 89, 95), payment plans (APL 66), no heavier change (ARL 63), 当场交付 (APL 52).
import { CREDENTIAL, seedCast, send, type Cast } from '../support/case-fixtures';
import {
  company,
  decidedCase,
  fine,
  onTheSpot,
  refusal,
  ScenarioCase,
  yuan,
} from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const EVIDENCE = { kind: 'inquiry', description: '询问笔录' };

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
  await t.officer({ id: 'h3', roles: ['handler'], enforcementCredential: CREDENTIAL });
});
afterAll(() => t.close());

/** Given a case filed 2026-11-12 with h1 and h2, and h2 recused now (the recusal is logged at NOW). */
async function recusedCase(): Promise<ScenarioCase> {
  const body = { receivedAt: '2026-11-10', violation: { endedAt: '2026-11-01' } };
  const c = await ScenarioCase.open(t, cast, body);
  await c.file('2026-11-12');
  const rec = await t.http
    .post(`/api/v1/cases/${c.id}/recusals`)
    .set('authorization', `Bearer ${cast.approver}`)
    .send({ officerId: 'h2', reason: '与当事人有利害关系' });
  expect(rec.status).toBe(201);
  return c;
}

describe('APL 42, 43: two officers at every act done in person with the party', () => {
  it('refuses evidence taken by the one handler left after a recusal (422 G04)', async () => {
    const c = await recusedCase();
    const res = await send(t, cast.handler, c.id, 'RECORD_EVIDENCE', EVIDENCE, {
      occurredAt: NOW,
    });
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G04'] });
  });

  it('accepts it again once the approver replaced the handlers (REPLACE_HANDLERS)', async () => {
    const c = await recusedCase();
    const replace = { handlerIds: ['h1', 'h3'], reason: 'h2 回避' };
    const replaced = await send(t, cast.approver, c.id, 'REPLACE_HANDLERS', replace, {
      occurredAt: NOW,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.case.handlerIds).toEqual(['h1', 'h3']);
    const res = await send(t, cast.handler, c.id, 'RECORD_EVIDENCE', EVIDENCE, {
      occurredAt: NOW,
    });
    expect(res.status).toBe(200);
    const verified = await t.http
      .get(`/api/v1/cases/${c.id}/verify`)
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(verified.body).toMatchObject({ valid: true });
  });

  it('answers an unknown officer in the new set with 400 naming the field', async () => {
    const c = await recusedCase();
    const replace = { handlerIds: ['h1', 'nobody'], reason: 'r' };
    const res = await send(t, cast.approver, c.id, 'REPLACE_HANDLERS', replace, {
      occurredAt: NOW,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('payload.handlerIds');
  });
});

describe('After the decision', () => {
  const served = async () => {
    const c = await decidedCase(t, cast, {
      party: company(),
      penalties: [fine(20_000)],
      decideOn: '2025-05-06',
    });
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
    return c;
  };

  it('refuses a public notice to a party with an address and no ground (CPL 95, G24)', async () => {
    const c = await decidedCase(t, cast, {
      party: company({ address: '上海市某路1号' }),
      penalties: [fine(5_000)],
      decideOn: '2025-11-27',
    });
    const res = await c.send('SERVE_DECISION', { method: 'public_notice' }, '2025-12-01');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G24'] });
  });

  it('refuses 留置送达 witnessed only by the serving handlers (CPL 89, G23)', async () => {
    const c = await decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-11-27' });
    const payload = { method: 'left_at_address', witnessIds: ['h1', 'h2'] };
    const res = await c.send('SERVE_DECISION', payload, '2025-12-01');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G23'] });
  });

  it('refuses a plan of 1 yuan against a 20,000-yuan fine (APL 66, G41)', async () => {
    const c = await served();
    const plan = { plan: [{ dueOn: '2025-12-31', amountFen: yuan(1) }] };
    const res = await c.send('APPROVE_INSTALLMENTS', plan, '2025-05-20');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G41'] });
  });

  it('refuses a reconsideration outcome heavier than the decision (ARL 63, G42)', async () => {
    const c = await served();
    await c.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-06-01');
    const heavier = { outcome: 'changed', penalties: [fine(30_000)] };
    const res = await c.send('RECORD_APPEAL_OUTCOME', heavier, '2025-07-01');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G42'] });
  });

  it('refuses to mail a summary decision days later (APL 52 当场交付, G43)', async () => {
    const c = await ScenarioCase.open(t, cast, { procedure: 'summary', receivedAt: '2025-06-02' });
    await c.accept('DECIDE_ON_SPOT', onTheSpot([fine(100)]), '2025-06-02');
    const res = await c.send('SERVE_DECISION', { method: 'mail' }, '2025-06-05');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G43', 'G43'] });
    await c.accept('SERVE_DECISION', { method: 'on_the_spot' }, '2025-06-02');
  });
});

describe('A new decision after 撤销并责令重新作出 (ALL 70; ARL 64), over HTTP', () => {
  it('withdraws the revoked decision’s record and replays the remanded case', async () => {
    const c = await decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-09-15' });
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    await c.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-17');
    await c.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-09-18');
    const remanded = await c.accept('RECORD_APPEAL_OUTCOME', { outcome: 'remanded' }, '2025-11-03');
    expect(remanded.case.stage).toBe('investigation');
    const withdrawn = await c.send(
      'WITHDRAW_PUBLICATION',
      { reason: '责令重新作出' },
      '2025-11-04',
    );
    expect(withdrawn.status).toBe(200);
    await c.expectReplayable();
  });
});

// Issue 19, guarantee "read-your-writes": the answer to the next request after an acknowledged
// event reflects it, on every read the service offers: the case view, the desk, the deadline
// listing and the public records (the API and the /gongshi/ portal). No waiting, no retry.
import { createCase, FILE_CONDITIONS, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { act, decidedCase, fine } from './disclosure.fixtures';

const NOW = '2026-11-21T10:00:00+08:00';

describe('read-your-writes after an acknowledged event (issue 19)', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  const get = (token: string, path: string) =>
    t.http.get(`/api/v1${path}`).set('authorization', `Bearer ${token}`).expect(200);
  const deskOf = async (token: string) =>
    ((await get(token, '/me/desk?pageSize=100')).body.items as { caseId: string }[]).map(
      (i) => i.caseId,
    );
  const deadlinesOf = async (id: string) =>
    (
      (await get(cast.approver, '/deadlines?pageSize=100')).body.items as {
        caseId: string;
        clock: string;
        status: string;
      }[]
    )
      .filter((d) => d.caseId === id)
      .map((d) => `${d.clock}:${d.status}`)
      .sort();

  it('the case view, the desks and the deadline listing show each event at once', async () => {
    const id = await createCase(t, cast.handler, { receivedAt: '2026-11-16' });
    expect((await get(cast.handler, `/cases/${id}`)).body).toMatchObject({ version: 1 });
    // A clue waits for an approver to file it, on the clue-verification clock.
    expect(await deskOf(cast.approver)).toContain(id);
    expect(await deskOf(cast.handler)).not.toContain(id);
    expect(await deadlinesOf(id)).toContain('clueVerification:open');

    const file = { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS };
    const filed = await send(t, cast.approver, id, 'FILE_CASE', file, { occurredAt: '2026-11-20' });
    expect(filed.status).toBe(200);
    expect((await get(cast.handler, `/cases/${id}`)).body).toMatchObject({
      version: 2,
      stage: 'investigation',
    });
    expect(await deskOf(cast.handler)).toContain(id);
    expect(await deskOf(cast.approver)).not.toContain(id);
    const open = await deadlinesOf(id);
    expect(open).toContain('caseLimit:open');
    expect(open).not.toContain('clueVerification:open');

    const suspended = await send(t, cast.approver, id, 'SUSPEND_INVESTIGATION', {
      ground: '等待检验结果',
    });
    expect(suspended.status).toBe(200);
    expect((await get(cast.handler, `/cases/${id}`)).body.version).toBe(3);
    // A paused clock is neither open nor missed: the listing drops it with the event.
    expect(await deadlinesOf(id)).not.toContain('caseLimit:open');
    const paused = await get(cast.approver, '/deadlines?status=paused&pageSize=100');
    expect(paused.body.items).toContainEqual(
      expect.objectContaining({ caseId: id, clock: 'caseLimit' }),
    );
  });

  it('the public records show a publication and its withdrawal at once (API and portal)', async () => {
    const plan = {
      decisionNumber: '沪市监罚〔2026〕901号',
      decideOn: '2026-10-09',
      penalties: [fine(50_000)],
      prefix: '',
    };
    const id = await decidedCase(t, cast, plan);
    await act(t, cast.handler, id, 'SERVE_DECISION', { method: 'direct' }, '2026-10-09');
    const number = (await get(cast.handler, `/cases/${id}`)).body.decision.decisionNumber as string;
    const api = (path: string) => t.http.get(`/api/v1/public${path}`);
    const portal = `/gongshi/decisions/${encodeURIComponent(number)}`;
    const one = `/decisions/${encodeURIComponent(number)}`;
    expect((await api(one)).status).toBe(404);
    const listed = await api('/decisions?pageSize=100');

    await act(t, cast.handler, id, 'PUBLISH_DECISION', { channel: 'website' }, '2026-10-12');
    expect((await api(one)).body).toMatchObject({ decisionNumber: number });
    expect((await t.http.get(portal)).status).toBe(200);
    // A client revalidating the list it read before gets the new list, not "304 unchanged".
    const relisted = await api('/decisions?pageSize=100').set('if-none-match', listed.headers.etag);
    expect(relisted.status).toBe(200);
    expect(relisted.body.items).toContainEqual(expect.objectContaining({ decisionNumber: number }));

    await act(t, cast.handler, id, 'RECORD_APPEAL', { kind: 'reconsideration' }, '2026-10-20');
    await act(t, cast.handler, id, 'RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2026-11-02');
    // DR 11's 3 working days have passed by today: the listing shows the clock missed.
    expect(await deadlinesOf(id)).toContain('withdrawal:missed');
    await act(t, cast.handler, id, 'WITHDRAW_PUBLICATION', { reason: '复议撤销' }, '2026-11-03');
    expect((await api(one)).status).toBe(404);
    expect((await t.http.get(portal)).status).toBe(404);
    expect((await api('/withdrawals?pageSize=100')).body.items).toContainEqual(
      expect.objectContaining({ decisionNumber: number, reason: '复议撤销' }),
    );
    expect((await t.http.get('/gongshi/withdrawals')).text).toContain(number);
    expect(await deadlinesOf(id)).not.toContain('withdrawal:missed');
  });
});

// Honest next steps over HTTP (issue 14): the case view, a 409 and the desk say whose turn it is,
// with one answer (the machine's waitingFor).
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const PROPOSAL = {
  outcome: 'penalty',
  penalties: [{ kind: 'fine', amountFen: 500_000 }],
  legalBasis: '《食品安全法》第一百二十五条',
};
const REPORT = { facts: '标签不符合规定', evidenceSummary: '现场检查笔录、照片' };

interface WaitingFor {
  roles: string[];
  officers: string[];
  events: string[];
  by: { role: string; officers?: string[]; events: string[] }[];
  party: { clock: string; dueOn: string; citation: string }[];
}

describe('next actions and whose turn it is', () => {
  let db: TestDatabase;
  let t: TestApp;
  let cast: Cast;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const view = async (token: string, id: string) =>
    (await t.http.get(`/api/v1/cases/${id}`).set(bearer(token)).expect(200)).body as {
      stage: string;
      allowedEvents: string[];
      nextActions: { type: string; roles: string[]; mayAct: boolean; wouldPass: boolean }[];
      waitingFor: WaitingFor;
    };

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp('2025-03-20T10:00:00+08:00', db);
    cast = await seedCast(t);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  // Each scenario brings its own case to the stage it needs: the its do not depend on each other.
  async function inCaseReview(): Promise<string> {
    const id = await filedCase(t, cast, '2025-03-12');
    const concluded = { report: REPORT, proposal: PROPOSAL };
    const on = { occurredAt: '2025-03-18' };
    await send(t, cast.handler, id, 'CONCLUDE_INVESTIGATION', concluded, on).expect(200);
    return id;
  }

  async function inNotification(): Promise<string> {
    const id = await inCaseReview();
    await send(t, cast.caseReviewer, id, 'APPROVE_REVIEW', { opinion: '同意' }).expect(200);
    await send(t, cast.approver, id, 'APPROVE_PROPOSAL', {}).expect(200);
    return id;
  }

  it('the case view lists nextActions for the caller and waitingFor the case reviewer', async () => {
    const id = await inCaseReview();
    const handler = await view(cast.handler, id);
    expect(handler.stage).toBe('caseReview');
    const approve = handler.nextActions.find((a) => a.type === 'APPROVE_REVIEW');
    expect(approve).toMatchObject({
      roles: ['case_reviewer'],
      mayAct: false,
      wouldPass: true,
    });
    expect(handler.allowedEvents).not.toContain('APPROVE_REVIEW');
    expect(handler.waitingFor.roles).toEqual(expect.arrayContaining(['case_reviewer']));
    expect(handler.waitingFor.events).toContain('APPROVE_REVIEW');
    const reviewer = await view(cast.caseReviewer, id);
    expect(reviewer.allowedEvents).toContain('APPROVE_REVIEW');
    // Whoever asks, the same answer.
    expect(reviewer.waitingFor).toEqual(handler.waitingFor);
  });

  it('a 409 names whose turn it is, as the case view does', async () => {
    const id = await inCaseReview();
    const expected = (await view(cast.approver, id)).waitingFor;
    const res = await send(t, cast.approver, id, 'DECIDE', {
      decisionNumber: '沪市监罚〔2025〕9号',
      outcome: 'penalty',
      penalties: PROPOSAL.penalties,
    }).expect(409);
    expect(res.body.code).toBe('ILLEGAL_TRANSITION');
    // What the approver may do instead (a return), and whose turn the review is.
    expect(res.body.allowedEvents).toEqual(expect.arrayContaining(['RETURN_FOR_CORRECTION']));
    expect(res.body.allowedEvents).not.toContain('APPROVE_REVIEW');
    expect(res.body.waitingFor).toEqual(expected);
    expect(res.body.waitingFor.by).toContainEqual(
      expect.objectContaining({
        role: 'case_reviewer',
        events: expect.arrayContaining(['APPROVE_REVIEW']) as string[],
      }),
    );
  });

  it('after approval the handlers, named, serve the notice; DECIDE is not offered yet', async () => {
    const id = await inNotification();
    const approver = await view(cast.approver, id);
    expect(approver.stage).toBe('notification');
    expect(approver.allowedEvents).not.toContain('DECIDE');
    expect(approver.nextActions.find((a) => a.type === 'DECIDE')).toMatchObject({
      mayAct: true,
      wouldPass: false,
      failing: [expect.objectContaining({ id: 'G12', asProposed: true })],
    });
    // Rendered for the reader (Chinese by default), the citation in full beside its short form.
    const decide = approver.nextActions.find((a) => a.type === 'DECIDE') as unknown as {
      failing: { message: string; citationText: string; msg?: unknown }[];
    };
    const g12 = decide.failing[0];
    expect(g12.message).toMatch(/[\u4e00-\u9fff]/);
    expect(g12.citationText).toMatch(/^《中华人民共和国行政处罚法》第/);
    expect(g12.msg).toBeUndefined();
    expect(approver.waitingFor.by).toContainEqual(
      expect.objectContaining({ role: 'handler', officers: ['h1', 'h2'] }),
    );
    const handler = await view(cast.handler, id);
    expect(handler.allowedEvents).toContain('SERVE_NOTICE');
    expect(handler.allowedEvents).not.toContain('END_NOTICE_PERIOD');
  });

  it('a GUARD_FAILED answer carries the same waitingFor', async () => {
    const id = await inNotification();
    const expected = (await view(cast.handler, id)).waitingFor;
    const res = await send(t, cast.handler, id, 'END_NOTICE_PERIOD', {}).expect(422);
    expect(res.body.code).toBe('GUARD_FAILED');
    expect(res.body.waitingFor).toEqual(expected);
  });

  it('during the notice window the party holds the clock; the desk shows the same waitingFor', async () => {
    const id = await inNotification();
    await send(t, cast.handler, id, 'SERVE_NOTICE', {
      method: 'direct',
      includesHearingRight: false,
    }).expect(200);
    const handlerView = await view(cast.handler, id);
    expect(handlerView.waitingFor.party).toEqual([
      expect.objectContaining({ clock: 'noticeWindow', citation: 'APL 64(1), 85' }),
    ]);
    const desk = (await t.http.get('/api/v1/me/desk').set(bearer(cast.handler)).expect(200)).body
      .items as { caseId: string; allowedEvents: string[]; waitingFor: WaitingFor }[];
    const item = desk.find((i) => i.caseId === id);
    expect(item?.waitingFor).toEqual(handlerView.waitingFor);
    expect(item?.allowedEvents).toEqual(handlerView.allowedEvents);
  });
});

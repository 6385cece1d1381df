// Issue 19, guarantee "guards see the same facts": an officer deactivated, a role taken away, an
// enforcement credential withdrawn or run out, a recusal recorded and a calendar loaded apply to
// the very next event, even one sent right after the same officer's accepted event (so no cache
// of officers, case rows or calendars may answer from before the change).
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import {
  startTestApp,
  startTwoInstances,
  type TestApp,
  type TwoInstances,
} from '../support/test-app';

const NOW = '2025-03-17T10:00:00+08:00';
const EVIDENCE = { kind: 'inspection_record', description: '现场检查笔录' };
/** An inquiry: G-credential checks every officer present (APL 42). */
const INQUIRY = {
  kind: 'inquiry',
  description: '询问笔录',
  recordType: 'audio_visual',
};

describe('guards see the facts as they are now (issue 19)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    admin = t.token('admin');
  });
  afterAll(() => t.close());

  /** A filed case with handlers `<p>h1`, `<p>h2` and its cast. */
  async function fresh(p: string): Promise<{ id: string; cast: Cast }> {
    const cast = await seedCast(t, p);
    return { id: await filedCase(t, cast, '2025-03-12', p), cast };
  }
  const patch = (id: string, body: object) =>
    t.http
      .patch(`/api/v1/officers/${id}`)
      .set('authorization', `Bearer ${admin}`)
      .send(body)
      .expect(200);
  const evidence = (token: string, id: string, n: number) =>
    send(t, token, id, 'RECORD_EVIDENCE', { ...EVIDENCE, description: `证据 ${n}` });

  it('an officer deactivated: their next event is refused (401)', async () => {
    const { id, cast } = await fresh('d-');
    expect((await evidence(cast.handler, id, 1)).status).toBe(200);
    await patch('d-h1', { active: false });
    expect((await evidence(cast.handler, id, 2)).status).toBe(401);
  });

  it('a role taken away: the next event needing it is refused (403, naming the role)', async () => {
    const { id, cast } = await fresh('r-');
    expect((await evidence(cast.handler, id, 1)).status).toBe(200);
    await patch('r-h1', { roles: ['approver'] });
    const res = await evidence(cast.handler, id, 2);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', missingRole: 'handler' });
  });

  it('a credential withdrawn by the administrator: the next inquiry it attends is refused (422)', async () => {
    const { id, cast } = await fresh('c-');
    const inquiry = { ...INQUIRY, officersPresent: ['c-h1', 'c-h2'] };
    expect((await send(t, cast.handler, id, 'RECORD_EVIDENCE', inquiry)).status).toBe(200);
    await patch('c-h2', { enforcementCredential: { number: 'SH-0001', validUntil: '2025-03-16' } });
    const res = await send(t, cast.handler, id, 'RECORD_EVIDENCE', inquiry);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('c-h2');
  });

  it('a credential that runs out: valid on its last day, refused the day after', async () => {
    const { id, cast } = await fresh('e-');
    await patch('e-h2', { enforcementCredential: { number: 'SH-0002', validUntil: '2025-03-17' } });
    const inquiry = { ...INQUIRY, officersPresent: ['e-h1', 'e-h2'] };
    try {
      expect((await send(t, cast.handler, id, 'RECORD_EVIDENCE', inquiry)).status).toBe(200);
      t.clock.set('2025-03-18T09:00:00+08:00');
      expect((await send(t, cast.handler, id, 'RECORD_EVIDENCE', inquiry)).status).toBe(422);
    } finally {
      t.clock.set(NOW);
    }
  });

  it('a recusal recorded: the recused handler, just accepted, is refused next (403)', async () => {
    const { id, cast } = await fresh('u-');
    expect((await evidence(cast.handler2, id, 1)).status).toBe(200);
    await t.http
      .post(`/api/v1/cases/${id}/recusals`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({ officerId: 'u-h2', reason: '与当事人有利害关系' })
      .expect(201);
    const res = await evidence(cast.handler2, id, 2);
    expect(res.status).toBe(403);
  });

  it('a holiday loaded by the administrator moves the deadline the next event computes', async () => {
    const { id, cast } = await fresh('k-');
    const preserved = await send(t, cast.approver, id, 'PRESERVE_EVIDENCE', {
      items: ['样品 3 件'],
    });
    expect(preserved.status).toBe(200);
    const due = (body: { case: { deadlines: { clock: string; dueOn: string }[] } }) =>
      body.case.deadlines.find((d) => d.clock === 'evidencePreservation')?.dueOn;
    // 7 working days from Monday 2025-03-17 (package calendar).
    expect(due(preserved.body)).toBe('2025-03-26');
    await t.http
      .put('/api/v1/calendar/2025')
      .set('authorization', `Bearer ${admin}`)
      .send({ holidays: ['2025-03-19', '2025-03-20'], workdays: [], note: 'a later notice' })
      .expect(200);
    const next = await evidence(cast.handler, id, 1);
    expect(next.status).toBe(200);
    expect(due(next.body)).toBe('2025-03-28');
    const listed = await t.http
      .get('/api/v1/deadlines?clock=evidencePreservation&pageSize=100')
      .set('authorization', `Bearer ${cast.approver}`)
      .expect(200);
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({ caseId: id, dueOn: '2025-03-28' }),
    );
  });
});

describe('guards see the facts as they are now, across two instances (issue 19)', () => {
  let two: TwoInstances;
  let a: TestApp;
  let b: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    two = await startTwoInstances(NOW);
    ({ a, b } = two);
    cast = await seedCast(a, 'x-');
  });
  afterAll(() => two.close());

  it('a recusal recorded through one instance refuses the next event on the other at once', async () => {
    const id = await filedCase(a, cast, '2025-03-12', 'x-');
    // b accepts h2's event and keeps the case row it wrote.
    expect((await send(b, cast.handler2, id, 'RECORD_EVIDENCE', EVIDENCE)).status).toBe(200);
    await a.http
      .post(`/api/v1/cases/${id}/recusals`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({ officerId: 'x-h2', reason: '与当事人有利害关系' })
      .expect(201);
    expect((await send(b, cast.handler2, id, 'RECORD_EVIDENCE', EVIDENCE)).status).toBe(403);
  });
});

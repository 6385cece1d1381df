// 个人信息保护法 6: an act's answer (and a dry run's, which logs no one) shows the party as the
// caller may see the case, as GET /cases/:id does — not in full to whoever may act on it.
import { createCase, FILE_CONDITIONS, seedCast, type Cast } from '../support/case-fixtures';
import { person } from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

describe("an act's answer and the party's personal data", () => {
  let t: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    cast = await seedCast(t);
  }, 60_000);
  afterAll(() => t.close());

  // In clue verification no handler is assigned yet: any handler may record evidence.
  const evidence = {
    type: 'RECORD_EVIDENCE',
    payload: {
      kind: 'inspection_record',
      description: '现场检查笔录',
      officersPresent: ['h2', 'h1'],
    },
  };
  const SECRETS = ['110101199001011234', '13800000000', '北京市东城区某街1号'];

  it('answers a handler not on the case without the ID number, phone or address, dry or not', async () => {
    const id = await createCase(t, cast.handler, { party: person() });
    const view = await t.http
      .get(`/api/v1/cases/${id}`)
      .set('authorization', `Bearer ${cast.handler2}`)
      .expect(200);
    expect(view.body.party).toEqual({ kind: 'natural_person', name: '张三' });
    const dry = await t.http
      .post(`/api/v1/cases/${id}/events?dryRun=true`)
      .set('authorization', `Bearer ${cast.handler2}`)
      .send(evidence)
      .expect(200);
    expect(dry.body.case.party).toEqual({ kind: 'natural_person', name: '张三' });
    for (const secret of SECRETS) expect(JSON.stringify(dry.body)).not.toContain(secret);
    // The act itself does not make them a handler of the case: its answer is the same.
    const real = await t.http
      .post(`/api/v1/cases/${id}/events`)
      .set('authorization', `Bearer ${cast.handler2}`)
      .send(evidence)
      .expect(200);
    expect(real.body.case.party).toEqual({ kind: 'natural_person', name: '张三' });
    // An approver, who acts on any case at its step, sees the party whole (case-access.ts).
    const filing = await t.http
      .post(`/api/v1/cases/${id}/events?dryRun=true`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({
        type: 'FILE_CASE',
        payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
      })
      .expect(200);
    expect(filing.body.case.party).toMatchObject({ idNumber: SECRETS[0], phone: SECRETS[1] });
  });
});

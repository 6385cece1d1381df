import {
  CREDENTIAL,
  seedCast,
  send,
  FILE_CONDITIONS,
  createCase,
  type Cast,
} from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';
const PERSON = {
  kind: 'natural_person',
  name: '赵六',
  idNumber: '310101199003072831',
  phone: '13912345678',
  address: '上海市静安区南京西路1266号',
};
const SECRETS = [PERSON.idNumber, PERSON.phone, PERSON.address];

// Issue 13 (need to know): a case's personal data only for those who act on it or audit it;
// a recused officer sees nothing of the case (404 everywhere).
describe('need to know inside the bureau, per role over HTTP', () => {
  let t: TestApp;
  let cast: Cast;
  let other: string;
  let auditor2: string;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    other = await t.officer({ id: 'h3', roles: ['handler'], enforcementCredential: CREDENTIAL });
    auditor2 = await t.officer({ id: 'au2', roles: ['auditor'] });
    id = await createCase(t, cast.handler, { party: PERSON });
    const filed = await send(
      t,
      cast.approver,
      id,
      'FILE_CASE',
      {
        handlerIds: ['h1', 'h2'],
        conditions: FILE_CONDITIONS,
      },
      { occurredAt: '2025-03-12' },
    );
    expect(filed.status).toBe(200);
    for (const officerId of ['h2', 'au2']) {
      const res = await t.http
        .post(`/api/v1/cases/${id}/recusals`)
        .set('authorization', `Bearer ${cast.approver}`)
        .send({ officerId, reason: '与当事人有利害关系' });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  const get = (token: string, path = '') =>
    t.http.get(`/api/v1/cases/${id}${path}`).set('authorization', `Bearer ${token}`);
  const shows = (body: unknown) => SECRETS.filter((s) => JSON.stringify(body).includes(s));

  it('shows the party whole to the case’s handler, approver, reviewers, hearing officer, auditor', async () => {
    for (const token of [
      cast.handler,
      cast.approver,
      cast.caseReviewer,
      cast.legalReviewer,
      cast.hearingOfficer,
      cast.auditor,
    ]) {
      const res = await get(token);
      expect(res.status).toBe(200);
      expect(shows(res.body)).toEqual(SECRETS);
    }
  });

  it('shows another handler and an admin the case without the person’s ID, phone, address', async () => {
    for (const token of [other, t.token('admin')]) {
      const res = await get(token);
      expect(res.status).toBe(200);
      expect(res.body.party).toMatchObject({ kind: 'natural_person', name: PERSON.name });
      expect(shows(res.body)).toEqual([]);
      const list = await t.http.get('/api/v1/cases').set('authorization', `Bearer ${token}`);
      expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
      expect(shows(list.body)).toEqual([]);
    }
  });

  it('hides the case from a recused handler: view, log and listing', async () => {
    const recused = t.token('h2');
    expect((await get(recused)).status).toBe(404);
    expect((await get(recused, '/log')).status).toBe(404);
    const list = await t.http.get('/api/v1/cases').set('authorization', `Bearer ${recused}`);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const ids = async (path: string, token: string) =>
      JSON.stringify((await t.http.get(path).set('authorization', `Bearer ${token}`)).body);
    // The handler who is not recused sees its deadlines; the recused one neither them nor its desk.
    expect(await ids('/api/v1/deadlines', cast.handler)).toContain(id);
    expect(await ids('/api/v1/deadlines', recused)).not.toContain(id);
    expect(await ids('/api/v1/me/desk', recused)).not.toContain(id);
  });

  it('hides the case from a recused auditor: view, log, replay, verify, export', async () => {
    for (const path of ['', '/log', '/replay?seq=1', '/verify', '/export']) {
      expect({ path, status: (await get(auditor2, path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('records every auditor read, the case view included', async () => {
    await get(cast.auditor, '/verify');
    const rows = await t.db.sql<{ what: string }>(
      `SELECT DISTINCT what FROM audit_reads WHERE case_id = $1 AND officer_id = 'au1'`,
      [id],
    );
    expect(rows.map((r) => r.what).sort()).toEqual(['case', 'verify']);
  });
});

// Issue 13, "Bad input never a 500, never written": each input that was a 500 (or was saved) is
// a 400 or 413 naming the field, and no guarded table changes.
import { caseBody, filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { digestTables } from '../support/table-digest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('malformed requests are refused before anything else, and nothing is written', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: string;
  let caseId: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp('2025-03-20T10:00:00+08:00');
    cast = await seedCast(t);
    admin = t.token('admin');
    caseId = await filedCase(t, cast);
    before = await digestTables(t.db);
  });
  afterAll(() => t.close());
  afterEach(async () => expect(await digestTables(t.db)).toEqual(before));

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((e) => e.field);
  const event = (body: unknown) =>
    t.http
      .post(`/api/v1/cases/${caseId}/events`)
      .set(auth(cast.handler))
      .send(body as object);

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', '\uDC00'],
    ['a bidi override', 'abc\u202Edef'],
    ['a C1 control', 'x\u0085'],
  ])('%s in a stored string is a 400 naming the field', async (_what, bad) => {
    const res = await t.http
      .post('/api/v1/cases')
      .set(auth(cast.handler))
      .send(caseBody({ summary: bad }));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('summary');
  });

  it('NUL in an event payload and in a query is a 400', async () => {
    const res = await event({
      type: 'RECORD_EVIDENCE',
      payload: { kind: 'photo', description: 'a\u0000' },
    });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('payload.description');
    const q = await t.http.get('/api/v1/cases?stage=a%00b').set(auth(cast.handler));
    expect(q.status).toBe(400);
    expect(fields(q.body)).toContain('stage');
  });

  it('a payload nested 5,000 deep is a 400', async () => {
    const raw = `{"type":"RECORD_EVIDENCE","payload":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}`;
    const res = await t.http
      .post(`/api/v1/cases/${caseId}/events`)
      .set({ ...auth(cast.handler), 'content-type': 'application/json' })
      .send(raw);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/嵌套超过32层/);
  });

  it('__proto__ and constructor keys are refused', async () => {
    const raw = `{"type":"RECORD_EVIDENCE","payload":{"kind":"photo","description":"x","__proto__":{"admin":true}}}`;
    const res = await t.http
      .post(`/api/v1/cases/${caseId}/events`)
      .set({ ...auth(cast.handler), 'content-type': 'application/json' })
      .send(raw);
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('payload.__proto__');
  });

  it.each([
    ['occurredAt', { type: 'RECORD_EVIDENCE', occurredAt: '2025-02-30', payload: {} }],
    [
      'occurredAt',
      { type: 'RECORD_EVIDENCE', occurredAt: '2025-03-12T24:00:00+08:00', payload: {} },
    ],
    ['payload.on', { type: 'RECORD_EVIDENCE', payload: { on: '2025-04-31' } }],
  ])('an impossible date in a body is a 400 naming %s', async (field, body) => {
    const res = await event(body);
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain(field);
  });

  it('an impossible receivedAt and violation date on POST /cases are 400s', async () => {
    const res = await t.http
      .post('/api/v1/cases')
      .set(auth(cast.handler))
      .send(caseBody({ receivedAt: '2025-02-29', violation: { endedAt: '2025-13-01' } }));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(expect.arrayContaining(['receivedAt', 'violation.endedAt']));
  });

  it('a violation that ends in the future is a 400 and creates nothing', async () => {
    const res = await t.http
      .post('/api/v1/cases')
      .set(auth(cast.handler))
      .send(caseBody({ violation: { endedAt: '2025-03-21' } }));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(['violation.endedAt']);
  });

  it.each([
    ['asOf', `/api/v1/cases/${'{id}'}?asOf=2025-02-30`],
    ['at', `/api/v1/cases/${'{id}'}/replay?at=2025-02-30T10:00:00Z`],
    ['dueBefore', '/api/v1/deadlines?dueBefore=2025-06-31'],
    ['from', '/api/v1/public/decisions?from=2025-02-30'],
    ['to', '/api/v1/public/decisions?to=2025-11-31'],
    // Found by the fuzz test: year 0 does not exist (a 500 from PostgreSQL before).
    ['dueBefore', '/api/v1/deadlines?dueBefore=0000-01-01'],
  ])('an impossible date in ?%s is a 400', async (field, url) => {
    const res = await t.http.get(url.replace('{id}', caseId)).set(auth(cast.auditor));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain(field);
  });

  it('an Idempotency-Key over 200 characters is a 400', async () => {
    const res = await t.http
      .post('/api/v1/cases')
      .set({ ...auth(cast.handler), 'idempotency-key': 'k'.repeat(201) })
      .send(caseBody());
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('Idempotency-Key');
  });

  it.each(['name', 'roles', 'legalQualification', 'active', 'enforcementCredential'])(
    'null for the officer field %s is a 400',
    async (field) => {
      const res = await t.http
        .patch('/api/v1/officers/h2')
        .set(auth(admin))
        .send({ [field]: null });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toContain(field);
    },
  );

  it.each(['-1', '0', '2147483648', '99999999999999999999', '1e3', '2025.5', 'abc'])(
    'PUT /calendar/%s is a 400 and saves nothing',
    async (year) => {
      const res = await t.http
        .put(`/api/v1/calendar/${year}`)
        .set(auth(admin))
        .send({ holidays: [], workdays: [] });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toContain('year');
    },
  );

  it('an over-large body is a 413', async () => {
    const res = await t.http
      .post('/api/v1/cases')
      .set(auth(cast.handler))
      .send(caseBody({ summary: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('unparseable JSON, non-finite and imprecise numbers are 400s', async () => {
    const broken = await t.http
      .post('/api/v1/cases')
      .set({ ...auth(cast.handler), 'content-type': 'application/json' })
      .send('{"procedure":');
    expect(broken.status).toBe(400);
    const huge = await event({ type: 'RECORD_EVIDENCE', expectedVersion: 1e400, payload: {} });
    expect(huge.status).toBe(400);
    const big = await t.http
      .post(`/api/v1/cases/${caseId}/events`)
      .set({ ...auth(cast.handler), 'content-type': 'application/json' })
      .send('{"type":"RECORD_EVIDENCE","payload":{"amountFen":123456789012345678901}}');
    expect(big.status).toBe(400);
    expect(fields(big.body)).toContain('payload.amountFen');
  });

  it('unknown fields of a non-event body are refused', async () => {
    const res = await t.http
      .post('/api/v1/cases')
      .set(auth(cast.handler))
      .send(caseBody({ extra: 1, party: { ...caseBody().party, nickname: 'x' } }));
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/extra/);
  });

  it('a malformed percent-encoding or a NUL in the path is a 400', async () => {
    expect((await t.http.get('/api/v1/officers/%E0%A4%A').set(auth(admin))).status).toBe(400);
    expect((await t.http.get('/api/v1/officers/a%00b').set(auth(admin))).status).toBe(400);
  });

  it('a second PRESERVE_EVIDENCE and SEIZE_PROPERTY are accepted (not a 500)', async () => {
    const id = await filedCase(t, cast);
    for (let i = 0; i < 2; i++) {
      await send(t, cast.approver, id, 'PRESERVE_EVIDENCE', { items: [`样品 ${i}`] }).expect(200);
    }
    const seize = { items: ['冷柜 1 台'], recordingSha256: 'a'.repeat(64) };
    await send(t, cast.approver, id, 'SEIZE_PROPERTY', seize).expect(200);
    await send(t, cast.approver, id, 'SEIZE_PROPERTY', seize).expect(200);
    const view = await t.http.get(`/api/v1/cases/${id}`).set(auth(cast.handler)).expect(200);
    const clocks = (view.body.deadlines as { clock: string }[]).map((d) => d.clock);
    expect(clocks.filter((c) => c === 'evidencePreservation')).toHaveLength(2);
    before = await digestTables(t.db); // this test writes on purpose
  });
});

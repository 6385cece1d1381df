import { JwtService } from '@nestjs/jwt';
import { startTestApp, type TestApp } from '../support/test-app';

describe('foundation: health, docs, identity and errors over HTTP', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.token('admin');
  });
  afterAll(() => t.close());

  const countOfficers = async () =>
    Number((await t.db.sql<{ n: string }>('SELECT count(*) AS n FROM officers'))[0].n);

  it('answers /health with the database up, without a token', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document without a token', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/officers');
  });

  it('creates the bootstrap admin on start', async () => {
    const res = await t.http.get('/api/v1/officers/admin').set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['admin']);
  });

  it('creates, reads and updates an officer as admin', async () => {
    const body = {
      id: 'zhang',
      name: '张三',
      roles: ['handler'],
      enforcementCredential: { number: 'SH-001', validUntil: '2027-12-31' },
    };
    const created = await t.http
      .post('/api/v1/officers')
      .set('authorization', `Bearer ${admin}`)
      .send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, legalQualification: false, active: true });
    const patched = await t.http
      .patch('/api/v1/officers/zhang')
      .set('authorization', `Bearer ${admin}`)
      .send({ roles: ['handler', 'legal_reviewer'], legalQualification: true });
    expect(patched.status).toBe(200);
    expect(patched.body.roles).toEqual(['handler', 'legal_reviewer']);
    const list = await t.http.get('/api/v1/officers').set('authorization', `Bearer ${admin}`);
    expect(list.body.map((o: { id: string }) => o.id)).toEqual(['admin', 'zhang']);
  });

  it('refuses a duplicate officer id with 409', async () => {
    await t.officer({ id: 'dup', roles: ['auditor'] });
    const res = await t.http
      .post('/api/v1/officers')
      .set('authorization', `Bearer ${admin}`)
      .send({ id: 'dup', name: 'x', roles: [] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ALREADY_EXISTS');
  });

  it.each([
    ['an unknown field', { id: 'a1', name: 'a', roles: [], colour: 'red' }, 'colour'],
    ['a missing field', { id: 'a2', roles: [] }, 'name'],
    ['a wrong type', { id: 'a3', name: 'a', roles: 'handler' }, 'roles'],
    ['an unknown role', { id: 'a4', name: 'a', roles: ['sheriff'] }, 'roles'],
    [
      'a bad date',
      { id: 'a5', name: 'a', roles: [], legalReviewerSince: '2020-13-45' },
      'legalReviewerSince',
    ],
  ])('answers 400 naming the field for %s, writing nothing', async (_, body, field) => {
    const before = await countOfficers();
    const res = await t.http
      .post('/api/v1/officers')
      .set('authorization', `Bearer ${admin}`)
      .send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countOfficers()).toBe(before);
  });

  it('answers 401 without a token, with a bad signature, and with an expired token', async () => {
    const forged = new JwtService({ secret: 'another-secret-of-sixteen' }).sign({ sub: 'admin' });
    const expired = t.token('admin', -10);
    for (const auth of [undefined, `Bearer ${forged}`, `Bearer ${expired}`, 'Basic abc']) {
      const req = t.http.get('/api/v1/officers');
      const res = auth ? await req.set('authorization', auth) : await req;
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 401 for a token of an unknown officer', async () => {
    const res = await t.http
      .get('/api/v1/officers')
      .set('authorization', `Bearer ${t.token('ghost')}`);
    expect(res.status).toBe(401);
  });

  it('answers 403 naming the missing role, writing nothing', async () => {
    const handler = await t.officer({ id: 'li', roles: ['handler'] });
    const before = await countOfficers();
    const res = await t.http
      .post('/api/v1/officers')
      .set('authorization', `Bearer ${handler}`)
      .send({ id: 'x1', name: 'x', roles: [] });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', missingRole: 'admin' });
    expect(await countOfficers()).toBe(before);
  });

  it('reads roles from the database on every request, so a change applies at once', async () => {
    const token = await t.officer({ id: 'wang', roles: ['auditor'] });
    const first = await t.http.get('/api/v1/officers').set('authorization', `Bearer ${token}`);
    expect(first.status).toBe(403);
    await t.http
      .patch('/api/v1/officers/wang')
      .set('authorization', `Bearer ${admin}`)
      .send({ roles: ['auditor', 'admin'] })
      .expect(200);
    const second = await t.http.get('/api/v1/officers').set('authorization', `Bearer ${token}`);
    expect(second.status).toBe(200);
    await t.http
      .patch('/api/v1/officers/wang')
      .set('authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    const third = await t.http.get('/api/v1/officers').set('authorization', `Bearer ${token}`);
    expect(third.status).toBe(401);
  });

  it('answers 404 as problem details for an unknown officer', async () => {
    const res = await t.http.get('/api/v1/officers/nobody').set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('serves the machine definition with guards and citations to officers', async () => {
    const res = await t.http
      .get('/api/v1/workflows/penalty-case')
      .set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.versions).toContainEqual({ machineId: 'penalty-case', version: 1 });
    expect(JSON.stringify(res.body)).toContain('APL 58');
    await t.http.get('/api/v1/workflows/penalty-case').expect(401);
    await t.http
      .get('/api/v1/workflows/penalty-case/99')
      .set('authorization', `Bearer ${admin}`)
      .expect(404);
  });

  it('echoes a request id', async () => {
    const res = await t.http.get('/health').set('x-request-id', 'req-123');
    expect(res.headers['x-request-id']).toBe('req-123');
  });
});

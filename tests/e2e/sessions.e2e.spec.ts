import { startTestApp, type TestApp } from '../support/test-app';
import { readyAccount, setCookies, setPassword, signIn, type Browser } from '../support/sign-in';

// Issue 16: what a session cookie may do, and everything that ends one.
describe('browser sessions', () => {
  let t: TestApp;
  let admin: string;
  const PASSWORD = 'correct horse battery';

  beforeAll(async () => {
    t = await startTestApp('2025-03-01T09:00:00+08:00', undefined, {
      SESSION_IDLE_SECONDS: '1800',
      SESSION_ABSOLUTE_SECONDS: '7200',
    });
    admin = `Bearer ${t.token('admin')}`;
    await readyAccount(t, 'admin', PASSWORD);
    for (const id of ['zhang', 'li', 'zhao', 'sun', 'zhou']) {
      await t.officer({ id, roles: ['handler'] });
      await readyAccount(t, id, PASSWORD);
    }
  });
  afterAll(() => t.close());

  const me = (b: Browser) => t.http.get('/api/v1/auth/me').set('cookie', b.cookie);
  const createOfficer = (b: Browser, id: string) =>
    t.http.post('/api/v1/officers').set('cookie', b.cookie).send({ id, name: id, roles: [] });

  it('requires X-CSRF-Token equal to the session token on a cookie-signed-in POST', async () => {
    const b = await signIn(t, 'admin', PASSWORD);
    const missing = await createOfficer(b, 'csrf-1');
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
    expect(missing.body.header).toBe('X-CSRF-Token');
    expect(missing.body.detail).toContain('X-CSRF-Token');
    const other = await signIn(t, 'admin', PASSWORD);
    const wrong = await createOfficer(b, 'csrf-1').set('x-csrf-token', other.csrf);
    expect(wrong.status).toBe(403);
    expect((await createOfficer(b, 'csrf-1').set('x-csrf-token', b.csrf)).status).toBe(201);
    // Reads need none.
    expect((await t.http.get('/api/v1/officers').set('cookie', b.cookie)).status).toBe(200);
  });

  it('asks no CSRF token of a bearer token, even with a cookie beside it', async () => {
    const b = await signIn(t, 'admin', PASSWORD);
    const res = await t.http
      .post('/api/v1/officers')
      .set('authorization', admin)
      .set('cookie', b.cookie)
      .send({ id: 'bearer-1', name: 'b', roles: [] });
    expect(res.status).toBe(201);
  });

  it('checks roles the same way for a session as for a token', async () => {
    const b = await signIn(t, 'zhang', PASSWORD);
    const res = await t.http.get('/api/v1/officers').set('cookie', b.cookie);
    expect(res.status).toBe(403);
    expect(res.body.missingRole).toBe('admin');
    expect((await t.http.get('/api/v1/me/desk').set('cookie', b.cookie)).status).toBe(200);
  });

  it('signs out: 204, the cookies cleared and the session deleted server-side', async () => {
    const b = await signIn(t, 'zhang', PASSWORD);
    const out = await t.http
      .post('/api/v1/auth/logout')
      .set('cookie', b.cookie)
      .set('x-csrf-token', b.csrf);
    expect(out.status).toBe(204);
    expect(setCookies(out).join('\n')).toMatch(/zhifa-session=;.*Expires=Thu, 01 Jan 1970/);
    const again = await me(b);
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('UNAUTHENTICATED');
  });

  it('an admin-set password allows only me, password and logout until changed', async () => {
    await setPassword(t, 'li', 'temporary password 1');
    const b = await signIn(t, 'li', 'temporary password 1');
    expect((await me(b)).body).toMatchObject({ officer: { id: 'li' }, mustChangePassword: true });
    const desk = await t.http.get('/api/v1/me/desk').set('cookie', b.cookie);
    expect(desk.status).toBe(403);
    expect(desk.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const short = await t.http
      .post('/api/v1/auth/password')
      .set('cookie', b.cookie)
      .set('x-csrf-token', b.csrf)
      .send({ currentPassword: 'temporary password 1', newPassword: 'too short' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('newPassword');
    const wrong = await t.http
      .post('/api/v1/auth/password')
      .set('cookie', b.cookie)
      .set('x-csrf-token', b.csrf)
      .send({ currentPassword: 'not it at all', newPassword: 'a new password 2' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const ok = await t.http
      .post('/api/v1/auth/password')
      .set('cookie', b.cookie)
      .set('x-csrf-token', b.csrf)
      .send({ currentPassword: 'temporary password 1', newPassword: 'a new password 2' });
    expect(ok.status).toBe(204);
    expect((await me(b)).body.mustChangePassword).toBe(false);
    expect((await t.http.get('/api/v1/me/desk').set('cookie', b.cookie)).status).toBe(200);
  });

  it('a bearer token is not held up by a password change pending', async () => {
    await setPassword(t, 'sun', 'temporary password 3');
    const res = await t.http.get('/api/v1/me/desk').set('authorization', `Bearer ${t.token('sun')}`);
    expect(res.status).toBe(200);
  });

  it('changing the password ends the other sessions, not this one', async () => {
    const a = await signIn(t, 'zhao', PASSWORD);
    const b = await signIn(t, 'zhao', PASSWORD);
    const res = await t.http
      .post('/api/v1/auth/password')
      .set('cookie', a.cookie)
      .set('x-csrf-token', a.csrf)
      .send({ currentPassword: PASSWORD, newPassword: `${PASSWORD} 2` });
    expect(res.status).toBe(204);
    expect((await me(a)).status).toBe(200);
    expect((await me(b)).status).toBe(401);
  });

  it('an admin setting a password ends the officer’s sessions', async () => {
    const b = await signIn(t, 'sun', 'temporary password 3');
    await setPassword(t, 'sun', 'temporary password 4');
    expect((await me(b)).status).toBe(401);
  });

  it('deactivating an officer deletes the sessions', async () => {
    const b = await signIn(t, 'zhou', PASSWORD);
    await t.http
      .patch('/api/v1/officers/zhou')
      .set('authorization', admin)
      .send({ active: false })
      .expect(200);
    expect(await t.db.sql(`SELECT 1 FROM sessions WHERE officer_id = 'zhou'`)).toEqual([]);
    expect((await me(b)).status).toBe(401);
  });

  it('ends a session idle for SESSION_IDLE_SECONDS, and any after SESSION_ABSOLUTE_SECONDS', async () => {
    const start = t.clock.now();
    const at = (s: number) => t.clock.set(new Date(start.getTime() + s * 1000));
    const idle = await signIn(t, 'zhang', PASSWORD);
    const busy = await signIn(t, 'zhang', PASSWORD);
    for (const s of [1700, 3400, 5100, 6800]) {
      at(s);
      expect((await me(busy)).status).toBe(200);
    }
    expect((await me(idle)).status).toBe(401);
    at(7200);
    expect((await me(busy)).status).toBe(401);
    t.clock.set(start);
  });

  it('answers 401 for a made-up session cookie', async () => {
    const res = await t.http.get('/api/v1/auth/me').set('cookie', 'zhifa-session=made-up');
    expect(res.status).toBe(401);
  });
});

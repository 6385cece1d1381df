import { startTestApp, type TestApp } from '../support/test-app';
import { cookieValue, readyAccount, setCookies, setPassword, signIn } from '../support/sign-in';

// Issue 16: local accounts (argon2id), the lockout, and the session cookies.
describe('sign-in with a password', () => {
  let t: TestApp;
  const PASSWORD = 'correct horse battery';

  beforeAll(async () => {
    t = await startTestApp();
    await t.officer({ id: 'zhang', name: '张三', roles: ['handler'] });
    await t.officer({ id: 'li', roles: ['handler'] });
    await t.officer({ id: 'wang', roles: ['handler'] });
    await readyAccount(t, 'zhang', PASSWORD);
    await readyAccount(t, 'wang', PASSWORD);
  });
  afterAll(() => t.close());

  const login = (officerId: string, password: string) =>
    t.http.post('/api/v1/auth/login').send({ officerId, password });

  it('answers the officer and sets an HttpOnly, SameSite, Path=/ session cookie', async () => {
    const res = await login('zhang', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      officer: { id: 'zhang', name: '张三', roles: ['handler'] },
      mustChangePassword: false,
    });
    const cookies = setCookies(res);
    const session = cookies.find((c) => c.startsWith('zhifa-session='))!;
    const csrf = cookies.find((c) => c.startsWith('zhifa-csrf='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(session).not.toMatch(/; Secure/); // plain http here; https sets Secure
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/; Path=\//);
  });

  it('stores only the SHA-256 of the session token', async () => {
    const b = await signIn(t, 'zhang', PASSWORD);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(b.session).digest('hex');
    const rows = await t.db.sql(`SELECT * FROM sessions WHERE token_sha256 = $1`, [hash]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(await t.db.sql(`SELECT * FROM sessions`))).not.toContain(b.session);
  });

  it('hashes passwords with argon2id and never answers a hash or a password', async () => {
    const [row] = await t.db.sql<{ hash: string }>(
      `SELECT hash FROM officer_passwords WHERE officer_id = 'zhang'`,
    );
    expect(row.hash).toMatch(/^\$argon2id\$/);
    const b = await signIn(t, 'zhang', PASSWORD);
    const admin = `Bearer ${t.token('admin')}`;
    const answers = [
      await t.http.get('/api/v1/auth/me').set('cookie', b.cookie),
      await t.http.get('/api/v1/officers').set('authorization', admin),
      await t.http.get('/api/v1/officers/zhang').set('authorization', admin),
      await login('zhang', 'wrong password!'),
    ];
    for (const res of answers) {
      expect(res.text).not.toContain('argon2');
      expect(res.text).not.toContain(PASSWORD);
    }
  });

  it('answers a wrong password and an unknown officer id alike (401, no cookie)', async () => {
    const wrong = await login('zhang', 'not the password');
    const unknown = await login('nobody', 'not the password');
    const noPassword = await login('li', 'not the password');
    for (const res of [wrong, unknown, noPassword]) {
      expect(res.status).toBe(401);
      expect(setCookies(res)).toEqual([]);
      expect({ ...res.body, instance: undefined }).toEqual({
        ...wrong.body,
        instance: undefined,
      });
    }
    await t.db.sql(`DELETE FROM sign_in_failures`);
  });

  it('locks an id after 5 failures in 15 minutes, for 15 minutes, then lets it in', async () => {
    const start = t.clock.now();
    for (let i = 1; i <= 4; i++) expect((await login('wang', `wrong ${i}`)).status).toBe(401);
    const fifth = await login('wang', 'wrong 5');
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('SIGN_IN_LOCKED');
    expect(fifth.headers['retry-after']).toBe('900');
    // The right password does not help while locked.
    t.clock.set(new Date(start.getTime() + 899_000));
    const locked = await login('wang', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBe('1');
    t.clock.set(new Date(start.getTime() + 900_000));
    expect((await login('wang', PASSWORD)).status).toBe(200);
    t.clock.set(start);
  });

  it('forgets failures older than the window', async () => {
    const start = t.clock.now();
    for (let i = 1; i <= 4; i++) expect((await login('wang', `wrong ${i}`)).status).toBe(401);
    t.clock.set(new Date(start.getTime() + 901_000));
    expect((await login('wang', 'wrong again')).status).toBe(401);
    expect((await login('wang', PASSWORD)).status).toBe(200);
    t.clock.set(start);
  });

  it('counts parallel guesses before checking them, so they cannot outrun the lock', async () => {
    const guesses = Array.from({ length: 10 }, (_, i) => login('wang', `parallel ${i}`));
    const statuses = (await Promise.all(guesses)).map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429, 429, 429]);
    expect((await login('wang', PASSWORD)).status).toBe(429);
    await t.db.sql(`DELETE FROM sign_in_failures`);
  });

  it('locks an unknown officer id the same way, so ids cannot be probed', async () => {
    const answers = [];
    for (let i = 1; i <= 6; i++) answers.push(await login('ghost', `wrong ${i}`));
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 429, 429]);
    expect(answers[5].headers['retry-after']).toBe('900');
    await t.db.sql(`DELETE FROM sign_in_failures`);
  });

  it('refuses a deactivated officer with the same 401', async () => {
    await t.officer({ id: 'zhao', roles: ['handler'] });
    await readyAccount(t, 'zhao', PASSWORD);
    await t.http
      .patch('/api/v1/officers/zhao')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .send({ active: false })
      .expect(200);
    const res = await login('zhao', PASSWORD);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('names the field of a malformed sign-in', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ officerId: 'a b', password: 1 });
    expect(res.status).toBe(400);
    const fields = new Set(res.body.errors.map((e: { field: string }) => e.field));
    expect([...fields].sort()).toEqual(['officerId', 'password']);
  });

  it('keeps OIDC off (404) when it is not configured', async () => {
    const res = await t.http.get('/api/v1/auth/oidc/login');
    expect(res.status).toBe(404);
    expect(cookieValue(setCookies(res), 'zhifa-oidc')).toBeUndefined();
  });

  it('admin-set passwords must be at least 12 characters', async () => {
    await expect(setPassword(t, 'li', 'short')).rejects.toThrow(/password/);
  });
});

import { startFakeOidcProvider, type FakeOidcProvider } from '../support/fake-oidc-provider';
import { cookieValue, setCookies } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';

// Issue 16: OIDC single sign-on (code flow with state, nonce and PKCE) against a fake provider.
describe('OIDC single sign-on', () => {
  let idp: FakeOidcProvider;
  let t: TestApp;
  const REDIRECT = 'http://zhifa.test/api/v1/auth/oidc/callback';

  beforeAll(async () => {
    idp = await startFakeOidcProvider();
    t = await startTestApp(undefined, undefined, {
      OIDC_ISSUER_URL: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URL: REDIRECT,
    });
    await t.officer({ id: 'zhang', name: '张三', roles: ['handler'] });
    await t.officer({ id: 'gone', roles: ['handler'] });
    await t.http
      .patch('/api/v1/officers/gone')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .send({ active: false })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  /** The browser's round trip: our login, the provider's authorize, back to our callback. */
  async function roundTrip(tamper?: (callback: URL) => void) {
    const start = await t.http.get('/api/v1/auth/oidc/login');
    expect(start.status).toBe(302);
    const flow = cookieValue(setCookies(start), 'zhifa-oidc')!;
    const authorize = new URL(start.headers.location);
    const atIdp = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(atIdp.headers.get('location')!);
    tamper?.(callback);
    const back = await t.http
      .get(`${callback.pathname}${callback.search}`)
      .set('cookie', `zhifa-oidc=${flow}`);
    return { authorize, back };
  }

  it('redirects to the provider with state, nonce and an S256 PKCE challenge', async () => {
    idp.claims = { preferred_username: 'zhang' };
    const { authorize } = await roundTrip();
    expect(authorize.origin).toBe(idp.issuer);
    const q = authorize.searchParams;
    expect(q.get('client_id')).toBe(idp.clientId);
    expect(q.get('redirect_uri')).toBe(REDIRECT);
    expect(q.get('code_challenge_method')).toBe('S256');
    for (const p of ['state', 'nonce', 'code_challenge']) expect(q.get(p)).toBeTruthy();
  });

  it('opens a session for the officer named by preferred_username', async () => {
    idp.claims = { preferred_username: 'zhang' };
    const { back } = await roundTrip();
    expect(back.status).toBe(302);
    expect(back.headers.location).toBe('/');
    const cookies = setCookies(back);
    const session = cookieValue(cookies, 'zhifa-session')!;
    const csrf = cookieValue(cookies, 'zhifa-csrf')!;
    const me = await t.http
      .get('/api/v1/auth/me')
      .set('cookie', `zhifa-session=${session}; zhifa-csrf=${csrf}`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      officer: { id: 'zhang', name: '张三', roles: ['handler'] },
      mustChangePassword: false,
    });
  });

  it('refuses (403) an unknown or deactivated officer, and opens no session', async () => {
    for (const id of ['nobody', 'gone']) {
      idp.claims = { preferred_username: id };
      const { back } = await roundTrip();
      expect(back.status).toBe(403);
      expect(back.body.detail).toContain(id);
      expect(cookieValue(setCookies(back), 'zhifa-session')).toBeUndefined();
    }
  });

  it('refuses (401) an answer whose state is not the one sent', async () => {
    idp.claims = { preferred_username: 'zhang' };
    const { back } = await roundTrip((cb) => cb.searchParams.set('state', 'forged'));
    expect(back.status).toBe(401);
    expect(cookieValue(setCookies(back), 'zhifa-session')).toBeUndefined();
  });

  it('refuses (401) a callback without the flow cookie of this browser', async () => {
    const res = await t.http.get('/api/v1/auth/oidc/callback?code=x&state=y');
    expect(res.status).toBe(401);
  });
});

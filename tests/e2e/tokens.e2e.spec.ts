import { AppConfig } from '../../src/config/app-config';
import { forgeToken } from '../support/forge-token';
import { startTestApp, type TestApp } from '../support/test-app';

// Issue 13 (tokens): every bad form is a 401 at the edge, before any route runs.
describe('bearer tokens over HTTP', () => {
  let t: TestApp;
  let secret: string;
  let now: number;

  beforeAll(async () => {
    t = await startTestApp();
    secret = t.app.get(AppConfig).JWT_SECRET;
    now = Math.floor(t.clock.now().getTime() / 1000);
  });
  afterAll(() => t.close());

  const status = async (token: string) =>
    (await t.http.get('/api/v1/officers').set('authorization', `Bearer ${token}`)).status;

  it('accepts a well-formed admin token with exp', async () => {
    expect(await status(forgeToken(secret, { sub: 'admin', iat: now, exp: now + 60 }))).toBe(200);
  });

  it('answers 401 for no exp, exp null or "1", a future nbf, and a padded signature', async () => {
    const good = forgeToken(secret, { sub: 'admin', iat: now, exp: now + 60 });
    const bad = [
      forgeToken(secret, { sub: 'admin', iat: now }),
      forgeToken(secret, { sub: 'admin', iat: now, exp: null }),
      forgeToken(secret, { sub: 'admin', iat: now, exp: '1' }),
      forgeToken(secret, { sub: 'admin', iat: now, nbf: now + 30, exp: now + 60 }),
      `${good}=`,
    ];
    for (const token of bad) expect(await status(token)).toBe(401);
  });
});

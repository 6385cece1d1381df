// Issue 16: no password, hash, session or CSRF token ever reaches the log — read from the built
// service's own output at LOG_LEVEL=debug, as an operator would see it.
import {
  buildService,
  spawnService,
  tokenFor,
  waitForStatus,
  type SpawnedService,
} from '../support/spawned-service';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('sign-in and the log', () => {
  let db: TestDatabase;
  let s: SpawnedService;

  beforeAll(async () => {
    buildService();
    db = await createTestDatabase();
    s = await spawnService(db.url, { LOG_LEVEL: 'debug' });
    await waitForStatus(s, '/health/ready', 200);
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    await db?.drop();
  });

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${s.url}/api/v1${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
    });

  it('logs the requests but none of the secrets they carry', async () => {
    const first = 'first password 1234';
    const second = 'second password 5678';
    const bearer = tokenFor('admin');
    const set = await call('/officers/admin/password', {
      method: 'PUT',
      headers: { authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ password: first }),
    });
    expect(set.status).toBe(204);
    const wrong = await call('/auth/login', {
      method: 'POST',
      body: JSON.stringify({ officerId: 'admin', password: 'a wrong password' }),
    });
    expect(wrong.status).toBe(401);
    const login = await call('/auth/login', {
      method: 'POST',
      body: JSON.stringify({ officerId: 'admin', password: first }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
    const session = cookies.find((c) => c.startsWith('zhifa-session='))!.split('=')[1];
    const csrf = cookies.find((c) => c.startsWith('zhifa-csrf='))!.split('=')[1];
    const change = await call('/auth/password', {
      method: 'POST',
      headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf },
      body: JSON.stringify({ currentPassword: first, newPassword: second }),
    });
    expect(change.status).toBe(204);
    // Log lines are written asynchronously: wait for the last request's before stopping.
    for (let i = 0; i < 100 && !s.output().includes('/api/v1/auth/password'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await s.stop();
    const log = s.output();
    expect(log).toContain('/api/v1/auth/login');
    expect(log).toContain('[Redacted]');
    for (const secret of [first, second, 'a wrong password', '$argon2', session, csrf, bearer]) {
      expect(log).not.toContain(secret);
    }
  });
});

import { filedCase, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';

// Issue 14: every paged listing answers one envelope { items, total, page, pageSize } and
// refuses a parameter it does not know, naming it.
describe('one page envelope on every paged listing', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    await filedCase(t, cast, '2025-03-12');
    await filedCase(t, cast, '2025-03-13');
  });
  afterAll(() => t.close());

  const listings = (): [string, string | undefined, string[]][] => [
    ['/api/v1/cases', cast.handler, []],
    ['/api/v1/deadlines', cast.auditor, []],
    ['/api/v1/me/desk', cast.handler, []],
    ['/api/v1/me/notifications', cast.handler, ['unread']],
    ['/api/v1/admin/outbox/dead-letters', t.token('admin'), []],
    ['/api/v1/public/decisions', undefined, []],
    ['/api/v1/public/withdrawals', undefined, []],
  ];
  const get = (path: string, token?: string) => {
    const req = t.http.get(path).set('accept-language', 'en'); // reasons asserted in English
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const fields = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((e) => e.field);

  it('answers { items, total, page, pageSize } (and the inbox its unread count)', async () => {
    for (const [path, token, extra] of listings()) {
      const res = await get(`${path}?page=1&pageSize=5`, token);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect({ path, keys: Object.keys(res.body).sort() }).toEqual({
        path,
        keys: ['items', 'page', 'pageSize', 'total', ...extra].sort(),
      });
      expect(res.body).toMatchObject({ page: 1, pageSize: 5 });
      expect(Array.isArray(res.body.items)).toBe(true);
    }
  });

  it('refuses an unknown parameter and a bad page size, naming them', async () => {
    for (const [path, token] of listings()) {
      const unknown = await get(`${path}?colour=red`, token);
      expect({ path, status: unknown.status, fields: fields(unknown.body) }).toEqual({
        path,
        status: 400,
        fields: ['colour'],
      });
      const size = await get(`${path}?pageSize=0`, token);
      expect({ path, status: size.status, fields: fields(size.body) }).toEqual({
        path,
        status: 400,
        fields: ['pageSize'],
      });
    }
  });

  it('counts every deadline over all pages, and pages through them', async () => {
    const page = (n: number) =>
      get(`/api/v1/deadlines?pageSize=1&page=${n}`, cast.auditor).expect(200);
    const [first, second] = [(await page(1)).body, (await page(2)).body];
    expect(first.total).toBeGreaterThanOrEqual(2);
    expect(second.total).toBe(first.total);
    expect(first.items).toHaveLength(1);
    expect(second.items[0]).not.toEqual(first.items[0]);
    const all = await get(`/api/v1/deadlines?pageSize=100`, cast.auditor).expect(200);
    expect(all.body.items).toHaveLength(first.total);
  });

  it('pages the desk with its exact size', async () => {
    const all = (await get('/api/v1/me/desk', cast.handler).expect(200)).body;
    expect(all.total).toBe(2);
    const second = (await get('/api/v1/me/desk?pageSize=1&page=2', cast.handler).expect(200)).body;
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((i: { caseId: string }) => i.caseId)).toEqual([all.items[1].caseId]);
  });

  it('refuses an unknown deadline clock or status, naming the allowed values', async () => {
    const res = await get('/api/v1/deadlines?status=late', cast.auditor).expect(400);
    expect(res.body.errors[0]).toMatchObject({
      field: 'status',
      reason: 'status must be one of the following values: open, missed, met, paused',
    });
  });
});

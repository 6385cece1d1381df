import { createCase, filedCase, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

// Issue 19: the per-officer deadlines and the searches by relevance or by officer count their
// rows in the pass that orders them, and read only open cases' pending deadlines. Page by page
// they must give the whole list, each page the same total, and a page past the end that total.
describe('listings counted in one pass', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    for (const on of ['2025-03-10', '2025-03-11', '2025-03-12']) await filedCase(t, cast, on);
    await createCase(t, cast.handler); // a clue: h1 registered it but handles no case by it
  });
  afterAll(() => t.close());

  const get = async <T>(path: string, token = cast.handler): Promise<Page<T>> =>
    (await t.http.get(path).set('authorization', `Bearer ${token}`).expect(200)).body as Page<T>;

  /** Every page of size 1, then the page after the last. */
  async function pages<T>(path: string, token?: string): Promise<{ all: Page<T>; each: T[] }> {
    const all = await get<T>(`${path}&pageSize=100`, token);
    const each: T[] = [];
    for (let n = 1; n <= all.total; n++) {
      const one = await get<T>(`${path}&pageSize=1&page=${n}`, token);
      expect({ n, total: one.total }).toEqual({ n, total: all.total });
      each.push(...one.items);
    }
    const after = await get<T>(`${path}&pageSize=1&page=${all.total + 1}`, token);
    expect({ items: after.items, total: after.total }).toEqual({ items: [], total: all.total });
    return { all, each };
  }

  it("pages an officer's open deadlines, soonest first, with their exact total", async () => {
    const { all, each } = await pages<{ caseId: string; clock: string }>(
      '/api/v1/deadlines?officerId=h1',
      cast.auditor,
    );
    // Three filed cases, each with its case limit open (and its clue check met, not listed).
    expect(all.items.filter((d) => d.clock === 'caseLimit')).toHaveLength(3);
    expect(each).toEqual(all.items);
  });

  it("lists an officer's met deadlines when asked for them", async () => {
    const met = await get<{ status: string; clock: string }>(
      '/api/v1/deadlines?officerId=h1&status=met&pageSize=100',
      cast.auditor,
    );
    // Each filed case checked its clue and its limitation period in time.
    const clocks = met.items.map((d) => `${d.clock} ${d.status}`).sort();
    expect(clocks).toEqual([
      ...Array<string>(3).fill('clueVerification met'),
      ...Array<string>(3).fill('limitation met'),
    ]);
    expect(met.total).toBe(6);
  });

  it('pages a search by officer and by relevance with the exact total', async () => {
    const byOfficer = await pages<{ id: string }>('/api/v1/cases?officerId=h1');
    expect(byOfficer.all.total).toBe(3);
    expect(byOfficer.each.map((c) => c.id)).toEqual(byOfficer.all.items.map((c) => c.id));
    const byName = await pages<{ id: string }>(
      `/api/v1/cases?q=${encodeURIComponent('某某')}`,
      cast.approver,
    );
    expect(byName.all.total).toBeGreaterThan(1);
    expect(byName.each.map((c) => c.id)).toEqual(byName.all.items.map((c) => c.id));
  });
});

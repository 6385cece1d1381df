import { seedCast, type Cast } from '../support/case-fixtures';
import { company, fine, proposal, ScenarioCase } from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

// Issue 16: what the workbench shows instead of codes — officers' names on a timeline, and the
// catalogue's names of events and clocks in the machine description.
describe('names for the workbench', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp('2025-03-20T10:00:00+08:00');
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  it("any officer reads every officer's id and name, and nothing more", async () => {
    const res = await t.http
      .get('/api/v1/officer-names')
      .set('authorization', `Bearer ${cast.hearingOfficer}`);
    expect(res.status).toBe(200);
    const rows = res.body as Record<string, unknown>[];
    expect(rows.find((r) => r.id === 'h1')).toEqual({ id: 'h1', name: expect.any(String) });
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['id', 'name']);
    // The full officer records stay the administrator's.
    const full = await t.http
      .get('/api/v1/officers')
      .set('authorization', `Bearer ${cast.hearingOfficer}`);
    expect(full.status).toBe(403);
  });

  it('without signing in the names are refused', async () => {
    expect((await t.http.get('/api/v1/officer-names')).status).toBe(401);
  });

  it('the machine names every event and clock in Chinese and English, without notes', async () => {
    const res = await t.http
      .get('/api/v1/workflows/penalty-case')
      .set('authorization', `Bearer ${cast.handler}`);
    expect(res.status).toBe(200);
    const body = res.body as {
      events: { type: string; name: { zh: string; en: string } }[];
      clocks: { id: string; name: { zh: string; en: string } }[];
    };
    const event = (type: string) => body.events.find((e) => e.type === type)?.name;
    expect(event('RECORD_EVIDENCE')).toEqual({ zh: '调查取证', en: 'Evidence recorded' });
    expect(body.clocks.find((c) => c.id === 'caseLimit')?.name).toEqual({
      zh: '办案期限',
      en: 'Case time limit',
    });
    for (const { name } of [...body.events, ...body.clocks]) {
      expect(name.zh).toMatch(/^[\u4e00-\u9fff/（）]+$/);
      expect(name.en).toMatch(/^[A-Z][A-Za-z ()-]+$/);
    }
  });

  it('the case view says whether 法制审核 is due on the proposal, and by which §5 criteria', async () => {
    const c = await ScenarioCase.open(t, cast, {
      party: company(),
      receivedAt: '2025-03-01',
      violation: { endedAt: '2025-02-20' },
    });
    await c.file('2025-03-03');
    const before = (await c.view()) as unknown as { legalReview?: unknown };
    expect(before.legalReview).toBeUndefined();
    await c.conclude(proposal([fine(150_000)]), '2025-03-14');
    const after = (await c.view()) as unknown as { legalReview?: unknown };
    expect(after.legalReview).toEqual({ required: true, reasons: ['large_fine'] });
  });
});

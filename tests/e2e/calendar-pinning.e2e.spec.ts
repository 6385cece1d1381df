import { verifyBundle } from '../../src/audit/bundle-verifier';
import type { CaseBundle } from '../../src/audit/bundle';
import { createCase, seedCast, send, FILE_CONDITIONS, type Cast } from '../support/case-fixtures';
import { reportFigure } from '../support/reliability-figures';
import { startTestApp, type TestApp } from '../support/test-app';

// Clue received Monday 2025-03-03: PR 18's 15 working days end on 2025-03-24 (package data).
const DUE_AS_RECORDED = '2025-03-24';
// A later notice that makes 2025-03-10..14 days off moves that end to 2025-03-31.
const NOTICE = {
  holidays: ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'],
  workdays: [],
  note: 'a later arrangement',
};

describe('calendar pinning: replay and verify use the calendar a decision was taken with', () => {
  let t: TestApp;
  let cast: Cast;
  let id: string;

  const auditor = (path: string) =>
    t.http.get(`/api/v1/cases/${id}${path}`).set('authorization', `Bearer ${cast.auditor}`);
  const clueDue = async (seq: number) => {
    const res = await auditor(`/replay?seq=${seq}`);
    expect(res.status).toBe(200);
    const d = (res.body.deadlines as { clock: string; dueOn: string }[]).find(
      (x) => x.clock === 'clueVerification',
    );
    return d?.dueOn;
  };

  beforeAll(async () => {
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    cast = await seedCast(t);
    id = await createCase(t, cast.handler, { receivedAt: '2025-03-03' });
    // Filed the day after the clue deadline: PR 18 flags it CLUE_VERIFICATION_LATE.
    const filed = await send(
      t,
      cast.approver,
      id,
      'FILE_CASE',
      { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
      { occurredAt: '2025-03-25' },
    );
    expect(filed.status).toBe(200);
    expect(filed.body.entry.flags).toContain('CLUE_VERIFICATION_LATE');
  }, 60_000);
  afterAll(() => t.close());

  it('records the calendar in force (loads and digest) in every decided entry', async () => {
    const res = await auditor('/export');
    const bundle = JSON.parse(res.text) as CaseBundle;
    for (const e of bundle.entries) {
      expect(e.facts.calendar).toEqual({
        arrangements: [],
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    }
  });

  it('after a load that changes the deadline, verify is valid and replay gives the recorded deadline', async () => {
    expect(await clueDue(1)).toBe(DUE_AS_RECORDED);
    const admin = t.token('admin');
    const put = await t.http
      .put('/api/v1/calendar/2025')
      .set('authorization', `Bearer ${admin}`)
      .send(NOTICE);
    expect(put.status).toBe(200);

    const verify = await auditor('/verify');
    expect(verify.body).toMatchObject({ valid: true, entries: 2 });
    expect(await clueDue(1)).toBe(DUE_AS_RECORDED);
    reportFigure('integrity', 'calendar year reloaded after recording: case still verifies', 'yes');
  });

  it('a case recorded after the load is decided with, and pinned to, the new arrangement', async () => {
    const other = await createCase(t, cast.handler, { receivedAt: '2025-03-03' });
    const filed = await send(
      t,
      cast.approver,
      other,
      'FILE_CASE',
      { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
      { occurredAt: '2025-03-25' },
    );
    expect(filed.body.entry.flags).not.toContain('CLUE_VERIFICATION_LATE');
    const res = await t.http
      .get(`/api/v1/cases/${other}/export`)
      .set('authorization', `Bearer ${cast.auditor}`);
    const bundle = JSON.parse(res.text) as CaseBundle;
    expect(bundle.entries[1].facts.calendar?.arrangements).toHaveLength(1);
    expect(bundle.calendars).toHaveLength(1);
    expect(verifyBundle(res.text).filter((c) => !c.ok)).toEqual([]);
  });

  it('the export verifies offline with the arrangements it carries, and not without them', async () => {
    const res = await auditor('/export');
    expect(verifyBundle(res.text).filter((c) => !c.ok)).toEqual([]);
    const other = await t.http
      .get(`/api/v1/cases/${await createPinnedCaseAfterLoad()}/export`)
      .set('authorization', `Bearer ${cast.auditor}`);
    const b = JSON.parse(other.text) as CaseBundle;
    b.calendars = [];
    const failed = verifyBundle(`${JSON.stringify(b, null, 2)}\n`).filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toContain('chain and replay');
    expect(failed.find((c) => c.name === 'chain and replay')?.detail).toMatch(/arrangement/);
  });

  async function createPinnedCaseAfterLoad(): Promise<string> {
    const c = await createCase(t, cast.handler, { receivedAt: '2025-03-03' });
    return c;
  }

  it('a pinned arrangement whose content changed fails verification', async () => {
    const c = await createPinnedCaseAfterLoad();
    const res = await t.http
      .get(`/api/v1/cases/${c}/export`)
      .set('authorization', `Bearer ${cast.auditor}`);
    const b = JSON.parse(res.text) as CaseBundle;
    b.calendars![0].holidays = ['2025-03-10'];
    const failed = verifyBundle(`${JSON.stringify(b, null, 2)}\n`).filter((c) => !c.ok);
    expect(failed.find((x) => x.name === 'chain and replay')?.detail).toMatch(/digest/);
  });
});

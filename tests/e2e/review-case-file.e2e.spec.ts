// Review of issue 15 (the case file), as an attacker and an auditor would read it: a 文号 spelled
// another way, a dry run's 文号, a document row rewritten behind the log, an auditor's reading.
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { seedCast, type Cast } from '../support/case-fixtures';
import { listDocuments } from '../support/documents';
import { decision, fine, notifiedCase, type ScenarioCase } from '../support/scenario-steps';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
}, 60_000);
afterAll(() => t.close());

/** A case whose notice period is over on `decideOn`: DECIDE may be sent. */
async function toDecide(decideOn: string): Promise<ScenarioCase> {
  const c = await notifiedCase(t, cast, {
    penalties: [fine(5_000)],
    noticeOn: addDays(decideOn, -28),
  });
  await c.accept('END_NOTICE_PERIOD', {}, addDays(decideOn, -14));
  return c;
}

const unnumbered = () => {
  const { decisionNumber: _, ...rest } = decision([fine(5_000)]);
  return rest;
};
const numbered = (decisionNumber: string) => ({ ...decision([fine(5_000)]), decisionNumber });

describe('a decision number is one number however it is spelled (APL 59)', () => {
  it.each([
    ['ASCII brackets', 1, '市监罚[2023]1号'],
    ['full-width digits', 2, '市监罚〔２０２３〕２号'],
    ['a leading zero', 3, '市监罚〔2023〕03号'],
    ['spaces', 4, '市监罚 〔2023〕 4号'],
    ['full-width parentheses', 5, '市监罚（2023）5号'],
  ])(
    'refuses %s for a number a 决定书 has (409)',
    async (_how, n, spelled) => {
      const on = '2023-03-01';
      const first = await toDecide(on);
      const a = await first.accept('DECIDE', numbered(`市监罚〔2023〕${n}号`), on);
      expect(a.case.decision?.decisionNumber).toBe(`市监罚〔2023〕${n}号`);
      const second = await toDecide(on);
      const res = await second.send('DECIDE', numbered(spelled), on);
      expect(res.status).toBe(409);
      expect(res.body.errors[0].field).toBe('payload.decisionNumber');
      expect(second.stage).toBe('decision');
    },
    90_000,
  );

  it('the counter passes over a number a client gave in another spelling', async () => {
    const on = '2022-05-05';
    const byHand = await toDecide(on);
    await byHand.accept('DECIDE', numbered('市监罚[2022]1号'), on);
    const assigned = await toDecide(on);
    const res = await assigned.accept('DECIDE', unnumbered(), on);
    expect(res.case.decision?.decisionNumber).toBe('市监罚〔2022〕2号');
  }, 90_000);
});

describe('a dry run of DECIDE', () => {
  it('names the 文号 and document ids the real call then takes, and consumes no number', async () => {
    const on = '2021-04-06';
    const c = await toDecide(on);
    const body = { type: 'DECIDE', payload: unnumbered(), occurredAt: on };
    const dry = await t.http
      .post(`/api/v1/cases/${c.id}/events?dryRun=true`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send(body);
    expect(dry.status).toBe(200);
    const again = await t.http
      .post(`/api/v1/cases/${c.id}/events?dryRun=true`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send(body);
    expect(again.body.entry.documents).toEqual(dry.body.entry.documents);
    const real = await c.accept('DECIDE', body.payload, on);
    expect(real.case.decision?.decisionNumber).toBe('市监罚〔2021〕1号');
    expect((real.entry as unknown as { documents: unknown }).documents).toEqual(
      dry.body.entry.documents,
    );
  }, 90_000);
});

describe('verify reads the document rows against their entries', () => {
  const auditor = (c: ScenarioCase, p: string) =>
    t.http.get(`/api/v1/cases/${c.id}/${p}`).set('authorization', `Bearer ${cast.auditor}`);

  it.each([
    [
      '文号',
      `UPDATE documents SET number = '市监罚〔2020〕999号'`,
      /with the 文号 .*999号, its entry records/,
    ],
    [
      'type',
      `UPDATE documents SET doc_type = 'no_penalty_decision'`,
      /stored as no_penalty_decision/,
    ],
    ['entry', `UPDATE documents SET seq = seq - 1`, /stored under entry \d+, not the entry/],
  ])(
    "fails when a document's %s is rewritten (bytes untouched)",
    async (_what, sql, reason) => {
      const on = '2020-09-30';
      const c = await toDecide(on);
      await c.accept('DECIDE', unnumbered(), on);
      expect((await auditor(c, 'verify')).body).toMatchObject({ valid: true });
      await tamper(t.db, [[`${sql} WHERE case_id = $1 AND doc_type = 'penalty_decision'`, [c.id]]]);
      const verified = (await auditor(c, 'verify')).body;
      expect(verified).toMatchObject({ valid: false });
      expect(verified.reason).toMatch(/^entry \d+: document 行政处罚决定书 /);
      expect(verified.reason).toMatch(reason);
    },
    90_000,
  );
});

describe("an auditor's reading of the case file is itself recorded (PIPL 35)", () => {
  it('records the documents list and a document read', async () => {
    const c = await toDecide('2025-06-30');
    const [doc] = await listDocuments(t, cast.auditor, c.id);
    await t.http
      .get(`/api/v1/cases/${c.id}/documents/${doc.id}?format=docx`)
      .set('authorization', `Bearer ${cast.auditor}`);
    const reads: { what: string }[] = await t.db.sql(
      `SELECT what FROM audit_reads WHERE case_id = $1 ORDER BY id`,
      [c.id],
    );
    expect(reads.map((r) => r.what)).toEqual(['documents', 'document']);
  }, 90_000);
});

import { filedCase, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

// APL 43, G06: who may record a recusal. The refusal writes nothing and tells nothing of the case.
describe('who records a recusal (APL 43)', () => {
  let t: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    cast = await seedCast(t);
  }, 60_000);
  afterAll(() => t.close());

  const recuse = (token: string, id: string, officerId: string) =>
    t.http
      .post(`/api/v1/cases/${id}/recusals`)
      .set('authorization', `Bearer ${token}`)
      .set('accept-language', 'en')
      .send({ officerId, reason: '与当事人有利害关系' });
  const entries = async (id: string) =>
    (
      await t.db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_log WHERE case_id = $1`, [
        id,
      ])
    )[0].n;

  it('refuses an approver recused from the case (G06), writing nothing, naming no party', async () => {
    const id = await filedCase(t, cast);
    await recuse(cast.approver, id, 'a2').expect(201);
    const before = await entries(id);
    const res = await recuse(cast.approver2, id, 'h2').expect(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', conflict: 'RECUSED' });
    expect(JSON.stringify(res.body)).not.toContain('上海某某食品有限公司');
    expect(await entries(id)).toBe(before);
    // h2 is not recused: the refused act left no recusal row behind.
    const rows = await t.db.sql(
      `SELECT 1 FROM case_recusals WHERE case_id = $1 AND officer_id = 'h2'`,
      [id],
    );
    expect(rows).toEqual([]);
  });
  it('refuses an approver deciding their own recusal (the head decides it, APL 43)', async () => {
    const id = await filedCase(t, cast);
    const before = await entries(id);
    const res = await recuse(cast.approver3, id, 'a3').expect(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', conflict: 'SELF_RECUSAL' });
    expect(res.body.detail).toContain('own recusal');
    expect(await entries(id)).toBe(before);
    // Nor by spelling the own id another way: each is refused and nothing is written.
    for (const spelling of ['A3', ' a3', 'a3 ', 'ａ３', 'a3\u200b']) {
      const other = await recuse(cast.approver3, id, spelling);
      expect([400, 403]).toContain(other.status);
    }
    expect(await entries(id)).toBe(before);
    // Another approver decides it.
    await recuse(cast.approver, id, 'a3').expect(201);
  });
});

import PizZip from 'pizzip';
import { seedCast, type Cast } from '../support/case-fixtures';
import { getBytes, listDocuments } from '../support/documents';
import { fine, onTheSpot, person, ScenarioCase } from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

interface Setting {
  key: string;
  value: string;
  variable: string;
  editable: boolean;
  source: string;
  changedBy?: string;
}

/** The words of a .docx (its document.xml without tags). */
const docxText = (bytes: Buffer): string =>
  new PizZip(bytes)
    .file('word/document.xml')!
    .asText()
    .replace(/<[^>]+>/g, '');

describe("the bureau's settings named in documents (issue 17)", () => {
  let t: TestApp;
  let cast: Cast;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    admin = t.token('admin');
  }, 60_000);
  afterAll(() => t.close());

  const get = (token = admin) =>
    t.http.get('/api/v1/settings/bureau').set('authorization', `Bearer ${token}`);
  const put = (body: Record<string, unknown>, token = admin) =>
    t.http
      .put('/api/v1/settings/bureau')
      .set('authorization', `Bearer ${token}`)
      .set('accept-language', 'en')
      .send(body);

  async function onTheSpotDecisionText(): Promise<string> {
    const c = await ScenarioCase.open(t, cast, {
      procedure: 'summary',
      party: person(),
      receivedAt: '2025-06-02',
    });
    await c.accept('DECIDE_ON_SPOT', onTheSpot([fine(100)]), '2025-06-02');
    const [decision] = (await listDocuments(t, cast.handler, c.id)).filter(
      (d) => d.type === 'on_spot_decision',
    );
    const res = await getBytes(t, `${c.id}/documents/${decision.id}?format=docx`, cast.handler);
    expect(res.status).toBe(200);
    return docxText(res.body as Buffer);
  }

  it('shows the configuration values until an administrator changes one', async () => {
    const rows = (await get().expect(200)).body as Setting[];
    expect(rows).toContainEqual({
      key: 'reconsiderationBody',
      value: '本局所属的人民政府',
      variable: 'RECONSIDERATION_BODY',
      editable: true,
      source: 'config',
    });
    expect(rows.find((r) => r.key === 'bureau')).toMatchObject({ editable: false });
    expect(await onTheSpotDecisionText()).toContain('本局所属的人民政府');
  }, 60_000);

  it("names an administrator's reconsideration body and court in documents issued after", async () => {
    const res = await put({
      reconsiderationBody: ' 上海市浦东新区人民政府 ',
      court: '上海市浦东新区人民法院',
    }).expect(200);
    expect(res.body).toContainEqual(
      expect.objectContaining({
        key: 'reconsiderationBody',
        value: '上海市浦东新区人民政府',
        source: 'admin',
        changedBy: 'admin',
      }),
    );
    const text = await onTheSpotDecisionText();
    expect(text).toContain('上海市浦东新区人民政府');
    expect(text).toContain('上海市浦东新区人民法院');
    expect(text).not.toContain('本局所属的人民政府');
    // Each change stays on record (append-only).
    await put({ reconsiderationBody: '上海市人民政府' }).expect(200);
    const history = await t.db.sql<{ value: string }>(
      `SELECT value FROM bureau_settings WHERE key = 'reconsiderationBody' ORDER BY id`,
    );
    expect(history.map((r) => r.value)).toEqual(['上海市浦东新区人民政府', '上海市人民政府']);
  }, 60_000);

  it('answers bad input with a 400 naming the field', async () => {
    for (const [body, field] of [
      [{ court: '   ' }, 'court'],
      [{ court: 'x'.repeat(201) }, 'court'],
      [{ paymentAccount: 12 }, 'paymentAccount'],
      [{ bureau: '另一个局' }, 'bureau'],
      [{ court: null }, 'court'],
      // A name printed in every 文书 is one line: a line break would add a paragraph of its own.
      [{ court: '上海市浦东新区人民法院\n（本决定已撤销）' }, 'court'],
      [{ paymentAccount: '本局账户\r\n另附' }, 'paymentAccount'],
      [{ reconsiderationBody: '上海市\t人民政府' }, 'reconsiderationBody'],
    ] as const) {
      const res = await put(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.errors)).toContain(field);
    }
  });

  it.each([
    ['an auditor', () => cast.auditor],
    ['a handler', () => cast.handler],
  ])('refuses %s (403)', async (_, token) => {
    await get(token()).expect(403);
    await put({ court: '某法院' }, token()).expect(403);
  });
});

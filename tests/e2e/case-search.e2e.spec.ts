import { CREDENTIAL, seedCast, type Cast } from '../support/case-fixtures';
import { company, decidedCase, fine, person, ScenarioCase } from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-09-01T10:00:00+08:00';
const FOOD = company({ name: '上海某某食品有限公司', creditCode: '91310000MA1FL0000X' });
const TRADE = company({ name: '北京某某贸易有限公司', creditCode: '91110000MA00ABCD1Y' });
const ZHANG = person({ name: '张三丰' });

type Item = { id: string; caseNumber: string; stage: string; party: Record<string, unknown> };
type Page = { items: Item[]; total: number; page: number; pageSize: number };

// Issue 14: a case is found by its number, its decision's number, its party's name (even
// mistyped) or credit code; filters and sort are checked; need to know holds in every answer.
describe('GET /cases: search, filters, sort and one page envelope', () => {
  let t: TestApp;
  let cast: Cast;
  let other: string;
  let decided: { id: string; caseNumber: string; decisionNumber: string };
  let filed: ScenarioCase;
  let clue: ScenarioCase;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    other = await t.officer({ id: 'h3', roles: ['handler'], enforcementCredential: CREDENTIAL });
    const c = await decidedCase(t, cast, {
      party: FOOD,
      penalties: [fine(5_000)],
      decideOn: '2025-06-10',
    });
    decided = {
      id: c.id,
      caseNumber: (c.last as unknown as Item).caseNumber,
      decisionNumber: c.last.decision!.decisionNumber,
    };
    filed = await ScenarioCase.open(t, cast, { party: ZHANG, receivedAt: '2025-07-01' });
    await filed.file('2025-07-02');
    clue = await ScenarioCase.open(t, cast, { party: TRADE, receivedAt: '2025-08-01' });
    // h2 handles the decided case but is recused from it (APL 43).
    const recusal = await t.http
      .post(`/api/v1/cases/${decided.id}/recusals`)
      .set(auth(cast.approver))
      .send({ officerId: 'h2', reason: '与当事人有利害关系' });
    expect(recusal.status).toBe(201);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const search = async (query: string, token = cast.handler): Promise<Page> => {
    const res = await t.http.get(`/api/v1/cases?${query}`).set(auth(token));
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body as Page;
  };
  const ids = async (query: string, token?: string) =>
    (await search(query, token)).items.map((c) => c.id);
  const refused = async (query: string) => {
    // The reasons are asserted in English (the default answer is Chinese).
    const res = await t.http
      .get(`/api/v1/cases?${query}`)
      .set(auth(cast.handler))
      .set('accept-language', 'en');
    expect(res.status).toBe(400);
    return res.body as { detail: string; errors: { field: string; reason: string }[] };
  };
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  it('finds a party by a mistyped name (trigram similarity), best match first', async () => {
    expect((await ids(q('上海某某食品有限公可')))[0]).toBe(decided.id);
    expect(await ids(q('某某食品'))).toEqual([decided.id]);
    expect(await ids(q('张三封'))).toContain(filed.id);
  });

  it('finds a credit code exactly or by its start, in any case', async () => {
    expect(await ids(q('91310000MA1FL0000X'))).toEqual([decided.id]);
    expect(await ids(q('91310000ma1fl'))).toEqual([decided.id]);
    expect(await ids(q('9111'))).toEqual([clue.id]);
  });

  it('finds the decision number and the case number, the exact one first', async () => {
    expect(await ids(q(decided.decisionNumber))).toEqual([decided.id]);
    const byNumber = await search(q(decided.caseNumber));
    expect(byNumber.items[0].id).toBe(decided.id);
    expect(await ids(q('没有这个当事人'))).toEqual([]);
    // LIKE's wildcards in q are text, not patterns.
    for (const wild of ['%', '_', '\\']) expect(await ids(q(wild))).toEqual([]);
  });

  it('filters by stage, procedure, handler, dates and overdue', async () => {
    expect(await ids('stage=investigation')).toEqual([filed.id]);
    expect(await ids('stage=clueVerification')).toEqual([clue.id]);
    expect(await ids('procedure=summary')).toEqual([]);
    expect((await search('procedure=ordinary')).total).toBe(3);
    expect((await ids('officerId=h1')).sort()).toEqual([decided.id, filed.id].sort());
    expect(await ids('officerId=h3')).toEqual([]);
    expect(await ids('receivedFrom=2025-07-01&receivedTo=2025-07-31')).toEqual([filed.id]);
    expect(await ids('decidedFrom=2025-06-01&decidedTo=2025-06-30')).toEqual([decided.id]);
    expect(await ids('decidedFrom=2025-07-01')).toEqual([]);
    const [late, onTime] = [await search('overdue=true'), await search('overdue=false')];
    expect(late.total + onTime.total).toBe(3);
  });

  it('sorts by a listed field in either direction', async () => {
    const asc = await search('sort=receivedOn&order=asc');
    expect(asc.items.map((c) => c.id)).toEqual([decided.id, filed.id, clue.id]);
    const desc = await search('sort=receivedOn');
    expect(desc.items.map((c) => c.id)).toEqual([clue.id, filed.id, decided.id]);
  });

  it('pages with { items, total, page, pageSize }', async () => {
    const page = await search('sort=receivedOn&order=asc&page=2&pageSize=1');
    expect(Object.keys(page).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page.items.map((c) => c.id)).toEqual([filed.id]);
    expect((await search('page=9')).items).toEqual([]);
  });

  it.each([
    ['stage', 'stage=foo', /stage must be one of the following values: clueVerification, .*investigation/],
    ['procedure', 'procedure=simple', /procedure must be one of the following values: ordinary, summary/],
    ['overdue', 'overdue=yes', /overdue must be true or false/],
    ['receivedFrom', 'receivedFrom=2025-02-30', /real calendar date/],
    ['receivedTo', 'receivedFrom=2025-03-02&receivedTo=2025-03-01', /not be before receivedFrom/],
    ['decidedTo', 'decidedTo=20250601', /real calendar date/],
    ['sort', 'sort=hash', /sort must be one of/],
    ['sort', 'sort=relevance', /relevance needs q/],
    ['order', 'order=up', /order must be one of the following values: asc, desc/],
    ['pageSize', 'pageSize=500', /pageSize must be 1-100/],
    ['q', 'q=%20', /q must not be empty/],
    ['colour', 'colour=red', /should not exist/],
  ])('a bad or unknown ?%s is a 400 naming it', async (field, query, reason) => {
    const body = await refused(query);
    expect(body.errors.map((e) => e.field)).toContain(field);
    expect(body.errors.find((e) => e.field === field)!.reason).toMatch(reason);
  });

  it('never shows a recused officer the case, nor counts it', async () => {
    const recused = t.token('h2');
    expect(await ids(q(decided.decisionNumber), recused)).toEqual([]);
    expect(await ids(q('上海某某食品'), recused)).toEqual([]);
    expect(await ids(q('91310000MA1FL0000X'), recused)).toEqual([]);
    const [mine, theirs] = [await search(''), await search('', recused)];
    expect(theirs.total).toBe(mine.total - 1);
    expect(theirs.items.map((c) => c.id)).not.toContain(decided.id);
  });

  it('shows a handler of other cases the party without the person’s ID, phone, address', async () => {
    const found = await search(q('张三丰'), other);
    expect(found.items.map((c) => c.id)).toEqual([filed.id]);
    expect(found.items[0].party).toEqual({ kind: 'natural_person', name: '张三丰' });
    expect(JSON.stringify(found)).not.toContain(String(ZHANG.idNumber));
  });

  describe('GET /cases/by-number/:caseNumber', () => {
    const byNumber = (n: string, token = cast.handler) =>
      t.http.get(`/api/v1/cases/by-number/${encodeURIComponent(n)}`).set(auth(token));

    it('answers the case view, as GET /cases/:id does', async () => {
      const res = await byNumber(decided.caseNumber);
      expect(res.status).toBe(200);
      const direct = await t.http.get(`/api/v1/cases/${decided.id}`).set(auth(cast.handler));
      expect(res.body).toEqual(direct.body);
    });

    it('is where GET /cases/<case number> points', async () => {
      const res = await t.http
        .get(`/api/v1/cases/${encodeURIComponent(decided.caseNumber)}`)
        .set(auth(cast.handler));
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'id' });
      expect(res.body.errors[0].reason).toContain('/cases/by-number/');
    });

    it('is a 404 for a number that does not exist and for a recused officer', async () => {
      expect((await byNumber('市监案〔2099〕99999')).status).toBe(404);
      const hidden = await byNumber(decided.caseNumber, t.token('h2'));
      expect(hidden.status).toBe(404);
      expect(JSON.stringify(hidden.body)).not.toContain(decided.id);
    });

    it('takes ?asOf= as GET /cases/:id does, and refuses any other parameter', async () => {
      const n = encodeURIComponent(decided.caseNumber);
      const asOf = await t.http
        .get(`/api/v1/cases/by-number/${n}?asOf=2025-06-10`)
        .set(auth(cast.handler));
      expect(asOf.status).toBe(200);
      const bad = await t.http
        .get(`/api/v1/cases/by-number/${n}?colour=red`)
        .set(auth(cast.handler));
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('colour');
    });

    it('redacts the person for a handler of other cases', async () => {
      const res = await byNumber((filed.last as unknown as Item).caseNumber, other);
      expect(res.status).toBe(200);
      expect(res.body.party).toEqual({ kind: 'natural_person', name: '张三丰' });
    });
  });
});

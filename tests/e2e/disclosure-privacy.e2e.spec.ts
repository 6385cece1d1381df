import { seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { act, decidedCase, fine, publishedCase } from './disclosure.fixtures';

const NOW = '2026-11-21T10:00:00+08:00';
const PREFIX = 'dp-';
const BOTH = ['website', 'gsxt'] as ('website' | 'gsxt')[];

const PERSON = {
  kind: 'natural_person',
  name: '王大锤',
  idNumber: '31010119900307283X',
  phone: '13912345678',
  address: '上海市静安区南京西路1266号5楼501室',
};
const CARD = '6217 0012 3456 7890 123';
const WITHDRAWN = {
  kind: 'natural_person',
  name: '王二小',
  idNumber: '320102198512120417',
  phone: '13700001111',
};
const ORG = {
  kind: 'legal_person',
  name: '上海透明食品有限公司',
  creditCode: '91310106MA1FY1234K',
};
const UNPUBLISHED_PERSON = {
  kind: 'natural_person',
  name: '孙未公',
  idNumber: '110101198001010019',
  phone: '13500003333',
  address: '北京市东城区东华门大街9号',
};
const UNPUBLISHED_ORG = {
  kind: 'legal_person',
  name: '上海隐身贸易有限公司',
  creditCode: '91310000MA1UNKNWN9',
};
const N = {
  person: '沪市监罚〔2026〕2901号',
  withdrawn: '沪市监罚〔2026〕2902号',
  org: '沪市监罚〔2026〕2903号',
  unpublishedPerson: '沪市监罚〔2026〕2904号',
  unpublishedOrg: '沪市监罚〔2026〕2905号',
};

/** Everything that must never appear in a public answer or a public table. */
const SECRETS = [
  PERSON.name,
  PERSON.idNumber,
  PERSON.phone,
  PERSON.address,
  CARD,
  CARD.replace(/ /g, ''),
  WITHDRAWN.name,
  WITHDRAWN.idNumber,
  WITHDRAWN.phone,
  ...Object.values(UNPUBLISHED_PERSON).slice(1),
  UNPUBLISHED_ORG.name,
  UNPUBLISHED_ORG.creditCode,
  PREFIX, // officer ids: only the department is public
  '市监案〔', // internal case numbers
];

describe('the public endpoints never reveal anything not published (DR 5, 6)', () => {
  let t: TestApp;
  let cast: Cast;
  const caseIds: string[] = [];
  const plan = (
    decisionNumber: string,
    party: Record<string, unknown>,
    summary: string,
    extra = {},
  ) => ({
    decisionNumber,
    decideOn: '2026-09-07',
    publishOn: '2026-09-14',
    penalties: [fine(20_000)],
    prefix: PREFIX,
    party,
    summary,
    ...extra,
  });

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    cast = await seedCast(t, PREFIX);
    const personText =
      `${PERSON.name}（身份证号${PERSON.idNumber}，手机${PERSON.phone}，住址：${PERSON.address}）` +
      `通过个人银行卡${CARD}收取货款，销售超过保质期的食品`;
    caseIds.push(
      await publishedCase(t, cast, plan(N.person, PERSON, personText, { channels: BOTH })),
    );
    const withdrawn = plan(N.withdrawn, WITHDRAWN, `${WITHDRAWN.name}无照经营`, { channels: BOTH });
    const id = await publishedCase(t, cast, withdrawn);
    caseIds.push(id);
    await act(t, cast.handler, id, 'RECORD_APPEAL', { kind: 'litigation' }, '2026-09-20');
    await act(t, cast.handler, id, 'RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2026-11-02');
    const reason = `法院判决撤销；${WITHDRAWN.name}（电话${WITHDRAWN.phone}，身份证${WITHDRAWN.idNumber}）胜诉`;
    await act(t, cast.handler, id, 'WITHDRAW_PUBLICATION', { reason }, '2026-11-03');
    const orgText = '销售标签不符合规定的预包装食品，法定代表人电话13600002222';
    caseIds.push(await publishedCase(t, cast, plan(N.org, ORG, orgText)));
    const secret = `${UNPUBLISHED_PERSON.name}住址：${UNPUBLISHED_PERSON.address}`;
    caseIds.push(await decidedCase(t, cast, plan(N.unpublishedPerson, UNPUBLISHED_PERSON, secret)));
    caseIds.push(await decidedCase(t, cast, plan(N.unpublishedOrg, UNPUBLISHED_ORG, '虚假宣传')));
  }, 60_000);
  afterAll(() => t.close());

  /** The body as sent (supertest buffers SVG as a Buffer and leaves `text` unset). */
  const read = async (path: string): Promise<string> => {
    const res = await t.http.get(`/api/v1/public${path}`);
    const body: unknown = res.body;
    return typeof res.text === 'string'
      ? res.text
      : Buffer.isBuffer(body)
        ? body.toString('utf8')
        : '';
  };

  /** Every public answer a curious reader could get, with what each may legitimately echo. */
  async function publicAnswers(): Promise<{ path: string; text: string; echoes?: string }[]> {
    const paths = [
      '/decisions?pageSize=100',
      '/decisions?page=1&pageSize=1',
      '/decisions?page=2&pageSize=1',
      `/decisions?violation=${encodeURIComponent('王')}`,
      '/decisions/feed.json',
      '/withdrawals',
      '/procedure',
      '/procedure.svg',
    ];
    const answers: { path: string; text: string; echoes?: string }[] = [];
    for (const path of paths) answers.push({ path, text: await read(path) });
    for (const number of Object.values(N)) {
      const path = `/decisions/${encodeURIComponent(number)}`;
      answers.push({ path, text: await read(path), echoes: number });
    }
    return answers;
  }

  it('scans every public answer for the raw data of every seeded case', async () => {
    const answers = await publicAnswers();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.text.length > 0)).toBe(true);
    for (const { path, text, echoes } of answers) {
      for (const secret of [...SECRETS, ...caseIds]) {
        expect({ path, leaked: text.includes(secret) ? secret : undefined }).toEqual({
          path,
          leaked: undefined,
        });
      }
      for (const unpublished of [N.unpublishedPerson, N.unpublishedOrg]) {
        if (unpublished !== echoes) expect(text.includes(unpublished)).toBe(false);
      }
    }
  });

  it('names a natural person as surname + 某, and keeps an organisation’s name and credit code', async () => {
    const person = (await t.http.get(`/api/v1/public/decisions/${encodeURIComponent(N.person)}`))
      .body;
    expect(person.party).toEqual({ kind: 'natural_person', name: '王某' });
    expect(person.violation).toMatch(
      /^王某（身份证号［身份证号已隐去］，手机［电话已隐去］，住址：［地址已隐去］）/,
    );
    expect(person.violation).toContain('［银行卡号已隐去］');
    const org = (await t.http.get(`/api/v1/public/decisions/${encodeURIComponent(N.org)}`)).body;
    expect(org.party).toEqual(ORG);
    expect(org.violation).toBe('销售标签不符合规定的预包装食品，法定代表人电话［电话已隐去］');
  });

  it('keeps the withdrawal notice with its reasons, redacted', async () => {
    const { items } = (await t.http.get('/api/v1/public/withdrawals')).body;
    expect(items).toEqual([
      expect.objectContaining({
        decisionNumber: N.withdrawn,
        reason: '法院判决撤销；王某（电话［电话已隐去］，身份证［身份证号已隐去］）胜诉',
      }),
    ]);
  });

  it('stores nothing raw in the public tables (redacted before storing)', async () => {
    const rows = await t.db.sql<{ row: string }>(
      `SELECT (to_jsonb(d) - 'case_id')::text AS row FROM public_decisions d
       UNION ALL SELECT (to_jsonb(w) - 'case_id')::text FROM public_withdrawals w`,
    );
    expect(rows).toHaveLength(2 + 2 + 1 + 1);
    const stored = rows.map((r) => r.row).join('\n');
    for (const secret of SECRETS.slice(0, -2)) expect(stored).not.toContain(secret);
    // …while the case itself, which is not public, holds the party's data.
    const [raw] = await t.db.sql<{ party: string }>(
      `SELECT snapshot->'context'->>'party' AS party FROM cases WHERE id = $1`,
      [caseIds[0]],
    );
    expect(raw.party).toContain(PERSON.idNumber);
  });

  it('refuses UPDATE and DELETE on the public tables (append-only)', async () => {
    await expect(t.db.sql(`UPDATE public_decisions SET party_name = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.sql(`DELETE FROM public_withdrawals`)).rejects.toThrow(/append-only/);
  });
});

describe('public endpoints need no token and are rate-limited (PUBLIC_RATE_LIMIT)', () => {
  let t: TestApp;

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '5';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED past 5 a minute per client, across all public endpoints', async () => {
    const paths = [
      '/decisions',
      '/decisions/feed.json',
      '/withdrawals',
      '/procedure',
      '/procedure.svg',
    ];
    for (const path of paths) expect((await t.http.get(`/api/v1/public${path}`)).status).toBe(200);
    const limited = await t.http.get('/api/v1/public/decisions');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // Only the public endpoints count: the rest of the service is not throttled by them.
    expect((await t.http.get('/health')).status).toBe(200);
    const officers = await t.http
      .get('/api/v1/officers')
      .set('authorization', `Bearer ${t.token('admin')}`);
    expect(officers.status).toBe(200);
  });
});

// Issue 13: a fuzz of every write and query endpoint. Each write carries at least one poison
// (a value no endpoint may accept), so nothing may be written; no answer may be a 5xx. Rerun a
// failure with FUZZ_SEED=<seed printed>; FUZZ_RUNS sets the number of requests.
import fc from 'fast-check';
import { filedCase, seedCast, type Cast } from '../support/case-fixtures';
import { FUZZ_ROUTES, type FuzzRoute } from '../support/fuzz-routes';
import { digestTables } from '../support/table-digest';
import { startTestApp, type TestApp } from '../support/test-app';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const CONCURRENCY = 8;
/** Stands for a raw JSON number that JSON.stringify cannot write (replaced after). */
const RAW = '@@RAW@@';

/** Values no endpoint may accept into a body, wherever they appear. */
const bodyPoison = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    'abc\u202Edef',
    '\u2066x',
    'c1\u0085',
    'del\u007F',
  ),
  fc.constantFrom('2025-02-30', '2025-13-01', '2024-02-30T10:00:00Z', '2025-03-01T24:00:00+08:00'),
  fc.constantFrom('2023-02-29', '2025-04-31', '2025-06-31T00:00:00.000Z', '2025-01-01T12:61:00Z'),
  fc.constant({ ['__proto__']: { admin: true } }),
  fc.constant({ constructor: { prototype: 1 } }),
  fc.constant(JSON.parse('{"__proto__":{"x":1}}') as unknown),
  fc.constant(RAW),
  fc.integer({ min: 33, max: 400 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
);
const RAW_NUMBERS = ['1e400', '-1e999', '123456789012345678901234567890', '9007199254740993'];

/** Hostile but not always refusable: random JSON, wrong types, huge numbers, odd unicode. */
const noise = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, '', ' ', '\t'),
  fc.constantFrom('𠀀𠀁', 'Ａ１２３', 'e\u0301', '\u200B', '\uFEFF', '١٢٣', 'DROP TABLE cases;--'),
  fc.constantFrom('2025-03-01', '2025-03-01T10:00:00Z', '2099-01-01', '0000-01-01', '1900-02-28'),
);

type IdForm = 'real' | 'upper' | 'random' | 'braces' | 'nul' | 'badpct' | 'long' | 'space';
/** What an HTTP header may carry at all (fetch refuses the rest before sending). */
const latin1 = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));

const idForm = fc.constantFrom<IdForm>(
  'real',
  'upper',
  'random',
  'braces',
  'nul',
  'badpct',
  'long',
  'space',
);

/** One generated request, described before the case ids and tokens are known. */
interface Planned {
  route: number;
  id: IdForm;
  who: number;
  mutations: { path: string; value: unknown }[];
  poison?: { where: 'body' | 'header' | 'json' | 'size'; value: unknown; at: string };
  query: Record<string, unknown>;
  key?: string;
  raw: string;
}

function plan(routes: readonly FuzzRoute[]): fc.Arbitrary<Planned> {
  return fc.record({
    route: fc.nat({ max: routes.length - 1 }),
    id: idForm,
    who: fc.nat({ max: 5 }),
    mutations: fc.array(
      fc.record({ path: fc.constantFrom('', 'a', 'payload', 'party', 'x.y'), value: noise }),
      { maxLength: 3 },
    ),
    poison: fc.option(
      fc.record({
        where: fc.constantFrom('body', 'body', 'body', 'header', 'json', 'size'),
        value: bodyPoison,
        at: fc.constantFrom('', 'payload', 'party', 'violation', 'deep'),
      }),
      { nil: undefined, freq: 8 },
    ),
    query: fc.dictionary(
      fc.constantFrom('asOf', 'at', 'seq', 'page', 'pageSize', 'stage', 'from', 'to', 'dueBefore'),
      fc.oneof(noise, bodyPoison),
      { maxKeys: 3 },
    ),
    key: fc.option(fc.string({ unit: latin1, maxLength: 12 }), { nil: undefined, freq: 6 }),
    raw: fc.constantFrom(...RAW_NUMBERS),
  });
}

/** Puts `value` at a dotted path of `body` (creating objects on the way). */
function put(body: Record<string, unknown>, path: string, key: string, value: unknown) {
  let at = body;
  for (const part of path.split('.').filter(Boolean)) {
    if (!at[part] || typeof at[part] !== 'object') at[part] = {};
    at = at[part] as Record<string, unknown>;
  }
  at[key] = value;
}

describe('fuzz: hostile requests to every endpoint', () => {
  let t: TestApp;
  let cast: Cast;
  let base: string;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestApp('2025-03-20T10:00:00+08:00');
    cast = await seedCast(t);
    ids = [await filedCase(t, cast), await filedCase(t, cast)];
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 120_000);
  afterAll(() => t.close());

  function build(p: Planned, n: number) {
    const route = FUZZ_ROUTES[p.route];
    const realId = ids[n % 2];
    const idText: string = {
      real: realId,
      upper: realId.toUpperCase(),
      random: '00000000-0000-4000-8000-000000000000',
      braces: encodeURIComponent(`{${realId}}`),
      nul: `${realId}%00`,
      badpct: '%E0%A4%A',
      long: 'f'.repeat(3000),
      space: `%20${realId}`,
    }[p.id];
    const path = route.path.replace(':id', idText);
    const tokens = [cast.handler, cast.approver, cast.auditor, t.token('admin'), 'x.y.z', ''];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (tokens[p.who]) headers.authorization = `Bearer ${tokens[p.who]}`;
    if (p.key !== undefined) headers['idempotency-key'] = p.key;
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(p.query)) {
      qs.append(k, typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
    }
    let body: string | undefined;
    if (route.method !== 'GET') {
      const b = structuredClone<Record<string, unknown>>(route.body ?? {});
      p.mutations.forEach((m, i) => put(b, m.path, `k${i}`, m.value));
      // A write always carries a poison: no endpoint may write it.
      const poison = p.poison ?? { where: 'body' as const, value: '\u0000', at: '' };
      if (poison.where === 'header') headers['idempotency-key'] = 'k'.repeat(201);
      else if (poison.where === 'json') body = '{"type":';
      else if (poison.where === 'size') body = JSON.stringify({ ...b, pad: 'x'.repeat(110_000) });
      else put(b, poison.at, 'poisoned', poison.value);
      body ??= JSON.stringify(b).replace(`"${RAW}"`, p.raw);
    }
    const query = qs.toString();
    return {
      method: route.method,
      url: `${base}${path}${query ? `?${query}` : ''}`,
      headers,
      body,
    };
  }

  it(`answers ${RUNS} generated requests with no 5xx and writes nothing`, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    console.log(`fuzz seed=${seed} runs=${RUNS} routes=${FUZZ_ROUTES.length}`);
    const plans = fc.sample(plan(FUZZ_ROUTES), { seed, numRuns: RUNS });
    const before = await digestTables(t.db);
    const started = Date.now();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < plans.length) {
        const n = next++;
        const req = build(plans[n], n);
        const res = await fetch(req.url, {
          method: req.method,
          headers: req.headers,
          body: req.body,
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) failures.push(`#${n} ${req.method} ${req.url.slice(0, 200)}`);
        if (req.method !== 'GET' && res.status < 400) {
          failures.push(`#${n} ${req.method} ${req.url} was accepted (${res.status})`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = await digestTables(t.db);
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
    const figures = {
      requests: plans.length,
      seconds: (Date.now() - started) / 1000,
      '5xx': [...statuses].filter(([s]) => s >= 500).reduce((a, [, c]) => a + c, 0),
      tablesChanged: changed,
      statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    };
    console.log(`fuzz figures ${JSON.stringify(figures)}`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(after).toEqual(before);
  }, 900_000); // 60 s for 5,000 requests on this 2-core machine while shared (load 6)
});

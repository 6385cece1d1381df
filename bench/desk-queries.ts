// npm run bench:desk — GET /deadlines, GET /me/desk and GET /cases (search) with BENCH_CASES
// cases (100,000 unless set; 1,000,000 seeds in a few minutes, see desk-seed.ts).
// Reports medians and their ratio to GET /health (one trivial database round trip) measured in
// the same process and session, so the numbers travel between machines.
import 'reflect-metadata';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { TokenService } from '../src/auth/token.service';
import { loadConfig } from '../src/config/app-config';
import { businessDateOf } from '../src/common/clock/business-time';
import { caseNumberOf, HANDLERS, seedCases, templates } from './desk-seed';
import { freshDatabase, sql, startServer } from './support/server';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/** A fresh database on the bench's server (embedded, or BENCH_DATABASE_URL's). */
async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await startServer();
  const url = await freshDatabase(server, `zhifa_bench_desk_${Date.now()}`, false);
  return { url, stop: () => server.stop() };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(runs: number, call: () => Promise<{ status: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const res = await call();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
  }
  return out;
}

/** Officers of the bench: the template walkers and HANDLERS handlers of the seeded cases. */
function officers(): [string, string[]][] {
  const handlers = Array.from({ length: HANDLERS }, (_, i): [string, string[]] => [
    `bh${i}`,
    ['handler'],
  ]);
  return [
    ['h1', ['handler']],
    ['h2', ['handler']],
    ['a1', ['approver']],
    ['r1', ['case_reviewer']],
    ['l1', ['legal_reviewer']],
    ...handlers,
  ];
}

/** The day `days` after today, as the service's business date (UTC is close enough here). */
const inDays = (days: number) =>
  businessDateOf(new Date(Date.now() + days * 86_400_000), 'Asia/Shanghai');

/** The party name of one seeded case with one character changed (a typo in the middle). */
async function mistyped(url: string, caseNumber: string): Promise<string> {
  const [row] = await sql<{ party_name: string }>(
    url,
    'SELECT party_name FROM cases WHERE case_number = $1',
    [caseNumber],
  );
  const name = [...row.party_name];
  const at = Math.floor(name.length / 2);
  name[at] = name[at] === '可' ? '河' : '可';
  return name.join('');
}

async function main(): Promise<void> {
  const db = await database();
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'zhifa-bench-data-')),
  });
  const app = await createApp({ config, databaseUrl: db.url });
  await app.init();
  const http = request(app.getHttpServer());
  const tokens: Record<string, string> = {};
  const admin = app.get(TokenService).issue('admin');
  for (const [id, roles] of officers()) {
    const res = await http
      .post('/api/v1/officers')
      .set('authorization', `Bearer ${admin}`)
      .send({
        id,
        name: id,
        roles,
        enforcementCredential: { number: id, validUntil: '2030-12-31' },
      });
    if (res.status !== 201) throw new Error(`officer ${id}: ${JSON.stringify(res.body)}`);
    tokens[id] = app.get(TokenService).issue(id);
  }
  process.stderr.write(`seeding ${CASES.toLocaleString('en')} cases…\n`);
  await seedCases(db.url, await templates(http, tokens), CASES);
  const number = caseNumberOf(Math.min(CASES, 4242));
  const typo = await mistyped(db.url, number);
  const get = (path: string, token: string) => () =>
    http.get(path).set('authorization', `Bearer ${token}`);
  const soon = inDays(30);
  const quarter = inDays(90);
  const baseline = await time(RUNS, () => http.get('/health'));
  const results = {
    'GET /health (baseline)': baseline,
    'GET /deadlines?dueBefore=<in 30 days>': await time(
      RUNS,
      get(`/api/v1/deadlines?dueBefore=${soon}`, tokens.r1),
    ),
    'GET /deadlines?officerId=bh7': await time(
      RUNS,
      get(`/api/v1/deadlines?officerId=bh7&dueBefore=${quarter}`, tokens.r1),
    ),
    'GET /me/desk (handler)': await time(RUNS, get('/api/v1/me/desk', tokens.bh7)),
    'GET /me/desk (case reviewer)': await time(RUNS, get('/api/v1/me/desk', tokens.r1)),
    'GET /me/desk (approver)': await time(RUNS, get('/api/v1/me/desk', tokens.a1)),
    'GET /cases?officerId=bh7': await time(RUNS, get('/api/v1/cases?officerId=bh7', tokens.bh7)),
    'GET /cases?q=<case number>': await time(
      RUNS,
      get(`/api/v1/cases?q=${encodeURIComponent(number)}`, tokens.r1),
    ),
    'GET /cases?q=<mistyped name>': await time(
      RUNS,
      get(`/api/v1/cases?q=${encodeURIComponent(typo)}`, tokens.r1),
    ),
  };
  const base = median(baseline);
  const rows = Object.entries(results).map(([name, xs]) => ({
    name,
    medianMs: +median(xs).toFixed(2),
    ratioToBaseline: +(median(xs) / base).toFixed(1),
  }));
  console.table(rows);
  mkdirSync(join(__dirname, '../../bench/results'), { recursive: true });
  writeFileSync(
    join(__dirname, '../../bench/results/desk-queries.json'),
    `${JSON.stringify({ cases: CASES, runs: RUNS, rows }, null, 2)}\n`,
  );
  await app.close();
  await db.stop();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

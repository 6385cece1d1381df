// npm run bench:desk — GET /deadlines, GET /me/desk and GET /cases (search) with 100,000 cases.
// Reports medians and their ratio to GET /health (one trivial database round trip) measured in
// the same process and session, so the numbers travel between machines.
import 'reflect-metadata';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { TokenService } from '../src/auth/token.service';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CONDITIONS = {
  evidenceOfViolation: true,
  penaltyApplicable: true,
  withinJurisdiction: true,
  withinLimitation: true,
};
const PROPOSAL = {
  outcome: 'penalty',
  penalties: [{ kind: 'fine', amountFen: 500_000 }],
  legalBasis: '《食品安全法》第一百二十五条',
};

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster = given
    ? undefined
    : await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'zhifa-bench-')), undefined, {
        persistent: false,
      });
  const server = given ?? cluster!.url;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const name = `zhifa_bench_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return { url: u.toString(), stop: async () => cluster?.stop() };
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

type Http = ReturnType<typeof request>;
type Send = (token: string, id: string, type: string, payload: object, on: string) => Promise<void>;

async function templates(
  http: Http,
  tokens: Record<string, string>,
  send: Send,
): Promise<string[]> {
  const create = async () => {
    const res = await http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${tokens.h1}`)
      .send({
        procedure: 'ordinary',
        source: 'inspection',
        receivedAt: '2025-03-03',
        summary: '基准',
        party: { kind: 'legal_person', name: '基准公司' },
      });
    return res.body.id as string;
  };
  const ids: string[] = [];
  for (let stage = 0; stage < 3; stage++) {
    const id = await create();
    await send(
      tokens.a1,
      id,
      'FILE_CASE',
      { handlerIds: ['h1', 'h2'], conditions: CONDITIONS },
      '2025-03-12',
    );
    if (stage >= 1)
      await send(
        tokens.h1,
        id,
        'CONCLUDE_INVESTIGATION',
        { report: { facts: 'f', evidenceSummary: 'e' }, proposal: PROPOSAL },
        '2025-04-01',
      );
    if (stage >= 2) await send(tokens.r1, id, 'APPROVE_REVIEW', { opinion: '同意' }, '2025-04-02');
    ids.push(id);
  }
  return ids; // investigation, caseReview, proposalApproval
}

async function seed(url: string, templateIds: string[]): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(
    `INSERT INTO cases (id, case_number, procedure, stage, state, snapshot, version, machine_id,
       machine_version, head_hash, party_kind, party_name, handler_ids, flags, received_on,
       last_occurred_at, created_at, updated_at, next_due_on)
     SELECT gen_random_uuid(), 'B' || lpad(g::text, 7, '0'), t.procedure, t.stage, t.state, t.snapshot,
       t.version, t.machine_id, t.machine_version, t.head_hash, t.party_kind, t.party_name || g,
       ARRAY['bh' || (g % 200), 'bh' || ((g + 1) % 200)], '{}', t.received_on, t.last_occurred_at,
       t.created_at, t.updated_at, date '2025-01-01' + (g % 700)
     FROM generate_series(1, $1::int) g
     JOIN cases t ON t.id = ($2::uuid[])[1 + g % 3]`,
    [CASES, templateIds],
  );
  await c.query(
    `INSERT INTO case_deadlines (case_id, clock, due_on, status, provisional, citation)
     SELECT id, k.clock, next_due_on + k.offs, 'open', false, k.citation FROM cases
     CROSS JOIN (VALUES ('caseLimit', 0, 'APL 60'), ('limitation', 400, 'APL 36')) k(clock, offs, citation)
     WHERE case_number LIKE 'B%'`,
  );
  await c.query('VACUUM ANALYZE');
  await c.end();
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
  const officers: [string, string[]][] = [
    ['h1', ['handler']],
    ['h2', ['handler']],
    ['bh7', ['handler']],
    ['a1', ['approver']],
    ['r1', ['case_reviewer']],
  ];
  for (const [id, roles] of officers) {
    await http
      .post('/api/v1/officers')
      .set('authorization', `Bearer ${admin}`)
      .send({
        id,
        name: id,
        roles,
        enforcementCredential: { number: id, validUntil: '2030-12-31' },
      });
    tokens[id] = app.get(TokenService).issue(id);
  }
  const send: Send = async (token, id, type, payload, on) => {
    const res = await http
      .post(`/api/v1/cases/${id}/events`)
      .set('authorization', `Bearer ${token}`)
      .send({ type, payload, occurredAt: on });
    if (res.status !== 200) throw new Error(`${type}: ${JSON.stringify(res.body)}`);
  };
  process.stderr.write(`seeding ${CASES} cases…\n`);
  await seed(db.url, await templates(http, tokens, send));
  const get = (path: string, token: string) => () =>
    http.get(path).set('authorization', `Bearer ${token}`);
  const baseline = await time(RUNS, () => http.get('/health'));
  const results = {
    'GET /health (baseline)': baseline,
    'GET /deadlines?dueBefore=2025-06-01': await time(
      RUNS,
      get('/api/v1/deadlines?dueBefore=2025-06-01', tokens.r1),
    ),
    'GET /deadlines?officerId=bh7': await time(
      RUNS,
      get('/api/v1/deadlines?officerId=bh7&dueBefore=2026-01-01', tokens.r1),
    ),
    'GET /me/desk (handler)': await time(RUNS, get('/api/v1/me/desk', tokens.bh7)),
    'GET /me/desk (case reviewer)': await time(RUNS, get('/api/v1/me/desk', tokens.r1)),
    'GET /me/desk (approver)': await time(RUNS, get('/api/v1/me/desk', tokens.a1)),
    'GET /cases?officerId=bh7': await time(RUNS, get('/api/v1/cases?officerId=bh7', tokens.bh7)),
    'GET /cases?q=<case number>': await time(RUNS, get('/api/v1/cases?q=B0004242', tokens.r1)),
    'GET /cases?q=<mistyped name>': await time(
      RUNS,
      get(`/api/v1/cases?q=${encodeURIComponent('基准公可4242')}`, tokens.r1),
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

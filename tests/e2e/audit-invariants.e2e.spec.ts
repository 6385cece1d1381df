// The audit reports legal invariant breaches of stored history: verify, replay and the offline
// verifier (exit 2). `valid` stays about integrity only.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CURRENT } from '../../workflows/registry';
import { filedCase, seedCast, send, type Cast, wholeText } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const root = resolve(__dirname, '../..');

describe('audit: invariant breaches of stored history', () => {
  let t: TestApp;
  let cast: Cast;
  let lawful: string;
  let mailed: string;
  const get = async (path: string) =>
    (await t.http.get(`/api/v1/cases/${path}`).set('authorization', `Bearer ${cast.auditor}`))
      .body as Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    lawful = await filedCase(t, cast);
    // A summary decision mailed three days later: APL 52 requires 当场交付 (I11). penalty-case@2
    // refuses it (G43); v1 allowed it, so the case is started as one started before v2 existed.
    const pinned = CURRENT as { version: number };
    pinned.version = 1;
    const created = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${cast.handler}`)
      .send({
        procedure: 'summary',
        source: 'inspection',
        receivedAt: '2025-09-15',
        summary: '占道经营',
        party: { kind: 'natural_person', name: '赵六', address: '上海市某路1号' },
      });
    pinned.version = 2;
    expect(created.body).toMatchObject({ machine: { version: 1 } });
    mailed = created.body.id as string;
    const onSpot = {
      decisionNumber: 'J-1',
      officersPresent: ['h1', 'h2'],
      penalties: [{ kind: 'fine', amountFen: 10_000 }],
    };
    const decided = await send(t, cast.handler, mailed, 'DECIDE_ON_SPOT', onSpot, {
      occurredAt: '2025-09-15',
    });
    expect(decided.status).toBe(200);
    const served = await send(
      t,
      cast.handler,
      mailed,
      'SERVE_DECISION',
      { method: 'mail' },
      { occurredAt: '2025-09-18' },
    );
    expect(served.status).toBe(200);
  }, 60_000);
  afterAll(() => t.close());

  it('a lawful case: valid, current version, no breach', async () => {
    expect(await get(`${lawful}/verify`)).toMatchObject({
      valid: true,
      machineVersionCurrent: true,
      invariantBreaches: [],
    });
  });

  it('APL 52: verify lists the breach with its entry and article; the record stays valid', async () => {
    const report = await get(`${mailed}/verify`);
    expect(report).toMatchObject({ valid: true, entries: 3, machineVersionCurrent: false });
    expect(report.invariantBreaches).toContainEqual({
      seq: 3,
      invariant: 'I11',
      article: 'APL 52',
      message: expect.stringContaining('mail'),
    });
  });

  it('replay reports the breaches of the history up to the entry asked for', async () => {
    expect((await get(`${mailed}/replay?seq=2`)).invariantBreaches).toEqual([]);
    expect((await get(`${mailed}/replay?seq=3`)).invariantBreaches).toContainEqual(
      expect.objectContaining({ seq: 3, invariant: 'I11' }),
    );
  });

  it('verify-all lists the breaching case; its summary stays valid', async () => {
    const res = await t.http
      .get('/api/v1/audit/verify-all')
      .set('authorization', `Bearer ${cast.auditor}`)
      .buffer(true)
      .parse(wholeText);
    const events = (res.body as string)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events).toContainEqual(expect.objectContaining({ type: 'breaches', caseId: mailed }));
    expect(events.find((e) => e.type === 'summary')).toMatchObject({
      valid: true,
      casesWithInvariantBreaches: 1,
    });
  });

  it('npm run verify prints the breach and exits 2 (1 stays for integrity)', async () => {
    const res = await t.http
      .get(`/api/v1/cases/${mailed}/export`)
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(res.status).toBe(200);
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    const dir = mkdtempSync(join(tmpdir(), 'zhifa-invariants-'));
    const file = join(dir, 'bundle.json');
    writeFileSync(file, res.text);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const run = spawnSync('node', ['dist/scripts/verify-bundle.js', file], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(/BREACH seq 3 I11 \(APL 52\)/);
    expect(run.stdout).toMatch(/FLAGGED: recorded under machine version 1/);
    expect(run.stdout).toMatch(/VALID/);
    expect(run.status).toBe(2);
  }, 180_000);
});

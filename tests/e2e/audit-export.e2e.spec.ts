import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { verifyBundle } from '../../src/audit/bundle-verifier';
import {
  createCase,
  filedCase,
  seedCast,
  send,
  type Cast,
  FILE_CONDITIONS,
} from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const root = resolve(__dirname, '../..');

describe('replay, export and offline verification', () => {
  let t: TestApp;
  let cast: Cast;
  let id: string;
  const stages: string[] = [];
  let bundle: string;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    id = await createCase(t, cast.handler);
    stages.push('clueVerification');
    const answers = [];
    answers.push(
      await send(
        t,
        cast.approver,
        id,
        'FILE_CASE',
        {
          handlerIds: ['h1', 'h2'],
          conditions: FILE_CONDITIONS,
        },
        { occurredAt: '2025-03-12' },
      ),
    );
    answers.push(
      await send(
        t,
        cast.handler,
        id,
        'RECORD_EVIDENCE',
        { kind: 'photo', description: '照片', sha256: 'a'.repeat(64) },
        { occurredAt: '2025-03-20' },
      ),
    );
    answers.push(
      await send(
        t,
        cast.approver,
        id,
        'SUSPEND_INVESTIGATION',
        { ground: '等待检验结果' },
        { occurredAt: '2025-04-01' },
      ),
    );
    answers.push(
      await send(t, cast.approver, id, 'RESUME_INVESTIGATION', {}, { occurredAt: '2025-05-15' }),
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      stages.push(a.body.case.stage);
    }
    await filedCase(t, cast); // another case, so the tree has more than one chain
    const res = await t.http
      .get(`/api/v1/cases/${id}/export`)
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(res.status).toBe(200);
    bundle = res.text;
  }, 60_000);
  afterAll(() => t.close());

  it('replays the stage the case had after every entry (S20)', async () => {
    for (let seq = 1; seq <= stages.length; seq++) {
      const res = await t.http
        .get(`/api/v1/cases/${id}/replay?seq=${seq}`)
        .set('authorization', `Bearer ${cast.auditor}`);
      expect(res.status).toBe(200);
      expect(res.body.stage).toBe(stages[seq - 1]);
    }
    const at = await t.http
      .get(`/api/v1/cases/${id}/replay?at=2025-04-15T00:00:00%2B08:00`)
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(at.body).toMatchObject({ seq: 4, state: { investigation: 'suspended' } });
  });

  it('refuses replay to handlers and past the end of the log', async () => {
    await t.http
      .get(`/api/v1/cases/${id}/replay?seq=1`)
      .set('authorization', `Bearer ${cast.handler}`)
      .expect(403);
    await t.http
      .get(`/api/v1/cases/${id}/replay?seq=99`)
      .set('authorization', `Bearer ${cast.auditor}`)
      .expect(400);
  });

  it('records who read the history', async () => {
    const rows = await t.db.sql<{ officer_id: string; what: string }>(
      `SELECT officer_id, what FROM audit_reads WHERE case_id = $1`,
      [id],
    );
    expect(rows).toContainEqual({ officer_id: 'au1', what: 'export' });
    expect(rows).toContainEqual({ officer_id: 'au1', what: 'replay' });
  });

  it('verifies an export offline: every check holds', () => {
    const checks = verifyBundle(bundle);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toEqual([
      'format',
      'bytes',
      'chain and replay',
      'documents',
      'checkpoint signature',
      'inclusion',
      'bundle signature',
    ]);
    expect(JSON.parse(bundle).attachments).toEqual([
      { seq: 3, field: 'payload.sha256', sha256: 'a'.repeat(64) },
    ]);
  });

  it('fails with a message saying what and where when any byte is flipped', () => {
    const bytes = Buffer.from(bundle, 'utf8');
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const flipped = Buffer.from(bytes);
        flipped[at] ^= 1 << bit;
        const failed = verifyBundle(flipped.toString('utf8')).filter((c) => !c.ok);
        expect(failed.length).toBeGreaterThan(0);
        expect(failed[0].detail).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('names the entry whose payload was changed', () => {
    const b = JSON.parse(bundle);
    b.entries[2].payload.description = '篡改';
    const failed = verifyBundle(`${JSON.stringify(b, null, 2)}\n`).filter((c) => !c.ok);
    expect(failed[0]).toMatchObject({
      name: 'chain and replay',
      detail: expect.stringMatching(/^seq 3: /),
    });
  });

  it('npm run verify exits 0 for the export and 1 for a changed one, with no database', () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    const dir = mkdtempSync(join(tmpdir(), 'zhifa-bundle-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, bundle);
    const changed = JSON.parse(bundle);
    changed.entries[2].payload.description = '照相';
    writeFileSync(bad, `${JSON.stringify(changed, null, 2)}\n`);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const ok = spawnSync('node', ['dist/scripts/verify-bundle.js', good], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/VALID/);
    const ko = spawnSync('node', ['dist/scripts/verify-bundle.js', bad], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(ko.status).toBe(1);
    expect(ko.stderr).toMatch(/INVALID: chain and replay: seq 3/);
  }, 120_000);
});

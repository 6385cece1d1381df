// Issue 13 item 2: `npm run audit:verify` must never report success on failure. The built
// script runs against a test database: clean → exit 0; a tampered case → exit 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { filedCase, seedCast } from '../support/case-fixtures';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const root = join(__dirname, '..', '..');

describe('npm run audit:verify exits with the verdict', () => {
  let t: TestApp;
  let caseId: string;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    t = await startTestApp('2025-03-20T10:00:00+08:00');
    caseId = await filedCase(t, await seedCast(t));
  }, 240_000);
  afterAll(() => t.close());

  const run = () =>
    spawnSync('node', ['dist/scripts/audit-verify.js'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: t.db.url,
        CHECKPOINT_SIGNING_KEY: process.env.ZHIFA_TEST_SIGNING_KEY,
        LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0 when every case verifies', () => {
    const clean = run();
    expect(clean.stdout).toMatch(/"valid":true/);
    expect(clean.status).toBe(0);
  }, 90_000);

  it('exits 1 when a case was tampered with', async () => {
    await tamper(t.db, [
      [`UPDATE case_log SET actor_id = 'h2' WHERE case_id = $1 AND seq = 2`, [caseId]],
    ]);
    const tampered = run();
    expect(tampered.stdout).toMatch(new RegExp(`PROBLEM case=${caseId}`));
    expect(tampered.stdout).toMatch(/"valid":false/);
    expect(tampered.status).toBe(1);
  }, 90_000);
});

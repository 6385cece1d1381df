import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freeLoopbackPort } from '../../src/database/free-port';
import { caseBody, CREDENTIAL, FILE_CONDITIONS } from '../support/case-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { until, WebhookReceiver } from '../support/webhook-receiver';

const root = resolve(__dirname, '../..');
const SECRET = 'kill-test-webhook-secret-42';
const CASES = 24;

/**
 * At least once across a crash: the built service delivers CASE_FILED effects to a slow
 * receiver, is killed with SIGKILL mid-delivery, and a restarted instance finishes the job.
 */
describe('outbox delivery survives kill -9', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhifa-outbox-kill-'));
  const receiver = new WebhookReceiver(SECRET);
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    db = await createTestDatabase();
    await receiver.start();
    receiver.delayMs = 700;
    env = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      WORKERS: '1',
      WEBHOOK_URLS: receiver.url('/hook'),
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_TIMEOUT_MS: '2000',
      OUTBOX_LEASE_SECONDS: '3',
      OUTBOX_POLL_MS: '100',
      OUTBOX_BATCH_SIZE: '4',
      OUTBOX_BACKOFF_BASE_MS: '100',
      CHECKPOINT_INTERVAL_SECONDS: '0',
    };
  }, 180_000);
  afterAll(async () => {
    await receiver.stop();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<{ child: ChildProcess; api: string }> {
    const port = await freeLoopbackPort();
    const child = spawn('node', ['dist/src/main.js'], {
      cwd: root,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const api = `http://127.0.0.1:${port}`;
    await until(
      async () => {
        if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
        return fetch(`${api}/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      undefined,
      60_000,
    );
    return { child, api };
  }

  const token = (id: string) =>
    execFileSync('node', ['dist/scripts/token.js', id], { cwd: root, env }).toString().trim();

  async function post(
    api: string,
    as: string,
    path: string,
    body: unknown,
  ): Promise<{ id: string }> {
    const res = await fetch(`${api}/api/v1${path}`, {
      method: 'POST',
      // A fresh connection each time: blocking token calls let kept-alive sockets time out.
      headers: {
        authorization: `Bearer ${as}`,
        'content-type': 'application/json',
        connection: 'close',
      },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  }

  it('delivers every effect at least once after a SIGKILL mid-delivery', async () => {
    const t0 = Date.now();
    const lap: Record<string, number> = {};
    const first = await start();
    lap.started = Date.now() - t0;
    const admin = token('admin');
    for (const id of ['h1', 'h2']) {
      const credential = { ...CREDENTIAL, number: `SH-${id}` };
      await post(first.api, admin, '/officers', {
        id,
        name: id,
        roles: ['handler'],
        enforcementCredential: credential,
      });
    }
    await post(first.api, admin, '/officers', { id: 'a1', name: 'a1', roles: ['approver'] });
    const [h1, a1] = [token('h1'), token('a1')];
    // All at once, so the effects queue up faster than the slow receiver takes them.
    await Promise.all(
      Array.from({ length: CASES }, async () => {
        const { id } = await post(first.api, h1, '/cases', caseBody());
        await post(first.api, a1, `/cases/${id}/events`, {
          type: 'FILE_CASE',
          occurredAt: '2025-03-12',
          payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
        });
      }),
    );
    lap.created = Date.now() - t0;
    // Mid-delivery: some effects received, others claimed and in flight, the rest waiting.
    await until(() => receiver.received.length >= 6, undefined, 60_000);
    first.child.kill('SIGKILL');
    await new Promise((done) => first.child.once('exit', done));
    const beforeKill = receiver.received.length;
    const settled = await db.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_deliveries WHERE status = 'delivered'
       AND target <> 'inbox'`,
    );

    expect(beforeKill).toBeGreaterThan(settled[0].n); // something was in flight
    lap.killed = Date.now() - t0;
    const second = await start();
    lap.restarted = Date.now() - t0;
    const effects = await db.sql<{ id: string }>(
      `SELECT id::text FROM outbox WHERE type = 'CASE_FILED' ORDER BY id`,
    );
    expect(effects).toHaveLength(CASES);
    await until(
      async () => {
        const [r] = await db.sql<{ open: number }>(
          `SELECT (SELECT count(*) FROM outbox WHERE processed_at IS NULL)
             + (SELECT count(*) FROM outbox_deliveries WHERE status <> 'delivered') AS open`,
        );
        return Number(r.open) === 0;
      },
      undefined,
      90_000,
    );
    lap.allDelivered = Date.now() - t0;
    second.child.kill('SIGTERM');
    await new Promise((done) => second.child.once('exit', done));
    lap.stopped = Date.now() - t0;

    const ok = receiver.received.filter((r) => r.signed && r.status === 200);
    const ids = ok.map((r) => r.body.id);
    expect(new Set(ids)).toEqual(new Set(effects.map((e) => e.id)));
    expect(ok.every((r) => r.headers['zhifa-event-id'] === r.body.id)).toBe(true);
    // The inbox is written with its delivery mark in one transaction: exactly once.
    const [inbox] = await db.sql<{ n: number; distinct_n: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT (outbox_id, officer_id))::int AS distinct_n
       FROM notifications WHERE type = 'CASE_FILED'`,
    );
    expect(inbox).toEqual({ n: 2 * CASES, distinct_n: 2 * CASES });
    const [attempts] = await db.sql<{ retries: number }>(
      `SELECT sum(attempts - 1)::int AS retries FROM outbox_deliveries`,
    );
    const duplicates = ids.length - new Set(ids).size;
    // Only what was in flight when the process died may arrive twice.
    expect(duplicates).toBeLessThanOrEqual(beforeKill - settled[0].n);
    console.log(
      JSON.stringify({
        outboxKill: {
          effects: CASES,
          webhookRequests: receiver.received.length,
          deliveredUnique: new Set(ids).size,
          receivedBeforeKill: beforeKill,
          settledBeforeKill: settled[0].n,
          duplicatesAfterKill: duplicates,
          retries: attempts.retries,
          inboxNotifications: inbox.n,
          lap,
        },
      }),
    );
  }, 240_000);
});

import { Client } from 'pg';
import { freeLoopbackPort } from '../../src/database/free-port';
import {
  buildService,
  spawnService,
  tokenFor,
  waitForStatus,
  type SpawnedService,
} from '../support/spawned-service';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { reportFigure } from '../support/reliability-figures';

// Short limits so the test is quick; the defaults are 10 s / 5 s / 5 s.
const METRICS_TOKEN = 'metrics-token-for-the-test';
const LIMITS = {
  LOG_LEVEL: 'info',
  METRICS_TOKEN,
  DB_STATEMENT_TIMEOUT_MS: '2000',
  DB_LOCK_TIMEOUT_MS: '1000',
  DB_CONNECT_TIMEOUT_MS: '1000',
};
/** query_timeout is the statement timeout + 2 s; one more second for the HTTP round trip. */
const FROZEN_ANSWER_WITHIN_MS = 2000 + 2000 + 1500;

const CASE_BODY = {
  procedure: 'ordinary',
  source: 'inspection',
  receivedAt: '2025-03-03',
  summary: '标签不合格',
  party: { kind: 'legal_person', name: '上海某某食品有限公司' },
};

async function timed(url: string, init: RequestInit = {}) {
  const t0 = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  const body = (await res.json()) as Record<string, unknown>;
  return {
    status: res.status,
    body,
    ms: Date.now() - t0,
    retryAfter: res.headers.get('retry-after'),
  };
}

describe('faults: the database down, unreachable at start, frozen, or holding a lock', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let svc: SpawnedService;
  let token: string;
  let handlerToken: string;
  const auth = () => ({ headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    buildService();
    token = tokenFor('admin');
    handlerToken = tokenFor('h1');
    db = await createTestDatabase();
    const target = new URL(db.url);
    proxy = new TcpProxy(await freeLoopbackPort(), {
      host: target.hostname,
      port: Number(target.port || 5432),
    });
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    // The proxy's port is closed: the service starts with its database unreachable.
    svc = await spawnService(viaProxy.toString(), LIMITS);
  }, 120_000);
  afterAll(async () => {
    await svc?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it('started with the database unreachable: live, not ready, 503s; ready once it is reachable', async () => {
    await waitForStatus(svc, '/health/live', 200);
    const ready = await timed(`${svc.url}/health/ready`);
    expect(ready).toMatchObject({ status: 503, body: { database: 'down' } });
    expect(Number(ready.retryAfter)).toBeGreaterThan(0);
    expect((await timed(`${svc.url}/health`)).body).toEqual({ status: 'error', database: 'down' });
    const api = await timed(`${svc.url}/api/v1/cases`, auth());
    expect(api).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
    // Well past a few retries, it is still running and says why it is waiting.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(svc.child.exitCode).toBeNull();
    const attempts = svc.output().match(/database unreachable \(attempt \d+/g) ?? [];
    expect(attempts.length).toBeGreaterThanOrEqual(3);

    await proxy.open();
    const t0 = Date.now();
    await waitForStatus(svc, '/health/ready', 200, 30_000);
    reportFigure(
      'faults',
      'start with the database down: ready after it came back (ms)',
      Date.now() - t0,
    );
    expect((await timed(`${svc.url}/health`)).body).toEqual({ status: 'ok', database: 'up' });
    expect((await timed(`${svc.url}/api/v1/cases`, auth())).status).toBe(200);
  }, 60_000);

  it('a held lock trips lock_timeout: 503 with Retry-After, then 200 once released', async () => {
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE cases IN ACCESS EXCLUSIVE MODE');
    try {
      const res = await timed(`${svc.url}/api/v1/cases`, auth());
      expect(res).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
      expect(res.retryAfter).not.toBeNull();
      expect(res.ms).toBeLessThan(3_000);
      reportFigure('faults', 'held lock: answered 503 after (ms)', res.ms);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect((await timed(`${svc.url}/api/v1/cases`, auth())).status).toBe(200);
  });

  it('a frozen database: requests answer 503 within the timeouts, and recover when it thaws', async () => {
    proxy.freeze();
    try {
      const [api, health] = await Promise.all([
        timed(`${svc.url}/api/v1/cases`, auth()),
        timed(`${svc.url}/health`),
      ]);
      expect(api).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
      expect(api.ms).toBeLessThan(FROZEN_ANSWER_WITHIN_MS);
      expect(health).toMatchObject({ status: 503, body: { database: 'down' } });
      reportFigure('faults', 'frozen database: answered 503 after (ms)', api.ms);
    } finally {
      await proxy.open();
    }
    await waitForStatus(svc, '/health/ready', 200, 20_000);
    const until = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < until && status !== 200)
      status = (await timed(`${svc.url}/api/v1/cases`, auth())).status;
    expect(status).toBe(200);
  }, 60_000);

  it('the database stopped while running: 503 with Retry-After, never 500; back when it returns', async () => {
    await proxy.close();
    try {
      const answers = await Promise.all([
        timed(`${svc.url}/health`),
        timed(`${svc.url}/health/ready`),
        timed(`${svc.url}/health/live`),
        timed(`${svc.url}/api/v1/cases`, auth()),
        timed(`${svc.url}/api/v1/deadlines`, auth()),
        fetch(`${svc.url}/api/v1/cases`, {
          method: 'POST',
          headers: { ...auth().headers, 'content-type': 'application/json' },
          body: JSON.stringify({
            procedure: 'ordinary',
            source: 'inspection',
            receivedAt: '2025-03-03',
            summary: 's',
            party: { kind: 'legal_person', name: '某公司' },
          }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as Record<string, unknown>,
          retryAfter: r.headers.get('retry-after'),
        })),
      ]);
      const [health, ready, live, ...api] = answers;
      expect(health).toMatchObject({ status: 503, body: { status: 'error', database: 'down' } });
      expect(health.retryAfter).not.toBeNull();
      expect(ready.status).toBe(503);
      expect(live.status).toBe(200);
      for (const a of api) {
        expect(a).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
        expect(a.retryAfter).not.toBeNull();
      }
      reportFigure('faults', 'database stopped: requests tried, none 500', answers.length);
    } finally {
      await proxy.open();
    }
    await waitForStatus(svc, '/health', 200, 20_000);
    const until = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < until && status !== 200)
      status = (await timed(`${svc.url}/api/v1/cases`, auth())).status;
    expect(status).toBe(200);
  }, 60_000);

  it('observability: /metrics needs METRICS_TOKEN; one request id through the lines of an event', async () => {
    await proxy.open();
    await waitForStatus(svc, '/health/ready', 200, 30_000);
    expect((await fetch(`${svc.url}/metrics`)).status).toBe(401);
    const scraped = await fetch(`${svc.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('zhifa_http_request_duration_seconds_bucket');

    const officer = await fetch(`${svc.url}/api/v1/officers`, {
      method: 'POST',
      headers: { ...auth().headers, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'h1', name: 'h1', roles: ['handler'] }),
    });
    expect(officer.status).toBe(201);
    const requestId = 'trace-event-0001';
    const created = await fetch(`${svc.url}/api/v1/cases`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${handlerToken}`,
        'content-type': 'application/json',
        'x-request-id': requestId,
      },
      body: JSON.stringify(CASE_BODY),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe(requestId);
    await new Promise((r) => setTimeout(r, 300)); // logs are written asynchronously
    const lines = svc
      .output()
      .split('\n')
      .filter((l) => l.includes(requestId))
      .map((l) => JSON.parse(l) as { msg: string; req?: { id?: string } });
    expect(lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['event accepted', 'request completed']),
    );
    for (const l of lines) expect(l.req?.id).toBe(requestId);
  }, 40_000);
});

import { freeLoopbackPort } from '../../src/database/free-port';
import { reportFigure } from '../support/reliability-figures';
import {
  buildService,
  spawnService,
  tokenFor,
  waitForStatus,
  type SpawnedService,
} from '../support/spawned-service';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const CLIENTS = 16;
const KILLS = 2;
/** Load before each kill, and after the last restart (ms). */
const PHASE_MS = 5_000;
const RESTART_MS = 120_000;

const FILE_CONDITIONS = {
  evidenceOfViolation: true,
  penaltyApplicable: true,
  withinJurisdiction: true,
  withinLimitation: true,
};
const CASE_BODY = {
  procedure: 'ordinary',
  source: 'inspection',
  receivedAt: '2025-03-03',
  summary: '销售标签不符合规定的预包装食品',
  party: { kind: 'legal_person', name: '上海某某食品有限公司' },
  violation: { endedAt: '2025-02-20' },
};

interface Ack {
  caseId: string;
  seq: number;
  hash?: string;
}

/**
 * kill -9 under load: 16 clients post events over HTTP to the built service, which is killed
 * with SIGKILL mid-load and restarted, twice. Every acknowledged event must be stored (same seq
 * and hash), nothing may be stored beyond the requests that got no answer, and every chain
 * must verify.
 */
describe('kill -9 under load: acknowledged = stored, every chain valid', () => {
  let db: TestDatabase;
  let svc: SpawnedService;
  let port: number;
  const tokens = { admin: '', h1: '', a1: '', au1: '' };

  const post = async (token: string, path: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    buildService();
    db = await createTestDatabase();
    port = await freeLoopbackPort();
    svc = await spawnService(db.url, {}, port);
    await waitForStatus(svc, '/health/ready', 200, RESTART_MS);
    for (const id of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[id] = tokenFor(id);
    const credential = { number: 'SH-0001', validUntil: '2030-12-31' };
    for (const o of [
      { id: 'h1', roles: ['handler'], enforcementCredential: credential },
      { id: 'h2', roles: ['handler'], enforcementCredential: credential },
      { id: 'a1', roles: ['approver'] },
      { id: 'au1', roles: ['auditor'] },
    ]) {
      expect((await post(tokens.admin, '/api/v1/officers', { name: o.id, ...o })).status).toBe(201);
    }
  }, 180_000);
  afterAll(async () => {
    await svc?.stop();
    await db?.drop();
  });

  it('loses nothing acknowledged across two SIGKILLs of the service under 16 clients', async () => {
    const acked: Ack[] = [];
    let unanswered = 0;
    let refused = 0;
    let running = true;

    /** One client: a case, filed, then evidence after evidence; a failed request is retried later. */
    async function client(): Promise<void> {
      let caseId: string | undefined;
      let filed = false;
      while (running) {
        try {
          if (!caseId) {
            const r = await post(tokens.h1, '/api/v1/cases', CASE_BODY);
            if (r.status === 201) {
              caseId = r.body.id as string;
              acked.push({ caseId, seq: 1 });
            } else if (r.status >= 500) unanswered++;
            else refused++;
            continue;
          }
          const [token, event] = filed
            ? [
                tokens.h1,
                { type: 'RECORD_EVIDENCE', payload: { kind: 'photo', description: '照片' } },
              ]
            : [
                tokens.a1,
                {
                  type: 'FILE_CASE',
                  payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
                },
              ];
          const r = await post(token, `/api/v1/cases/${caseId}/events`, event);
          if (r.status === 200) {
            const entry = r.body.entry as { seq: number; hash: string };
            acked.push({ caseId, seq: entry.seq, hash: entry.hash });
            filed = true;
          } else if (r.status === 409 && !filed) {
            filed = true; // filed by a request whose answer was lost in a kill
            refused++;
          } else if (r.status >= 500) {
            unanswered++;
            await new Promise((r) => setTimeout(r, 50));
          } else refused++;
        } catch {
          // Connection refused or cut by the kill: the request may or may not have landed.
          unanswered++;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }

    const t0 = Date.now();
    const clients = Array.from({ length: CLIENTS }, () => client());
    for (let k = 0; k < KILLS; k++) {
      await new Promise((r) => setTimeout(r, PHASE_MS));
      const before = acked.length;
      await svc.kill();
      expect(before).toBeGreaterThan(0);
      svc = await spawnService(db.url, {}, port);
      // Generous: on a loaded machine a cold start of Node and Nest alone can take 20 s.
      await waitForStatus(svc, '/health/ready', 200, RESTART_MS);
    }
    await new Promise((r) => setTimeout(r, PHASE_MS));
    running = false;
    await Promise.all(clients);
    const seconds = (Date.now() - t0) / 1000;

    // Acknowledged = stored: every acknowledged entry is in the log, with the hash answered.
    const rows = await db.sql<{ case_id: string; seq: number; hash: string }>(
      'SELECT case_id, seq, hash FROM case_log',
    );
    const stored = new Map(rows.map((r) => [`${r.case_id}:${r.seq}`, r.hash]));
    const missing = acked.filter((a) => !stored.has(`${a.caseId}:${a.seq}`));
    const wrongHash = acked.filter((a) => a.hash && stored.get(`${a.caseId}:${a.seq}`) !== a.hash);
    expect(missing).toEqual([]);
    expect(wrongHash).toEqual([]);
    expect(new Set(acked.map((a) => `${a.caseId}:${a.seq}`)).size).toBe(acked.length);
    // Nothing extra: only requests that got no answer may have landed unacknowledged.
    const extra = rows.length - acked.length;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(unanswered);

    // Every chain verifies (hashes, links, replay against the stored snapshot).
    const cases = await db.sql<{ id: string }>('SELECT id FROM cases');
    for (const { id } of cases) {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/cases/${id}/verify`, {
        headers: { authorization: `Bearer ${tokens.au1}` },
      });
      expect(await res.json()).toMatchObject({ valid: true });
    }

    console.log(
      `kill -9 ×${KILLS} under ${CLIENTS} clients: ${acked.length} acknowledged, ${rows.length} stored, ` +
        `${extra} landed unanswered, ${unanswered} unanswered requests, ${refused} refused, ` +
        `${cases.length} chains valid, ${seconds.toFixed(1)} s`,
    );
    const figure = (name: string, value: number | string) => reportFigure('kill9', name, value);
    figure('clients', CLIENTS);
    figure('SIGKILLs of the service under load', KILLS);
    figure('events acknowledged', acked.length);
    figure('acknowledged but not stored', missing.length);
    figure('stored without an answer (in flight at a kill)', extra);
    figure('requests without an answer', unanswered);
    figure('chains verified valid', cases.length);
    figure('duration (s)', seconds.toFixed(1));
    figure('acknowledged events per second (incl. restarts)', (acked.length / seconds).toFixed(0));
  }, 300_000);
});

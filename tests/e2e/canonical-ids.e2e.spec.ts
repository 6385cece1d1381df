// Issue 13 item 1: every form of a case id in a URL either reaches the case as its canonical
// (lower-case) id or is a 400; afterwards every chain verifies. Item 5: one Idempotency-Key
// sent 100 times at once creates one case and answers 100 identical 201s.
import fc from 'fast-check';
import { Client } from 'pg';
import { caseBody, filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { checkChain } from '../support/chain';
import { startTestApp, type TestApp } from '../support/test-app';

/** The forms an id can take in a URL, and whether the API must accept it. */
const FORMS: [string, (id: string) => string, boolean][] = [
  ['upper', (id) => id.toUpperCase(), true],
  ['mixed', (id) => [...id].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''), true],
  [
    'percent-encoded',
    (id) => [...id].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
    true,
  ],
  ['percent-encoded upper', (id) => encodeURIComponent(id.toUpperCase()), true],
  ['braces', (id) => encodeURIComponent(`{${id}}`), false],
  ['leading space', (id) => encodeURIComponent(` ${id}`), false],
  ['trailing tab', (id) => encodeURIComponent(`${id}\t`), false],
  ['urn', (id) => `urn:uuid:${id}`, false],
  ['no dashes', (id) => id.replace(/-/g, ''), false],
];

describe('case ids are canonical before use', () => {
  let t: TestApp;
  let cast: Cast;
  const ids: string[] = [];

  beforeAll(async () => {
    // The race test holds a table lock while 100 requests queue for it and for the pool's 20
    // connections: longer than the default lock and connect timeouts (5 s, a 503) when loaded.
    const timeouts = ['DB_LOCK_TIMEOUT_MS', 'DB_CONNECT_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS'];
    for (const name of timeouts) process.env[name] = '60000';
    t = await startTestApp('2025-03-20T10:00:00+08:00');
    for (const name of timeouts) delete process.env[name];
    cast = await seedCast(t);
    ids.push(await filedCase(t, cast), await filedCase(t, cast));
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('any id form on event, GET, log, verify and replay routes leaves every chain valid', async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`canonical-ids property seed=${seed}`);
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMS),
        fc.constantFrom(0, 1),
        fc.constantFrom('event', 'get', 'log', 'verify', 'replay'),
        async ([, form, accepted], which, route) => {
          const id = ids[which];
          const url = `/api/v1/cases/${form(id)}`;
          const res =
            route === 'event'
              ? await t.http
                  .post(`${url}/events`)
                  .set(auth(cast.handler))
                  .send({
                    type: 'RECORD_EVIDENCE',
                    payload: { kind: 'photo', description: '照片' },
                  })
              : await t.http
                  .get(route === 'get' ? url : `${url}/${route}`)
                  .set(auth(route === 'get' ? cast.handler : cast.auditor));
          sent++;
          expect(res.status).toBe(accepted ? 200 : 400);
          if (accepted && route === 'event') expect(res.body.case.id).toBe(id);
          if (accepted && route === 'get') expect(res.body.id).toBe(id);
          if (accepted && route === 'verify') expect(res.body.valid).toBe(true);
        },
      ),
      { seed, numRuns: 60 },
    );
    for (const id of ids) {
      expect((await checkChain(t, id)).problems).toEqual([]);
      const verify = await t.http.get(`/api/v1/cases/${id}/verify`).set(auth(cast.auditor));
      expect(verify.body.valid).toBe(true);
    }
    console.log(`canonical-ids: ${sent} requests, chains of ${ids.length} cases valid`);
  });

  it('the upper-case id that once broke a chain is now hashed in lower case', async () => {
    const id = ids[0];
    const res = await send(t, cast.handler, id.toUpperCase(), 'RECORD_EVIDENCE', {
      kind: 'photo',
      description: '大写',
    });
    expect(res.status).toBe(200);
    const { entries, problems } = await checkChain(t, id);
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.caseId === id)).toBe(true);
  });

  it('100 concurrent POST /cases with one Idempotency-Key: one case, 100 identical 201s', async () => {
    const before = await t.http.get('/api/v1/cases?pageSize=100').set(auth(cast.handler));
    // A listening server and fetch: every request on its own connection, truly concurrent.
    await t.app.listen(0, '127.0.0.1');
    const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    // Hold the numbering table so that every request has looked for the key (and found
    // nothing) before any of them can write: the race, every time.
    const gate = new Client({ connectionString: t.db.url });
    await gate.connect();
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE case_number_sequences IN SHARE ROW EXCLUSIVE MODE');
    const pending = Promise.all(
      Array.from({ length: 100 }, async () => {
        const r = await fetch(`${base}/api/v1/cases`, {
          method: 'POST',
          headers: {
            ...auth(cast.handler),
            'content-type': 'application/json',
            'idempotency-key': 'one-key-100-clients',
          },
          body: JSON.stringify(caseBody()),
        });
        return { status: r.status, body: await r.json() };
      }),
    );
    for (let i = 0; i < 100; i++) {
      const { rows } = await gate.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      if (rows[0].n >= 10) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await gate.query('COMMIT');
    await gate.end();
    const answers = await pending;
    const statuses = answers.map((r) => r.status);
    console.log(`idempotency race: ${statuses.filter((s) => s >= 500).length} 5xx of 100`);
    expect(statuses).toEqual(Array(100).fill(201));
    const bodies = new Set(answers.map((r) => JSON.stringify(r.body)));
    expect(bodies.size).toBe(1);
    const after = await t.http.get('/api/v1/cases?pageSize=100').set(auth(cast.handler));
    expect(after.body.total).toBe(before.body.total + 1);
  });
});

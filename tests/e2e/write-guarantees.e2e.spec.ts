// Issue 19, "The decision", the write guarantees an event may not give up however lean its write:
// (a) an acknowledged event is in the hash-chained log, committed, when the answer arrives;
// (b) two events never land at the same version; (c) a refusal of any kind writes nothing, in
// any table of the schema.
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  createCase,
  FILE_CONDITIONS,
  filedCase,
  seedCast,
  send,
  type Cast,
} from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-14T10:00:00+08:00';
const EVIDENCE = { kind: 'inspection_record', description: '现场检查笔录' };

describe('write guarantees (issue 19)', () => {
  let t: TestApp;
  let cast: Cast;
  /** A client of its own: not the application's pool, so it sees only what was committed. */
  let other: Client;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    other = new Client({ connectionString: t.db.url });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await t.close();
  });

  const logOf = async (id: string) =>
    (
      await other.query<{ seq: number; hash: string; prev_hash: string; type: string }>(
        'SELECT seq, hash, prev_hash, type FROM case_log WHERE case_id = $1 ORDER BY seq',
        [id],
      )
    ).rows;

  describe('(a) acknowledged means committed in the hash-chained log', () => {
    it('every answered event is already visible to another connection, linked to the one before', async () => {
      const created = await t.http
        .post('/api/v1/cases')
        .set('authorization', `Bearer ${cast.handler}`)
        .send({
          procedure: 'ordinary',
          source: 'inspection',
          receivedAt: '2025-03-03',
          summary: '销售标签不符合规定的预包装食品',
          violation: { endedAt: '2025-02-20' },
          party: { kind: 'legal_person', name: '上海某某食品有限公司' },
        });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const file = { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS };
      const acts: [string, string, Record<string, unknown>][] = [
        [cast.approver, 'FILE_CASE', file],
        [cast.handler, 'RECORD_EVIDENCE', EVIDENCE],
        [cast.handler2, 'RECORD_EVIDENCE', { ...EVIDENCE, description: '询问笔录' }],
      ];
      let head = (await logOf(id))[0];
      expect(head).toMatchObject({ seq: 1, prev_hash: '0'.repeat(64) });
      for (const [token, type, payload] of acts) {
        const res = await send(t, token, id, type, payload);
        expect(res.status).toBe(200);
        // Read at once, before anything else happens: the entry the answer names is there.
        const log = await logOf(id);
        const entry = log[log.length - 1];
        expect(entry).toEqual({
          seq: res.body.entry.seq,
          type,
          hash: res.body.entry.hash,
          prev_hash: head.hash,
        });
        expect(res.body.entry.prevHash).toBe(head.hash);
        const row = await other.query('SELECT version, head_hash FROM cases WHERE id = $1', [id]);
        expect(row.rows[0]).toEqual({ version: entry.seq, head_hash: entry.hash });
        head = entry;
      }
    });

    it('commits durably: the service never turns synchronous_commit off on its connections', async () => {
      const ds = t.app.get(DataSource);
      // Several at once, so more than one pooled connection answers.
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          ds.query<{ synchronous_commit: string }[]>('SHOW synchronous_commit'),
        ),
      );
      for (const [a] of answers) {
        expect(['on', 'remote_write', 'remote_apply']).toContain(a.synchronous_commit);
      }
    });
  });

  describe('(b) one event per version', () => {
    it('the database refuses a second entry at a version: case_log is unique on (case_id, seq)', async () => {
      const { rows } = await other.query<{ cols: string[] }>(
        `SELECT array_agg(a.attname::text ORDER BY a.attname) AS cols
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
         WHERE i.indrelid = 'case_log'::regclass AND i.indisunique AND i.indpred IS NULL
         GROUP BY i.indexrelid`,
      );
      expect(rows.map((r) => r.cols)).toContainEqual(['case_id', 'seq']);
    });

    it('of 20 parallel events sent with the same expectedVersion, exactly one is accepted', async () => {
      const id = await filedCase(t, cast);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          send(
            t,
            i % 2 ? cast.handler : cast.handler2,
            id,
            'RECORD_EVIDENCE',
            { ...EVIDENCE, description: `证据 ${i}` },
            { expectedVersion: 2 },
          ),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, ...Array<number>(19).fill(409)]);
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 3 });
      }
      expect((await logOf(id)).map((e) => e.seq)).toEqual([1, 2, 3]);
    });

    it('20 parallel events on one case without expectedVersion each get a version of their own', async () => {
      const id = await filedCase(t, cast);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          send(t, cast.handler, id, 'RECORD_EVIDENCE', { ...EVIDENCE, description: `证据 ${i}` }),
        ),
      );
      expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      const answered = results.map((r) => r.body.entry.seq as number).sort((a, b) => a - b);
      expect(answered).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
      const log = await logOf(id);
      expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
      log.slice(1).forEach((e, i) => expect(e.prev_hash).toBe(log[i].hash));
    });
  });

  describe('(c) a refusal writes nothing, in any table', () => {
    /** Every base table of the schema, from information_schema: row count and digest. */
    async function everyTable(): Promise<Record<string, string>> {
      const { rows: tables } = await other.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
      );
      const out: Record<string, string> = {};
      for (const { name } of tables) {
        const { rows } = await other.query<{ n: number; h: string }>(
          `SELECT count(*)::int AS n,
             md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h FROM "${name}" r`,
        );
        out[name] = `${rows[0].n}:${rows[0].h}`;
      }
      return out;
    }

    it('leaves every table as it was after 400, 403, 404, 409, 422 and dry runs', async () => {
      const clue = await createCase(t, cast.handler);
      const filed = await filedCase(t, cast);
      await t.http
        .post(`/api/v1/cases/${filed}/recusals`)
        .set('authorization', `Bearer ${cast.approver}`)
        .send({ officerId: 'a2', reason: '近亲属' })
        .expect(201);
      const events = `/api/v1/cases/${filed}/events`;
      const refusals: [string, string, () => PromiseLike<{ status: number; body: unknown }>][] = [
        [
          'guard (too few handlers)',
          '422 GUARD_FAILED',
          () =>
            send(
              t,
              cast.approver,
              clue,
              'FILE_CASE',
              { handlerIds: ['h1'], conditions: FILE_CONDITIONS },
              { key: 'k-422' },
            ),
        ],
        [
          'wrong role',
          '403 FORBIDDEN',
          () =>
            send(t, cast.handler, clue, 'FILE_CASE', {
              handlerIds: ['h1', 'h2'],
              conditions: FILE_CONDITIONS,
            }),
        ],
        [
          'recused officer',
          '403 FORBIDDEN',
          () => send(t, cast.approver2, filed, 'SUSPEND_INVESTIGATION', { ground: '等待检验结果' }),
        ],
        [
          'bad payload',
          '400 VALIDATION_FAILED',
          () => send(t, cast.handler, filed, 'RECORD_EVIDENCE', { kind: 42 }),
        ],
        [
          'unknown event',
          '400 VALIDATION_FAILED',
          () => send(t, cast.handler, filed, 'NO_SUCH_EVENT', {}),
        ],
        [
          'bad new case',
          '400 VALIDATION_FAILED',
          () =>
            t.http
              .post('/api/v1/cases')
              .set('authorization', `Bearer ${cast.handler}`)
              .send({ procedure: 'x' }),
        ],
        [
          'unknown case',
          '404 NOT_FOUND',
          () =>
            send(
              t,
              cast.handler,
              '00000000-0000-4000-8000-000000000000',
              'RECORD_EVIDENCE',
              EVIDENCE,
            ),
        ],
        [
          'stale expectedVersion',
          '409 VERSION_CONFLICT',
          () =>
            send(t, cast.handler, filed, 'RECORD_EVIDENCE', EVIDENCE, {
              expectedVersion: 1,
              key: 'k-409',
            }),
        ],
        [
          'illegal transition',
          '409 ILLEGAL_TRANSITION',
          () =>
            send(t, cast.approver, filed, 'FILE_CASE', {
              handlerIds: ['h1', 'h2'],
              conditions: FILE_CONDITIONS,
            }),
        ],
        [
          'recusal already recorded',
          '409 ALREADY_EXISTS',
          () =>
            t.http
              .post(`/api/v1/cases/${filed}/recusals`)
              .set('authorization', `Bearer ${cast.approver}`)
              .send({ officerId: 'a2', reason: '近亲属' }),
        ],
        [
          'dry run, accepted',
          '200',
          () =>
            t.http
              .post(`${events}?dryRun=true`)
              .set('authorization', `Bearer ${cast.handler}`)
              .set('idempotency-key', 'k-dry')
              .send({ type: 'RECORD_EVIDENCE', payload: EVIDENCE }),
        ],
        [
          'dry run, refused',
          '409 ILLEGAL_TRANSITION',
          () =>
            t.http
              .post(`${events}?dryRun=true`)
              .set('authorization', `Bearer ${cast.approver}`)
              .send({
                type: 'FILE_CASE',
                payload: { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
              }),
        ],
      ];
      const before = await everyTable();
      expect(Object.keys(before)).toEqual(
        expect.arrayContaining(['cases', 'case_log', 'case_deadlines', 'outbox', 'documents']),
      );
      for (const [what, answer, request] of refusals) {
        const res = await request();
        const code = (res.body as { code?: string }).code;
        expect({ what, answer: `${res.status} ${code ?? ''}`.trim() }).toEqual({ what, answer });
        expect({ what, tables: await everyTable() }).toEqual({ what, tables: before });
      }
    });
  });
});

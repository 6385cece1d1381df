import { CaseRepository } from '../../src/ledger/case.repository';
import {
  seedCast,
  createCase,
  filedCase,
  send,
  caseBody,
  type Cast,
  FILE_CONDITIONS,
} from '../support/case-fixtures';
import { checkChain } from '../support/chain';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const EVIDENCE = { kind: 'inspection_record', description: '现场检查笔录' };

describe('case ledger: one atomic, hash-chained entry per accepted event', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  const version = async (id: string) => (await t.app.get(CaseRepository).get(id))!.version;
  const logCount = async (id: string) =>
    Number(
      (await t.db.sql<{ n: string }>('SELECT count(*) n FROM case_log WHERE case_id = $1', [id]))[0]
        .n,
    );

  it('POST /cases writes entry 1 in the same transaction and numbers the case', async () => {
    const res = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${cast.handler}`)
      .send(caseBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      stage: 'clueVerification',
      version: 1,
      machine: { id: 'penalty-case', version: 2 },
    });
    expect(res.body.caseNumber).toMatch(/^市监案〔2026〕\d{5}$/);
    const log = await t.http
      .get(`/api/v1/cases/${res.body.id}/log`)
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(log.status).toBe(200);
    expect(log.body).toHaveLength(1);
    expect(log.body[0]).toMatchObject({ seq: 1, type: 'REGISTER_CLUE', prevHash: '0'.repeat(64) });
  });

  it('numbers cases per year without gaps, even when created in parallel', async () => {
    // Its own year (no other it numbers cases in 2027), so the order of the its does not matter.
    t.clock.set('2027-01-04T10:00:00+08:00');
    try {
      const ids = await Promise.all(
        Array.from({ length: 12 }, () => createCase(t, cast.handler, { receivedAt: '2027-01-04' })),
      );
      const rows = await t.db.sql<{ case_number: string }>(
        `SELECT case_number FROM cases WHERE case_number LIKE '%〔2027〕%'`,
      );
      const numbers = rows.map((r) => Number(r.case_number.slice(-5))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(ids).toHaveLength(12);
    } finally {
      t.clock.set(NOW);
    }
  });

  it('keeps every digit once a year passes 99,999 cases', async () => {
    await t.db.sql(`UPDATE case_number_sequences SET last_value = 99999 WHERE year = 2026`);
    const res = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${cast.handler}`)
      .send(caseBody());
    expect(res.status).toBe(201);
    expect(res.body.caseNumber).toBe('市监案〔2026〕100000');
  });

  it('accepts exactly one of 50 parallel conflicting events; the rest get 409', async () => {
    const id = await createCase(t, cast.handler);
    const file = {
      handlerIds: ['h1', 'h2'],
      conditions: FILE_CONDITIONS,
    };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0
          ? send(t, cast.approver, id, 'FILE_CASE', file, { occurredAt: '2025-03-12' })
          : send(
              t,
              cast.approver,
              id,
              'DECLINE_FILING',
              { ground: 'insufficient_evidence', reason: '证据不足' },
              { occurredAt: '2025-03-12' },
            ),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('ILLEGAL_TRANSITION');
    const { entries, problems } = await checkChain(t, id);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('takes 200 parallel events across 20 cases without surfacing a deadlock', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await filedCase(t, cast));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        send(t, cast.handler, ids[i % 20], 'RECORD_EVIDENCE', {
          ...EVIDENCE,
          description: `证据 ${i}`,
        }),
      ),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    for (const id of ids) {
      const { entries, problems } = await checkChain(t, id);
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(12);
    }
  });

  it('leaves no entry and no snapshot change when the write fails part-way; a keyed retry writes exactly one', async () => {
    const id = await filedCase(t, cast);
    const before = await t.app.get(CaseRepository).get(id);
    // The deadline table is written in the same statement as the entry and the snapshot.
    await t.db.sql(`
      CREATE FUNCTION fail_deadlines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await t.db.sql(`CREATE TRIGGER fail_deadlines BEFORE INSERT OR UPDATE ON case_deadlines
      FOR EACH ROW EXECUTE FUNCTION fail_deadlines()`);
    const failed = await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE, { key: 'retry-1' });
    await t.db.sql(`DROP TRIGGER fail_deadlines ON case_deadlines`);
    expect(failed.status).toBe(500);
    expect(await logCount(id)).toBe(2);
    expect(await t.app.get(CaseRepository).get(id)).toEqual(before);
    const first = await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE, { key: 'retry-1' });
    const second = await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE, { key: 'retry-1' });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.entry).toEqual(first.body.entry);
    expect(await logCount(id)).toBe(3);
  });

  it('answers 422 when an Idempotency-Key is reused with another body', async () => {
    const id = await filedCase(t, cast);
    await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE, { key: 'k-2' }).expect(200);
    const res = await send(
      t,
      cast.handler,
      id,
      'RECORD_EVIDENCE',
      { ...EVIDENCE, description: 'other' },
      { key: 'k-2' },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await logCount(id)).toBe(3);
  });

  it('refuses a stale expectedVersion with 409 and the current version', async () => {
    const id = await filedCase(t, cast);
    const res = await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE, {
      expectedVersion: 1,
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE, { expectedVersion: 2 }).expect(
      200,
    );
  });

  it.each([
    ['an unknown event type', 'FLY_TO_MOON', EVIDENCE, {}, 'type'],
    ['a missing payload field', 'RECORD_EVIDENCE', { kind: 'document' }, {}, 'payload.description'],
    [
      'a future occurredAt',
      'RECORD_EVIDENCE',
      EVIDENCE,
      { occurredAt: '2026-11-22' },
      'occurredAt',
    ],
    [
      'an occurredAt before the previous entry',
      'RECORD_EVIDENCE',
      EVIDENCE,
      { occurredAt: '2025-03-11' },
      'occurredAt',
    ],
    [
      'an unknown officer',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, officersPresent: ['h1', 'ghost'] },
      {},
      'payload.officersPresent[1]',
    ],
  ])(
    'answers 400 for %s, naming the field and writing nothing',
    async (_, type, payload, extra, field) => {
      const id = await filedCase(t, cast);
      const res = await send(t, cast.handler, id, type, payload, extra);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await version(id)).toBe(2);
    },
  );

  it.each([
    ['a float amount', 1000.5],
    ['a negative amount', -100],
  ])('answers 400 for %s in fen', async (_, amountFen) => {
    const id = await filedCase(t, cast);
    const proposal = {
      outcome: 'penalty',
      penalties: [{ kind: 'fine', amountFen }],
      legalBasis: '《食品安全法》第一百二十五条',
    };
    const res = await send(t, cast.handler, id, 'CONCLUDE_INVESTIGATION', {
      report: { facts: 'f', evidenceSummary: 'e' },
      proposal,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('payload.proposal.penalties[0].amountFen');
    expect(await version(id)).toBe(2);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on case_log from SQL', async () => {
    const id = await createCase(t, cast.handler);
    await expect(
      t.db.sql(`UPDATE case_log SET type = 'X' WHERE case_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.sql(`DELETE FROM case_log WHERE case_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.sql(`TRUNCATE case_log CASCADE`)).rejects.toThrow(/append-only/);
    expect(await logCount(id)).toBe(1);
  });

  it('logs a recusal and then refuses the recused officer with 403, hiding the case (404)', async () => {
    const id = await filedCase(t, cast);
    const rec = await t.http
      .post(`/api/v1/cases/${id}/recusals`)
      .set('authorization', `Bearer ${cast.approver}`)
      .send({ officerId: 'h2', reason: '与当事人有利害关系' });
    expect(rec.status).toBe(201);
    expect(rec.body.entry).toMatchObject({ seq: 3, type: 'RECORD_RECUSAL' });
    const res = await send(t, cast.handler2, id, 'RECORD_EVIDENCE', EVIDENCE);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const view = await t.http
      .get(`/api/v1/cases/${id}`)
      .set('authorization', `Bearer ${cast.handler2}`);
    // Issue 13: a recused officer sees nothing of the case.
    expect(view.status).toBe(404);
  });

  it('lists cases by stage and handler, paged', async () => {
    // Six cases of its own in investigation: the listing does not lean on earlier its' cases.
    for (let i = 0; i < 6; i++) await filedCase(t, cast);
    const res = await t.http
      .get('/api/v1/cases?stage=investigation&officerId=h1&pageSize=5&page=1')
      .set('authorization', `Bearer ${cast.auditor}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(5);
    expect(res.body.total).toBeGreaterThan(5);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((c: { stage: string }) => c.stage === 'investigation')).toBe(true);
  });

  it('keeps the log from handlers of other cases', async () => {
    const id = await createCase(t, cast.handler);
    const other = await t.officer({ id: 'h9', roles: ['handler'] });
    const res = await t.http.get(`/api/v1/cases/${id}/log`).set('authorization', `Bearer ${other}`);
    expect(res.status).toBe(403);
  });

  it('gives the log to the officers who act on the case at their step (issue 16: the review page)', async () => {
    const id = await createCase(t, cast.handler);
    for (const token of [cast.legalReviewer, cast.approver, cast.hearingOfficer]) {
      const res = await t.http
        .get(`/api/v1/cases/${id}/log`)
        .set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.body.map((e: { type: string }) => e.type)).toEqual(['REGISTER_CLUE']);
    }
  });
});

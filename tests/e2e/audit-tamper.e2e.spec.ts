import { hashEntry } from '../../src/ledger/entry-hash';
import { CaseLogRepository } from '../../src/ledger/case-log.repository';
import { filedCase, seedCast, send, type Cast, wholeText } from '../support/case-fixtures';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

interface Problem {
  caseId?: string;
  seq?: number;
  position?: number;
  reason: string;
}

describe('auditors detect every kind of tampering', () => {
  let t: TestApp;
  let cast: Cast;
  const ids: Record<string, string> = {};

  async function caseWithEvidence(): Promise<string> {
    const id = await filedCase(t, cast);
    for (let i = 0; i < 3; i++) {
      await send(t, cast.handler, id, 'RECORD_EVIDENCE', {
        kind: 'photo',
        description: `照片 ${i}`,
      }).expect(200);
    }
    return id; // 5 entries
  }
  const verify = async (id: string) =>
    (await t.http.get(`/api/v1/cases/${id}/verify`).set('authorization', `Bearer ${cast.auditor}`))
      .body;
  async function verifyAll(): Promise<{ problems: Problem[]; summary: { valid: boolean } }> {
    const res = await t.http
      .get('/api/v1/audit/verify-all')
      .set('authorization', `Bearer ${cast.auditor}`)
      .buffer(true)
      .parse(wholeText);
    const events = (res.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    return {
      problems: events.filter((e) => e.type === 'problem').map((e) => e.problem),
      summary: events.find((e) => e.type === 'summary'),
    };
  }

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
    for (const k of [
      'payload',
      'actor',
      'reorder',
      'truncate',
      'truncateHidden',
      'deleted',
      'forged',
      'clean',
    ]) {
      ids[k] = await caseWithEvidence();
    }
    await t.http
      .post('/api/v1/audit/checkpoints')
      .set('authorization', `Bearer ${cast.auditor}`)
      .expect(201);
  }, 120_000);
  afterAll(() => t.close());

  it('finds everything valid before tampering', async () => {
    expect(await verify(ids.clean)).toMatchObject({ valid: true, entries: 5 });
    const all = await verifyAll();
    expect(all.problems).toEqual([]);
    expect(all.summary.valid).toBe(true);
  });

  it('detects one changed byte of a payload', async () => {
    await tamper(t.db, [
      [
        `UPDATE case_log SET payload = jsonb_set(payload, '{description}', '"照片 X"') WHERE case_id = $1 AND seq = 4`,
        [ids.payload],
      ],
    ]);
    expect(await verify(ids.payload)).toMatchObject({ valid: false, firstInvalidSeq: 4 });
  });

  it('detects a changed actor', async () => {
    await tamper(t.db, [
      [`UPDATE case_log SET actor_id = 'h2' WHERE case_id = $1 AND seq = 3`, [ids.actor]],
    ]);
    expect(await verify(ids.actor)).toMatchObject({ valid: false, firstInvalidSeq: 3 });
  });

  it('detects two reordered entries', async () => {
    const id = ids.reorder;
    await tamper(t.db, [
      [`UPDATE case_log SET seq = 100 WHERE case_id = $1 AND seq = 3`, [id]],
      [`UPDATE case_log SET seq = 3 WHERE case_id = $1 AND seq = 4`, [id]],
      [`UPDATE case_log SET seq = 4 WHERE case_id = $1 AND seq = 100`, [id]],
    ]);
    expect(await verify(id)).toMatchObject({ valid: false, firstInvalidSeq: 3 });
  });

  it('detects a deleted last entry', async () => {
    await tamper(t.db, [[`DELETE FROM case_log WHERE case_id = $1 AND seq = 5`, [ids.truncate]]]);
    const report = await verify(ids.truncate);
    expect(report.valid).toBe(false);
    expect(report.reason).toMatch(/version 5/);
  });

  it('detects a deleted last entry even when the case row is rewritten to match (checkpoint)', async () => {
    const id = ids.truncateHidden;
    const [e4] = await t.db.sql<{ hash: string }>(
      `SELECT hash FROM case_log WHERE case_id = $1 AND seq = 4`,
      [id],
    );
    await tamper(t.db, [
      [`DELETE FROM case_log WHERE case_id = $1 AND seq = 5`, [id]],
      [`UPDATE cases SET version = 4, head_hash = $2 WHERE id = $1`, [id, e4.hash]],
    ]);
    const { problems } = await verifyAll();
    expect(problems).toContainEqual(
      expect.objectContaining({ caseId: id, seq: 5, reason: expect.stringMatching(/missing/) }),
    );
  });

  it('detects a whole deleted case (checkpoint)', async () => {
    const id = ids.deleted;
    await tamper(t.db, [
      [`DELETE FROM case_log WHERE case_id = $1`, [id]],
      [`DELETE FROM case_recusals WHERE case_id = $1`, [id]],
      [`DELETE FROM cases WHERE id = $1`, [id]],
    ]);
    const { problems } = await verifyAll();
    const found = problems.find((p) => p.caseId === id);
    expect(found).toMatchObject({ seq: 5, reason: expect.stringMatching(/case deleted/) });
    expect(found!.position).toBeGreaterThan(0);
  });

  it('detects a forged entry whose hash (and every later one) was recomputed (checkpoint)', async () => {
    const id = ids.forged;
    const entries = await t.app.get(CaseLogRepository).list(id);
    let prev = entries[2].prevHash;
    const rewritten = entries.slice(2).map((e, i) => {
      const payload = i === 0 ? { ...e.payload, description: '伪造的证据' } : e.payload;
      const { hash: _old, ...rest } = { ...e, payload, prevHash: prev };
      const hash = hashEntry(rest);
      prev = hash;
      return { seq: e.seq, payload, prevHash: rest.prevHash, hash };
    });
    await tamper(t.db, [
      ...rewritten.map((r): [string, unknown[]] => [
        `UPDATE case_log SET payload = $3, prev_hash = $4, hash = $5 WHERE case_id = $1 AND seq = $2`,
        [id, r.seq, r.payload, r.prevHash, r.hash],
      ]),
      [`UPDATE cases SET head_hash = $2 WHERE id = $1`, [id, prev]],
    ]);
    const { problems, summary } = await verifyAll();
    expect(summary.valid).toBe(false);
    expect(problems).toContainEqual(
      expect.objectContaining({ caseId: id, seq: 5, reason: expect.stringMatching(/changed/) }),
    );
  });

  it('names every tampered case in verify-all', async () => {
    const { problems } = await verifyAll();
    const named = new Set(problems.map((p) => p.caseId));
    for (const k of [
      'payload',
      'actor',
      'reorder',
      'truncate',
      'truncateHidden',
      'deleted',
      'forged',
    ]) {
      expect(named.has(ids[k])).toBe(true);
    }
    expect(named.has(ids.clean)).toBe(false);
  });
});

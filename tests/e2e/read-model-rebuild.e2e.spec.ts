// Issue 19, guarantee "the log is the source of truth": every read model a case's writes left
// (cases row, case_deadlines, case_recusals, public records) is rebuilt from the log alone, the
// rebuild equals what was written for a whole lifecycle, and verify names the one tampered with.
import { DataSource } from 'typeorm';
import { CAST, CASE_BODY, LIFECYCLE, servicePayload } from '../../bench/lifecycle';
import { replayLog } from '../../src/audit/case-replay';
import {
  READ_MODELS,
  readModelMismatch,
  rebuildReadModels,
  storedReadModels,
} from '../../src/audit/read-models';
import { WorkflowEnvironment } from '../../src/calendar/workflow-environment';
import { AppConfig } from '../../src/config/app-config';
import { CaseLogRepository } from '../../src/ledger/case-log.repository';
import { tamper } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-06-03T10:00:00+08:00';
const RECUSAL = { officerId: 'cr1', reason: '与当事人有利害关系' };

/** The tables tampered with, copied once the cases are written. */
const BACKED_UP = [
  'cases',
  'case_deadlines',
  'case_recusals',
  'public_decisions',
  'public_withdrawals',
];

/** Puts every tampered table back as the writes left it. */
const RESTORE = [
  `UPDATE cases c SET next_due_on = b.next_due_on, handler_ids = b.handler_ids, flags = b.flags,
     party_name = b.party_name FROM bk_cases b WHERE c.id = b.id`,
  ...BACKED_UP.slice(1).flatMap((table) => [
    `DELETE FROM ${table}`,
    `INSERT INTO ${table} OVERRIDING SYSTEM VALUE SELECT * FROM bk_${table}`,
  ]),
];

describe('read models rebuilt from the log (issue 19)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let auditor: string;
  /** closed: the whole lifecycle of bench/lifecycle.ts and a recusal; withdrawn: published, revoked on appeal, withdrawn. */
  const ids = { closed: '', withdrawn: '' };

  async function open(): Promise<string> {
    const res = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${tokens.h1}`)
      .send(CASE_BODY);
    if (res.status !== 201) throw new Error(`create: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  }

  async function send(id: string, actor: string, type: string, payload: object, on: string) {
    const res = await t.http
      .post(`/api/v1/cases/${id}/events`)
      .set('authorization', `Bearer ${tokens[actor]}`)
      .send({ type, payload, occurredAt: on });
    if (res.status !== 200) throw new Error(`${type}: ${JSON.stringify(res.body)}`);
  }

  beforeAll(async () => {
    t = await startTestApp(NOW);
    for (const m of CAST) tokens[m.id] = await t.officer({ ...m });
    auditor = await t.officer({ id: 'au1', roles: ['auditor'] });
    ids.closed = await open();
    for (const step of LIFECYCLE.slice(1)) {
      if (step.type === 'CLOSE_CASE') {
        // A recusal is recorded at the time it is decided: the clock is put on that day.
        t.clock.set(`${step.on}T08:00:00+08:00`);
        const res = await t.http
          .post(`/api/v1/cases/${ids.closed}/recusals`)
          .set('authorization', `Bearer ${tokens.a2}`)
          .send(RECUSAL);
        t.clock.set(NOW);
        if (res.status !== 201) throw new Error(`recusal: ${res.status}`);
      }
      await send(ids.closed, step.actor, step.type, servicePayload(step), step.on);
    }
    ids.withdrawn = await open();
    for (const step of LIFECYCLE.slice(1, -2)) {
      await send(ids.withdrawn, step.actor, step.type, servicePayload(step), step.on);
    }
    const id = ids.withdrawn;
    await send(id, 'h1', 'RECORD_APPEAL', { kind: 'reconsideration' }, '2025-05-28');
    await send(id, 'h1', 'RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2025-05-29');
    await send(id, 'h1', 'WITHDRAW_PUBLICATION', { reason: '复议撤销原决定' }, '2025-05-30');
    for (const table of BACKED_UP) await t.db.sql(`CREATE TABLE bk_${table} AS TABLE ${table}`);
  });
  afterAll(() => t.close());

  const verify = async (id: string) =>
    (
      await t.http
        .get(`/api/v1/cases/${id}/verify`)
        .set('authorization', `Bearer ${auditor}`)
        .expect(200)
    ).body as { valid: boolean; reason?: string; readModels?: string[] };

  it.each(['closed', 'withdrawn'] as const)(
    'rebuilds from the log exactly what the writes stored (%s case)',
    async (which) => {
      const id = ids[which];
      const entries = await t.app.get(CaseLogRepository).list(id);
      const history = await t.app.get(WorkflowEnvironment).history();
      const envOf = (e: (typeof entries)[number]) => history.envFor(e);
      const stored = await storedReadModels(t.app.get(DataSource), id);
      const steps = replayLog('penalty-case', stored.row.machineVersion, entries, envOf);
      const config = t.app.get(AppConfig);
      const rebuilt = rebuildReadModels(entries, steps, {
        machineId: 'penalty-case',
        envOf,
        timeZone: config.TZ_BUSINESS,
        publication: {
          department: config.DEPARTMENT_NAME,
          namePolicy: config.DISCLOSURE_NAME_POLICY,
        },
      });
      // Something of each read model is there to compare.
      expect(stored.deadlines.length).toBeGreaterThan(0);
      expect(stored.decisions).toHaveLength(2);
      expect(stored.recusals).toEqual(which === 'closed' ? [{ ...RECUSAL, decidedBy: 'a2' }] : []);
      expect(stored.withdrawals).toHaveLength(which === 'withdrawn' ? 1 : 0);
      // Column by column, row by row, as stored.
      expect(rebuilt).toEqual(stored);
      const recomputed = [{ deadlines: [], nextDueOn: 'none' }];
      expect(readModelMismatch(stored, rebuilt, { today: '2025-06-03', recomputed })).toBe(
        undefined,
      );
    },
  );

  it('verifies both cases valid, naming the read models it compared', async () => {
    for (const id of Object.values(ids)) {
      expect(await verify(id)).toMatchObject({ valid: true, readModels: READ_MODELS });
    }
  });

  const tampered: [string, keyof typeof ids, string][] = [
    ['cases.next_due_on', 'withdrawn', `UPDATE cases SET next_due_on = '2031-01-01'`],
    ['cases.handler_ids', 'closed', `UPDATE cases SET handler_ids = '{h1}'`],
    ['cases.flags', 'closed', `UPDATE cases SET flags = flags || '{FORGED}'::text[]`],
    ['cases.party_name', 'closed', `UPDATE cases SET party_name = '某某'`],
    ['case_deadlines', 'closed', `DELETE FROM case_deadlines WHERE clock = 'limitation'`],
    ['case_deadlines', 'withdrawn', `UPDATE case_deadlines SET due_on = due_on + 1`],
    ['case_recusals', 'closed', `DELETE FROM case_recusals`],
    ['public_decisions', 'closed', `UPDATE public_decisions SET display_until = display_until + 9`],
    ['public_decisions', 'withdrawn', `DELETE FROM public_decisions WHERE channel = 'gsxt'`],
    ['public_withdrawals', 'withdrawn', `UPDATE public_withdrawals SET reason = '已更正'`],
  ];

  it.each(tampered)('names %s changed behind the log (%s case)', async (name, which, sql) => {
    try {
      await tamper(t.db, [[sql]]);
      const report = await verify(ids[which]);
      expect(report.valid).toBe(false);
      expect(report.reason).toContain(`read model ${name} differs from the log`);
    } finally {
      await tamper(
        t.db,
        RESTORE.map((q) => [q]),
      );
    }
    expect((await verify(ids[which])).valid).toBe(true);
  });
});

describe('read models recomputed by a calendar load after the last entry (issue 19)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('2027-01-05T10:00:00+08:00');
  });
  afterAll(() => t.close());

  it('verifies the deadlines a load made final, and names them once changed', async () => {
    const handler = await t.officer({ ...CAST[0] });
    const auditor = await t.officer({ id: 'au1', roles: ['auditor'] });
    const created = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${handler}`)
      .send({ ...CASE_BODY, receivedAt: '2026-12-28' })
      .expect(201);
    const id = created.body.id as string;
    const clue = `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, provisional FROM case_deadlines
      WHERE case_id = $1 AND clock = 'clueVerification'`;
    expect(await t.db.sql(clue, [id])).toEqual([{ due_on: '2027-01-18', provisional: true }]);
    // 2027 has no arrangement yet: the load recomputes the case's provisional deadline.
    await t.http
      .put('/api/v1/calendar/2027')
      .set('authorization', `Bearer ${t.token('admin')}`)
      .send({ holidays: ['2027-01-01', '2027-01-04'], workdays: [], note: '测试安排' })
      .expect(200);
    expect(await t.db.sql(clue, [id])).toEqual([{ due_on: '2027-01-20', provisional: false }]);
    const verify = async () =>
      (
        await t.http
          .get(`/api/v1/cases/${id}/verify`)
          .set('authorization', `Bearer ${auditor}`)
          .expect(200)
      ).body as { valid: boolean; reason?: string };
    expect(await verify()).toMatchObject({ valid: true });
    // Neither what the entry wrote nor what the load recomputed: a forgery.
    await tamper(t.db, [
      [`UPDATE case_deadlines SET due_on = '2027-01-19' WHERE case_id = $1`, [id]],
    ]);
    expect((await verify()).reason).toContain('read model case_deadlines differs from the log');
  });
});

// Seeding for `npm run bench:desk`: one real case walked through the service to each stage, then
// copied by SQL, a batch at a time, into as many cases as asked (1,000,000 in a few minutes).
import type request from 'supertest';
import { Client } from 'pg';
import { EVENT_SPECS, isEventType } from '../workflows';

type Http = ReturnType<typeof request>;

/** Handlers of the seeded cases: bh0 … bh199, two per case (1 % of the cases each). */
export const HANDLERS = 200;
/** Seeded cases were received over the last seven years, the newest today. */
const YEARS = 7;
const BATCH = 100_000;
const PENALTIES = [{ kind: 'fine', amountFen: 500_000 }];

/** The officer of the bench who acts in each role. */
const ACTOR: Record<string, string> = {
  handler: 'h1',
  approver: 'a1',
  case_reviewer: 'r1',
  legal_reviewer: 'l1',
};

const FILING = {
  handlerIds: ['h1', 'h2'],
  conditions: {
    evidenceOfViolation: true,
    penaltyApplicable: true,
    withinJurisdiction: true,
    withinLimitation: true,
  },
};
const REPORT = { facts: '销售标签不合格产品', evidenceSummary: '现场检查笔录、询问笔录' };
const PROPOSAL = {
  outcome: 'penalty',
  penalties: PENALTIES,
  legalBasis: '《食品安全法》第一百二十五条',
};
const DECISION = { decisionNumber: '市监罚〔2025〕1号', outcome: 'penalty', penalties: PENALTIES };

/** A case's life from its clue to its archive; a template is taken after each step. */
const STEPS: [string, object, string][] = [
  ['FILE_CASE', FILING, '2025-03-12'],
  ['CONCLUDE_INVESTIGATION', { report: REPORT, proposal: PROPOSAL }, '2025-04-01'],
  ['APPROVE_REVIEW', { opinion: '同意' }, '2025-04-02'],
  ['PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-04-03'],
  ['APPROVE_PROPOSAL', {}, '2025-04-03'],
  ['SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-04-07'],
  ['END_NOTICE_PERIOD', {}, '2025-04-21'],
  ['DECIDE', DECISION, '2025-05-06'],
  ['SERVE_DECISION', { method: 'direct' }, '2025-05-08'],
  ['PUBLISH_DECISION', { channel: 'gsxt' }, '2025-05-12'],
  ['PUBLISH_DECISION', { channel: 'website' }, '2025-05-12'],
  ['RECORD_PAYMENT', { amountFen: 500_000 }, '2025-05-20'],
  ['CLOSE_CASE', {}, '2025-06-01'],
  ['ARCHIVE_CASE', {}, '2025-06-02'],
];

/**
 * Walks one case per depth (0 … STEPS.length steps) through the service and returns their ids,
 * shallowest first. A step the machine does not take for this case (a legal review it does not
 * require) is refused with a 409 and skipped.
 */
export async function templates(http: Http, tokens: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let depth = 0; depth <= STEPS.length; depth++) {
    const res = await http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${tokens.h1}`)
      .send({
        procedure: 'ordinary',
        source: 'inspection',
        receivedAt: '2025-03-03',
        summary: '基准',
        party: { kind: 'legal_person', name: '基准公司' },
      });
    if (res.status !== 201) throw new Error(`create: ${JSON.stringify(res.body)}`);
    const id = res.body.id as string;
    for (const [type, payload, on] of STEPS.slice(0, depth)) {
      const role = isEventType(type) ? EVENT_SPECS[type].roles[0] : 'handler';
      const answer = await http
        .post(`/api/v1/cases/${id}/events`)
        .set('authorization', `Bearer ${tokens[ACTOR[role ?? 'handler']]}`)
        // Each template its own decision number (the service keeps them unique).
        .send({
          type,
          payload:
            type === 'DECIDE'
              ? { ...payload, decisionNumber: `市监罚〔2025〕${depth}号` }
              : payload,
          occurredAt: on,
        });
      if (answer.status !== 200 && answer.status !== 409)
        throw new Error(`${type}: ${JSON.stringify(answer.body)}`);
    }
    ids.push(id);
  }
  const last = await http
    .get(`/api/v1/cases/${ids.at(-1)}`)
    .set('authorization', `Bearer ${tokens.h1}`);
  if (last.body.stage !== 'archived')
    throw new Error(`the deepest template is in ${last.body.stage}`);
  return ids;
}

const CITIES = '上海北京广州深圳杭州南京苏州成都武汉重庆天津西安长沙郑州青岛宁波厦门合肥济南福州';
const WORDS =
  '华鑫盛宏泰丰源达嘉恒信安康瑞祥隆德利鼎新和润金银海天晨星明辉光永长春兴旺福寿百佳美优诚正通联合众';
const TRADES = ['食品', '贸易', '餐饮', '药业', '科技', '建材', '服饰', '物流', '超市', '酒业'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元';

/**
 * SQL: the party name of seeded case `g`, from a hash of g: 70 % companies (city, three words, a
 * trade, 有限公司: about a million distinct names), 30 % people's names (surname and two
 * characters). The party stays the template's kind, as its snapshot says.
 */
export function partyNameSql(g: string): string {
  const h = `abs(hashint4(${g} + 17))`;
  const pick = (list: string, by: number) =>
    `substr('${list}', 1 + (${h} / ${by}) % ${[...list].length}, 1)`;
  const trade = `(ARRAY['${TRADES.join("','")}'])[1 + (${h} / 7) % ${TRADES.length}]`;
  return `CASE WHEN ${h} % 10 < 3
    THEN ${pick(SURNAMES, 11)} || ${pick(GIVEN, 41)} || ${pick(GIVEN, 3001)}
    ELSE substr('${CITIES}', 1 + 2 * ((${h} / 11) % ${[...CITIES].length / 2}), 2)
      || ${pick(WORDS, 29)} || ${pick(WORDS, 1777)} || ${pick(WORDS, 99991)} || ${trade} || '有限公司'
    END`;
}

/** Case number of seeded case g: a year and a serial, like the service's 市监案〔2026〕00001. */
export const caseNumberSql = (g: string) =>
  `'市监案〔' || (2019 + ${g} % 7) || '〕B' || lpad(${g}::text, 7, '0')`;

/**
 * Drops the secondary indexes of the seeded tables (not the keys: the foreign keys need them)
 * and returns their definitions: building an index once after the load is much faster than
 * growing it row by row, the trigram ones above all.
 */
async function dropIndexes(c: Client): Promise<{ name: string; def: string }[]> {
  const { rows } = await c.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i
     WHERE i.indrelid IN ('cases'::regclass, 'case_deadlines'::regclass)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
  );
  for (const { name } of rows) await c.query(`DROP INDEX ${name}`);
  return rows;
}

/** Days from receipt to each template's last step: its pace, a lawful one (91 days to archive). */
const PACE = [
  0,
  ...STEPS.map(([, , on]) => (Date.parse(on) - Date.parse('2025-03-03')) / 86_400_000),
];

/**
 * Copies the templates into cases g = 1 … `cases`, BATCH per statement, newest last. Case g was
 * received `age` days ago (up to YEARS years, evenly) and has come as far as the template's pace
 * allows at its age, slowed down for some: 70 % at that pace, 15 % at 1.5×, 10 % at 2.5× and
 * 5 % at 4× (so about 5 % of the cases are open, most of the rest archived). Its dates are the
 * template's moved by the same days; its deadlines are the template's rows moved likewise, an
 * open or missed one missed when its day is past. Two handlers of HANDLERS, a party name and,
 * once decided, a decision number of its own, in the row and in the snapshot.
 */
export async function seedCases(url: string, templateIds: string[], cases: number): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const started = Date.now();
  const indexes = await dropIndexes(c);
  for (let lo = 1; lo <= cases; lo += BATCH) {
    const hi = Math.min(cases, lo + BATCH - 1);
    await c.query(
      `WITH g AS MATERIALIZED (
         SELECT g, gen_random_uuid() AS id, t.id AS template,
           current_date - (${YEARS * 365}::bigint * ($3 - g) / $3)::int - t.received_on AS shift,
           'bh' || g % ${HANDLERS} AS first,
           'bh' || (g % ${HANDLERS} + 1 + g / ${HANDLERS} % ${HANDLERS - 1}) % ${HANDLERS} AS second,
           ${partyNameSql('g')} AS name
         FROM generate_series($1::int, $2::int) g
         CROSS JOIN LATERAL (SELECT (SELECT count(*)::int FROM unnest($5::int[]) day
           WHERE day * (CASE WHEN abs(hashint4(g + 5)) % 20 < 14 THEN 1
             WHEN abs(hashint4(g + 5)) % 20 < 17 THEN 1.5
             WHEN abs(hashint4(g + 5)) % 20 < 19 THEN 2.5 ELSE 4 END)
             <= ${YEARS * 365}::bigint * ($3 - g) / $3) AS reached) a
         JOIN cases t ON t.id = ($4::uuid[])[a.reached]
       ), inserted AS (
         INSERT INTO cases (id, case_number, procedure, stage, state, snapshot, version,
           machine_id, machine_version, head_hash, party_kind, party_name, handler_ids, flags,
           received_on, last_occurred_at, created_at, updated_at, next_due_on)
         SELECT g.id, ${caseNumberSql('g.g')}, t.procedure, t.stage, t.state,
           jsonb_set(jsonb_set(
             CASE WHEN t.snapshot #> '{context,decision}' IS NULL THEN t.snapshot
               ELSE jsonb_set(t.snapshot, '{context,decision,decisionNumber}',
                 to_jsonb('市监罚〔' || (2019 + g.g % 7) || '〕' || g.g || '号')) END,
             '{context,handlerIds}', jsonb_build_array(first, second)),
             '{context,party,name}', to_jsonb(name)),
           t.version, t.machine_id, t.machine_version, t.head_hash,
           t.party_kind, name,
           ARRAY[first, second], t.flags, t.received_on + shift,
           t.last_occurred_at + shift * interval '1 day',
           (t.received_on + shift) + interval '9 hours' + g.g % 480 * interval '1 minute',
           t.updated_at + shift * interval '1 day', t.next_due_on + shift
         FROM g JOIN cases t ON t.id = g.template
       )
       INSERT INTO case_deadlines (case_id, clock, due_on, status, provisional, citation)
       SELECT g.id, d.clock, d.due_on + shift,
         CASE WHEN d.status NOT IN ('open', 'missed') THEN d.status
           WHEN d.due_on + shift < current_date THEN 'missed' ELSE 'open' END,
         d.provisional, d.citation
       FROM g JOIN case_deadlines d ON d.case_id = g.template`,
      [lo, hi, cases, templateIds, PACE],
    );
    const s = ((Date.now() - started) / 1000).toFixed(0);
    process.stderr.write(`  ${hi.toLocaleString('en')} cases (${s} s)\n`);
  }
  // A few recusals (APL 43), as listings leave them out: every 500th case for its second handler.
  await c.query(
    `INSERT INTO case_recusals (case_id, officer_id, reason, decided_by, decided_at)
     SELECT id, handler_ids[2], '与当事人有利害关系', 'a1', now() FROM cases
     WHERE right(case_number, 7) ~ '^[0-9]+$' AND right(case_number, 7)::int % 500 = 0`,
  );
  await c.query(`SET maintenance_work_mem = '256MB'`);
  for (const { name, def } of indexes) {
    process.stderr.write(`  ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    await c.query(def);
  }
  process.stderr.write(`  VACUUM ANALYZE…\n`);
  await c.query('VACUUM ANALYZE');
  process.stderr.write(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  await c.end();
}

/** The case number seedCases gives case g. */
export const caseNumberOf = (g: number) =>
  `市监案〔${2019 + (g % 7)}〕B${String(g).padStart(7, '0')}`;

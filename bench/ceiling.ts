// (2) The database's own ceiling: the statements one transition executes (lock the case row, insert
// the log entry, insert the outbox rows, replace the case's deadlines, update the snapshot), sent
// straight through `pg` with every value computed beforehand: no HTTP, no machine, no hashing.
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CURRENT, getCaseApi } from '../workflows/registry';
import { driveLifecycle } from './lifecycle';
import { closedLoop, type LoadOptions, type LoadResult } from './support/load';

interface Prepared {
  type: string;
  actorId: string;
  occurredAt: string;
  payload: string;
  facts: string;
  flags: string[];
  stage: string;
  state: string;
  snapshot: string;
  context: string;
  handlerIds: string[];
  effects: { type: string; data: string }[];
  deadlines: string;
  hash: string;
}

/** Every parameter of every statement, serialised once (what the service computes per event). */
export function prepareLifecycle(today: string): Prepared[] {
  const api = getCaseApi(CURRENT.machineId, CURRENT.version);
  const { envelopes, results } = driveLifecycle();
  return results.map((r, i) => {
    const e = envelopes[i];
    const deadlines = api.deadlines(r.snapshot, today).map((d) => ({ ...d, due_on: d.dueOn }));
    return {
      type: e.type,
      actorId: e.actor.id,
      occurredAt: e.occurredAt,
      payload: JSON.stringify(e.payload),
      facts: JSON.stringify({
        actor: e.actor,
        officers: e.officers,
        recusedOfficerIds: e.recusedOfficerIds,
      }),
      flags: r.flags,
      stage: r.stage,
      state: JSON.stringify(r.state),
      snapshot: JSON.stringify(r.snapshot),
      context: JSON.stringify(r.context),
      handlerIds: r.context.handlerIds ?? [],
      effects: r.effects.map((x) => ({ type: x.type, data: JSON.stringify(x.data) })),
      deadlines: JSON.stringify(deadlines),
      hash: createHash('sha256').update(`${i}`).digest('hex'),
    };
  });
}

const LOCK = `SELECT id, case_number, procedure, stage, state, snapshot, context, version,
  machine_id, machine_version, head_hash, party_kind, party_name, handler_ids, flags,
  to_char(received_on, 'YYYY-MM-DD') AS received_on, last_occurred_at, created_at, updated_at
  FROM cases WHERE id = $1 FOR UPDATE`;
const INSERT_CASE = `INSERT INTO cases (id, case_number, procedure, stage, state, snapshot, context,
  version, machine_id, machine_version, head_hash, party_kind, party_name, handler_ids, flags,
  received_on, last_occurred_at, created_at, updated_at)
  VALUES ($1, $2, 'ordinary', $3, $4, $5, $6, 1, 'penalty-case', 1, $7, 'legal_person', 'bench',
  $8, '{}', '2025-03-03', $9, now(), now())`;
const NEXT_NUMBER = `INSERT INTO case_number_sequences (year, last_value) VALUES (2026, 1)
  ON CONFLICT (year) DO UPDATE SET last_value = case_number_sequences.last_value + 1
  RETURNING last_value`;
const APPEND = `INSERT INTO case_log (case_id, seq, type, payload, actor_id, facts, occurred_at,
  recorded_at, flags, machine_version, prev_hash, hash, idempotency_key, request_hash)
  VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, 1, $9, $10, NULL, NULL)`;
const OUTBOX = `INSERT INTO outbox (case_id, seq, type, data, created_at)
  VALUES ($1, $2, $3, $4, now())`;
const CLEAR_DEADLINES = `DELETE FROM case_deadlines WHERE case_id = $1`;
const INSERT_DEADLINES = `INSERT INTO case_deadlines (case_id, clock, due_on, status, provisional,
  citation)
  SELECT $1, d.clock, d.due_on, d.status, d.provisional, d.citation
  FROM jsonb_to_recordset($2::jsonb)
    AS d(clock text, due_on date, status text, provisional boolean, citation text)
  ON CONFLICT (case_id, clock) DO NOTHING`;
const UPDATE_CASE = `UPDATE cases SET stage = $2, state = $3, snapshot = $4, context = $5,
  version = $6, head_hash = $7, handler_ids = $8, flags = $9, last_occurred_at = $10,
  updated_at = now() WHERE id = $1`;

/** Statements sent so far (the ceiling's round trips per event, for the report). */
export const sent = { statements: 0, transitions: 0 };

async function transition(pg: Client, caseId: string, seq: number, p: Prepared, prev: string) {
  const db = {
    query: (text: string, params?: unknown[]) => {
      sent.statements++;
      return pg.query(text, params);
    },
  };
  sent.transitions++;
  await db.query('BEGIN');
  try {
    if (seq === 1) {
      const [{ last_value }] = (await db.query(NEXT_NUMBER)).rows as { last_value: number }[];
      await db.query(INSERT_CASE, [
        caseId,
        `bench-${caseId}-${last_value}`,
        p.stage,
        p.state,
        p.snapshot,
        p.context,
        p.hash,
        p.handlerIds,
        p.occurredAt,
      ]);
    } else {
      await db.query(LOCK, [caseId]);
    }
    await db.query(APPEND, [
      caseId,
      seq,
      p.type,
      p.payload,
      p.actorId,
      p.facts,
      p.occurredAt,
      p.flags,
      prev,
      p.hash,
    ]);
    for (const e of p.effects) await db.query(OUTBOX, [caseId, seq, e.type, e.data]);
    await db.query(CLEAR_DEADLINES, [caseId]);
    if (p.deadlines !== '[]') await db.query(INSERT_DEADLINES, [caseId, p.deadlines]);
    if (seq > 1) {
      await db.query(UPDATE_CASE, [
        caseId,
        p.stage,
        p.state,
        p.snapshot,
        p.context,
        seq,
        p.hash,
        p.handlerIds,
        p.flags,
        p.occurredAt,
      ]);
    }
    await db.query('COMMIT');
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  }
}

export async function ceilingLoad(
  url: string,
  today: string,
  opts: LoadOptions,
): Promise<LoadResult> {
  const steps = prepareLifecycle(today);
  const clients = await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  try {
    return await closedLoop(opts, async (event, i) => {
      const caseId = randomUUID();
      let prev = '0'.repeat(64);
      for (let s = 0; s < steps.length; s++) {
        await event(() => transition(clients[i], caseId, s + 1, steps[s], prev));
        prev = steps[s].hash;
      }
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

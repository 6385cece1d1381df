// (2) The database's own ceiling: the statements one transition executes (EntryWriter's one
// statement: update the snapshot, insert the log entry and the outbox rows,
// replace the case's deadlines), sent straight through `pg` with every value computed
// beforehand: no HTTP, no machine, no hashing.
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { CaseRecord } from '../src/ledger/case.repository';
import { entryWriteStatement } from '../src/ledger/entry-writer';
import { GENESIS_HASH, type LogEntry } from '../src/ledger/log-entry';
import { CURRENT, getCaseApi } from '../workflows/registry';
import { driveLifecycle } from './lifecycle';
import { closedLoop, type LoadOptions, type LoadResult } from './support/load';

const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

/** One transition's statements with every value computed beforehand (the case id left open). */
interface Prepared {
  seq: number;
  text: string;
  values: unknown[];
  /** Positions in `values` that hold the case id. */
  idAt: number[];
}

/** What the service computes per event, serialised once: the exact statement EntryWriter sends. */
export function prepareLifecycle(today: string): Prepared[] {
  const api = getCaseApi(CURRENT.machineId, CURRENT.version);
  const { envelopes, results } = driveLifecycle();
  let prevHash = GENESIS_HASH;
  return results.map((r, i) => {
    const e = envelopes[i];
    const seq = i + 1;
    const hash = createHash('sha256').update(`${i}`).digest('hex');
    const record: CaseRecord = {
      id: PLACEHOLDER,
      caseNumber: `bench-${PLACEHOLDER}`,
      procedure: 'ordinary',
      stage: r.stage,
      state: r.state,
      snapshot: r.snapshot,
      context: r.context,
      version: seq,
      machineId: CURRENT.machineId,
      machineVersion: CURRENT.version,
      headHash: hash,
      partyKind: 'legal_person',
      partyName: 'bench',
      handlerIds: r.context.handlerIds ?? [],
      flags: r.flags,
      receivedOn: '2025-03-03',
      lastOccurredAt: e.occurredAt,
      createdAt: e.occurredAt,
      updatedAt: e.occurredAt,
    };
    const entry: LogEntry = {
      caseId: PLACEHOLDER,
      seq,
      type: e.type,
      occurredAt: e.occurredAt,
      recordedAt: e.occurredAt,
      actorId: e.actor.id,
      payload: e.payload,
      facts: { actor: e.actor, officers: e.officers, recusedOfficerIds: e.recusedOfficerIds },
      flags: r.flags,
      machineVersion: CURRENT.version,
      prevHash,
      hash,
    };
    prevHash = hash;
    const { text, values } = entryWriteStatement({
      record,
      entry,
      effects: r.effects,
      deadlines: api.deadlines(r.snapshot, today),
      expectedVersion: seq === 1 ? undefined : seq - 1,
    });
    const idAt = values.flatMap((v, k) => (v === PLACEHOLDER ? [k] : []));
    // JSON serialised once here, not by the driver on every send.
    const json = values.map((v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v,
    );
    return { seq, text, values: json, idAt };
  });
}

const NEXT_NUMBER = `INSERT INTO case_number_sequences (year, last_value) VALUES (2026, 1)
  ON CONFLICT (year) DO UPDATE SET last_value = case_number_sequences.last_value + 1
  RETURNING last_value`;

/** Statements sent so far (the ceiling's round trips per event, for the report). */
export const sent = { statements: 0, transitions: 0 };

/**
 * As CasesService: an event sends the one write, which lands only at the version the service
 * holds (no transaction); a new case takes BEGIN, its number, the write and COMMIT.
 */
async function transition(pg: Client, caseId: string, p: Prepared) {
  const db = {
    query: (text: string, params?: unknown[]) => {
      sent.statements++;
      return pg.query(text, params);
    },
  };
  sent.transitions++;
  const values = [...p.values];
  for (const k of p.idAt) values[k] = caseId;
  const write = async () => {
    const { rows } = await db.query(p.text, values);
    if ((rows[0] as { written: number }).written !== 1) throw new Error('ceiling: not written');
  };
  // The service decides on the case as it last wrote it (CaseHeads), so it reads nothing first.
  if (p.seq > 1) return write();
  await db.query('BEGIN');
  try {
    const [{ last_value }] = (await db.query(NEXT_NUMBER)).rows as { last_value: number }[];
    // The case number is the write's second value.
    values[1] = `bench-${caseId}-${last_value}`;
    await write();
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
      for (const step of steps) await event(() => transition(clients[i], caseId, step));
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

// (2a) The write-statement ceiling (the key `ceiling` in results): the statement one transition
// executes (EntryWriter's one statement: update the snapshot, insert the log entry, the outbox
// rows and any public record, replace the case's deadlines), sent straight through `pg` with
// every value computed beforehand: no HTTP, no machine, no hashing. The physical ceiling, the
// least any append can do, is bench/append-ceiling.ts.
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { disclosureStatements } from '../src/disclosure/disclosure.projector';
import type { CaseRecord } from '../src/ledger/case.repository';
import { entryWriteStatement } from '../src/ledger/entry-writer';
import { GENESIS_HASH, type LogEntry } from '../src/ledger/log-entry';
import { CURRENT, getCaseApi } from '../workflows/registry';
import { CAST, driveLifecycle, factsOf } from './lifecycle';
import { closedLoop, type LoadOptions, type LoadResult } from './support/load';

const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';
const DISCLOSURE = { department: '市场监督管理局', namePolicy: 'surname' } as const;

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
    const deadlines = api.deadlines(r.snapshot, today);
    const input = { record, entry, result: r, env: {}, deadlines };
    const { text, values } = entryWriteStatement({
      record,
      entry,
      effects: r.effects,
      deadlines,
      // The public records PUBLISH_DECISION writes, with the service's default settings.
      projections: (p) => disclosureStatements(input, DISCLOSURE, p),
      expectedVersion: seq === 1 ? undefined : seq - 1,
      // As the service: the write lands only if no calendar load came after the one decided on.
      calendarLoad: 0,
      numbering: seq === 1 ? { prefix: 'bench', year: 2026 } : undefined,
    });
    const idAt = values.flatMap((v, k) => (v === PLACEHOLDER ? [k] : []));
    // JSON serialised once here, not by the driver on every send.
    const json = values.map((v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v,
    );
    return { seq, text, values: json, idAt };
  });
}

/** Statements sent so far (the write-statement ceiling's round trips per event, for the report). */
export const sent = { statements: 0, transitions: 0 };

/**
 * As CasesService: every event, the first included (which numbers the case in the same
 * statement), is the one write; it lands only at the version the service holds.
 */
async function transition(pg: Client, caseId: string, p: Prepared) {
  sent.statements++;
  sent.transitions++;
  const values = [...p.values];
  for (const k of p.idAt) values[k] = caseId;
  // Named, as the service's EntryWriter sends it (src/ledger/prepared-query.ts).
  const { rows } = await pg.query({ name: `ceiling_${p.seq}`, text: p.text, values });
  if ((rows[0] as { written: number }).written !== 1)
    throw new Error('write-statement ceiling: not written');
}

/** The cast as officer rows: the write checks the officers its entry names are as decided. */
async function seedCast(url: string): Promise<void> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    for (const m of CAST) {
      const f = factsOf(m.id);
      await pg.query(
        `INSERT INTO officers (id, name, roles, credential_number, credential_valid_until,
           legal_qualification) VALUES ($1, $1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [
          m.id,
          f.roles,
          f.enforcementCredential?.number ?? null,
          f.enforcementCredential?.validUntil ?? null,
          f.legalQualification ?? false,
        ],
      );
    }
  } finally {
    await pg.end();
  }
}

export async function ceilingLoad(
  url: string,
  today: string,
  opts: LoadOptions,
): Promise<LoadResult> {
  const steps = prepareLifecycle(today);
  await seedCast(url);
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

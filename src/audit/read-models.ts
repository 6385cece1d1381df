// Issue 19, "the log is the source of truth": every read model the write path stores for a case
// (the cases row's derived columns, case_deadlines, case_recusals, the public records) rebuilt
// from the case's log alone and compared with what is stored. Verify names the first that differs.
// The 文书 rows are compared by document-hashes.ts; attachments are uploads, not log-derived.
import type { DataSource, EntityManager } from 'typeorm';
import { type Deadline, type Environment, getCaseApi } from '../../workflows';
import { businessDateOf } from '../common/clock/business-time';
import {
  publicationRecord,
  withdrawalRecord,
  type PublicationSettings,
} from '../disclosure/public-record';
import { canonicalJson } from '../ledger/canonical-json';
import { nextDueOn, onePerClock } from '../ledger/case-deadlines.repository';
import type { LogEntry } from '../ledger/log-entry';
import type { ReplayStep } from './case-replay';

/** The columns of the cases row the write derives from the log (case_number, ids excepted). */
export interface CaseColumns {
  procedure: string;
  stage: string;
  state: unknown;
  snapshot: unknown;
  version: number;
  headHash: string;
  machineVersion: number;
  handlerIds: string[];
  flags: string[];
  partyKind: string;
  partyName: string;
  receivedOn: string;
  lastOccurredAt: string;
  /** The last entry's recordedAt; a case of one entry has its creation time instead (not compared). */
  updatedAt?: string;
}

type DeadlineRow = Omit<Deadline, 'status'> & { status: string };
type Row = Record<string, unknown>;

/** Every read model of one case, as stored or as rebuilt. */
export interface ReadModels {
  row: CaseColumns;
  nextDueOn: string | null;
  deadlines: DeadlineRow[];
  recusals: { officerId: string; reason: string; decidedBy: string }[];
  decisions: Row[];
  withdrawals: Row[];
}

const iso = (v: unknown) => new Date(v as string).toISOString();
const date = (col: string) => `to_char(${col}, 'YYYY-MM-DD') AS ${col}`;

async function sequence<T>(reads: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  for (const read of reads) out.push(await read());
  return out;
}

/** What is stored for the case now (its row, which must exist). */
export async function storedReadModels(
  db: DataSource | EntityManager,
  caseId: string,
): Promise<ReadModels> {
  const q = (sql: string) => db.query<Row[]>(sql, [caseId]);
  // One after another: in a transaction they share one connection.
  const [[c], deadlines, recusals, decisions, withdrawals] = await sequence([
    () =>
      q(`SELECT procedure, stage, state, snapshot, version, head_hash, machine_version, handler_ids,
         flags, party_kind, party_name, ${date('received_on')}, last_occurred_at, updated_at,
         ${date('next_due_on')} FROM cases WHERE id = $1`),
    () =>
      q(`SELECT clock, ${date('due_on')}, status, provisional, citation
       FROM case_deadlines WHERE case_id = $1 ORDER BY clock COLLATE "C"`),
    () =>
      q(`SELECT officer_id, reason, decided_by FROM case_recusals WHERE case_id = $1
       ORDER BY officer_id COLLATE "C"`),
    () =>
      q(`SELECT seq, decision_number, channel, party_kind, party_name, party_credit_code, violation,
         legal_basis, penalties, department, ${date('decided_on')}, ${date('published_on')},
         ${date('display_until')}, recorded_at FROM public_decisions WHERE case_id = $1
       ORDER BY seq`),
    () =>
      q(`SELECT seq, decision_number, party_kind, department, ${date('decided_on')}, ground, reason,
         channels, ${date('withdrawn_on')}, recorded_at FROM public_withdrawals WHERE case_id = $1
       ORDER BY seq`),
  ]);
  return {
    row: {
      procedure: c.procedure as string,
      stage: c.stage as string,
      state: c.state,
      snapshot: c.snapshot,
      version: c.version as number,
      headHash: c.head_hash as string,
      machineVersion: c.machine_version as number,
      handlerIds: c.handler_ids as string[],
      flags: c.flags as string[],
      partyKind: c.party_kind as string,
      partyName: c.party_name as string,
      receivedOn: c.received_on as string,
      lastOccurredAt: iso(c.last_occurred_at),
      updatedAt: iso(c.updated_at),
    },
    nextDueOn: (c.next_due_on as string | null) ?? null,
    deadlines: deadlines.map((d) => ({
      clock: d.clock as Deadline['clock'],
      dueOn: d.due_on as string,
      status: d.status as string,
      provisional: d.provisional as boolean,
      citation: d.citation as string,
    })),
    recusals: recusals.map((r) => ({
      officerId: r.officer_id as string,
      reason: r.reason as string,
      decidedBy: r.decided_by as string,
    })),
    decisions: decisions.map((d) => ({ ...d, recorded_at: iso(d.recorded_at) })),
    withdrawals: withdrawals.map((w) => ({ ...w, recorded_at: iso(w.recorded_at) })),
  };
}

export interface RebuildOptions {
  machineId: string;
  /** The environment (calendar) each entry was decided in (case-replay's EntryEnvironment). */
  envOf(e: LogEntry): Environment;
  timeZone: string;
  publication: PublicationSettings;
}

/** The deadline rows and next_due_on the write stores for a snapshot, as of a business date. */
export function deadlineModels(
  o: Pick<RebuildOptions, 'machineId'>,
  machineVersion: number,
  snapshot: Record<string, unknown>,
  asOf: string,
  env: Environment,
): Pick<ReadModels, 'deadlines' | 'nextDueOn'> {
  const all = getCaseApi(o.machineId, machineVersion).deadlines(snapshot, asOf, env);
  const deadlines = onePerClock(all).sort((a, b) => (a.clock < b.clock ? -1 : 1));
  return { deadlines, nextDueOn: nextDueOn(all) };
}

/**
 * The read models as the write path would have left them after the last entry: each entry's
 * replayed result folded as case-record.ts and the projectors fold it. The deadlines are those
 * computed on the last entry's business date with its calendar, as the write computes them.
 */
export function rebuildReadModels(
  entries: LogEntry[],
  steps: ReplayStep[],
  o: RebuildOptions,
): ReadModels {
  const first = steps[0].result;
  const last = steps[steps.length - 1].result;
  const lastEntry = entries[entries.length - 1];
  let handlerIds = first.context.handlerIds ?? [];
  let flags = [...first.flags];
  const recusals: ReadModels['recusals'] = [];
  const decisions: Row[] = [];
  const withdrawals: Row[] = [];
  steps.forEach(({ result }, i) => {
    const e = entries[i];
    if (i > 0) {
      handlerIds = result.context.handlerIds ?? handlerIds;
      flags = [...new Set([...flags, ...result.flags])];
    }
    const ref = { caseId: e.caseId, seq: e.seq, recordedAt: iso(e.recordedAt) };
    if (e.type === 'RECORD_RECUSAL') {
      const p = e.payload as { officerId: string; reason: string };
      recusals.push({ officerId: p.officerId, reason: p.reason, decidedBy: e.actorId });
    } else if (e.type === 'PUBLISH_DECISION') {
      decisions.push(decisionRow(publicationRecord(ref, result, o.publication)));
    } else if (e.type === 'WITHDRAW_PUBLICATION') {
      withdrawals.push(withdrawalRow(withdrawalRecord(ref, result, o.publication)));
    }
  });
  const asOf = businessDateOf(new Date(lastEntry.recordedAt), o.timeZone);
  const env = o.envOf(lastEntry);
  return {
    row: {
      procedure: first.context.procedure,
      stage: last.stage,
      state: last.state,
      snapshot: last.snapshot,
      version: lastEntry.seq,
      headHash: lastEntry.hash,
      machineVersion: lastEntry.machineVersion,
      handlerIds,
      flags,
      partyKind: first.context.party.kind,
      partyName: first.context.party.name,
      receivedOn: String(entries[0].payload.receivedAt).slice(0, 10),
      lastOccurredAt: iso(lastEntry.occurredAt),
      ...(entries.length > 1 ? { updatedAt: iso(lastEntry.recordedAt) } : {}),
    },
    ...deadlineModels(o, lastEntry.machineVersion, last.snapshot, asOf, env),
    recusals: recusals.sort((a, b) => (a.officerId < b.officerId ? -1 : 1)),
    decisions,
    withdrawals,
  };
}

function decisionRow(r: ReturnType<typeof publicationRecord>): Row {
  return {
    seq: r.seq,
    decision_number: r.decisionNumber,
    channel: r.channel,
    party_kind: r.party.kind,
    party_name: r.party.name,
    party_credit_code: r.party.creditCode ?? null,
    violation: r.violation,
    legal_basis: r.legalBasis,
    penalties: r.penalties,
    department: r.department,
    decided_on: r.decidedOn,
    published_on: r.publishedOn,
    display_until: r.displayUntil,
    recorded_at: r.recordedAt,
  };
}

function withdrawalRow(r: ReturnType<typeof withdrawalRecord>): Row {
  return {
    seq: r.seq,
    decision_number: r.decisionNumber,
    party_kind: r.partyKind,
    department: r.department,
    decided_on: r.decidedOn ?? null,
    ground: r.ground,
    reason: r.reason,
    channels: r.channels,
    withdrawn_on: r.withdrawnOn,
    recorded_at: r.recordedAt,
  };
}

/** The read models compared, as the verify report lists them. */
export const READ_MODELS = [
  'cases',
  'case_deadlines',
  'case_recusals',
  'public_decisions',
  'public_withdrawals',
];

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const column = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * An open clock whose due date has passed is missed, whether the scheduler has marked it yet or
 * the rows were computed on an earlier date (deadline-scheduler.service.ts).
 */
function settled(rows: DeadlineRow[], today: string): DeadlineRow[] {
  return rows.map((d) =>
    (d.status === 'open' || d.status === 'missed') && d.dueOn < today
      ? { ...d, status: 'missed' }
      : d,
  );
}

export interface CompareContext {
  /** The business date of the verification. */
  today: string;
  /**
   * The deadlines as each calendar load after the last entry recomputed them (on its day, with
   * the calendar it put in force): a load recomputes the deadlines it can move
   * (calendar.service.ts recomputeAffected).
   */
  recomputed: Pick<ReadModels, 'deadlines' | 'nextDueOn'>[];
}

/** The first read model whose stored form differs from its rebuild, named by table and column. */
export function readModelMismatch(
  stored: ReadModels,
  rebuilt: ReadModels,
  ctx: CompareContext,
): string | undefined {
  const differs = (what: string, s: unknown, r: unknown, show = true) =>
    `read model ${what} differs from the log` +
    (show ? `: stored ${canonicalJson(s)}, rebuilt ${canonicalJson(r)}` : '');
  for (const [k, r] of Object.entries(rebuilt.row)) {
    const s = (stored.row as unknown as Record<string, unknown>)[k];
    if (!same(s, r)) return differs(`cases.${column(k)}`, s, r, k !== 'snapshot' && k !== 'state');
  }
  const rows = (m: Pick<ReadModels, 'deadlines'>) => settled(m.deadlines, ctx.today);
  const written = rows(stored);
  const candidates = [rebuilt, ...ctx.recomputed];
  if (!candidates.some((c) => same(written, rows(c)))) {
    return differs('case_deadlines', written, rows(rebuilt));
  }
  if (!candidates.some((c) => c.nextDueOn === stored.nextDueOn)) {
    return differs('cases.next_due_on', stored.nextDueOn, rebuilt.nextDueOn);
  }
  if (!same(stored.recusals, rebuilt.recusals)) {
    return differs('case_recusals', stored.recusals, rebuilt.recusals);
  }
  if (!same(stored.decisions, rebuilt.decisions)) {
    return differs('public_decisions', stored.decisions, rebuilt.decisions);
  }
  if (!same(stored.withdrawals, rebuilt.withdrawals)) {
    return differs('public_withdrawals', stored.withdrawals, rebuilt.withdrawals);
  }
  return undefined;
}

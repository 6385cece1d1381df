// Model-based generation: random cases driven through the pure API, invariants checked after
// every accepted event. Deterministic for a seed.
import type { OfficerFacts, Role } from '../../../workflows/model/domain.types';
import { addDays } from '../../../workflows/calendar/working-calendar';
import type { HistoryStep, InvariantBreach } from '../../../workflows/penalty-case/invariants';
import { checkInvariants } from '../../../workflows/penalty-case/invariants';
import type { CaseContext } from '../../../workflows/penalty-case/penalty-case.context';
import {
  EVENT_SPECS,
  EVENT_TYPES,
  isEventType,
} from '../../../workflows/penalty-case/penalty-case.events';
import type {
  Accepted,
  EventEnvelope,
  PenaltyCaseApi,
} from '../../../workflows/penalty-case/transition.types';
import { createCaseBody } from './factories';
import { historyStep } from './history';
import { CAST, randomParty, randomPayload, Rng } from './random-payloads';

/** Days around the 2025–2026 holidays (春节, 清明, 劳动节, 端午, 国庆 and their 调休 weekends). */
const HOLIDAYS = [
  '2025-01-28', '2025-04-04', '2025-05-01', '2025-05-31', '2025-10-01',
  '2026-01-01', '2026-02-15', '2026-04-04', '2026-05-01', '2026-06-19', '2026-09-25',
  '2026-10-01',
]; // prettier-ignore
const FINAL = new Set(['archived', 'notFiled', 'transferred']);
const OMNI: OfficerFacts = {
  id: 'omni',
  roles: ['approver', 'case_reviewer', 'legal_reviewer', 'hearing_officer'],
  legalQualification: true,
  enforcementCredential: { number: 'ZF-omni', validUntil: '2030-12-31' },
};
const BY_ROLE: Record<string, string[]> = {
  approver: ['a1', 'a2', 'a3', 'a4'],
  case_reviewer: ['cr1'],
  legal_reviewer: ['lr1', 'lr1', 'lr2'],
  hearing_officer: ['ho1', 'ho1', 'ho2'],
};

export interface Found extends InvariantBreach {
  history: HistoryStep[];
  caseNo: number;
}

export interface GeneratorRun {
  seed: number;
  accepted: number;
  attempts: number;
  cases: number;
  /** Breaches per invariant id. */
  counts: Record<string, number>;
  /** Accepted events per type (what the run exercised). */
  byType: Record<string, number>;
  /** The shortest history that breaks each invariant. */
  shortest: Map<string, Found>;
  /** The breach that stopped the run (stopWhen). */
  stoppedAt?: Found;
}

export type StopWhen = (breach: InvariantBreach, history: readonly HistoryStep[]) => boolean;

function startDate(rng: Rng): string {
  if (rng.chance(0.5)) return addDays(rng.pick(HOLIDAYS), -rng.int(20));
  return addDays('2025-01-01', rng.int(600));
}

function delta(rng: Rng): number {
  const r = rng.next();
  if (r < 0.6) return rng.int(4);
  if (r < 0.85) return 4 + rng.int(12);
  if (r < 0.95) return 16 + rng.int(45);
  return 61 + rng.int(140);
}

function actorFor(rng: Rng, type: string, ctx: CaseContext): OfficerFacts {
  if (rng.chance(0.08)) return rng.pick(Object.values(CAST));
  const role: Role | undefined = isEventType(type) ? EVENT_SPECS[type].roles[0] : 'handler';
  if (isEventType(type) && EVENT_SPECS[type].system && rng.chance(0.3)) return CAST.system;
  if (role === 'handler' || !role) {
    const ids = ctx.handlerIds.length > 0 && rng.chance(0.95) ? ctx.handlerIds : ['h1', 'h3'];
    return CAST[rng.pick(ids)];
  }
  return CAST[rng.pick(BY_ROLE[role] ?? ['a1'])];
}

function envelope(
  type: string,
  payload: Record<string, unknown>,
  on: string,
  actor: OfficerFacts,
  recused: string[],
): EventEnvelope {
  return { type, payload, occurredAt: on, actor, officers: CAST, recusedOfficerIds: recused };
}

/** Acts that end a case before a decision: offered rarely, so most cases reach the later stages. */
const EARLY_ENDS = new Set(['TRANSFER_CLUE', 'DECLINE_FILING', 'TERMINATE_INVESTIGATION']);
/** Acts that only add to a stage (evidence, extensions): offered less than those that move it. */
const SIDE_ACTS = new Set([
  'RECORD_EVIDENCE',
  'EXTEND_CLUE_VERIFICATION',
  'EXTEND_CASE_LIMIT',
  'REPLACE_HANDLERS',
  'SUSPEND_INVESTIGATION',
  'PRESERVE_EVIDENCE',
  'SEIZE_PROPERTY',
]);

/** Loops back to an earlier stage (revisions, returns) and paying: less often, so cases go on. */
const LOOPS = new Set([
  'REVISE_PROPOSAL',
  'RETURN_FOR_CORRECTION',
  'RETURN_FOR_INVESTIGATION',
  'RECORD_PAYMENT',
]);

/** Court enforcement is reached only by a long unpaid path: offered more often where it is open. */
const RARE = new Set([
  'SERVE_ENFORCEMENT_REMINDER',
  'APPLY_COURT_ENFORCEMENT',
  'RECORD_COURT_OUTCOME',
]);

function weight(t: string): number {
  if (RARE.has(t)) return 12;
  if (EARLY_ENDS.has(t)) return 0.15;
  if (LOOPS.has(t)) return 0.3;
  return SIDE_ACTS.has(t) ? 0.5 : 3;
}

function weightedPick(rng: Rng, types: readonly string[]): string {
  const total = types.reduce((sum, t) => sum + weight(t), 0);
  let r = rng.next() * total;
  for (const t of types) {
    r -= weight(t);
    if (r < 0) return t;
  }
  return types[types.length - 1];
}

/** The day of the next act: a scheduled hearing is mostly held on its day (APL 64). */
function dateFor(rng: Rng, type: string, ctx: CaseContext, on: string): string {
  const hearingAt = ctx.hearings[ctx.hearings.length - 1]?.hearingAt?.slice(0, 10);
  if (type === 'HOLD_HEARING' && hearingAt && hearingAt >= on && rng.chance(0.8)) return hearingAt;
  // Court enforcement waits for the appeal periods (60 days, 6 months: AEL 53): jump there often.
  const servedOn = ctx.service?.servedOn;
  const jump =
    servedOn && type === 'APPLY_COURT_ENFORCEMENT' && rng.chance(0.7)
      ? addDays(servedOn, 185 + rng.int(40))
      : servedOn && type === 'SERVE_ENFORCEMENT_REMINDER' && rng.chance(0.7)
        ? addDays(servedOn, 20 + rng.int(160))
        : undefined;
  if (jump && jump > on) return jump;
  return addDays(on, delta(rng));
}

export interface GenerateOptions {
  seed: number;
  targetAccepted: number;
  api: PenaltyCaseApi;
  /** Stop at the first breach this accepts (the self-test). */
  stopWhen?: StopWhen;
}

/** One random case: its accepted history, breaches recorded as they first appear. */
function runCase(
  rng: Rng,
  api: PenaltyCaseApi,
  caseNo: number,
  run: GeneratorRun,
  stopWhen?: StopWhen,
) {
  const summary = rng.chance(0.25);
  let on = startDate(rng);
  const body = createCaseBody({
    procedure: summary ? 'summary' : 'ordinary',
    receivedAt: on,
    party: randomParty(rng),
    violation: { endedAt: addDays(on, -rng.int(900)), lifeHealthOrFinancialHarm: rng.chance(0.2) },
  });
  const first = envelope(summary ? 'OPEN_SUMMARY_CASE' : 'REGISTER_CLUE', body, on, CAST.h1, []);
  const opened = api.start(first);
  if (!opened.ok) throw new Error(`cannot open a case: ${opened.message}`);
  const history: HistoryStep[] = [historyStep(1, first, opened)];
  let last: Accepted = opened;
  const recused: string[] = [];
  let allowedNow: string[] | undefined;
  run.accepted += 1;
  for (let attempt = 0; attempt < 240 && !FINAL.has(last.stage); attempt += 1) {
    run.attempts += 1;
    const ctx = last.context as unknown as CaseContext;
    const handler = CAST[ctx.handlerIds[0] ?? 'h1'];
    // A refused event leaves the case as it was: the events open to it are asked once per state.
    // Every event the state takes that these may send, passing now or not: refusals are explored.
    allowedNow ??= [handler, OMNI].flatMap((caller) =>
      api
        .nextActions(last.snapshot, { caller, officers: CAST, recusedOfficerIds: [], at: on })
        .filter((action) => action.mayAct)
        .map((action) => action.type),
    );
    const allowed = rng.chance(0.9) ? allowedNow : [];
    const type = allowed.length > 0 ? weightedPick(rng, allowed) : rng.pick(EVENT_TYPES);
    if (rng.chance(0.01)) recused.push(rng.pick(['h1', 'h2', 'h3', 'a1', 'lr1', 'ho1']));
    const next = dateFor(rng, type, ctx, on);
    const payload = randomPayload(rng, type, ctx, next);
    const sent = envelope(type, payload, next, actorFor(rng, type, ctx), [...recused]);
    const result = api.apply(last.snapshot, sent);
    if (!result.ok) continue;
    on = next;
    last = result;
    allowedNow = undefined;
    history.push(historyStep(history.length + 1, sent, result));
    run.accepted += 1;
    run.byType[type] = (run.byType[type] ?? 0) + 1;
    // Every invariant over the history so far; earlier entries' breaches were recorded already.
    for (const breach of checkInvariants(history, {}, history.length)) {
      run.counts[breach.invariant] = (run.counts[breach.invariant] ?? 0) + 1;
      const known = run.shortest.get(breach.invariant);
      if (!known || known.history.length > history.length) {
        run.shortest.set(breach.invariant, { ...breach, history: [...history], caseNo });
      }
      if (stopWhen?.(breach, history)) {
        run.stoppedAt = { ...breach, history: [...history], caseNo };
        return;
      }
    }
  }
}

export function generate(options: GenerateOptions): GeneratorRun {
  const rng = new Rng(options.seed);
  const run: GeneratorRun = {
    seed: options.seed,
    accepted: 0,
    attempts: 0,
    cases: 0,
    counts: {},
    byType: {},
    shortest: new Map(),
  };
  while (run.accepted < options.targetAccepted) {
    run.cases += 1;
    runCase(rng, options.api, run.cases, run, options.stopWhen);
    if (run.stoppedAt) break;
  }
  return run;
}

/** Drops entries one by one while the history still replays and still breaks `id`. */
export function shrink(found: Found, api: PenaltyCaseApi): HistoryStep[] {
  let envelopes = found.history.map((step) => step.envelope);
  for (let i = envelopes.length - 2; i >= 1; i -= 1) {
    const candidate = [...envelopes.slice(0, i), ...envelopes.slice(i + 1)];
    const replayed = replayHistory(candidate, api);
    if (replayed && checkInvariants(replayed).some((b) => b.invariant === found.invariant)) {
      envelopes = candidate;
    }
  }
  return replayHistory(envelopes, api) ?? found.history;
}

function replayHistory(envelopes: EventEnvelope[], api: PenaltyCaseApi): HistoryStep[] | undefined {
  const steps: HistoryStep[] = [];
  let last: Accepted | undefined;
  for (const e of envelopes) {
    const result = last ? api.apply(last.snapshot, e) : api.start(e);
    if (!result.ok) return undefined;
    steps.push(historyStep(steps.length + 1, e, result));
    last = result;
  }
  return steps;
}

/** One line per entry: what a reader needs to replay the failing history by hand. */
export function describeHistory(history: HistoryStep[]): string {
  return history
    .map(
      (s) =>
        `  ${s.seq}. ${s.envelope.occurredAt} ${s.envelope.type} by ${s.envelope.actor.id}` +
        `${s.envelope.recusedOfficerIds.length ? ` (recused ${s.envelope.recusedOfficerIds.join(',')})` : ''}` +
        ` ${JSON.stringify(s.envelope.payload)} → ${s.stage}`,
    )
    .join('\n');
}

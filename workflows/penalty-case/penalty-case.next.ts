// Honest next steps: for each event the current state takes, who may send it and whether it
// would pass now — the guards that do not read the payload evaluated, the others named.
import { __unsafe_getAllOwnEventDescriptors } from 'xstate';
import type { OfficerFacts, Role } from '../model/domain.types';
import type { GuardInput } from './guards/guard-kit';
import { probeGuard } from './guard-probe';
import { checkAccess } from './penalty-case.access';
import type { CaseContext, CaseEvent } from './penalty-case.context';
import { sinceV2 } from './penalty-case.context';
import { calendarFor, dayOf, rulesOn } from './penalty-case.dates';
import { CLOCKS } from './penalty-case.clock-catalogue';
import { computeDeadlines } from './penalty-case.deadlines';
import { latestHearing } from './penalty-case.derived';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, EVENT_TYPES, rolesFor } from './penalty-case.events';
import { EVENT_RULES } from './penalty-case.guards';
import type { CaseSnapshot } from './penalty-case.snapshot';
import { stageOf } from './penalty-case.snapshot';
import type {
  FailingGuard,
  NextAction,
  NextActionsRequest,
  PartyClock,
  WaitingFor,
} from './transition.types';

/** The first events open a case (start); no state of a case takes them. */
const FIRST_EVENTS: ReadonlySet<string> = new Set(['REGISTER_CLUE', 'OPEN_SUMMARY_CASE']);

/** An event with an empty payload, to ask the machine whether a type is available at all. */
function probe(type: EventType, ctx: CaseContext): CaseEvent {
  return {
    type,
    payload: {},
    at: ctx.lastEventAt,
    on: ctx.lastEventOn,
    actorId: '',
    flags: [],
    env: {},
  };
}

export function available(snapshot: CaseSnapshot, type: EventType): boolean {
  return !FIRST_EVENTS.has(type) && snapshot.can(probe(type, snapshot.context));
}

/** The event types the current state takes (from any role), in catalogue order. */
export function availableTypes(snapshot: CaseSnapshot): EventType[] {
  // Only the types some active state handles can be available; the machine still decides.
  const handled = new Set(__unsafe_getAllOwnEventDescriptors(snapshot));
  return EVENT_TYPES.filter((type) => handled.has(type) && available(snapshot, type));
}

/**
 * The officers who alone may send it, where the case fixes them: a handler event comes from the
 * case's handlers (penalty-case.access); in v2 the hearing is held and reported by its presiding
 * officer (G15, APL 64(4)).
 */
function fixedOfficers(type: EventType, role: Role, ctx: CaseContext, recused: readonly string[]) {
  if (role === 'handler' && ctx.handlerIds.length > 0) {
    return ctx.handlerIds.filter((id) => !recused.includes(id));
  }
  const presiding = latestHearing(ctx)?.presidingOfficerId;
  const held = type === 'HOLD_HEARING' || type === 'SUBMIT_HEARING_REPORT';
  return held && presiding && sinceV2(ctx) ? [presiding] : undefined;
}

/** The payload the case itself proposes for an event: DECIDE as proposed (outcome, penalties). */
function proposedPayload(type: EventType, ctx: CaseContext): Record<string, unknown> | undefined {
  if (type !== 'DECIDE' || !ctx.proposal) return undefined;
  return { outcome: ctx.proposal.outcome, penalties: ctx.proposal.penalties };
}

/** Someone who may send it, to judge an event the caller may not send (guards read the actor). */
function standIn(roles: readonly Role[], officers: string[] | undefined, r: NextActionsRequest) {
  const id = officers?.[0];
  const known = id ? r.officers[id] : undefined;
  return known ?? ({ id: id ?? '', roles: [...roles] } satisfies OfficerFacts);
}

interface Judged {
  failing: FailingGuard[];
  checkedOnSubmit: NextAction['checkedOnSubmit'];
}

function judge(facts: GuardInput, disabled: ReadonlySet<string>): Judged {
  const judged: Judged = { failing: [], checkedOnSubmit: [] };
  const proposed = proposedPayload(facts.type, facts.ctx);
  // v2 payloads are strict (unknown fields refused); a v1 payload may carry any field.
  const declared = sinceV2(facts.ctx)
    ? new Set(Object.keys(EVENT_SPECS[facts.type].payload))
    : undefined;
  for (const rule of EVENT_RULES[facts.type]?.guards ?? []) {
    if (disabled.has(rule.id)) continue;
    const answer = probeGuard(rule, facts, proposed, declared);
    if (answer.kind === 'decided') {
      judged.failing.push(...answer.failures);
    } else if (answer.asProposed?.length) {
      judged.failing.push(...answer.asProposed.map((f) => ({ ...f, asProposed: true as const })));
    } else {
      judged.checkedOnSubmit.push({ id: rule.id, citation: rule.citation, summary: rule.summary });
    }
  }
  return judged;
}

function factsFor(
  type: EventType,
  snapshot: CaseSnapshot,
  actor: OfficerFacts,
  r: NextActionsRequest,
): GuardInput {
  const env = r.env ?? {};
  const on = dayOf(r.at, env);
  return {
    ctx: snapshot.context,
    type,
    payload: {},
    at: r.at,
    on,
    actor,
    officers: r.officers,
    recused: r.recusedOfficerIds,
    cal: calendarFor(env),
    rules: rulesOn(on, env),
    env,
    stage: stageOf(snapshot.value),
  };
}

export function nextActionsOf(
  snapshot: CaseSnapshot,
  r: NextActionsRequest,
  disabled: ReadonlySet<string> = new Set(),
): NextAction[] {
  const ctx = snapshot.context;
  const stage = stageOf(snapshot.value);
  return availableTypes(snapshot).map((type) => {
    const roles = [...rolesFor(type, stage)];
    const officers = fixedOfficers(type, roles[0], ctx, r.recusedOfficerIds);
    const denial = checkAccess(type, stage, ctx, r.caller, r.recusedOfficerIds);
    const actor = denial ? standIn(roles, officers, r) : r.caller;
    const { failing, checkedOnSubmit } = judge(factsFor(type, snapshot, actor, r), disabled);
    return {
      type,
      roles,
      ...(officers ? { officers } : {}),
      ...(EVENT_SPECS[type].system ? { system: true as const } : {}),
      mayAct: !denial,
      ...(denial ? { denied: denial } : {}),
      wouldPass: failing.length === 0,
      failing,
      checkedOnSubmit,
    };
  });
}

/** API.md's allowedEvents: what the caller may send now, its payload-independent checks passed. */
export function allowedOf(actions: readonly NextAction[]): string[] {
  return actions.filter((a) => a.mayAct && a.wouldPass).map((a) => a.type);
}

const PARTY_FACING = new Set(CLOCKS.filter((c) => c.partyFacing).map((c) => c.id));

/** Nobody in particular: every event is judged for an officer who may send it. */
const NOBODY: OfficerFacts = { id: '', roles: [] };

/** Who must act next, whoever asks: from nextActions for nobody, and the party's open clocks. */
export function waitingForOf(
  snapshot: CaseSnapshot,
  r: NextActionsRequest,
  disabled: ReadonlySet<string> = new Set(),
): WaitingFor {
  const passing = nextActionsOf(snapshot, { ...r, caller: NOBODY }, disabled).filter(
    (a) => a.wouldPass,
  );
  const groups = new Map<string, WaitingFor['by'][number]>();
  for (const action of passing) {
    for (const role of action.roles) {
      const key = `${role}|${action.officers?.join(',') ?? '*'}`;
      const group = groups.get(key) ?? {
        role,
        ...(action.officers ? { officers: action.officers } : {}),
        events: [],
      };
      group.events.push(action.type);
      groups.set(key, group);
    }
  }
  const by = [...groups.values()];
  const env = r.env ?? {};
  const party: PartyClock[] = computeDeadlines(snapshot.context, dayOf(r.at, env), env)
    .filter((d) => PARTY_FACING.has(d.clock) && d.status === 'open')
    .map((d) => ({ clock: d.clock, dueOn: d.dueOn, citation: d.citation }));
  return {
    roles: [...new Set(by.map((g) => g.role))],
    officers: [...new Set(by.flatMap((g) => g.officers ?? []))],
    events: passing.map((a) => a.type),
    by,
    party,
  };
}

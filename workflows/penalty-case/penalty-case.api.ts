// The pure transition API (PenaltyCaseApi): snapshot + envelope → accepted next snapshot or refusal.
import { initialTransition, transition } from 'xstate';
import type { IsoDate } from '../model/domain.types';
import type { GuardInput } from './guards/guard-kit';
import { checkAccess, recusalDenial } from './penalty-case.access';
import { caseLimitView } from './penalty-case.case-limit';
import { owedFen, paymentDue, surchargeFen } from './penalty-case.clocks';
import type { CaseContext, CaseEvent } from './penalty-case.context';
import type { MachineVersion } from './penalty-case.context';
import { MACHINE_ID, sinceV2 } from './penalty-case.context';

const V2_OUTCOMES = ['confirmed_illegal', 'confirmed_void', 'remanded'];
import { calendarFor, dayOf, earlierThan, latest, rulesOn } from './penalty-case.dates';
import { computeDeadlines } from './penalty-case.deadlines';
import { legalReviewRequirement, moneyDueFen, paidFen } from './penalty-case.derived';
import { effectsFor } from './penalty-case.effects';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, isEventType } from './penalty-case.events';
import { flagsFor, guardFailures } from './penalty-case.guards';
import { penaltyCaseMachine } from './penalty-case.machine';
import { allowedOf, available, nextActionsOf, waitingForOf } from './penalty-case.next';
import { recordRecusal } from './penalty-case.recusal';
import { guardFailed, illegal, requestOf } from './penalty-case.refusals';
import type { FieldError } from './penalty-case.payload';
import { fieldError } from './penalty-case.payload';
import { english, msg } from '../messages/catalogue';
import { validate } from './payload-validator';
import type { CaseSnapshot } from './penalty-case.snapshot';
import { contextOf, persistSnapshot, restoreSnapshot, stageOf } from './penalty-case.snapshot';
import type {
  Accepted,
  CaseContextView,
  Effect,
  Environment,
  EventEnvelope,
  ExecutionView,
  PenaltyCaseApi,
  PersistedCaseSnapshot,
  Refused,
  TransitionResult,
} from './transition.types';

const NO_GUARDS: ReadonlySet<string> = new Set();

const FIRST_EVENTS: Readonly<Record<string, 'ordinary' | 'summary'>> = {
  REGISTER_CLUE: 'ordinary',
  OPEN_SUMMARY_CASE: 'summary',
};

function accepted(snapshot: CaseSnapshot, flags: string[], effects: Effect[]): Accepted {
  const persisted = persistSnapshot(snapshot);
  return {
    ok: true,
    snapshot: persisted,
    stage: stageOf(snapshot.value),
    state: persisted.value,
    context: persisted.context as CaseContextView,
    flags,
    effects,
  };
}

/**
 * Payload fields, plus the envelope's date: valid, and not before the previous event. Strict
 * (v2: unknown fields, formats, closed enums, named officers active) or as v1 checked them.
 */
function payloadErrors(
  type: EventType,
  envelope: EventEnvelope,
  strict: boolean,
  ctx?: CaseContext,
  env?: Environment,
): FieldError[] {
  const payload = envelope.payload ?? {};
  const officers = envelope.officers ?? {};
  const errors = validate(payload, EVENT_SPECS[type].payload, { strict, officers });
  try {
    dayOf(envelope.occurredAt, env);
    if (ctx && earlierThan(envelope.occurredAt, ctx.lastEventAt, env)) {
      const previous = ctx.lastEventAt;
      errors.push(fieldError('occurredAt', msg('occurredAt.beforePrevious', { previous })));
    }
  } catch {
    errors.push(fieldError('occurredAt', msg('occurredAt.invalid')));
  }
  if (type === 'RECORD_APPEAL_OUTCOME' && payload.outcome === 'changed' && !payload.penalties) {
    errors.push(fieldError('penalties', msg('penalties.requiredWhenChanged')));
  }
  // penalty-case@2, APL 45: an accepted defence states what the review adopts.
  const adopted = payload.adopted;
  if (type === 'REVIEW_STATEMENT' && ctx && sinceV2(ctx) && payload.accepted === true) {
    if (typeof adopted !== 'string' || adopted.trim() === '') {
      errors.push(fieldError('adopted', msg('adopted.requiredWhenAccepted')));
    }
  }
  // Outcomes added in penalty-case@2 (确认违法 / 确认无效 / 责令重新作出) are not v1 values.
  if (
    type === 'RECORD_APPEAL_OUTCOME' &&
    ctx &&
    !sinceV2(ctx) &&
    V2_OUTCOMES.includes(payload.outcome as string)
  ) {
    const values = ['upheld', 'revoked', 'changed'];
    errors.push(fieldError('outcome', msg('field.oneOf', { values })));
  }
  return errors;
}

function invalid(errors: FieldError[]): Refused {
  const message = errors.map((e) => `${e.field} ${e.reason}`).join('; ');
  return { ok: false, code: 'INVALID_PAYLOAD', message, errors };
}

function guardInputOf(
  type: EventType,
  ctx: CaseContext,
  stage: string,
  envelope: EventEnvelope,
  env: Environment,
): GuardInput {
  const on = dayOf(envelope.occurredAt, env);
  return {
    ctx,
    type,
    payload: envelope.payload ?? {},
    at: envelope.occurredAt,
    on,
    actor: envelope.actor,
    officers: envelope.officers ?? {},
    recused: envelope.recusedOfficerIds ?? [],
    cal: calendarFor(env),
    rules: rulesOn(on, env),
    env,
    stage,
  };
}

function machineEvent(facts: GuardInput, flags: string[]): CaseEvent {
  const { type, payload, at, on, actor, env } = facts;
  return { type, payload, at, on, actorId: actor.id, flags, env };
}

function apply(
  version: MachineVersion,
  persisted: PersistedCaseSnapshot,
  envelope: EventEnvelope,
  env: Environment = {},
  disabledGuards: ReadonlySet<string> = NO_GUARDS,
): TransitionResult {
  const snapshot = restoreSnapshot(persisted, version);
  const ctx = snapshot.context;
  const stage = stageOf(snapshot.value);
  const recused = envelope.recusedOfficerIds ?? [];
  const recusal = recusalDenial(envelope.actor, recused);
  if (recusal) return { ok: false, code: 'FORBIDDEN', ...recusal };
  const request = requestOf(envelope, ctx, env);
  if (!isEventType(envelope.type) || !available(snapshot, envelope.type)) {
    return illegal(snapshot, envelope.type, request, disabledGuards);
  }
  const type = envelope.type;
  const denial = checkAccess(type, stage, ctx, envelope.actor, recused);
  if (denial) {
    return { ok: false, code: 'FORBIDDEN', ...denial };
  }
  const errors = payloadErrors(type, envelope, sinceV2(ctx), ctx, env);
  if (errors.length > 0) {
    return invalid(errors);
  }
  const facts = guardInputOf(type, ctx, stage, envelope, env);
  const failures = guardFailures(facts, disabledGuards);
  if (failures.length > 0) {
    return guardFailed(snapshot, failures, request, disabledGuards);
  }
  const flags = flagsFor(facts);
  const event = machineEvent(facts, flags);
  if (!snapshot.can(event)) {
    return illegal(
      snapshot,
      type,
      request,
      disabledGuards,
      msg('transition.notAvailable', { type }),
    );
  }
  const [next] = transition(penaltyCaseMachine, snapshot, event);
  return accepted(next, flags, effectsFor(facts, next.context));
}

function start(
  version: MachineVersion,
  envelope: EventEnvelope,
  env: Environment = {},
): TransitionResult {
  const procedure = FIRST_EVENTS[envelope.type];
  const recused = envelope.recusedOfficerIds ?? [];
  if (!procedure) {
    const first = envelope.actor.roles.includes('handler') ? Object.keys(FIRST_EVENTS) : [];
    const m = msg('transition.firstEvent');
    // No case yet: any handler opens one.
    const waitingFor = {
      roles: ['handler' as const],
      officers: [],
      events: Object.keys(FIRST_EVENTS),
      by: [{ role: 'handler' as const, events: Object.keys(FIRST_EVENTS) }],
      party: [],
    };
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      stage: 'none',
      allowedEvents: first,
      waitingFor,
      message: english(m),
      msg: m,
    };
  }
  const type = envelope.type as EventType;
  const denial = checkAccess(type, 'none', undefined, envelope.actor, recused);
  if (denial) {
    return { ok: false, code: 'FORBIDDEN', ...denial };
  }
  // A case starts on its version: every new case is CURRENT (v2), so strict; v1 logs replay as v1.
  const errors = payloadErrors(type, envelope, version >= 2, undefined, env);
  if (errors.length === 0 && envelope.payload.procedure !== procedure) {
    errors.push(fieldError('procedure', msg('procedure.mustBe', { procedure, type })));
  }
  if (errors.length > 0) {
    return invalid(errors);
  }
  const on = dayOf(envelope.occurredAt, env);
  const event: CaseEvent = {
    type,
    payload: envelope.payload,
    at: envelope.occurredAt,
    on,
    actorId: envelope.actor.id,
    flags: [],
    env,
  };
  const [snapshot] = initialTransition(penaltyCaseMachine, { event, version });
  return accepted(snapshot, [], []);
}

function execution(
  ctx: CaseContext,
  asOf: IsoDate,
  env: Environment = {},
): ExecutionView | undefined {
  if (!ctx.decision) {
    return undefined;
  }
  const cal = calendarFor(env);
  const day = ctx.settledOn && latest(ctx.settledOn, asOf) === asOf ? ctx.settledOn : asOf;
  return {
    fineFen: moneyDueFen(ctx),
    paidFen: paidFen(ctx),
    surchargeFen: surchargeFen(ctx, cal, day),
    dueOn: paymentDue(ctx, cal)?.dueOn,
  };
}

/** One code base for every version: a case's pinned version selects the rules `sinceV2` gates. */
function penaltyCaseApi(
  version: MachineVersion,
  disabledGuards: ReadonlySet<string> = NO_GUARDS,
): PenaltyCaseApi {
  return {
    machineId: MACHINE_ID,
    machineVersion: version,
    start: (envelope, env) => start(version, envelope, env),
    apply: (persisted, envelope, env) => apply(version, persisted, envelope, env, disabledGuards),
    recordRecusal: (persisted, envelope) => recordRecusal(version, persisted, envelope),
    allowedEvents(persisted, request) {
      const snapshot = restoreSnapshot(persisted, version);
      return allowedOf(nextActionsOf(snapshot, request, disabledGuards));
    },
    nextActions: (persisted, request) =>
      nextActionsOf(restoreSnapshot(persisted, version), request, disabledGuards),
    waitingFor: (persisted, request) =>
      waitingForOf(restoreSnapshot(persisted, version), request, disabledGuards),
    deadlines(persisted, asOf, env) {
      return computeDeadlines(contextOf(persisted, version), asOf, env);
    },
    execution: (persisted, asOf, env) => execution(contextOf(persisted, version), asOf, env),
    caseLimit(persisted, asOf) {
      return caseLimitView(contextOf(persisted, version), asOf);
    },
    legalReview(persisted, asOf, env) {
      const ctx = contextOf(persisted, version);
      return ctx.proposal ? legalReviewRequirement(ctx, rulesOn(asOf, env)) : undefined;
    },
  };
}

export const penaltyCaseV1 = penaltyCaseApi(1);
export const penaltyCaseV2 = penaltyCaseApi(2);

/**
 * For the invariant self-test only (never registered): the machine with some guards removed, to
 * prove the property test catches the unlawful histories the missing guard lets through.
 */
export function penaltyCaseApiWithoutGuards(
  guardIds: readonly string[],
  version: MachineVersion = 2,
): PenaltyCaseApi {
  return penaltyCaseApi(version, new Set(guardIds));
}

/** Owed on a date (money due + surcharge − paid), for views and tests. */
export function outstandingFen(
  persisted: PersistedCaseSnapshot,
  asOf: IsoDate,
  env: Environment = {},
): number {
  const ctx = contextOf(persisted);
  return Math.max(0, owedFen(ctx, calendarFor(env), asOf) - paidFen(ctx));
}

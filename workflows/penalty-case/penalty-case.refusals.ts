// The refusals that say what next (ILLEGAL_TRANSITION, GUARD_FAILED): allowedEvents and
// waitingFor from penalty-case.next, for the refused envelope's sender, date and officers.
import type { Msg } from '../messages/catalogue';
import { english, msg } from '../messages/catalogue';
import { dayOf } from './penalty-case.dates';
import type { CaseContext } from './penalty-case.context';
import { allowedOf, nextActionsOf, waitingForOf } from './penalty-case.next';
import type { CaseSnapshot } from './penalty-case.snapshot';
import { stageOf } from './penalty-case.snapshot';
import type {
  Environment,
  EventEnvelope,
  GuardFailure,
  NextActionsRequest,
  Refused,
} from './transition.types';

/** The question "what next?" asked by a refused envelope (its date, officers and recusals). */
export function requestOf(
  envelope: EventEnvelope,
  ctx: CaseContext,
  env: Environment,
): NextActionsRequest {
  let at = envelope.occurredAt;
  try {
    dayOf(at, env);
  } catch {
    at = ctx.lastEventAt; // an unreadable date is answered later (INVALID_PAYLOAD)
  }
  return {
    caller: envelope.actor,
    officers: envelope.officers ?? {},
    recusedOfficerIds: envelope.recusedOfficerIds ?? [],
    at,
    env,
  };
}

/** Not available now: what the sender could send instead, and whose turn it is. */
export function illegal(
  snapshot: CaseSnapshot,
  type: string,
  request: NextActionsRequest,
  disabled: ReadonlySet<string>,
  why?: Msg,
): Refused {
  const stage = stageOf(snapshot.value);
  const m = why ?? msg('transition.notAccepted', { type, stage });
  const refused = {
    ok: false,
    code: 'ILLEGAL_TRANSITION',
    stage,
    message: english(m),
    msg: m,
  } as const;
  return whenRead(refused, {
    allowedEvents: () => allowedOf(nextActionsOf(snapshot, request, disabled)),
    waitingFor: () => waitingForOf(snapshot, request, disabled),
  });
}

/**
 * `base` with fields computed when first read (enumerable, so JSON and spreads carry them).
 * They judge every guard of every open event: refusals nobody reads (replays, the generator's
 * thousands) should not pay for that.
 */
function whenRead<T extends object, L extends Record<string, () => unknown>>(
  base: T,
  lazy: L,
): T & { [K in keyof L]: ReturnType<L[K]> } {
  const target = { ...base };
  for (const [key, compute] of Object.entries(lazy)) {
    let cached: { value: unknown } | undefined;
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => (cached ??= { value: compute() }).value,
    });
  }
  return target as T & { [K in keyof L]: ReturnType<L[K]> };
}

/** Every failing guard, and whose turn it is. */
export function guardFailed(
  snapshot: CaseSnapshot,
  guards: GuardFailure[],
  request: NextActionsRequest,
  disabled: ReadonlySet<string>,
): Refused {
  const message = guards.map((f) => `${f.id}: ${f.message}`).join('; ');
  const refused = { ok: false, code: 'GUARD_FAILED', message, guards } as const;
  return whenRead(refused, { waitingFor: () => waitingForOf(snapshot, request, disabled) });
}

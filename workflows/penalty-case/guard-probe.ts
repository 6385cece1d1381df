// Judging an event's guards before its payload is known (nextActions). No hand-kept list of
// which guard needs the payload: each guard runs on a payload that records what it reads.
import type { GuardInput, Guard } from './guards/guard-kit';
import type { GuardFailure } from './transition.types';

export type GuardProbe =
  /** The guard read nothing of the payload: its answer now is its answer on submit. */
  | { kind: 'decided'; failures: GuardFailure[] }
  /** It read the payload: checked on submit (and, where the case proposes one, judged on that). */
  | { kind: 'payloadDependent'; asProposed?: GuardFailure[] };

/** A payload over `base` that records every property asked of it (reads, `in`, key listings). */
function recording(base: Record<string, unknown>): {
  payload: Record<string, unknown>;
  reads: Set<string | symbol>;
} {
  const reads = new Set<string | symbol>();
  const payload = new Proxy(base, {
    get(target, key, receiver) {
      reads.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      reads.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      reads.add('*');
      return Reflect.ownKeys(target);
    },
  });
  return { payload, reads };
}

function run(rule: Guard, facts: GuardInput, base: Record<string, unknown>) {
  const { payload, reads } = recording(base);
  try {
    return { failures: rule.check({ ...facts, payload }), reads, threw: false };
  } catch {
    // A guard relies on the schema having been checked first: an absent field may throw.
    return { failures: [], reads, threw: true };
  }
}

/**
 * One guard before the payload is known. `proposed` is the payload the case itself proposes for
 * the event (DECIDE: the current proposal's outcome and penalties); a guard that reads nothing
 * else of the payload is judged on it too. `declared`: the only fields a payload may carry.
 */
export function probeGuard(
  rule: Guard,
  facts: GuardInput,
  proposed?: Record<string, unknown>,
  declared?: ReadonlySet<string>,
): GuardProbe {
  const empty = run(rule, facts, {});
  // A strict (v2) payload carries only the fields its schema declares: reading another one
  // (e.g. G15 asking a HOLD_HEARING for a presiding officer) reads nothing the sender controls.
  const controlled = (reads: Set<string | symbol>) =>
    [...reads].filter((key) => !declared || typeof key !== 'string' || declared.has(key));
  if (controlled(empty.reads).length === 0 && !empty.threw) {
    return { kind: 'decided', failures: empty.failures };
  }
  if (!proposed) {
    return { kind: 'payloadDependent' };
  }
  const given = run(rule, facts, proposed);
  const onlyProposed = controlled(given.reads).every(
    (key) => typeof key === 'string' && Object.hasOwn(proposed, key),
  );
  return onlyProposed && !given.threw
    ? { kind: 'payloadDependent', asProposed: given.failures }
    : { kind: 'payloadDependent' };
}

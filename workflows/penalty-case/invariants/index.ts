// Legal invariants of a lawful case, as pure predicates over its accepted history.
import type { Environment } from '../transition.types';
import { DECISION_INVARIANTS } from './decision.invariants';
import { EXECUTION_INVARIANTS } from './execution.invariants';
import { HISTORY_INVARIANTS } from './history.invariants';
import type { HistoryStep, Invariant, InvariantBreach } from './invariant-kit';
import { stepViews } from './invariant-kit';
import { LIMIT_INVARIANTS } from './limits.invariants';
import { OFFICER_INVARIANTS } from './officers.invariants';

export type { HistoryStep, Invariant, InvariantBreach } from './invariant-kit';

/** Every invariant, in id order (workflows/README.md "Invariants" lists them). */
export const INVARIANTS: readonly Invariant[] = [
  ...DECISION_INVARIANTS,
  ...LIMIT_INVARIANTS,
  ...OFFICER_INVARIANTS,
  ...EXECUTION_INVARIANTS,
  ...HISTORY_INVARIANTS,
].sort((a, b) => a.id.localeCompare(b.id));

/**
 * Every breach of every invariant in a history, ordered by entry then invariant. An entry's
 * breaches depend only on the entries up to it, so after appending one entry checking from it
 * (`fromSeq`) checks the whole history.
 */
export function checkInvariants(
  history: readonly HistoryStep[],
  env: Environment = {},
  fromSeq = 1,
): InvariantBreach[] {
  const views = stepViews(history, env, fromSeq - 1);
  return INVARIANTS.flatMap((rule) => rule.checkViews(views)).sort(
    (a, b) => a.seq - b.seq || a.invariant.localeCompare(b.invariant),
  );
}

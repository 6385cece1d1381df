// The same history under penalty-case@1: what a v1 case recorded must replay unchanged.
import { penaltyCaseV1 } from '../../../workflows/penalty-case/penalty-case.api';
import type {
  EventEnvelope,
  PersistedCaseSnapshot,
  TransitionResult,
} from '../../../workflows/penalty-case/transition.types';
import type { CaseDriver } from './case-driver';
import { makeEnvelope, OFFICERS } from './factories';
import { defaultActor } from './case-driver';

/** Replays the driver's log as a v1 case and offers one more event. */
export function sendAsV1(
  driver: CaseDriver,
  type: string,
  payload: Record<string, unknown>,
  on: string,
  overrides: Partial<EventEnvelope> = {},
): TransitionResult {
  const [first, ...rest] = driver.log;
  let result = penaltyCaseV1.start(first, driver.env);
  for (const envelope of rest) {
    if (!result.ok) break;
    result = penaltyCaseV1.apply(result.snapshot, envelope, driver.env);
  }
  if (!result.ok) {
    throw new Error(`the history does not replay under v1: ${JSON.stringify(result)}`);
  }
  const snapshot: PersistedCaseSnapshot = result.snapshot;
  const base = makeEnvelope(type, payload, on, defaultActor(type));
  const envelope = { ...base, ...overrides, officers: { ...base.officers, ...overrides.officers } };
  return penaltyCaseV1.apply(snapshot, envelope, driver.env);
}

export { OFFICERS };

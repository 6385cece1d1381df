// The same history under penalty-case@1: what a v1 case recorded must replay unchanged.
import { penaltyCaseV1 } from '../../../workflows/penalty-case/penalty-case.api';
import { replay } from '../../../workflows/registry';
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
  // The registry's replay: the one fold of a log through a pinned version (throws if refused).
  const replayed = replay('penalty-case', 1, driver.log, driver.env);
  const result = replayed[replayed.length - 1];
  const snapshot: PersistedCaseSnapshot = result.snapshot;
  const base = makeEnvelope(type, payload, on, defaultActor(type));
  const envelope = { ...base, ...overrides, officers: { ...base.officers, ...overrides.officers } };
  return penaltyCaseV1.apply(snapshot, envelope, driver.env);
}

export { OFFICERS };

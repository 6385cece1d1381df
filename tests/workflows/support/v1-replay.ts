// The same history on penalty-case@1: what a case pinned to v1 answers (it replays as recorded).
import type { OfficerFacts } from '../../../workflows/model/domain.types';
import { penaltyCaseV1 } from '../../../workflows/penalty-case/penalty-case.api';
import type { TransitionResult } from '../../../workflows/penalty-case/transition.types';
import type { CaseDriver } from './case-driver';
import { defaultActor } from './case-driver';
import { makeEnvelope } from './factories';

/** Replays the driver's log on v1 and offers one more event there. */
export function sendOnV1(
  driver: CaseDriver,
  type: string,
  payload: Record<string, unknown>,
  on: string,
  actor: OfficerFacts = defaultActor(type),
): TransitionResult {
  const [first, ...rest] = driver.log;
  let result = penaltyCaseV1.start(first, driver.env);
  for (const envelope of rest) {
    if (!result.ok) break;
    result = penaltyCaseV1.apply(result.snapshot, envelope, driver.env);
  }
  if (!result.ok) {
    throw new Error(`the history does not replay on v1: ${JSON.stringify(result)}`);
  }
  return penaltyCaseV1.apply(result.snapshot, makeEnvelope(type, payload, on, actor), driver.env);
}

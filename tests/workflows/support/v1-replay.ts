// The same history on penalty-case@1: what a case pinned to v1 answers (it replays as recorded).
import type { OfficerFacts } from '../../../workflows/model/domain.types';
import type { TransitionResult } from '../../../workflows/penalty-case/transition.types';
import type { CaseDriver } from './case-driver';
import { defaultActor } from './case-driver';
import { sendAsV1 } from './v1';

/** Replays the driver's log on v1 and offers one more event there (sent by `actor`). */
export function sendOnV1(
  driver: CaseDriver,
  type: string,
  payload: Record<string, unknown>,
  on: string,
  actor: OfficerFacts = defaultActor(type),
): TransitionResult {
  return sendAsV1(driver, type, payload, on, { actor });
}

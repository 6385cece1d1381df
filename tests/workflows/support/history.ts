// A driven case as the invariants see it: the accepted steps, numbered from 1.
import type { HistoryStep } from '../../../workflows/penalty-case/invariants';
import type { CaseContext } from '../../../workflows/penalty-case/penalty-case.context';
import type { Accepted, EventEnvelope } from '../../../workflows/penalty-case/transition.types';

export function historyStep(seq: number, envelope: EventEnvelope, result: Accepted): HistoryStep {
  return {
    seq,
    envelope,
    stage: result.stage,
    state: result.state,
    context: result.context as unknown as CaseContext,
    flags: result.flags,
  };
}

export function historyOf(driver: { log: EventEnvelope[]; results: Accepted[] }): HistoryStep[] {
  return driver.log.map((envelope, i) => historyStep(i + 1, envelope, driver.results[i]));
}

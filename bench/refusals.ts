// The refused events of the load (issue 19: about 5 % of requests): before event number k of the
// lifecycle, another lifecycle event sent out of turn, by the officer who would send it in turn,
// on the business date of event k. The pure machine refuses each (checked here, once); the
// service answers 409/403/422 and writes nothing, and so must every peer: the machine's routing
// alone (the naive peer's `can`) refuses each too.
import { createActor, type Snapshot } from 'xstate';
import { DomainException } from '../src/common/errors/domain.exception';
import { httpStatusOf } from '../src/common/errors/error-code';
import type { CaseEvent } from '../workflows/penalty-case/penalty-case.context';
import { dayOf } from '../workflows/penalty-case/penalty-case.dates';
import { penaltyCaseMachine } from '../workflows/penalty-case/penalty-case.machine';
import { CURRENT, getCaseApi } from '../workflows/registry';
import { driveLifecycle, envelopeOf, LIFECYCLE, type Step } from './lifecycle';

/** What a refused request is answered with, whoever answers it. */
export const REFUSAL_STATUSES: ReadonlySet<number> = new Set([403, 409, 422]);

/** Whether a call in this process was refused (true) or accepted (false); anything else throws. */
export function refusedIn(call: Promise<unknown>): Promise<boolean> {
  return call.then(
    () => false,
    (e: unknown) => {
      if (e instanceof DomainException && REFUSAL_STATUSES.has(httpStatusOf(e.code))) return true;
      throw e;
    },
  );
}

/** The machine's event for a step, as the naive peer builds it from a request. */
export const machineEventOf = (step: Step): CaseEvent =>
  ({
    type: step.type,
    payload: step.payload,
    at: step.on,
    on: dayOf(step.on),
    actorId: step.actor,
    flags: [],
    env: {},
  }) as unknown as CaseEvent;

/** Whether XState's routing alone (no legal guards) takes the event in this state. */
function routingTakes(snapshot: Record<string, unknown>, step: Step): boolean {
  const event = machineEventOf(step);
  const actor = createActor(penaltyCaseMachine, {
    snapshot: snapshot as unknown as Snapshot<unknown>,
    input: { event },
  }).start();
  const takes = actor.getSnapshot().can(event);
  actor.stop();
  return takes;
}

function refusedSteps(): Step[] {
  const api = getCaseApi(CURRENT.machineId, CURRENT.version);
  const { results } = driveLifecycle();
  const out: Step[] = [];
  for (let k = 1; k < LIFECYCLE.length; k++) {
    const before = results[k - 1].snapshot;
    const due = LIFECYCLE[k];
    // Far ahead first (clearly out of turn), then the events already behind the case.
    const order = [...LIFECYCLE.keys()].filter((j) => j > k + 2).concat([...Array(k).keys()]);
    const refused = order
      .map((j) => ({ ...LIFECYCLE[j], on: due.on }))
      // A different type: the appending peers, which cannot decide, refuse it by a type check.
      .filter((step) => step.type !== due.type && step.type !== 'REGISTER_CLUE')
      .find((step) => !api.apply(before, envelopeOf(step)).ok && !routingTakes(before, step));
    if (!refused) throw new Error(`refusals: nothing the machine refuses before ${due.type}`);
    out[k] = refused;
  }
  return out;
}

// Computed once, after the functions it needs.
/** REFUSED[k]: the refused step sent before LIFECYCLE[k] (k ≥ 1; the first event is never). */
export const REFUSED: readonly Step[] = refusedSteps();

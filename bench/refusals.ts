// The refused events of the load (issue 19: about 5 % of requests): before event number k of the
// lifecycle, another lifecycle event sent out of turn, by the officer who would send it in turn,
// on the business date of event k. The pure machine refuses each (checked here, once); the
// service answers 409/403/422 and writes nothing, and so must every peer.
import { CURRENT, getCaseApi } from '../workflows/registry';
import { driveLifecycle, envelopeOf, LIFECYCLE, type Step } from './lifecycle';

/** What a refused request is answered with, whoever answers it. */
export const REFUSAL_STATUSES: ReadonlySet<number> = new Set([403, 409, 422]);

/** REFUSED[k]: the refused step sent before LIFECYCLE[k] (k ≥ 1; the first event is never). */
export const REFUSED: readonly Step[] = refusedSteps();

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
      .find((step) => !api.apply(before, envelopeOf(step)).ok);
    if (!refused) throw new Error(`refusals: nothing the machine refuses before ${due.type}`);
    out[k] = refused;
  }
  return out;
}

// nextActions cross-checked against apply() on random traffic: every envelope the case generator
// offers is first asked about (nextActions for its sender, on its date), then applied, and the
// answers must agree. NEXT_ACTIONS_SEED=<n> replays a run exactly.
import { penaltyCaseV2 } from '../../workflows/penalty-case/penalty-case.api';
import type {
  EventEnvelope,
  NextAction,
  PenaltyCaseApi,
  PersistedCaseSnapshot,
  TransitionResult,
} from '../../workflows/penalty-case/transition.types';
import { generate } from './support/case-generator';

const SEED = Number(process.env.NEXT_ACTIONS_SEED ?? Date.now() % 2 ** 31);
const TARGET = Number(process.env.NEXT_ACTIONS_EVENTS ?? 3_000);

interface Tally {
  offered: number;
  /** Sent while wouldPass and mayAct, and accepted. */
  passedAndAccepted: number;
  /** Sent while a payload-independent guard failed, and refused naming it. */
  failingAndRefused: number;
  notOpenAndIllegal: number;
  disagreements: string[];
}

/** What nextActions promised that apply() contradicts (empty when they agree). */
function disagreement(
  action: NextAction | undefined,
  result: TransitionResult,
  recused: boolean,
): string | undefined {
  const code = result.ok ? 'ACCEPTED' : result.code;
  if (!action) {
    // G06 (APL 43) comes before the stage: a recused officer learns nothing of it.
    const expected = recused ? 'FORBIDDEN' : 'ILLEGAL_TRANSITION';
    return code === expected ? undefined : `not in nextActions, yet ${code}`;
  }
  if (!action.mayAct) {
    return code === 'FORBIDDEN' ? undefined : `mayAct false, yet ${code}`;
  }
  if (code === 'ILLEGAL_TRANSITION' || code === 'FORBIDDEN') return `mayAct, yet ${code}`;
  // Payload-independent failures hold for every payload; "as proposed" ones for that payload.
  const always = action.failing.filter((g) => !g.asProposed).map((g) => g.id);
  if (result.ok) {
    return always.length === 0 ? undefined : `accepted although ${always.join(', ')} failed`;
  }
  if (result.code !== 'GUARD_FAILED') return undefined; // INVALID_PAYLOAD: the schema first
  const named = new Set(result.guards.map((g) => g.id));
  const missing = always.filter((id) => !named.has(id));
  const known = new Set([...action.failing, ...action.checkedOnSubmit].map((g) => g.id));
  const unforeseen = [...named].filter((id) => !known.has(id));
  if (missing.length > 0) return `refused without naming ${missing.join(', ')}`;
  return unforeseen.length > 0 ? `refused by ${unforeseen.join(', ')} not listed` : undefined;
}

/** The generator's api, asking nextActions before each apply and tallying the agreement. */
function checked(api: PenaltyCaseApi, tally: Tally): PenaltyCaseApi {
  return {
    ...api,
    apply(snapshot: PersistedCaseSnapshot, envelope: EventEnvelope, env) {
      const result = api.apply(snapshot, envelope, env);
      const request = {
        caller: envelope.actor,
        officers: envelope.officers,
        recusedOfficerIds: envelope.recusedOfficerIds,
        at: envelope.occurredAt,
        env,
      };
      const action = api.nextActions(snapshot, request).find((a) => a.type === envelope.type);
      tally.offered += 1;
      const recused = (envelope.recusedOfficerIds ?? []).includes(envelope.actor.id);
      const wrong = disagreement(action, result, recused);
      if (wrong) {
        const stage = (snapshot as { value: unknown }).value;
        tally.disagreements.push(
          `${envelope.type} by ${envelope.actor.id} on ${envelope.occurredAt} in ${JSON.stringify(stage)}: ${wrong}`,
        );
      } else if (result.ok && action?.wouldPass) {
        tally.passedAndAccepted += 1;
      } else if (!result.ok && result.code === 'GUARD_FAILED' && action?.failing.length) {
        tally.failingAndRefused += 1;
      } else if (!action) {
        tally.notOpenAndIllegal += 1;
      }
      return result;
    },
  };
}

describe('nextActions agrees with apply() (model-based)', () => {
  it(`on every envelope offered for ${TARGET} accepted events`, () => {
    console.log(`nextActions property test: NEXT_ACTIONS_SEED=${SEED}`);
    const tally: Tally = {
      offered: 0,
      passedAndAccepted: 0,
      failingAndRefused: 0,
      notOpenAndIllegal: 0,
      disagreements: [],
    };
    const run = generate({
      seed: SEED,
      targetAccepted: TARGET,
      api: checked(penaltyCaseV2, tally),
    });
    const { disagreements, ...counts } = tally;
    console.log(`seed ${SEED}: ${run.cases} cases, ${JSON.stringify(counts)}`);
    if (disagreements.length > 0) {
      console.log(
        `DISAGREEMENTS, NEXT_ACTIONS_SEED=${SEED}\n${disagreements.slice(0, 20).join('\n')}`,
      );
    }
    expect(disagreements).toEqual([]);
    // The run exercised each kind of answer.
    expect(counts.passedAndAccepted).toBeGreaterThan(TARGET / 2);
    expect(counts.failingAndRefused).toBeGreaterThan(0);
    expect(counts.notOpenAndIllegal).toBeGreaterThan(0);
  }, 300_000);
});

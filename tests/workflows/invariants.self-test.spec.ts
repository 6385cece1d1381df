// The property test can fail: with G13 (a decision no heavier than the notice, APL 44, 45, 62)
// removed from the machine, the generator finds a decision labelled 'penalty' that imposes more
// than the 告知书 named (I01); with the guard in place the same run finds none.
import {
  penaltyCaseApiWithoutGuards,
  penaltyCaseV2,
} from '../../workflows/penalty-case/penalty-case.api';
import type { StopWhen } from './support/case-generator';
import { describeHistory, generate } from './support/case-generator';

const SEED = Number(process.env.INVARIANT_SEED ?? 20_251_130);
const BOUND = 20_000;

/** What G13 alone prevents: a decision labelled 'penalty' heavier than the served notice. */
const heavierThanNotified: StopWhen = (breach, history) =>
  breach.invariant === 'I01' &&
  breach.message.includes('imposes more than') &&
  history[breach.seq - 1].envelope.payload.outcome === 'penalty';

describe('the invariant generator catches a removed guard', () => {
  it(`finds I01 within ${BOUND} accepted events when G13 is removed`, () => {
    console.log(`invariant self-test: INVARIANT_SEED=${SEED}`);
    const api = penaltyCaseApiWithoutGuards(['G13']);
    const run = generate({ seed: SEED, targetAccepted: BOUND, api, stopWhen: heavierThanNotified });
    expect(run.stoppedAt).toBeDefined();
    const found = run.stoppedAt!;
    console.log(
      `G13 removed: I01 breached after ${run.accepted} accepted events, entry ${found.seq}: ${found.message}\n` +
        describeHistory(found.history),
    );
    expect(found).toMatchObject({ invariant: 'I01', article: 'APL 44, 62' });
  }, 300_000);

  it('finds no such breach in the same run with G13 in place', () => {
    const run = generate({
      seed: SEED,
      targetAccepted: BOUND,
      api: penaltyCaseV2,
      stopWhen: heavierThanNotified,
    });
    expect(run.stoppedAt).toBeUndefined();
  }, 300_000);
});

// Model-based property test: ≥ 100,000 accepted events of random cases through the pure machine
// (actors, payloads, dates across the 2025–2026 holidays, both procedures); every invariant is
// checked after every accepted event. INVARIANT_SEED=<n> replays a run exactly.
import { INVARIANTS } from '../../workflows/penalty-case/invariants';
import { penaltyCaseV2 } from '../../workflows/penalty-case/penalty-case.api';
import { EVENT_TYPES } from '../../workflows/penalty-case/penalty-case.events';
import { describeHistory, generate, shrink } from './support/case-generator';

/** The first events are sent by start(); every other type must be exercised by the run. */
const FIRST = new Set(['REGISTER_CLUE', 'OPEN_SUMMARY_CASE']);

const SEED = Number(process.env.INVARIANT_SEED ?? Date.now() % 2 ** 31);
const TARGET = Number(process.env.INVARIANT_EVENTS ?? 100_000);

describe('legal invariants hold on every generated history (model-based)', () => {
  it(`${TARGET} accepted events break no invariant`, () => {
    console.log(`invariant property test: INVARIANT_SEED=${SEED}`);
    const started = process.hrtime.bigint();
    const run = generate({ seed: SEED, targetAccepted: TARGET, api: penaltyCaseV2 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `seed ${SEED}: ${run.accepted} accepted events (${run.attempts} offered) in ${run.cases} cases, ${seconds.toFixed(1)} s`,
    );
    const report = [...run.shortest.values()]
      .sort((a, b) => a.invariant.localeCompare(b.invariant))
      .map((found) => {
        const rule = INVARIANTS.find((r) => r.id === found.invariant);
        const minimal = shrink(found, penaltyCaseV2);
        return (
          `${found.invariant} (${found.article}) ${rule?.summary ?? ''}: ${run.counts[found.invariant]} breaches;` +
          ` e.g. entry ${found.seq}: ${found.message}\n  shortest history (INVARIANT_SEED=${SEED}, case ${found.caseNo}):\n` +
          describeHistory(minimal)
        );
      });
    if (report.length > 0) {
      console.log(`INVARIANT BREACHES, INVARIANT_SEED=${SEED}\n${report.join('\n\n')}`);
    }
    const unreached = EVENT_TYPES.filter((type) => !FIRST.has(type) && !run.byType[type]);
    console.log(`accepted per type: ${JSON.stringify(run.byType)}`);
    expect(run.accepted).toBeGreaterThanOrEqual(TARGET);
    expect(unreached).toEqual([]);
    expect(Object.keys(run.counts).sort()).toEqual([]);
  }, 600_000);
});

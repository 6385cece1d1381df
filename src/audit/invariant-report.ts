// The legal invariants (workflows/penalty-case/invariants) over a stored, replayed history.
import { checkInvariants, type HistoryStep, type CaseContext, CURRENT } from '../../workflows';
import type { LogEntry } from '../ledger/log-entry';
import { envelopeOf, environmentOf, type EntryEnvironment, type ReplayStep } from './case-replay';

export interface InvariantBreachView {
  seq: number;
  invariant: string;
  article: string;
  message: string;
}

/**
 * `invariantBreaches`: every entry of the stored history that breaks a legal invariant (the
 * offline verifier exits 2 on them). A case pinned to an older machine version stays a valid
 * record and is flagged (`machineVersionCurrent: false`): its breaches are what the law says of
 * a history its machine allowed.
 */
export interface InvariantReport {
  machineVersion: number;
  machineVersionCurrent: boolean;
  invariantBreaches: InvariantBreachView[];
}

export function historyOf(entries: LogEntry[], steps: ReplayStep[]): HistoryStep[] {
  return steps.map((step, i) => ({
    seq: step.seq,
    envelope: envelopeOf(entries[i]),
    stage: step.result.stage,
    state: step.result.state,
    context: step.result.context as unknown as CaseContext,
    flags: entries[i].flags,
  }));
}

export function invariantReport(
  machine: { machineId: string; machineVersion: number },
  entries: LogEntry[],
  steps: ReplayStep[],
  env: EntryEnvironment,
): InvariantReport {
  const current =
    machine.machineId === CURRENT.machineId && machine.machineVersion === CURRENT.version;
  // Clocks are read on the calendar in force at the last act (pinned, like its replay).
  const last = entries[steps.length - 1];
  const breaches = checkInvariants(
    historyOf(entries, steps),
    last ? environmentOf(env, last) : {},
  ).map(({ seq, invariant, article, message }) => ({ seq, invariant, article, message }));
  return {
    machineVersion: machine.machineVersion,
    machineVersionCurrent: current,
    invariantBreaches: breaches,
  };
}

// Machine versions: every case is pinned to (machineId, version) and replays against that code.
import { penaltyCaseV1, penaltyCaseV2 } from './penalty-case/penalty-case.api';
import type { MachineDescription } from './penalty-case/penalty-case.describe';
import { describePenaltyCase } from './penalty-case/penalty-case.describe';
import type {
  Accepted,
  Environment,
  EventEnvelope,
  PenaltyCaseApi,
  Refused,
  TransitionResult,
} from './penalty-case/transition.types';
import { RECORD_RECUSAL } from './penalty-case/penalty-case.recusal';

/** The version new cases start on. */
export const CURRENT = { machineId: 'penalty-case', version: 2 } as const;

/** Old versions stay here (and importable) as long as any case is pinned to them. */
const VERSIONS: Readonly<Record<string, Readonly<Record<number, PenaltyCaseApi>>>> = {
  'penalty-case': { 1: penaltyCaseV1, 2: penaltyCaseV2 },
};

export class UnknownMachineVersionError extends Error {
  constructor(
    readonly machineId: string,
    readonly version: number,
  ) {
    super(`no machine ${machineId} version ${version} is registered`);
  }
}

export function getCaseApi(machineId: string, version: number): PenaltyCaseApi {
  const api = VERSIONS[machineId]?.[version];
  if (!api) {
    throw new UnknownMachineVersionError(machineId, version);
  }
  return api;
}

export function registeredVersions(): { machineId: string; version: number }[] {
  return Object.entries(VERSIONS).flatMap(([machineId, versions]) =>
    Object.keys(versions).map((version) => ({ machineId, version: Number(version) })),
  );
}

/** A log entry the pinned machine refuses on replay: the log and the code disagree. */
export class ReplayRefusedError extends Error {
  constructor(
    /** 0-based position of the refused entry in the envelopes given. */
    readonly index: number,
    readonly refusal: Refused,
  ) {
    super(`entry ${index + 1} (${refusal.code}) is refused on replay: ${refusal.message}`);
  }
}

/** One environment for every envelope, or each one's own (the calendar it was decided in). */
export type ReplayEnvironment = Environment | ((index: number) => Environment);

/**
 * Fold the log through the pinned version: the accepted result after each entry, in order. The
 * one replay: the workflow tests, the service's audit, the invariant report and the offline
 * verifier (src/audit/case-replay.ts maps log entries to envelopes and calls this).
 */
export function replay(
  machineId: string,
  version: number,
  envelopes: EventEnvelope[],
  env?: ReplayEnvironment,
): Accepted[] {
  const api = getCaseApi(machineId, version);
  const envAt = (index: number) => (typeof env === 'function' ? env(index) : env);
  const results: Accepted[] = [];
  envelopes.forEach((envelope, index) => {
    const previous = results[index - 1];
    let result: TransitionResult;
    if (!previous) result = api.start(envelope, envAt(index));
    else if (envelope.type === RECORD_RECUSAL)
      result = api.recordRecusal(previous.snapshot, envelope);
    else result = api.apply(previous.snapshot, envelope, envAt(index));
    if (!result.ok) {
      throw new ReplayRefusedError(index, result);
    }
    results.push(result);
  });
  return results;
}

/** The current machine as JSON: states, events with roles, guards and clocks with citations. */
export function describeMachine(
  machineId: string = CURRENT.machineId,
  version: number = CURRENT.version,
): MachineDescription {
  getCaseApi(machineId, version);
  return describePenaltyCase();
}

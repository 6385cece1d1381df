import type {
  Accepted,
  Environment,
  EventEnvelope,
} from '../../workflows/penalty-case/transition.types';
import { getCaseApi } from '../../workflows/registry';
import { CalendarPinError } from '../calendar/calendar-history';
import type { LogEntry } from '../ledger/log-entry';

/** Entry types the service writes without the machine (the state does not change). */
export const SERVICE_ENTRY_TYPES = new Set(['RECORD_RECUSAL']);

export function envelopeOf(e: LogEntry): EventEnvelope {
  return {
    type: e.type,
    payload: e.payload,
    occurredAt: e.occurredAt,
    actor: e.facts.actor,
    officers: e.facts.officers,
    recusedOfficerIds: e.facts.recusedOfficerIds,
  };
}

/** One environment for every entry, or each entry's own (the calendar it was decided in). */
export type EntryEnvironment = Environment | ((e: LogEntry) => Environment);

/** The environment entry `e` was decided in; a calendar that cannot be rebuilt fails replay. */
export function environmentOf(env: EntryEnvironment, e: LogEntry): Environment {
  if (typeof env !== 'function') return env;
  try {
    return env(e);
  } catch (err) {
    if (err instanceof CalendarPinError) throw new ReplayError(e.seq, err.message);
    throw err;
  }
}

export interface ReplayStep {
  seq: number;
  result: Accepted;
}

/**
 * Folds a case's log through the machine version it is pinned to, returning the state after
 * every entry. Throws ReplayError naming the first entry the machine refuses.
 */
export function replayLog(
  machineId: string,
  machineVersion: number,
  entries: LogEntry[],
  env: EntryEnvironment,
): ReplayStep[] {
  const api = getCaseApi(machineId, machineVersion);
  const steps: ReplayStep[] = [];
  let last: Accepted | undefined;
  for (const e of entries) {
    if (SERVICE_ENTRY_TYPES.has(e.type) && last) {
      steps.push({ seq: e.seq, result: { ...last, flags: [], effects: [] } });
      continue;
    }
    const envelope = envelopeOf(e);
    const at = environmentOf(env, e);
    const result = last ? api.apply(last.snapshot, envelope, at) : api.start(envelope, at);
    if (!result.ok) throw new ReplayError(e.seq, `${result.code}: ${result.message}`);
    steps.push({ seq: e.seq, result });
    last = result;
  }
  return steps;
}

export class ReplayError extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(`entry ${seq} is refused on replay: ${reason}`);
  }
}

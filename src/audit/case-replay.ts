import {
  type Accepted,
  type Environment,
  type EventEnvelope,
  replay,
  ReplayRefusedError,
} from '../../workflows';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CalendarPinError } from '../calendar/calendar-history';
import type { LogEntry } from '../ledger/log-entry';

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

/** The question "what could be sent now", asked by `caller` with the facts entry `e` recorded. */
export function requestAt(e: LogEntry, caller: AuthenticatedOfficer, env: Environment) {
  return {
    caller,
    officers: e.facts.officers,
    recusedOfficerIds: e.facts.recusedOfficerIds,
    at: e.occurredAt,
    env,
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
 * every entry: workflows' one `replay`, given the entries' envelopes and calendars. Throws
 * ReplayError naming the first entry the machine refuses.
 */
export function replayLog(
  machineId: string,
  machineVersion: number,
  entries: LogEntry[],
  env: EntryEnvironment,
): ReplayStep[] {
  const envAt = (i: number) => environmentOf(env, entries[i]);
  try {
    const results = replay(machineId, machineVersion, entries.map(envelopeOf), envAt);
    return results.map((result, i) => ({ seq: entries[i].seq, result }));
  } catch (e) {
    if (!(e instanceof ReplayRefusedError)) throw e;
    const { code, message } = e.refusal;
    throw new ReplayError(entries[e.index].seq, `${code}: ${message}`);
  }
}

export class ReplayError extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(`entry ${seq} is refused on replay: ${reason}`);
  }
}

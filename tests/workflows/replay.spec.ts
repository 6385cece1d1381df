// Versioning and replay: a case replays against its pinned machine version (S20 uses this).
import {
  CURRENT,
  getCaseApi,
  replay,
  ReplayRefusedError,
  UnknownMachineVersionError,
} from '../../workflows/registry';
import { replayLog } from '../../src/audit/case-replay';
import type { LogEntry } from '../../src/ledger/log-entry';
import type { EventEnvelope } from '../../workflows';
import { OFFICERS } from './support/factories';
import { fullLifecycle, servedLifecycle } from './support/lifecycle';

/** A log as the service stores it (only what replay reads: seq, type, payload, time, facts). */
function entriesOf(log: EventEnvelope[]): LogEntry[] {
  return log.map(
    (e, i) =>
      ({
        seq: i + 1,
        type: e.type,
        payload: e.payload,
        occurredAt: e.occurredAt,
        facts: { actor: e.actor, officers: e.officers, recusedOfficerIds: e.recusedOfficerIds },
      }) as LogEntry,
  );
}

function recusal(actor = OFFICERS.a1): EventEnvelope {
  const payload = { officerId: 'h2', reason: '与当事人有利害关系' };
  return {
    type: 'RECORD_RECUSAL',
    payload,
    occurredAt: '2025-05-21',
    actor,
    officers: { [actor.id]: actor },
    recusedOfficerIds: [],
  };
}

describe('replay', () => {
  it('reproduces the stage after every entry and the final snapshot of a full lifecycle', () => {
    const driver = fullLifecycle();
    const replayed = replay(CURRENT.machineId, CURRENT.version, driver.log);
    expect(replayed.map((r) => r.stage)).toEqual(driver.results.map((r) => r.stage));
    expect(replayed.map((r) => r.flags)).toEqual(driver.results.map((r) => r.flags));
    expect(replayed[replayed.length - 1]?.snapshot).toEqual(driver.last.snapshot);
    expect(driver.stage).toBe('archived');
  });

  it('names the entry a pinned machine refuses', () => {
    const log = fullLifecycle().log;
    const tampered = [...log.slice(0, 5), { ...log[5], occurredAt: '2024-01-01' }, ...log.slice(6)];
    expect(() => replay('penalty-case', 1, tampered)).toThrow(ReplayRefusedError);
    try {
      replay('penalty-case', 1, tampered);
    } catch (error) {
      expect((error as ReplayRefusedError).index).toBe(5);
    }
  });

  it('pins cases to (machineId, version)', () => {
    expect(CURRENT).toEqual({ machineId: 'penalty-case', version: 2 });
    expect(getCaseApi('penalty-case', 1).machineVersion).toBe(1);
    expect(() => getCaseApi('penalty-case', 99)).toThrow(UnknownMachineVersionError);
  });

  it('is the replay the service, the audit and the offline verifier use (replayLog)', () => {
    const log = [...servedLifecycle().log, recusal()];
    const direct = replay(CURRENT.machineId, CURRENT.version, log);
    const viaLog = replayLog(CURRENT.machineId, CURRENT.version, entriesOf(log), {});
    expect(viaLog.map((s) => s.result)).toEqual(direct);
    expect(viaLog.map((s) => s.seq)).toEqual(log.map((_, i) => i + 1));
  });

  it('APL 43: replays a recusal through the machine: the state stays, no flags or effects', () => {
    const log = [...servedLifecycle().log, recusal()];
    const results = replay(CURRENT.machineId, CURRENT.version, log);
    const [before, after] = results.slice(-2);
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.stage).toBe(before.stage);
    expect(after).toMatchObject({ flags: [], effects: [] });
  });

  it('refuses, on replay, a recusal not decided by an approver', () => {
    const log = [...servedLifecycle().log, recusal(OFFICERS.h1)];
    expect(() => replay(CURRENT.machineId, CURRENT.version, log)).toThrow(ReplayRefusedError);
    const entries = entriesOf(log);
    expect(() => replayLog(CURRENT.machineId, CURRENT.version, entries, {})).toThrow(
      `entry ${log.length} is refused on replay: FORBIDDEN`,
    );
  });
});

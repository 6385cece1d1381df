// Versioning and replay: a case replays against its pinned machine version (S20 uses this).
import {
  CURRENT,
  getCaseApi,
  replay,
  ReplayRefusedError,
  UnknownMachineVersionError,
} from '../../workflows/registry';
import { fullLifecycle } from './support/lifecycle';

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
});

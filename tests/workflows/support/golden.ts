// Golden fixtures of a released machine version: the persisted snapshot and the log that made it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EventEnvelope,
  PersistedCaseSnapshot,
} from '../../../workflows/penalty-case/transition.types';
import { servedLifecycle } from './lifecycle';

/**
 * Loads `penalty-case.v<version>.*.json`; `UPDATE_GOLDEN_SNAPSHOT=<flag>` writes them once from
 * the served lifecycle (never regenerate them for a released version).
 */
export function loadGolden(
  version: number,
  flag: string,
): { golden: PersistedCaseSnapshot; log: EventEnvelope[] } {
  const dir = join(__dirname, '..', 'fixtures');
  const snapshot = join(dir, `penalty-case.v${version}.snapshot.json`);
  const logFile = join(dir, `penalty-case.v${version}.log.json`);
  if (process.env.UPDATE_GOLDEN_SNAPSHOT === flag) {
    const driver = servedLifecycle();
    // The driver runs CURRENT: an older version's fixtures can no longer be written from it.
    const made = (driver.last.snapshot as { context: { machine: { version: number } } }).context;
    if (made.machine.version !== version) {
      throw new Error(
        `the lifecycle runs v${made.machine.version}: v${version} fixtures stay as released`,
      );
    }
    writeFileSync(snapshot, `${JSON.stringify(driver.last.snapshot, null, 2)}\n`);
    writeFileSync(logFile, `${JSON.stringify(driver.log, null, 2)}\n`);
  }
  if (!existsSync(snapshot) || !existsSync(logFile)) {
    throw new Error(
      `golden fixtures missing in ${dir}: run once with UPDATE_GOLDEN_SNAPSHOT=${flag}`,
    );
  }
  return {
    golden: JSON.parse(readFileSync(snapshot, 'utf8')) as PersistedCaseSnapshot,
    log: JSON.parse(readFileSync(logFile, 'utf8')) as EventEnvelope[],
  };
}

// A persisted snapshot of version 2 stays loadable, and its log still replays to it (as v1's does).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EventEnvelope,
  PersistedCaseSnapshot,
} from '../../workflows/penalty-case/transition.types';
import { getCaseApi, replay } from '../../workflows/registry';
import { makeEnvelope, OFFICERS, yuan } from './support/factories';
import { servedLifecycle } from './support/lifecycle';

const SNAPSHOT = join(__dirname, 'fixtures', 'penalty-case.v2.snapshot.json');
const LOG = join(__dirname, 'fixtures', 'penalty-case.v2.log.json');
const api = getCaseApi('penalty-case', 2);

// UPDATE_GOLDEN_SNAPSHOT=2 writes the v2 fixtures once; never regenerate them once released.
if (process.env.UPDATE_GOLDEN_SNAPSHOT === '2') {
  const driver = servedLifecycle();
  writeFileSync(SNAPSHOT, `${JSON.stringify(driver.last.snapshot, null, 2)}\n`);
  writeFileSync(LOG, `${JSON.stringify(driver.log, null, 2)}\n`);
}
if (!existsSync(SNAPSHOT) || !existsSync(LOG)) {
  throw new Error(`golden v2 fixtures missing: run once with UPDATE_GOLDEN_SNAPSHOT=2`);
}
const golden = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as PersistedCaseSnapshot;
const log = JSON.parse(readFileSync(LOG, 'utf8')) as EventEnvelope[];

describe('golden snapshot penalty-case v2', () => {
  it('is pinned to v2 and loadable: the next events are answered', () => {
    expect(golden).toMatchObject({
      context: { machine: { id: 'penalty-case', version: 2 } },
      value: { enforcement: { execution: 'payment', disclosure: 'pending' } },
    });
    expect(api.allowedEvents(golden, OFFICERS.h1, false)).toEqual(
      expect.arrayContaining(['RECORD_PAYMENT', 'PUBLISH_DECISION', 'RECORD_APPEAL']),
    );
    const paid = api.apply(
      golden,
      makeEnvelope('RECORD_PAYMENT', { amountFen: yuan(150_000) }, '2025-05-30', OFFICERS.h1),
    );
    expect(paid).toMatchObject({ ok: true, state: { enforcement: { execution: 'done' } } });
  });

  it('is what its log replays to, and v1 refuses it (a case stays on its version)', () => {
    const replayed = replay('penalty-case', 2, log);
    expect(replayed[replayed.length - 1]?.snapshot).toEqual(golden);
    expect(() => getCaseApi('penalty-case', 1).allowedEvents(golden, OFFICERS.h1, false)).toThrow();
  });
});

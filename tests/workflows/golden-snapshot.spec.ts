// A persisted snapshot of version 1 stays loadable, and its log still replays to it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EventEnvelope,
  PersistedCaseSnapshot,
} from '../../workflows/penalty-case/transition.types';
import { getCaseApi, replay } from '../../workflows/registry';
import { makeEnvelope, OFFICERS, yuan } from './support/factories';
import { servedLifecycle } from './support/lifecycle';

const SNAPSHOT = join(__dirname, 'fixtures', 'penalty-case.v1.snapshot.json');
const LOG = join(__dirname, 'fixtures', 'penalty-case.v1.log.json');
const api = getCaseApi('penalty-case', 1);

// UPDATE_GOLDEN_SNAPSHOT=1 writes the fixtures; never regenerate them for a released version.
if (process.env.UPDATE_GOLDEN_SNAPSHOT === '1') {
  const driver = servedLifecycle();
  writeFileSync(SNAPSHOT, `${JSON.stringify(driver.last.snapshot, null, 2)}\n`);
  writeFileSync(LOG, `${JSON.stringify(driver.log, null, 2)}\n`);
}
if (!existsSync(SNAPSHOT) || !existsSync(LOG)) {
  throw new Error(
    `golden fixtures missing in ${join(__dirname, 'fixtures')}: run once with UPDATE_GOLDEN_SNAPSHOT=1`,
  );
}
const golden = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as PersistedCaseSnapshot;
const log = JSON.parse(readFileSync(LOG, 'utf8')) as EventEnvelope[];

describe('golden snapshot penalty-case v1', () => {
  it('is loadable: the next events are answered as they were', () => {
    expect(golden).toMatchObject({
      value: { enforcement: { execution: 'payment', disclosure: 'pending' } },
    });
    expect(api.allowedEvents(golden, OFFICERS.h1, false)).toEqual(
      expect.arrayContaining(['RECORD_PAYMENT', 'PUBLISH_DECISION', 'RECORD_APPEAL']),
    );
    const paid = api.apply(
      golden,
      makeEnvelope('RECORD_PAYMENT', { amountFen: yuan(150_000) }, '2025-05-30', OFFICERS.h1),
    );
    expect(paid).toMatchObject({
      ok: true,
      state: { enforcement: { execution: 'done', disclosure: 'pending' } },
    });
  });

  it('computes its deadlines', () => {
    const deadlines = api.deadlines(golden, '2025-05-20');
    expect(deadlines.find((d) => d.clock === 'payment')).toMatchObject({
      dueOn: '2025-06-03',
      status: 'open',
    });
    expect(deadlines.find((d) => d.clock === 'disclosureWebsite')).toMatchObject({ status: 'met' });
    expect(deadlines.find((d) => d.clock === 'disclosureGsxt')).toMatchObject({
      dueOn: '2025-06-16',
      status: 'open',
    });
  });

  it('is what its log replays to', () => {
    const replayed = replay('penalty-case', 1, log);
    expect(replayed[replayed.length - 1]?.snapshot).toEqual(golden);
  });
});

// A persisted snapshot of version 2 stays loadable, and its log still replays to it (as v1's does).
import { getCaseApi, replay } from '../../workflows/registry';
import { askingAs, makeEnvelope, OFFICERS, yuan } from './support/factories';
import { loadGolden } from './support/golden';

const api = getCaseApi('penalty-case', 2);
// UPDATE_GOLDEN_SNAPSHOT=2 writes the fixtures once; never regenerate them for a released version.
const { golden, log } = loadGolden(2, '2');

describe('golden snapshot penalty-case v2', () => {
  it('is pinned to v2 and loadable: the next events are answered', () => {
    expect(golden).toMatchObject({
      context: { machine: { id: 'penalty-case', version: 2 } },
      value: { enforcement: { execution: 'payment', disclosure: 'pending' } },
    });
    expect(api.allowedEvents(golden, askingAs(OFFICERS.h1, '2025-05-30'))).toEqual(
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
    expect(() =>
      getCaseApi('penalty-case', 1).allowedEvents(golden, askingAs(OFFICERS.h1, '2025-05-30')),
    ).toThrow();
  });
});

// A persisted snapshot of version 1 stays loadable, and its log still replays to it.
import { getCaseApi, replay } from '../../workflows/registry';
import { askingAs, makeEnvelope, OFFICERS, yuan } from './support/factories';
import { loadGolden } from './support/golden';

const api = getCaseApi('penalty-case', 1);
// UPDATE_GOLDEN_SNAPSHOT=1 writes the fixtures once; never regenerate them for a released version.
const { golden, log } = loadGolden(1, '1');

describe('golden snapshot penalty-case v1', () => {
  it('is loadable: the next events are answered as they were', () => {
    expect(golden).toMatchObject({
      value: { enforcement: { execution: 'payment', disclosure: 'pending' } },
    });
    expect(api.allowedEvents(golden, askingAs(OFFICERS.h1, '2025-05-30'))).toEqual(
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

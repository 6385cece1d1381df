// Issue 12, class 4: officers at every act done in person with the party (APL 42, 43, 55).
import { CaseDriver, guardIds } from './support/case-driver';
import { fine, makeOfficer } from './support/factories';
import { decidedCase } from './support/histories';
import { sendAsV1 } from './support/v1';

const evidence = { kind: 'inquiry', description: '询问笔录' };
const h3 = makeOfficer({ id: 'h3' });
const expiring = makeOfficer({
  id: 'h2',
  enforcementCredential: { number: 'ZF-h2', validUntil: '2025-03-10' },
});
const recusedH2 = { envelope: { recusedOfficerIds: ['h2'] } };
/** Given a case filed on 2025-03-04 with handlers h1 and h2. */
const filed = () => CaseDriver.open({}, '2025-03-03').withOfficers(h3).file('2025-03-04');

describe('APL 42: 执法人员不得少于两人, each with a valid credential on the day of the act', () => {
  it('refuses evidence taken after a handler’s credential expired (filed while it was valid)', () => {
    const driver = CaseDriver.open({}, '2025-03-03').withOfficers(expiring).file('2025-03-04');
    const refused = driver.refuse('RECORD_EVIDENCE', evidence, '2025-03-12');
    expect(guardIds(refused)).toEqual(['G04']);
    expect(JSON.stringify(refused)).toContain(
      'h2 holds no enforcement credential valid on 2025-03-12',
    );
  });

  it('refuses a seizure (approver’s act, handlers present) once a credential expired (AEL 18)', () => {
    const driver = CaseDriver.open({}, '2025-03-03').withOfficers(expiring).file('2025-03-04');
    const seize = { items: ['设备'], recordingSha256: 'ab'.repeat(32) };
    expect(guardIds(driver.refuse('SEIZE_PROPERTY', seize, '2025-03-12'))).toEqual(['G04']);
    expect(guardIds(driver.refuse('PRESERVE_EVIDENCE', { items: ['样品'] }, '2025-03-12'))).toEqual(
      ['G04'],
    );
  });

  it('refuses direct service of the decision by a handler whose credential expired', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-05-06' }).withOfficers(
      makeOfficer({ id: 'h2', enforcementCredential: { number: 'x', validUntil: '2025-05-06' } }),
    );
    expect(guardIds(driver.refuse('SERVE_DECISION', { method: 'direct' }, '2025-05-07'))).toEqual([
      'G04',
    ]);
  });

  it('does not check officers for service by mail (not an act in person)', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-05-06' });
    driver.accept('SERVE_DECISION', { method: 'mail' }, '2025-05-07', recusedH2);
  });

  it('refuses officers present who are not handlers of the case', () => {
    const driver = filed();
    const named = { ...evidence, officersPresent: ['h1', 'h3'] };
    expect(guardIds(driver.refuse('RECORD_EVIDENCE', named, '2025-03-05'))).toEqual(['G04']);
  });
});

describe('APL 42, 43: after a recusal one handler may not proceed alone', () => {
  it('refuses evidence taken by the one handler left after a recusal', () => {
    const refused = filed().refuse('RECORD_EVIDENCE', evidence, '2025-03-05', recusedH2);
    expect(guardIds(refused)).toEqual(['G04']);
  });

  it('refuses service of the 告知书 in person by the one handler left', () => {
    const driver = filed();
    driver.conclude(driver.penaltyProposal([fine(5_000)]), '2025-03-10').review('2025-03-11');
    const notice = { method: 'direct', includesHearingRight: false };
    expect(guardIds(driver.refuse('SERVE_NOTICE', notice, '2025-03-12', recusedH2))).toEqual([
      'G04',
    ]);
    driver.accept('SERVE_NOTICE', { ...notice, method: 'mail' }, '2025-03-12', recusedH2);
  });

  it('accepts the act again once an approver replaced the handlers (REPLACE_HANDLERS)', () => {
    const driver = filed();
    const replaced = driver.accept(
      'REPLACE_HANDLERS',
      { handlerIds: ['h1', 'h3'], reason: 'h2 回避' },
      '2025-03-05',
      recusedH2,
    );
    expect(driver.context.handlerIds).toEqual(['h1', 'h3']);
    expect(driver.context.handlerChanges?.[0]).toMatchObject({ previous: ['h1', 'h2'] });
    expect(replaced.stage).toBe('investigation');
    driver.accept('RECORD_EVIDENCE', evidence, '2025-03-06', recusedH2);
  });
});

describe('REPLACE_HANDLERS (APL 42, 43): the new full set', () => {
  it('refuses fewer than two officers (G02)', () => {
    const refused = filed().refuse(
      'REPLACE_HANDLERS',
      { handlerIds: ['h1'], reason: 'r' },
      '2025-03-05',
    );
    expect(guardIds(refused)).toEqual(['G02']);
  });

  it('refuses a recused officer in the new set (G06)', () => {
    const payload = { handlerIds: ['h1', 'h2'], reason: 'r' };
    expect(guardIds(filed().refuse('REPLACE_HANDLERS', payload, '2025-03-05', recusedH2))).toEqual([
      'G06',
    ]);
  });

  it('refuses an officer without a valid credential on the day (G02)', () => {
    const driver = filed().withOfficers(expiring);
    const payload = { handlerIds: ['h1', 'h2'], reason: 'r' };
    expect(guardIds(driver.refuse('REPLACE_HANDLERS', payload, '2025-03-12'))).toEqual(['G02']);
  });

  it('is an approver’s act (a handler is FORBIDDEN)', () => {
    const refused = filed().refuse(
      'REPLACE_HANDLERS',
      { handlerIds: ['h1', 'h3'], reason: 'r' },
      '2025-03-05',
      { actor: makeOfficer({ id: 'h1' }) },
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', missingRole: 'approver' });
  });
});

describe('v1 cases replay as recorded', () => {
  it('accepts evidence by one handler after a recusal in a v1 case', () => {
    expect(
      sendAsV1(filed(), 'RECORD_EVIDENCE', evidence, '2025-03-05', { recusedOfficerIds: ['h2'] })
        .ok,
    ).toBe(true);
  });

  it('has no REPLACE_HANDLERS in a v1 case', () => {
    const result = sendAsV1(
      filed(),
      'REPLACE_HANDLERS',
      { handlerIds: ['h1', 'h3'], reason: 'r' },
      '2025-03-05',
      {
        actor: makeOfficer({ id: 'a1', roles: ['approver'] }),
      },
    );
    expect(result).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });
});

// Issue 12, class 6: service (CPL 89 留置送达, CPL 95 公告送达) for every document served.
import { CaseDriver, guardIds } from './support/case-driver';
import { fine, makeParty } from './support/factories';
import { decidedCase } from './support/histories';
import { sendAsV1 } from './support/v1';

/** Given a natural person with an address on record, fined 5,000 yuan on 2025-11-27. */
const decided = () => decidedCase({ penalties: [fine(5_000)], decideOn: '2025-11-27' });

describe('CPL 95: 公告送达 only when the party cannot be found or other ways failed', () => {
  it('refuses a public notice for a party with an address on record and no ground stated', () => {
    const refused = decided().refuse('SERVE_DECISION', { method: 'public_notice' }, '2025-12-01');
    expect(guardIds(refused)).toEqual(['G24']);
  });

  it('accepts it once the handler states the party cannot be found', () => {
    const payload = { method: 'public_notice', partyCannotBeFound: true };
    decided().accept('SERVE_DECISION', payload, '2025-12-01');
  });

  it('accepts it for a party with no address on record', () => {
    const driver = decidedCase({
      party: makeParty({ address: undefined }),
      penalties: [fine(5_000)],
      decideOn: '2025-11-27',
    });
    driver.accept('SERVE_DECISION', { method: 'public_notice' }, '2025-12-01');
  });

  it('applies to the 告知书 too', () => {
    const driver = CaseDriver.open({}, '2025-03-03').file('2025-03-04');
    driver.conclude(driver.penaltyProposal([fine(5_000)]), '2025-03-10').review('2025-03-11');
    const notice = { method: 'public_notice', includesHearingRight: false };
    expect(guardIds(driver.refuse('SERVE_NOTICE', notice, '2025-03-12'))).toEqual(['G24']);
  });

  it('a v1 case keeps its recorded answer (accepted, flagged)', () => {
    const result = sendAsV1(decided(), 'SERVE_DECISION', { method: 'public_notice' }, '2025-12-01');
    expect(result).toMatchObject({ ok: true, flags: ['PUBLIC_NOTICE_GROUND_UNSTATED'] });
  });
});

describe('CPL 89: 留置送达 is witnessed by someone other than the serving officers, or recorded', () => {
  it('refuses a decision left at the address witnessed only by the serving handlers', () => {
    const payload = { method: 'left_at_address', witnessIds: ['h1', 'h2'] };
    expect(guardIds(decided().refuse('SERVE_DECISION', payload, '2025-12-01'))).toEqual(['G23']);
  });

  it('refuses it when the witness is one of the officers named present', () => {
    const payload = {
      method: 'left_at_address',
      witnessIds: ['h2'],
      officersPresent: ['h1', 'h2'],
    };
    expect(guardIds(decided().refuse('SERVE_DECISION', payload, '2025-12-01'))).toEqual(['G23']);
  });

  it('accepts a witness who is not a serving officer', () => {
    const payload = { method: 'left_at_address', witnessIds: ['w1'] };
    decided().accept('SERVE_DECISION', payload, '2025-12-01');
  });

  it('accepts an audio-visual record of the service instead', () => {
    const payload = {
      method: 'left_at_address',
      witnessIds: ['h1'],
      recordingSha256: 'ab12'.repeat(16),
    };
    decided().accept('SERVE_DECISION', payload, '2025-12-01');
  });

  it('applies to the 催告书 too', () => {
    const driver = decided();
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-12-01');
    const payload = { method: 'left_at_address', witnessIds: ['h1'] };
    expect(guardIds(driver.refuse('SERVE_ENFORCEMENT_REMINDER', payload, '2025-12-20'))).toEqual([
      'G23',
    ]);
  });

  it('a v1 case keeps its recorded answer (officer witnesses accepted)', () => {
    const payload = { method: 'left_at_address', witnessIds: ['h1', 'h2'] };
    expect(sendAsV1(decided(), 'SERVE_DECISION', payload, '2025-12-01').ok).toBe(true);
  });
});

// EVENTS.md "Answers to a rejected event": 409 (not now) before 403 (not you) before 400 (bad
// input) before 422 (a guard). Money has one rule, the payload schema's `fen` (the service's own
// moneyErrors, which answered 400 before the machine could answer 409 or 403, is gone).
import { CaseDriver, filing } from './support/case-driver';
import { OFFICERS } from './support/factories';
import { servedLifecycle } from './support/lifecycle';

describe('the order of the answers to a bad amount of money', () => {
  it('409: a payment before there is a decision is not available, however bad its amount', () => {
    const d = CaseDriver.open({}, '2025-03-31');
    d.accept('FILE_CASE', filing(), '2025-04-01');
    const r = d.refuse('RECORD_PAYMENT', { amountFen: 1.5 }, '2025-04-02');
    expect(r.code).toBe('ILLEGAL_TRANSITION');
  });

  it('403: an approver may not record a payment, however bad its amount', () => {
    const d = servedLifecycle();
    const r = d.refuse('RECORD_PAYMENT', { amountFen: 1.5 }, '2025-05-21', {
      actor: OFFICERS.a1,
    });
    expect(r.code).toBe('FORBIDDEN');
  });

  it('400: the handler is told the amount is not whole fen', () => {
    const d = servedLifecycle();
    for (const amountFen of [1.5, -100, '100']) {
      const r = d.refuse('RECORD_PAYMENT', { amountFen }, '2025-05-21');
      expect(r.code).toBe('INVALID_PAYLOAD');
      if (r.code !== 'INVALID_PAYLOAD') continue;
      expect(r.errors.map((e) => e.field)).toEqual(['amountFen']);
    }
  });

  it('accepts a whole amount of fen', () => {
    const d = servedLifecycle();
    expect(d.send('RECORD_PAYMENT', { amountFen: 100 }, '2025-05-21').ok).toBe(true);
  });
});

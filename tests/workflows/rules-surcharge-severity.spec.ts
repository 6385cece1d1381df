import fc from 'fast-check';

import { addDays } from '../../workflows/calendar/working-calendar';
import type { Penalty } from '../../workflows/model/domain.types';
import { confiscationFen, fineFen, isHeavier, surchargeOwed } from '../../workflows/rules/rule-set';

const yuan = (amount: number) => amount * 100;

describe('surcharge (APL 72, AEL 45, G28)', () => {
  const dueOn = '2026-01-15';
  const owed = (days: number, frozen: { from: string; to?: string }[] = []) =>
    surchargeOwed({
      fineFen: yuan(20_000),
      paymentDueOn: dueOn,
      asOf: addDays(dueOn, days),
      frozen,
    });

  it('S14: nothing is owed on the due date itself', () => {
    expect(owed(0)).toBe(0);
    expect(owed(-3)).toBe(0);
  });

  it('S14: 600 yuan a day from the day after the deadline', () => {
    expect(owed(1)).toBe(yuan(600));
    expect(owed(10)).toBe(yuan(6_000));
  });

  it('S14: 19,800 yuan after 33 days', () => {
    expect(owed(33)).toBe(yuan(19_800));
  });

  it('S14: capped at the fine (20,000 yuan) from day 34, never compounded', () => {
    expect(owed(34)).toBe(yuan(20_000));
    expect(owed(40)).toBe(yuan(20_000));
    expect(owed(4_000)).toBe(yuan(20_000));
    expect(yuan(20_000) + owed(40)).toBe(yuan(40_000));
  });

  it('days inside a frozen span (复议/诉讼 pending) do not count', () => {
    expect(owed(20, [{ from: addDays(dueOn, 6), to: addDays(dueOn, 15) }])).toBe(yuan(6_000));
  });

  it('an open frozen span stops the count from its first day', () => {
    expect(owed(30, [{ from: addDays(dueOn, 5) }])).toBe(yuan(2_400));
  });

  it('overlapping spans and spans outside the period count once or not at all', () => {
    const frozen = [
      { from: addDays(dueOn, -10), to: addDays(dueOn, 2) },
      { from: addDays(dueOn, 5), to: addDays(dueOn, 8) },
      { from: addDays(dueOn, 7), to: addDays(dueOn, 9) },
      { from: addDays(dueOn, 50), to: addDays(dueOn, 60) },
    ];
    // days 1–2 and 5–9 frozen: 20 − 7 = 13 days counted
    expect(owed(20, frozen)).toBe(yuan(600 * 13));
  });

  it('drops fractions of a fen', () => {
    expect(
      surchargeOwed({ fineFen: 1_001, paymentDueOn: dueOn, asOf: addDays(dueOn, 1), frozen: [] }),
    ).toBe(30);
  });

  it('never exceeds the fine and never decreases over time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 200 }),
        (fine, days) => {
          const at = (n: number) =>
            surchargeOwed({
              fineFen: fine,
              paymentDueOn: dueOn,
              asOf: addDays(dueOn, n),
              frozen: [],
            });
          expect(at(days)).toBeLessThanOrEqual(fine);
          expect(at(days + 1)).toBeGreaterThanOrEqual(at(days));
        },
      ),
    );
  });
});

describe('severity (G13, APL 45)', () => {
  const notified: Penalty[] = [{ kind: 'fine', amountFen: yuan(30_000) }];

  it('S18: a larger fine than notified is heavier', () => {
    expect(isHeavier([{ kind: 'fine', amountFen: yuan(35_000) }], notified)).toBe(true);
  });

  it('the same or a smaller fine is not heavier', () => {
    expect(isHeavier(notified, notified)).toBe(false);
    expect(isHeavier([{ kind: 'fine', amountFen: yuan(20_000) }], notified)).toBe(false);
    expect(isHeavier([], notified)).toBe(false);
  });

  it('adding a penalty kind that was not notified is heavier', () => {
    const decided: Penalty[] = [...notified, { kind: 'confiscate_illegal_gains', amountFen: 1 }];
    expect(isHeavier(decided, notified)).toBe(true);
  });

  it('dropping a notified kind is not heavier', () => {
    const both: Penalty[] = [...notified, { kind: 'suspend_business', durationDays: 30 }];
    expect(isHeavier(notified, both)).toBe(false);
  });

  it('a longer duration for the same kind is heavier', () => {
    const suspension = (days: number): Penalty[] => [
      { kind: 'suspend_license', durationDays: days },
    ];
    expect(isHeavier(suspension(60), suspension(30))).toBe(true);
    expect(isHeavier(suspension(30), suspension(60))).toBe(false);
  });

  it('totals the fines and the confiscations separately', () => {
    const penalties: Penalty[] = [
      { kind: 'fine', amountFen: 100 },
      { kind: 'fine', amountFen: 50 },
      { kind: 'confiscate_illegal_gains', amountFen: 7 },
      { kind: 'confiscate_illegal_property', amountFen: 3 },
      { kind: 'warning' },
    ];
    expect(fineFen(penalties)).toBe(150);
    expect(confiscationFen(penalties)).toBe(10);
  });
});

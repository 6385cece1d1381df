// 加处罚款: the late-payment surcharge on an unpaid fine.
import { addDays, compareDates, daysBetween } from '../calendar/date-arithmetic';
import type { IsoDate } from '../model/domain.types';

/** APL 72(1): 每日按罚款数额的百分之三加处罚款. */
export const SURCHARGE_PERCENT_PER_DAY = 3;

export interface FrozenSpan {
  from: IsoDate;
  /** Inclusive; open (still frozen at `asOf`) when absent. */
  to?: IsoDate;
}

/** Days in [from, to] ∩ [first, last], both ends inclusive. */
function overlapDays(first: IsoDate, last: IsoDate, span: FrozenSpan): number {
  const from = compareDates(span.from, first) > 0 ? span.from : first;
  const to = span.to !== undefined && compareDates(span.to, last) < 0 ? span.to : last;
  return Math.max(0, daysBetween(from, to) + 1);
}

/** Days from `first` to `last` (inclusive) that lie in at least one frozen span. */
function frozenDays(first: IsoDate, last: IsoDate, frozen: FrozenSpan[]): number {
  const sorted = [...frozen].sort((a, b) => compareDates(a.from, b.from));
  let counted = 0;
  let cursor = first; // the first day not yet examined, so overlapping spans count once
  for (const span of sorted) {
    if (compareDates(cursor, last) > 0) {
      break;
    }
    const days = overlapDays(cursor, last, span);
    if (days > 0) {
      counted += days;
      const spanFrom = compareDates(span.from, cursor) > 0 ? span.from : cursor;
      cursor = addDays(spanFrom, days);
    }
  }
  return counted;
}

/**
 * APL 72 / AEL 45 (G28): 3 % of the original fine per day from the day after the payment
 * deadline, not compounded, capped at the fine; days inside `frozen` spans (appeal pending) do
 * not count. Fractions of a fen are dropped (in the party's favour).
 */
export function surchargeOwed(args: {
  fineFen: number;
  paymentDueOn: IsoDate;
  asOf: IsoDate;
  frozen: { from: IsoDate; to?: IsoDate }[];
}): number {
  const { fineFen, paymentDueOn, asOf, frozen } = args;
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) {
    throw new RangeError(`fine must be a whole number of fen ≥ 0, got ${fineFen}`);
  }
  const first = addDays(paymentDueOn, 1);
  if (compareDates(asOf, first) < 0) {
    return 0;
  }
  const days = daysBetween(paymentDueOn, asOf) - frozenDays(first, asOf, frozen);
  // AEL 45 ¶2: the surcharge never exceeds the fine; 34 days already reach it (34 × 3 % > 100 %).
  const cappedDays = Math.min(days, Math.ceil(100 / SURCHARGE_PERCENT_PER_DAY));
  return Math.min(fineFen, Math.floor((fineFen * SURCHARGE_PERCENT_PER_DAY * cappedDays) / 100));
}

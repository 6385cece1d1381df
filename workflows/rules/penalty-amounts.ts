// Amounts and severity of a set of penalties (APL 9 lists the kinds). Money is integer fen.
import type { PartyKind, Penalty, PenaltyKind } from '../model/domain.types';

/**
 * APL 51, 63 distinguish 公民 from 法人或者其他组织. An individual business (个体工商户) is a
 * natural person in civil law (民法典 54), so it takes the citizen thresholds.
 */
export function isOrganisation(kind: PartyKind): boolean {
  return kind === 'legal_person' || kind === 'other_organization';
}

export const CONFISCATION_KINDS: readonly PenaltyKind[] = [
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
];

function sumAmounts(penalties: Penalty[], kinds: readonly PenaltyKind[]): number {
  return penalties
    .filter((penalty) => kinds.includes(penalty.kind))
    .reduce((total, penalty) => total + (penalty.amountFen ?? 0), 0);
}

/** Total of the fines (罚款) in fen. */
export function fineFen(penalties: Penalty[]): number {
  return sumAmounts(penalties, ['fine']);
}

/** APL 63(2): a confiscation whose amount or value is not stated (penalty-case@2 treats it as large). */
export function confiscationValueUnstated(penalties: Penalty[]): boolean {
  return penalties.some(
    (penalty) => CONFISCATION_KINDS.includes(penalty.kind) && penalty.amountFen === undefined,
  );
}

/** APL 63(2): `decided` leaves unstated a confiscation value `notified` stated (or named none). */
export function confiscationValueDropped(decided: Penalty[], notified: Penalty[]): boolean {
  return CONFISCATION_KINDS.some(
    (kind) =>
      decided.some((p) => p.kind === kind && p.amountFen === undefined) &&
      !notified.some((p) => p.kind === kind && p.amountFen === undefined),
  );
}

/** Total confiscated (没收违法所得 and the value of 没收非法财物) in fen. */
export function confiscationFen(penalties: Penalty[]): number {
  return sumAmounts(penalties, CONFISCATION_KINDS);
}

interface KindTotals {
  amountFen: number;
  durationDays: number;
}

function totalsByKind(penalties: Penalty[]): Map<PenaltyKind, KindTotals> {
  const totals = new Map<PenaltyKind, KindTotals>();
  for (const penalty of penalties) {
    const current = totals.get(penalty.kind) ?? { amountFen: 0, durationDays: 0 };
    totals.set(penalty.kind, {
      amountFen: current.amountFen + (penalty.amountFen ?? 0),
      durationDays: current.durationDays + (penalty.durationDays ?? 0),
    });
  }
  return totals;
}

/**
 * G13, APL 45: `decided` is heavier than `notified` when it adds a kind that was not notified or,
 * for a notified kind, a larger amount or a longer duration. Kinds are not ranked against each
 * other, so swapping a fine for a warning also counts as heavier: a new notice is the safe side.
 */
export function isHeavier(decided: Penalty[], notified: Penalty[]): boolean {
  const before = totalsByKind(notified);
  for (const [kind, after] of totalsByKind(decided)) {
    const was = before.get(kind);
    if (!was || after.amountFen > was.amountFen || after.durationDays > was.durationDays) {
      return true;
    }
  }
  return false;
}

// Time limits of the case and the summary procedure (APL 36, 51, 52, 60).
import type { IsoDate } from '../../model/domain.types';
import { summaryAllowed } from '../../rules/rule-set';
import { caseLimit } from '../penalty-case.clocks';
import type { CaseContext } from '../penalty-case.context';
import { addMonths, after } from '../penalty-case.dates';
import type { Invariant } from './invariant-kit';
import { decidedIn, invariant } from './invariant-kit';

/**
 * APL 60: the limit (PROCEDURE.md §2's 90 days, pauses excluded) counting only the extensions
 * approved before the limit then in force had run out.
 */
export function lawfulCaseLimit(ctx: CaseContext, asOf: IsoDate): IsoDate {
  const lawful: CaseContext['extensions'] = [];
  for (const extension of ctx.extensions) {
    const due = caseLimit({ ...ctx, extensions: lawful }, extension.on).dueOn;
    if (!after(extension.on, due)) lawful.push(extension);
  }
  return caseLimit({ ...ctx, extensions: lawful }, asOf).dueOn;
}

const I08 = invariant(
  'I08',
  'APL 60',
  'the case limit is extended only before it has run out',
  (v) => {
    if (v.type !== 'EXTEND_CASE_LIMIT' || !v.before?.filedOn) return [];
    const due = lawfulCaseLimit(v.before, v.on);
    return [after(v.on, due) && `extended on ${v.on}, after the limit ran out on ${due}`];
  },
);

const I09 = invariant(
  'I09',
  'APL 60',
  'an ordinary decision is made within the case limit (90 days unless lawfully extended)',
  (v) => {
    if (v.type !== 'DECIDE' || !v.before?.filedOn) return [];
    const due = lawfulCaseLimit(v.before, v.on);
    return [after(v.on, due) && `decided on ${v.on}, after the case limit of ${due}`];
  },
);

const I10 = invariant(
  'I10',
  'APL 51',
  'an on-the-spot decision imposes only a warning or a fine within the summary limits',
  (v) => {
    if (v.type !== 'DECIDE_ON_SPOT' || !v.before) return [];
    const allowed = summaryAllowed(decidedIn(v), v.before.party, v.rules);
    return [!allowed.allowed && `not decidable on the spot (${allowed.reason})`];
  },
);

const I11 = invariant(
  'I11',
  'APL 52',
  'a summary-procedure decision is delivered to the party on the spot, the day it is made',
  (v) => {
    if (v.type !== 'SERVE_DECISION' || v.before?.procedure !== 'summary') return [];
    const decided = v.before.decision?.decidedOn;
    return [
      v.payload.method !== 'on_the_spot' && `delivered by ${String(v.payload.method)}`,
      !!decided && decided !== v.on && `delivered on ${v.on}, decided on ${decided}`,
    ];
  },
);

const I12 = invariant(
  'I12',
  'APL 36',
  'a case is filed only for a violation discovered within 2 years (5 with harm to life, health or finances)',
  (v) => {
    if (v.type !== 'FILE_CASE' || !v.before?.violation.endedAt) return [];
    const { endedAt, lifeHealthOrFinancialHarm } = v.before.violation;
    const limit = addMonths(endedAt, lifeHealthOrFinancialHarm ? 60 : 24);
    return [
      after(v.before.receivedAt, limit) &&
        `discovered on ${v.before.receivedAt}, after the limitation ended on ${limit}`,
    ];
  },
);

export const LIMIT_INVARIANTS: readonly Invariant[] = [I08, I09, I10, I11, I12];

// penalty-case@2 guards after the decision: payment plans, appeal outcomes, summary delivery, 自行纠错.
import type { Penalty } from '../../model/domain.types';
import { isHeavier } from '../../rules/rule-set';
import { paidBy } from '../penalty-case.clocks';
import { sinceV2 } from '../penalty-case.context';
import { decidedPenalties, moneyDueFen } from '../penalty-case.derived';
import type { Guard } from './guard-kit';
import { blank, guard } from './guard-kit';
import { msg } from '../../messages/catalogue';

const yuan = (fen: number) => (fen / 100).toFixed(2);

export const G41 = guard(
  'G41',
  'APL 66; AEL 42',
  'a deferral or instalment plan covers the whole amount outstanding (a deferral is a plan of one instalment)',
  (f) => {
    if (!sinceV2(f.ctx)) {
      return [];
    }
    const plan = f.payload.plan as { amountFen: number }[];
    const planned = plan.reduce((total, item) => total + item.amountFen, 0);
    const outstanding = Math.max(0, moneyDueFen(f.ctx) - paidBy(f.ctx, f.on));
    return [
      planned < outstanding &&
        msg('G41.planShort', { planned: yuan(planned), outstanding: yuan(outstanding) }),
    ];
  },
);

export const G42 = guard(
  'G42',
  'ARL 63 ¶2; ALL 77 ¶2',
  'a reconsideration or court may not change the decision to the party’s detriment',
  (f) => [
    sinceV2(f.ctx) &&
      f.payload.outcome === 'changed' &&
      isHeavier((f.payload.penalties as Penalty[] | undefined) ?? [], decidedPenalties(f.ctx)) &&
      msg('G42.heavier'),
  ],
);

export const G43 = guard(
  'G43',
  'APL 52',
  'a decision made on the spot is handed to the party on the spot (当场交付), the same day',
  (f) => {
    const decision = f.ctx.decision;
    if (!sinceV2(f.ctx) || f.ctx.procedure !== 'summary' || !decision) {
      return [];
    }
    return [
      f.payload.method !== 'on_the_spot' && msg('G43.onTheSpot'),
      f.on !== decision.decidedOn && msg('G43.sameDay', { decidedOn: decision.decidedOn }),
    ];
  },
);

export const G44 = guard(
  'G44',
  'APL 48 ¶2; APL 75',
  '自行纠错: the bureau revokes its own decision in force, with reasons',
  (f) => {
    const d = f.ctx.decision;
    return [
      blank(f.payload.reason) && msg('reasons.required'),
      (!d || !!d.revokedOn || !!d.voidOn) && msg('G44.noneInForce'),
    ];
  },
);

export const G45 = guard(
  'G45',
  'AEL 54; APL 61',
  'a 催告书 is served only after the decision took effect on the party (served; public notice 30 days on)',
  (f) => {
    const servedOn = f.ctx.service?.servedOn;
    return [
      sinceV2(f.ctx) && (!servedOn || servedOn > f.on) && msg('G45.notInEffect', { servedOn }),
    ];
  },
);

export const AFTER_DECISION_GUARDS: readonly Guard[] = [G41, G42, G43, G44, G45];

// Service of documents and enforcement of the decision (CPL 89–95; AEL 42, 53, 54; ARL 63).
import type { IsoDate, Penalty } from '../../model/domain.types';
import { owedFen, paidBy } from '../penalty-case.clocks';
import type { CaseContext } from '../penalty-case.context';
import { addDays, addMonths, after, before as earlier, latest } from '../penalty-case.dates';
import type { WorkingCalendar } from '../penalty-case.dates';
import { appealPending, moneyDueFen, paidFen } from '../penalty-case.derived';
import type { Invariant, StepView } from './invariant-kit';
import { clearlyHeavier, invariant } from './invariant-kit';
import { officersPresent } from './officers.invariants';

const SERVICE = new Set(['SERVE_NOTICE', 'SERVE_DECISION']);

const I18 = invariant(
  'I18',
  'CPL 89',
  '留置送达 is witnessed by someone other than the serving officers, or recorded',
  (v) => {
    if (!SERVICE.has(v.type) || v.payload.method !== 'left_at_address') return [];
    const servers = new Set([v.step.envelope.actor.id, ...(officersPresent(v) ?? [])]);
    const witnesses = ((v.payload.witnessIds as string[] | undefined) ?? []).filter(
      (id) => !servers.has(id),
    );
    const recorded = typeof v.payload.recordingSha256 === 'string' && !!v.payload.recordingSha256;
    return [witnesses.length === 0 && !recorded && 'left at the address with no witness or record'];
  },
);

const I19 = invariant(
  'I19',
  'CPL 95; APL 61',
  '公告送达 only when the party cannot be found (stated, or no address on record: 下落不明)',
  (v) => [
    SERVICE.has(v.type) &&
      v.payload.method === 'public_notice' &&
      v.payload.partyCannotBeFound !== true &&
      !!v.after.party.address?.trim() &&
      'served by public notice to a party with an address on record, without finding it cannot be found',
  ],
);

const I20 = invariant(
  'I20',
  'APL 61 ¶2; CPL 90',
  'electronic service only with the party’s consent',
  (v) => [
    SERVICE.has(v.type) &&
      v.payload.method === 'electronic' &&
      v.payload.electronicConsent !== true &&
      'served electronically without the party’s consent',
  ],
);

/** The day the party first failed to pay what was due (APL 67: 15 days; a plan's instalments). */
export function defaultOn(ctx: CaseContext, cal: WorkingCalendar): IsoDate | undefined {
  if (!ctx.service) return undefined;
  const plan = ctx.installments?.plan ?? [
    { dueOn: cal.rollForward(addDays(ctx.service.servedOn, 15)).date, amountFen: moneyDueFen(ctx) },
  ];
  let owed = 0;
  for (const item of [...plan].sort((a, b) => a.dueOn.localeCompare(b.dueOn))) {
    owed += item.amountFen;
    if (paidBy(ctx, item.dueOn) < Math.min(owed, moneyDueFen(ctx))) return item.dueOn;
  }
  // APL 72; AEL 45, 46: a surcharge accrued before a late plan is still owed; unpaid when the
  // plan's last instalment falls due, the party has failed to pay it.
  const last = plan.map((item) => item.dueOn).reduce(latest);
  return paidBy(ctx, last) < owedFen(ctx, cal, last) ? last : undefined;
}

/** AEL 53; ARL 20; ALL 45, 46: the day the party's appeal windows end (CPL 85 roll). */
export function appealWindowsEnd(ctx: CaseContext, cal: WorkingCalendar): IsoDate | undefined {
  if (!ctx.service) return undefined;
  const decided = ctx.appeals.filter((a) => a.kind === 'reconsideration' && a.outcomeOn);
  if (decided.length > 0) {
    // ALL 45: 15 days to sue after the reconsideration decision.
    return decided.map((a) => cal.rollForward(addDays(a.outcomeOn ?? '', 15)).date).reduce(latest);
  }
  const reconsideration = cal.rollForward(addDays(ctx.service.servedOn, 60)).date;
  return latest(reconsideration, cal.rollForward(addMonths(ctx.service.servedOn, 6)).date);
}

const courtApplication = (v: StepView) => v.type === 'APPLY_COURT_ENFORCEMENT' && v.before;

const I21 = invariant(
  'I21',
  'AEL 53; ALL 45, 46; ARL 20',
  'court enforcement only after the appeal windows, with no appeal pending, of a decision in force',
  (v) => {
    const ctx = courtApplication(v);
    if (!ctx) return [];
    const end = appealWindowsEnd(ctx, v.cal);
    return [
      !ctx.service && 'the decision was never served',
      appealPending(ctx) && 'an appeal is pending',
      !!ctx.decision?.revokedOn && 'the decision was revoked',
      !!end && !after(v.on, end) && `the appeal windows run until ${end}`,
    ];
  },
);

const I22 = invariant(
  'I22',
  'AEL 54',
  'court enforcement ≥ 10 days after a 催告书 served after the party failed to pay',
  (v) => {
    const ctx = courtApplication(v);
    if (!ctx) return [];
    const due = defaultOn(ctx, v.cal);
    const reminders = ctx.enforcementReminders.filter((on) => !!due && after(on, due));
    const ripe = reminders.some((on) => !earlier(v.on, addDays(on, 10)));
    return [
      !due && 'the party has not failed to pay anything due',
      !!due && !ripe && `no 催告书 served after ${due} and 10 days before ${v.on}`,
    ];
  },
);

const I23 = invariant(
  'I23',
  'APL 72 ¶2; AEL 42',
  'no court enforcement before the end of an approved deferral or instalment plan kept by the party',
  (v) => {
    const ctx = courtApplication(v);
    const plan = ctx ? ctx.installments?.plan : undefined;
    if (!ctx || !plan?.length) return [];
    const end = plan.map((item) => item.dueOn).reduce(latest);
    const defaulted = defaultOn(ctx, v.cal);
    const kept = !defaulted || !earlier(defaulted, v.on);
    return [!after(v.on, end) && kept && `the approved plan runs until ${end}`];
  },
);

const I24 = invariant(
  'I24',
  'APL 66; AEL 42',
  'a deferral or instalment plan covers the whole amount outstanding',
  (v) => {
    if (v.type !== 'APPROVE_INSTALLMENTS' || !v.before) return [];
    const plan = (v.payload.plan as { amountFen?: number }[] | undefined) ?? [];
    const planned = plan.reduce((total, item) => total + (item.amountFen ?? 0), 0);
    const outstanding = moneyDueFen(v.before) - paidFen(v.before);
    return [planned < outstanding && `plans ${planned} fen of ${outstanding} fen outstanding`];
  },
);

const I25 = invariant(
  'I25',
  'ARL 63; ALL 77 ¶2',
  'a reconsideration or court outcome never makes the decision heavier',
  (v) => {
    if (v.type !== 'RECORD_APPEAL_OUTCOME' || v.payload.outcome !== 'changed') return [];
    const original = v.before?.decision?.penalties ?? [];
    const changed = (v.payload.penalties as Penalty[] | undefined) ?? [];
    return [
      clearlyHeavier(changed, original) && 'the changed decision is heavier than the original',
    ];
  },
);

const I26 = invariant(
  'I26',
  'APL 61, 67; AEL 54',
  'no 催告书 or court enforcement before the decision was served',
  (v) => {
    if (!['SERVE_ENFORCEMENT_REMINDER', 'APPLY_COURT_ENFORCEMENT'].includes(v.type)) return [];
    const served = v.before?.service?.servedOn;
    return [(!served || earlier(v.on, served)) && `${v.type} before the decision took effect`];
  },
);

export const EXECUTION_INVARIANTS: readonly Invariant[] = [
  I18,
  I19,
  I20,
  I21,
  I22,
  I23,
  I24,
  I25,
  I26,
];

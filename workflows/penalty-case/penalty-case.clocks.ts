// Clock arithmetic of PROCEDURE.md §2: every due date computed from the case context.
import type { IsoDate } from '../model/domain.types';
import type { CalendarDate } from '../calendar/working-calendar';
import { isWeekend } from '../calendar/date-arithmetic';
import { fineFen, surchargeOwed } from '../rules/rule-set';
import type { CaseContext, Hearing, Notice, Span } from './penalty-case.context';
import { sinceV2 } from './penalty-case.context';
import { decidedPenalties, moneyDueFen } from './penalty-case.derived';
import type { WorkingCalendar } from './penalty-case.dates';
import {
  addDays,
  addMonths,
  after,
  before,
  daysBetween,
  dayOf,
  latest,
  subtractWorkingDays,
} from './penalty-case.dates';
import {
  addCountedDays,
  planEnd,
  rollPeriodEnd,
  suitAfterReconsiderationEnd,
} from './penalty-case.periods';
import type { Environment } from './transition.types';

/** PR 18 [S]: 15 WD to verify a clue, +15 WD once with the approver's extension. */
export function clueVerificationDue(ctx: CaseContext, cal: WorkingCalendar): CalendarDate {
  return cal.addWorkingDays(ctx.receivedAt, ctx.clueExtendedOn ? 30 : 15);
}

/** APL 36: 2 years from the end of the act; 5 with life/health or financial-safety harm. */
export function limitationDue(ctx: CaseContext): IsoDate | undefined {
  const { endedAt, lifeHealthOrFinancialHarm } = ctx.violation;
  return endedAt ? addMonths(endedAt, lifeHealthOrFinancialHarm ? 60 : 24) : undefined;
}

/** Spans excluded from the case limit (APL 60, PR): suspension, hearing, public-notice service. */
export type ExcludedSpan = { from: IsoDate; to?: IsoDate; kind: string };

export function excludedSpans(ctx: CaseContext): ExcludedSpan[] {
  const hearings = ctx.hearings.map((hearing) => ({
    from: hearing.requestedOn,
    to: hearing.report?.on ?? hearing.terminated?.on ?? hearing.rejected?.on,
    kind: 'hearing',
  }));
  const publicNotices = ctx.notices
    .filter((notice) => notice.method === 'public_notice')
    .map((notice) => ({
      from: notice.servedOn,
      to: addDays(notice.servedOn, 30),
      kind: 'public_notice_service',
    }));
  const suspensions = ctx.suspensions.map((s) => ({ from: s.from, to: s.to, kind: 'suspension' }));
  return [...suspensions, ...hearings, ...publicNotices];
}

/** APL 60: 90 days from filing, plus excluded spans and extensions; agency-internal, no roll. */
export function caseLimit(ctx: CaseContext, asOf: IsoDate): { dueOn: IsoDate; paused: boolean } {
  // v2: a decision revoked on remand is made again within a new limit (ALL 70; ARL 64).
  const filedOn = ctx.remandedOn ?? ctx.filedOn ?? ctx.receivedAt;
  const since = (on: IsoDate) => !ctx.remandedOn || !before(on, ctx.remandedOn);
  let pausedDays = 0;
  let paused = false;
  for (const span of excludedSpans(ctx).filter((item) => since(item.to ?? asOf))) {
    const open = span.to === undefined || after(span.to, asOf);
    paused ||= open && !before(asOf, span.from);
    const end = open ? asOf : (span.to as IsoDate);
    pausedDays += Math.max(0, daysBetween(span.from, end));
  }
  const extensions = ctx.extensions.filter((extension) => since(extension.on));
  const extensionDays = extensions
    .filter((extension) => !extension.collectiveResolution)
    .reduce((total, extension) => total + (extension.days ?? 0), 0);
  let dueOn = addDays(filedOn, 90 + pausedDays + extensionDays);
  for (const extension of extensions) {
    // A collective resolution names the end date itself (PR [S]).
    if (extension.collectiveResolution) {
      dueOn = latest(dueOn, extension.collectiveResolution.until);
    }
  }
  return { dueOn, paused };
}

/** PR [S]: 10 WD for 审核 / 法制审核 from receipt of the file. */
export function reviewDue(ctx: CaseContext, cal: WorkingCalendar): CalendarDate | undefined {
  return ctx.reviewStartedOn ? cal.addWorkingDays(ctx.reviewStartedOn, 10) : undefined;
}

/** CPL 95: a public notice is deemed served 30 days after publication. */
export function effectiveServiceOn(method: string, on: IsoDate): IsoDate {
  return method === 'public_notice' ? addDays(on, 30) : on;
}

/** APL 64(1), 85: 5 WD after the notice is served; v2: days suspended do not count (`pauses`). */
export function noticeWindowEnd(
  notice: Notice,
  cal: WorkingCalendar,
  pauses: readonly Span[] = [],
): CalendarDate {
  const start = effectiveServiceOn(notice.method, notice.servedOn);
  return pauses.length === 0
    ? cal.addWorkingDays(start, 5)
    : addCountedDays(cal, start, 5, (d) => cal.isWorkingDay(d), pauses);
}

/** The same window counted on weekdays only (make-up days left out, §1 ambiguity). */
export function noticeWindowEndWeekdays(
  notice: Notice,
  cal: WorkingCalendar,
  pauses: readonly Span[] = [],
): IsoDate {
  const start = effectiveServiceOn(notice.method, notice.servedOn);
  return pauses.length === 0
    ? cal.addWeekdays(start, 5)
    : addCountedDays(cal, start, 5, (d) => cal.isWorkingDay(d) && !isWeekend(d), pauses).date;
}

/** HR [C]: a hearing request is accepted or rejected within 3 WD. */
export function hearingAcceptanceDue(hearing: Hearing, cal: WorkingCalendar): CalendarDate {
  return cal.addWorkingDays(hearing.requestedOn, 3);
}

/** APL 64(2), 85: the 听证通知书 is served at least 7 WD before the hearing. */
export function hearingNoticeLatest(
  hearing: Hearing,
  cal: WorkingCalendar,
  env: Environment,
): IsoDate | undefined {
  return hearing.hearingAt ? subtractWorkingDays(cal, dayOf(hearing.hearingAt, env), 7) : undefined;
}

/** APL 61, 85: a decision not handed over on the spot is served within 7 WD. */
export function decisionServiceDue(
  ctx: CaseContext,
  cal: WorkingCalendar,
): CalendarDate | undefined {
  return ctx.decision ? cal.addWorkingDays(ctx.decision.decidedOn, 7) : undefined;
}

export interface Instalment {
  dueOn: IsoDate;
  amountFen: number;
  provisional: boolean;
}

/** APL 67: 15 days from service, party-facing (CPL 85 roll); an approved plan replaces it (APL 66). */
export function paymentSchedule(ctx: CaseContext, cal: WorkingCalendar): Instalment[] {
  if (!ctx.service) {
    return [];
  }
  if (ctx.installments) {
    return ctx.installments.plan.map((item) => ({ ...item, provisional: false }));
  }
  const rolled = rollPeriodEnd(ctx, cal, addDays(ctx.service.servedOn, 15));
  return [{ dueOn: rolled.date, amountFen: moneyDueFen(ctx), provisional: rolled.provisional }];
}

export function paymentDue(ctx: CaseContext, cal: WorkingCalendar): Instalment | undefined {
  const schedule = paymentSchedule(ctx, cal);
  return schedule[schedule.length - 1];
}

export function paidBy(ctx: CaseContext, day: IsoDate): number {
  return ctx.payments
    .filter((payment) => !after(payment.on, day))
    .reduce((total, payment) => total + payment.amountFen, 0);
}

/** The first day cumulative payments reach `amount`, if they do by `asOf`. */
function paidInFullOn(ctx: CaseContext, amount: number, asOf: IsoDate): IsoDate | undefined {
  let total = 0;
  for (const payment of ctx.payments) {
    total += payment.amountFen;
    if (total >= amount && !after(payment.on, asOf)) {
      return payment.on;
    }
  }
  return amount <= 0 ? asOf : undefined;
}

/**
 * G28, APL 72, 73: 3 % of the unpaid fine per day after each due date, capped at that fine,
 * frozen while an appeal is pending; it stops accruing once the fine part is paid (payments
 * count towards the fine first, the party's favourable reading).
 */
export function surchargeFen(ctx: CaseContext, cal: WorkingCalendar, asOf: IsoDate): number {
  const fine = fineFen(decidedPenalties(ctx));
  const plan = ctx.installments;
  if (!sinceV2(ctx) || !plan) {
    return surchargeOn(ctx, paymentSchedule(ctx, cal), fine, 0, asOf);
  }
  // APL 66, AEL 42 (v2): a plan approved late does not wipe the surcharge already accrued.
  const original = paymentSchedule({ ...ctx, installments: undefined }, cal);
  const approvedOn = before(asOf, plan.approvedOn) ? asOf : plan.approvedOn;
  const accrued = surchargeOn(ctx, original, fine, 0, approvedOn);
  const offset = Math.min(fine, paidBy(ctx, plan.approvedOn));
  const later = surchargeOn(ctx, paymentSchedule(ctx, cal), fine, offset, asOf);
  return Math.min(fine, accrued + later);
}

function surchargeOn(
  ctx: CaseContext,
  schedule: Instalment[],
  fine: number,
  paidBefore: number,
  asOf: IsoDate,
): number {
  const frozen = ctx.appeals.map((appeal) => ({ from: appeal.filedOn, to: appeal.outcomeOn }));
  let cumulative = paidBefore;
  let total = 0;
  for (const instalment of schedule) {
    const share = Math.max(0, Math.min(instalment.amountFen, fine - cumulative));
    cumulative += share;
    const unpaid = Math.max(0, Math.min(share, cumulative - paidBy(ctx, instalment.dueOn)));
    if (unpaid > 0) {
      const end = paidInFullOn(ctx, cumulative, asOf) ?? asOf;
      total += surchargeOwed({
        fineFen: unpaid,
        paymentDueOn: instalment.dueOn,
        asOf: end,
        frozen,
      });
    }
  }
  return total;
}

/** Owed on `asOf`: the money under the decision plus the surcharge (G28), less nothing paid. */
export function owedFen(ctx: CaseContext, cal: WorkingCalendar, asOf: IsoDate): number {
  return moneyDueFen(ctx) + surchargeFen(ctx, cal, asOf);
}

/** AEL 53; ARL 20 (60 days), ALL 46 (6 months): both appeal periods, party-facing, rolled. */
export function appealPeriodsEnd(ctx: CaseContext, cal: WorkingCalendar): CalendarDate | undefined {
  if (!ctx.service) {
    return undefined;
  }
  const reconsideration = rollPeriodEnd(ctx, cal, addDays(ctx.service.servedOn, 60));
  const litigation = rollPeriodEnd(ctx, cal, addMonths(ctx.service.servedOn, 6));
  const outcomes = ctx.appeals.flatMap((appeal) => {
    if (!appeal.outcomeOn) {
      return [];
    }
    // ALL 45 (v2): suit may still be brought within 15 days of the reconsideration decision.
    return sinceV2(ctx) && appeal.kind === 'reconsideration'
      ? [suitAfterReconsiderationEnd(ctx, cal, appeal.outcomeOn).date]
      : [appeal.outcomeOn];
  });
  const end = [reconsideration.date, litigation.date, ...outcomes].reduce(latest);
  return { date: end, provisional: reconsideration.provisional || litigation.provisional };
}

/** AEL 53: apply to the court within 3 months after the appeal periods expire. */
export function courtEnforcementDue(
  ctx: CaseContext,
  cal: WorkingCalendar,
): CalendarDate | undefined {
  const periods = appealPeriodsEnd(ctx, cal);
  if (!periods || !sinceV2(ctx)) {
    return periods && { date: addMonths(periods.date, 3), provisional: periods.provisional };
  }
  // APL 72 ¶2: counted from the end of an approved plan; CPL 85 rolls the last day (v2).
  const start = latest(periods.date, planEnd(ctx) ?? periods.date);
  const due = rollPeriodEnd(ctx, cal, addMonths(start, 3));
  return { date: due.date, provisional: due.provisional || periods.provisional };
}

/** DR 9, 10: GSXT within 20 WD; a party registered in another province is pushed within 10 WD. */
export function gsxtDue(
  ctx: CaseContext,
  cal: WorkingCalendar,
  env: Environment,
): CalendarDate | undefined {
  if (!ctx.decision) {
    return undefined;
  }
  const province = ctx.party.registeredProvince;
  const elsewhere = !!province && !!env.bureauProvince && province !== env.bureauProvince;
  return cal.addWorkingDays(ctx.decision.decidedOn, elsewhere ? 10 : 20);
}

/** GO118 [S]: the decision is published on the bureau's website within 7 WD. */
export function websiteDue(ctx: CaseContext, cal: WorkingCalendar): CalendarDate | undefined {
  return ctx.decision ? cal.addWorkingDays(ctx.decision.decidedOn, 7) : undefined;
}

/** DR 11; APL 48: withdraw within 3 WD of the decision being revoked or changed. */
export function withdrawalDue(ctx: CaseContext, cal: WorkingCalendar): CalendarDate | undefined {
  const d = ctx.decision;
  // v2: also 确认违法 / 确认无效 (APL 48 ¶2), and a decision revoked on remand.
  const changedOn =
    d?.revokedOn ??
    d?.changedOn ??
    d?.confirmedIllegalOn ??
    d?.voidOn ??
    (d ? undefined : ctx.remandedOn);
  return changedOn ? cal.addWorkingDays(changedOn, 3) : undefined;
}

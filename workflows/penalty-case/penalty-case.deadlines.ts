// Every clock of PROCEDURE.md §2 that applies to a case, as { clock, dueOn, status, provisional }.
import type { IsoDate } from '../model/domain.types';
import type { CaseContext } from './penalty-case.context';
import * as clocks from './penalty-case.clocks';
import { CLOCK_CITATIONS } from './penalty-case.clock-catalogue';
import {
  activePublications,
  appealPending,
  disclosureFor,
  latestNotice,
} from './penalty-case.derived';
import type { WorkingCalendar } from './penalty-case.dates';
import {
  addDays,
  addMonths,
  after,
  before,
  calendarFor,
  dayOf,
  rulesOn,
} from './penalty-case.dates';
import { windowPauses } from './penalty-case.periods';
import type { ClockId, Deadline, Environment } from './transition.types';

type Status = Deadline['status'];

function statusOf(dueOn: IsoDate, doneOn: IsoDate | undefined, asOf: IsoDate): Status {
  if (doneOn) {
    return after(doneOn, dueOn) ? 'missed' : 'met';
  }
  return after(asOf, dueOn) ? 'missed' : 'open';
}

function deadline(
  clock: ClockId,
  due: { date: IsoDate; provisional?: boolean } | undefined,
  status: (dueOn: IsoDate) => Status,
): Deadline[] {
  if (!due) {
    return [];
  }
  return [
    {
      clock,
      dueOn: due.date,
      status: status(due.date),
      provisional: due.provisional ?? false,
      citation: CLOCK_CITATIONS[clock],
    },
  ];
}

interface Args {
  ctx: CaseContext;
  cal: WorkingCalendar;
  asOf: IsoDate;
  env: Environment;
}

function investigationClocks({ ctx, cal, asOf }: Args): Deadline[] {
  const limitation = clocks.limitationDue(ctx);
  const discovered = ctx.receivedAt;
  const clueDone = ctx.filedOn ?? ctx.clueClosed?.on;
  const limit = ctx.filedOn ? clocks.caseLimit(ctx, asOf) : undefined;
  const decided = ctx.decision?.decidedOn ?? ctx.termination?.on;
  return [
    ...deadline('limitation', limitation ? { date: limitation } : undefined, (due) =>
      after(discovered, due) ? 'missed' : 'met',
    ),
    ...deadline('clueVerification', clocks.clueVerificationDue(ctx, cal), (due) =>
      statusOf(due, clueDone, asOf),
    ),
    ...deadline('caseLimit', limit && { date: limit.dueOn }, (due) =>
      limit?.paused && !decided ? 'paused' : statusOf(due, decided, asOf),
    ),
    ...ctx.preservations.flatMap((item) =>
      deadline('evidencePreservation', cal.addWorkingDays(item.on, 7), (due) =>
        statusOf(due, item.disposedOn ?? ctx.decision?.decidedOn, asOf),
      ),
    ),
    ...ctx.seizures.flatMap((item) =>
      deadline('seizure', { date: addDays(item.on, item.extendedOn ? 60 : 30) }, (due) =>
        statusOf(due, item.releasedOn ?? ctx.decision?.decidedOn, asOf),
      ),
    ),
  ];
}

/** The review or return that ended the current review period. */
function reviewEndedOn(ctx: CaseContext): IsoDate | undefined {
  const started = ctx.reviewStartedOn;
  if (!started) {
    return undefined;
  }
  const ends = [...ctx.reviews, ...ctx.returns].map((item) => item.on);
  return ends.filter((on) => !before(on, started)).sort()[0];
}

function reviewAndNoticeClocks({ ctx, cal, asOf, env }: Args): Deadline[] {
  const notice = latestNotice(ctx);
  const waived = notice && ctx.waivers.find((waiver) => waiver.notice === ctx.notices.length - 1);
  const hearing = ctx.hearings[ctx.hearings.length - 1];
  const noticeLatest = hearing && clocks.hearingNoticeLatest(hearing, cal, env);
  return [
    ...deadline('caseReview', clocks.reviewDue(ctx, cal), (due) =>
      statusOf(due, reviewEndedOn(ctx), asOf),
    ),
    ...deadline(
      'noticeWindow',
      notice && clocks.noticeWindowEnd(notice, cal, windowPauses(ctx, asOf)),
      (due) => (waived || after(asOf, due) ? 'met' : 'open'),
    ),
    ...deadline('hearingAcceptance', hearing && clocks.hearingAcceptanceDue(hearing, cal), (due) =>
      statusOf(due, hearing?.acceptedOn ?? hearing?.rejected?.on, asOf),
    ),
    ...deadline('hearingNotice', noticeLatest ? { date: noticeLatest } : undefined, (due) =>
      statusOf(due, hearing?.noticeServedAt && dayOf(hearing.noticeServedAt, env), asOf),
    ),
  ];
}

function executionClocks({ ctx, cal, asOf }: Args): Deadline[] {
  const service = ctx.service;
  const onTheSpot = service?.method === 'on_the_spot';
  const payment = clocks.paymentDue(ctx, cal);
  const owesMoney = payment !== undefined && payment.amountFen > 0;
  const overdue = owesMoney && payment && after(asOf, payment.dueOn) && !ctx.settledOn;
  const court = overdue ? clocks.courtEnforcementDue(ctx, cal) : undefined;
  const surchargeDue = payment && {
    date: addDays(payment.dueOn, Math.ceil(100 / 3)),
    provisional: payment.provisional,
  };
  return [
    ...deadline(
      'decisionService',
      onTheSpot ? undefined : clocks.decisionServiceDue(ctx, cal),
      (due) => statusOf(due, service?.on, asOf),
    ),
    ...deadline(
      'publicNoticeService',
      service?.method === 'public_notice' ? { date: service.servedOn } : undefined,
      (due) => (after(asOf, due) || asOf === due ? 'met' : 'open'),
    ),
    ...deadline(
      'payment',
      owesMoney ? { date: payment.dueOn, provisional: payment.provisional } : undefined,
      (due) => statusOf(due, ctx.settledOn, asOf),
    ),
    ...deadline('surcharge', overdue ? surchargeDue : undefined, () =>
      appealPending(ctx) ? 'paused' : 'open',
    ),
    ...deadline('courtEnforcement', court, (due) => statusOf(due, ctx.court?.appliedOn, asOf)),
  ];
}

function disclosureClocks({ ctx, cal, asOf, env }: Args): Deadline[] {
  if (!ctx.decision) {
    return [];
  }
  const rules = rulesOn(ctx.decision.decidedOn, env);
  const obligation = disclosureFor(ctx, rules);
  const published = (channel: string) =>
    ctx.publications.find((publication) => publication.channel === channel)?.publishedOn;
  const required = obligation.mustPublish && !ctx.disclosureExemption;
  const first = activePublications(ctx)[0];
  const display = obligation.display;
  const until =
    first &&
    ('months' in display
      ? addMonths(first.publishedOn, display.months)
      : addDays(first.publishedOn, display.days));
  const withdrawal = ctx.publications.length > 0 ? clocks.withdrawalDue(ctx, cal) : undefined;
  const withdrawnOn = ctx.publications.find((publication) => publication.withdrawnOn)?.withdrawnOn;
  return [
    ...deadline('disclosureGsxt', required ? clocks.gsxtDue(ctx, cal, env) : undefined, (due) =>
      statusOf(due, published('gsxt'), asOf),
    ),
    ...deadline('disclosureWebsite', required ? clocks.websiteDue(ctx, cal) : undefined, (due) =>
      statusOf(due, published('website'), asOf),
    ),
    ...deadline('disclosureDuration', until ? { date: until } : undefined, (due) =>
      after(asOf, due) ? 'met' : 'open',
    ),
    ...deadline('withdrawal', withdrawal, (due) => statusOf(due, withdrawnOn, asOf)),
  ];
}

/** The deadlines of a case as of a business date (never the server clock). */
export function computeDeadlines(
  ctx: CaseContext,
  asOf: IsoDate,
  env: Environment = {},
): Deadline[] {
  const args: Args = { ctx, cal: calendarFor(env), asOf, env };
  return [
    ...investigationClocks(args),
    ...reviewAndNoticeClocks(args),
    ...executionClocks(args),
    ...disclosureClocks(args),
  ];
}

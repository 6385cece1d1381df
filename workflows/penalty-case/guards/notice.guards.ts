// 审核, 法制审核, 告知 and 听证: G09, G11–G15.
import { HEARING_SCOPE_BORDERLINE, isHeavier } from '../../rules/rule-set';
import type { Penalty } from '../../model/domain.types';
import {
  hearingAcceptanceDue,
  noticeWindowEnd,
  noticeWindowEndWeekdays,
  reviewDue,
} from '../penalty-case.clocks';
import type { Statement } from '../penalty-case.context';
import { sinceV2 } from '../penalty-case.context';
import { after, dayOf, latest, subtractWorkingDays } from '../penalty-case.dates';
import { windowPauses } from '../penalty-case.periods';
import {
  hearingPending,
  hearingScopeOf,
  handledCase,
  latestHearing,
  latestNotice,
  legalReviewPassed,
  legalReviewRequirement,
  noticeServedForCurrent,
  reviewPassed,
} from '../penalty-case.derived';
import type { GuardInput, FlagRule, Guard } from './guard-kit';
import { guard } from './guard-kit';
import { msg } from '../../messages/catalogue';
import type { Msg } from '../../messages/catalogue';
import {
  adoptionChecks,
  decisionChecks,
  hearingWindowKept,
  holdingChecks,
  imposes,
  rejectionChecks,
} from './rights.checks';

export const G09 = guard(
  'G09',
  'APL 58',
  'reviewers are not handlers of the case; a legal reviewer holds the role and, if first-time, the 法律职业资格 (answered FORBIDDEN)',
  () => [],
);

export const G11 = guard(
  'G11',
  'APL 44, 63',
  'the notice follows a passed review and offers a hearing exactly when required',
  (f) => {
    const scope = hearingScopeOf(f.ctx, f.rules);
    // Borderline (fine + confiscation cross only together) leaves the choice open — in v2 only
    // when nothing else in the proposal (e.g. a license penalty) requires the hearing.
    const borderline =
      scope.flags.includes(HEARING_SCOPE_BORDERLINE) && !(sinceV2(f.ctx) && scope.required);
    const offered = f.payload.includesHearingRight as boolean;
    const legal = legalReviewRequirement(f.ctx, f.rules);
    return [
      !reviewPassed(f.ctx) && msg('G11.notReviewed'),
      legal.required &&
        !legalReviewPassed(f.ctx) &&
        msg('legalReview.required', { reasons: legal.reasons, afterHearing: false }),
      !borderline && scope.required && !offered && msg('G11.mustOffer', { reasons: scope.reasons }),
      !borderline && !scope.required && offered && msg('G11.mustNotOffer'),
    ];
  },
);

export const borderlineScope: FlagRule = (f) => hearingScopeOf(f.ctx, f.rules).flags;

/** Messages when the party's rights under the latest notice are not yet exhausted (G12). */
function rightsOpen(f: GuardInput): Msg[] {
  const notice = latestNotice(f.ctx);
  if (!notice) {
    return [msg('notice.none')];
  }
  const index = f.ctx.notices.length - 1;
  // v2 (§1, CPL 85): suspended days do not count, and the authority waits for the reading most
  // favourable to the party (make-up weekend days left out) before acting against it.
  const pauses = windowPauses(f.ctx);
  const official = noticeWindowEnd(notice, f.cal, pauses).date;
  const end = sinceV2(f.ctx)
    ? latest(official, noticeWindowEndWeekdays(notice, f.cal, pauses))
    : official;
  const waived = f.ctx.waivers.some((waiver) => waiver.notice === index);
  const statements = f.ctx.statements.filter((statement) => statement.notice === index);
  const unreviewed = statements.filter((statement) => !statement.review).length;
  const hearing = latestHearing(f.ctx);
  const hearingDone =
    !!hearing && hearing.notice === index && (!!hearing.report || !!hearing.terminated);
  // v2, APL 64(1): statements do not end the hearing-request window of a notice that offered it.
  const statementsEnd = !(sinceV2(f.ctx) && hearingWindowKept(f));
  const exercised = (statementsEnd && statements.length > 0 && unreviewed === 0) || hearingDone;
  return [
    ...(after(f.on, end) || waived || exercised ? [] : [msg('G12.windowOpen', { end })]),
    ...(unreviewed > 0 ? [msg('G12.unreviewedCount', { count: unreviewed })] : []),
    ...(hearingPending(f.ctx) ? [msg('G12.hearingPending')] : []),
  ];
}

const unreviewedMessages = (statements: Statement[]): Msg[] =>
  statements.map((s) => msg('G12.statementUnreviewed', { receivedOn: s.receivedOn }));

function decisionImposes(f: GuardInput, v2: boolean): boolean {
  const decided = {
    outcome: f.payload.outcome as string,
    penalties: (f.payload.penalties ?? []) as Penalty[],
  };
  return v2 ? imposes(decided) : f.payload.outcome === 'penalty';
}

export const G12 = guard(
  'G12',
  'APL 45, 62, 64',
  'the notice window has elapsed, was waived, or the rights were exercised and reviewed; no hearing pending; v2: statements leave a hearing window open, an accepted defence is acted on',
  (f) => {
    const v2 = sinceV2(f.ctx);
    if (f.type === 'WITHDRAW_ADOPTION') {
      return adoptionChecks(f);
    }
    // v2, APL 45 (应当进行复核): no statement is left unreviewed by a revision or a decision.
    const pending = v2 ? f.ctx.statements.filter((s) => !s.review) : [];
    const unreviewed = unreviewedMessages(pending);
    if (f.type === 'REVISE_PROPOSAL') {
      return unreviewed;
    }
    // v2: a decision that imposes penalties needs the notice whatever its label (APL 44, 62).
    // The payload is read for DECIDE only: END_NOTICE_PERIOD is judged on the case alone
    // (nextActions tells the two apart by what a guard reads).
    if (f.type === 'DECIDE' && !decisionImposes(f, v2)) {
      return unreviewed;
    }
    if (f.type === 'END_NOTICE_PERIOD' && !noticeServedForCurrent(f.ctx)) {
      return [msg('notice.noneForCurrent')];
    }
    // rightsOpen counts the current notice's unreviewed statements; the earlier ones are added.
    const current = f.ctx.notices.length - 1;
    const rest = unreviewedMessages(pending.filter((s) => s.notice !== current));
    return [...rightsOpen(f), ...(v2 ? adoptionChecks(f) : []), ...rest];
  },
);

export const G13 = guard(
  'G13',
  'APL 45',
  'the decision is not heavier than the notified penalty; v2: whatever its label, which must agree with its penalties',
  (f) => {
    if (sinceV2(f.ctx)) {
      return decisionChecks(f);
    }
    const notice = latestNotice(f.ctx);
    const decided = f.payload.penalties as Penalty[];
    return [
      f.payload.outcome === 'penalty' &&
        !!notice &&
        isHeavier(decided, notice.penalties) &&
        msg('G13.heavier', { servedOn: notice.servedOn }),
    ];
  },
);

/** G14, §1: late on the official calendar but on time on weekdays only → accepted and flagged. */
function hearingRequestTiming(f: GuardInput): { late: boolean; ambiguous: boolean; end?: string } {
  const notice = latestNotice(f.ctx);
  if (!notice) {
    return { late: false, ambiguous: false };
  }
  const actOn = dayOf((f.payload.postmarkedAt as string | undefined) ?? f.at, f.env);
  const pauses = windowPauses(f.ctx);
  const end = noticeWindowEnd(notice, f.cal, pauses).date;
  if (!after(actOn, end)) {
    return { late: false, ambiguous: false, end };
  }
  const ambiguous = !after(actOn, noticeWindowEndWeekdays(notice, f.cal, pauses));
  return { late: !ambiguous, ambiguous, end };
}

export const G14 = guard(
  'G14',
  'APL 63, 64(1)',
  'a hearing request within 5 WD of service (postmark counts), penalty in scope; v2: a rejection only for a late, out-of-scope or withdrawn request',
  (f) => {
    if (f.type === 'REJECT_HEARING') {
      return sinceV2(f.ctx) ? rejectionChecks(f) : [];
    }
    const notice = latestNotice(f.ctx);
    const index = f.ctx.notices.length - 1;
    const timing = hearingRequestTiming(f);
    return [
      !notice && msg('notice.none'),
      !!notice && !notice.includesHearingRight && msg('G14.noHearingOffered'),
      timing.late && msg('G14.late', { end: String(timing.end) }),
      f.ctx.waivers.some((waiver) => waiver.notice === index) && msg('G14.waived'),
    ];
  },
);

export const hearingAmbiguity: FlagRule = (f) => [
  hearingRequestTiming(f).ambiguous && 'DEADLINE_AMBIGUOUS',
];

export const G15 = guard(
  'G15',
  'APL 64',
  'the hearing notice is served ≥ 7 WD ahead; the presiding officer is not a handler; v2: held on the notified day by that officer',
  (f) => {
    const hearing = latestHearing(f.ctx);
    const presiding =
      (f.payload.presidingOfficerId as string | undefined) ?? hearing?.presidingOfficerId;
    const officer = presiding ? f.officers[presiding] : undefined;
    const messages = [
      !presiding && msg('G15.noPresiding'),
      !!presiding &&
        handledCase(f.ctx, presiding) &&
        msg('G15.presidingIsHandler', { id: presiding }),
      f.type === 'ACCEPT_HEARING' &&
        !officer?.roles.includes('hearing_officer') &&
        msg('G15.presidingNotHearingOfficer', { id: String(presiding) }),
    ];
    if (f.type === 'HOLD_HEARING' || f.type === 'SUBMIT_HEARING_REPORT') {
      return sinceV2(f.ctx) ? [...messages, ...holdingChecks(f)] : [];
    }
    if (f.type !== 'SCHEDULE_HEARING') {
      return messages;
    }
    const hearingOn = dayOf(f.payload.hearingAt as string, f.env);
    const servedOn = dayOf(f.payload.noticeServedAt as string, f.env);
    const latestServe = subtractWorkingDays(f.cal, hearingOn, 7);
    // v2, APL 64(2), 85: seven working days in (notice, hearing]: a rest-day hearing gains none.
    const short = sinceV2(f.ctx)
      ? f.cal.workingDaysBetween(servedOn, hearingOn) < 7
      : after(servedOn, latestServe);
    return [
      ...messages,
      short && msg('G15.noticeShort', { servedOn, hearingOn, serveBy: latestServe }),
    ];
  },
);

export const reviewLate: FlagRule = (f) => {
  const due = reviewDue(f.ctx, f.cal);
  const late = !!due && after(f.on, due.date);
  return [late && (f.type === 'PASS_LEGAL_REVIEW' ? 'LEGAL_REVIEW_LATE' : 'CASE_REVIEW_LATE')];
};

export const hearingAcceptanceLate: FlagRule = (f) => {
  const hearing = latestHearing(f.ctx);
  return [
    !!hearing &&
      after(f.on, hearingAcceptanceDue(hearing, f.cal).date) &&
      'HEARING_ACCEPTANCE_LATE',
  ];
};

export const NOTICE_GUARDS: readonly Guard[] = [G09, G11, G12, G13, G14, G15];

// Before a decision: notice, hearing, legal review, collective discussion, defence (APL 44–64).
import type { IsoDate, OfficerFacts, Penalty } from '../../model/domain.types';
import { collectiveDiscussionRequired, hearingScope, isHeavier } from '../../rules/rule-set';
import { legalReviewRequired } from '../../rules/rule-set';
import type { CaseContext, Hearing, Notice } from '../penalty-case.context';
import { after, before as earlier, type WorkingCalendar } from '../penalty-case.dates';
import { heldHearing } from '../penalty-case.derived';
import type { Invariant, StepView } from './invariant-kit';
import {
  asProposal,
  clearlyHeavier,
  decidedIn,
  imposes,
  invariant,
  stepsBefore,
} from './invariant-kit';

/** The latest notice served on or before `on`. */
function lastNotice(ctx: CaseContext, on: IsoDate): { notice: Notice; index: number } | undefined {
  for (let i = ctx.notices.length - 1; i >= 0; i -= 1) {
    if (!after(ctx.notices[i].servedOn, on)) return { notice: ctx.notices[i], index: i };
  }
  return undefined;
}

/** APL 64(1), 85: the party may ask for a hearing within 5 working days of the notice. */
export function requestWindowEnd(notice: Notice, cal: WorkingCalendar): IsoDate {
  return cal.addWorkingDays(notice.servedOn, 5).date;
}

const heard = (h: Hearing): boolean => !!h.report || !!h.terminated;

/** A decision that imposes a penalty, with the case as it stood just before it. */
function imposing(v: StepView): { penalties: Penalty[]; ctx: CaseContext } | undefined {
  if (v.type !== 'DECIDE' || !v.before) return undefined;
  const penalties = decidedIn(v);
  return imposes(penalties) ? { penalties, ctx: v.before } : undefined;
}

const I01 = invariant(
  'I01',
  'APL 44, 62',
  'a decision imposing penalties follows a served notice naming penalties at least as heavy',
  (v) => {
    const d = imposing(v);
    if (!d) return [];
    const last = lastNotice(d.ctx, v.on);
    if (!last) return ['penalties decided without a served 告知书'];
    return [
      clearlyHeavier(d.penalties, last.notice.penalties) &&
        'the decision imposes more than the 告知书 named (a new notice is required)',
    ];
  },
);

const I02 = invariant(
  'I02',
  'APL 63, 64(1)',
  'no hearing-scope decision while the request window is open or a requested hearing is unheld',
  (v) => {
    const d = imposing(v);
    if (!d) return [];
    const scope = hearingScope(asProposal(d.penalties, d.ctx), d.ctx.party, v.rules);
    const last = lastNotice(d.ctx, v.on);
    if (!scope.required || !last) return [];
    const { notice, index } = last;
    const end = requestWindowEnd(notice, v.cal);
    const waived = d.ctx.waivers.some((w) => w.notice === index);
    const requests = d.ctx.hearings.filter((h) => h.notice === index);
    const unheld = requests.filter((h) => !heard(h) && !(h.rejected && after(h.actOn, end)));
    return [
      !notice.includesHearingRight && 'the 告知书 did not state the right to a hearing',
      !waived && requests.length === 0 && !after(v.on, end) && `request window open until ${end}`,
      unheld.length > 0 && `a hearing requested on ${unheld[0].requestedOn} was not held`,
    ];
  },
);

const I03 = invariant(
  'I03',
  'APL 63, 64(1)',
  'a timely request for a hearing on an in-scope proposal is never rejected',
  (v) => {
    if (v.type !== 'REJECT_HEARING' || !v.before) return [];
    const h = v.before.hearings.at(-1);
    const notice = h && v.before.notices[h.notice];
    if (!h || !notice?.includesHearingRight) return [];
    const proposal = asProposal(notice.penalties, v.before);
    const inScope = hearingScope(proposal, v.before.party, v.rules).required;
    return [
      inScope &&
        !after(h.actOn, requestWindowEnd(notice, v.cal)) &&
        `the request of ${h.actOn} was timely (应当组织听证)`,
    ];
  },
);

const I04 = invariant(
  'I04',
  'APL 64(2), 64(4), 85',
  'a hearing is held on its date, ≥ 7 working days after its notice, by the designated non-handler',
  (v) => {
    if (v.type !== 'HOLD_HEARING' || !v.before) return [];
    const h = v.before.hearings.at(-1);
    if (!h) return ['no hearing was accepted'];
    const actor = v.step.envelope.actor.id;
    const day = h.hearingAt?.slice(0, 10);
    const noticed = h.noticeServedAt?.slice(0, 10);
    return [
      !day && 'the hearing was never scheduled',
      !!day && earlier(v.on, day) && `held on ${v.on}, before its scheduled date ${day}`,
      !!day &&
        !!noticed &&
        v.cal.workingDaysBetween(noticed, day) < 7 &&
        `the party was notified on ${noticed}, under 7 working days before ${day}`,
      !!h.presidingOfficerId &&
        actor !== h.presidingOfficerId &&
        `held by ${actor}, not the designated ${h.presidingOfficerId}`,
      v.before.handlerIds.includes(actor) && `presided by ${actor}, a handler of the case`,
    ];
  },
);

/** The PASS_LEGAL_REVIEW steps that count for the proposal decided (after any hearing report). */
function legalReviewsFor(v: StepView, ctx: CaseContext) {
  const report = heldHearing(ctx)?.report?.on;
  return stepsBefore(v).filter(
    (s) =>
      s.envelope.type === 'PASS_LEGAL_REVIEW' &&
      s.context.revision === ctx.revision &&
      (!report || !earlier(s.context.lastEventOn, report)),
  );
}

/** APL 58 ¶2: a first-time reviewer (since 2021-07-15) holds the 法律职业资格. */
function qualified(officer: OfficerFacts): boolean {
  return (
    officer.legalQualification === true ||
    (!!officer.legalReviewerSince && earlier(officer.legalReviewerSince, '2021-07-15'))
  );
}

const I05 = invariant(
  'I05',
  'APL 58',
  'a decision needing legal review follows one passed by a qualified reviewer who is no handler',
  (v) => {
    if (v.type !== 'DECIDE' || !v.before) return [];
    const ctx = v.before;
    const penalties = decidedIn(v);
    const content = imposes(penalties)
      ? asProposal(penalties, ctx)
      : { ...asProposal([], ctx), outcome: 'no_penalty' as const };
    const hearingHeld = heldHearing(ctx) !== undefined;
    const manualFlag = ctx.manualLegalReview;
    const need = legalReviewRequired(content, ctx.party, v.rules, { hearingHeld, manualFlag });
    if (!need.required) return [];
    const lawful = legalReviewsFor(v, ctx).filter(
      (s) => qualified(s.envelope.actor) && !s.context.handlerIds.includes(s.envelope.actor.id),
    );
    return [
      lawful.length === 0 &&
        `no legal review by a qualified non-handler of this proposal (${need.reasons.join(', ')})`,
    ];
  },
);

const I06 = invariant(
  'I06',
  'APL 57 ¶2',
  'a complex or major decision follows a collective discussion and does not depart from it',
  (v) => {
    if (v.type !== 'DECIDE' || !v.before) return [];
    const ctx = v.before;
    const penalties = decidedIn(v);
    const resolution = ctx.collectiveDecisions.filter((c) => c.revision === ctx.revision).at(-1);
    const need =
      imposes(penalties) &&
      collectiveDiscussionRequired(asProposal(penalties, ctx), ctx.party, v.rules).required;
    const departs =
      !!resolution &&
      (isHeavier(penalties, resolution.resolution.penalties) ||
        isHeavier(resolution.resolution.penalties, penalties));
    return [
      need && !resolution && 'no collective discussion of this proposal',
      departs && 'the decision departs from the collective resolution',
    ];
  },
);

const I07 = invariant(
  'I07',
  'APL 45, 62',
  'every statement is reviewed before the decision, and an accepted defence revises the proposal',
  (v) => {
    if (v.type !== 'DECIDE' || !v.before) return [];
    const ctx = v.before;
    const unreviewed = ctx.statements.filter((s) => !s.review);
    const adopted = stepsBefore(v).filter(
      (s) => s.envelope.type === 'REVIEW_STATEMENT' && s.envelope.payload.accepted === true,
    );
    // An approver may instead withdraw the adoption with reasons (WITHDRAW_ADOPTION, v2).
    const withdrawn = stepsBefore(v).filter((s) => s.envelope.type === 'WITHDRAW_ADOPTION');
    const unrevised = adopted.filter(
      (s) => s.context.revision === ctx.revision && !withdrawn.some((w) => w.seq > s.seq),
    );
    return [
      unreviewed.length > 0 && `a statement received on ${unreviewed[0].receivedOn} is unreviewed`,
      // A decision that imposes nothing honours any adopted defence (APL 45 protects the party).
      unrevised.length > 0 &&
        ((v.payload.penalties ?? []) as unknown[]).length > 0 &&
        `the defence adopted in entry ${unrevised[0].seq} left the proposal unrevised`,
    ];
  },
);

export const DECISION_INVARIANTS: readonly Invariant[] = [I01, I02, I03, I04, I05, I06, I07];

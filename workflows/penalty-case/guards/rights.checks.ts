// penalty-case@2: the party's rights read from what is imposed, the hearing right, the case limit
// and an accepted defence (issue 12, classes 1, 2, 3, 7). Each check returns refusal messages and
// is called by the guard of its article (G12–G15, G19, G20) only when `sinceV2(ctx)`.
import type { Penalty, Proposal } from '../../model/domain.types';
import { hearingScope, isHeavier } from '../../rules/rule-set';
import { caseLimit, noticeWindowEnd } from '../penalty-case.clocks';
import { after, before, dayOf } from '../penalty-case.dates';
import {
  heavierThanNotified,
  latestHearing,
  latestNotice,
  pendingAdoptions,
} from '../penalty-case.derived';
import type { GuardInput } from './guard-kit';
import { blank } from './guard-kit';
import type { Messages } from './guard-kit';
import { msg } from '../../messages/catalogue';
import type { Msg } from '../../messages/catalogue';
import type { Subject } from '../../messages/guards-before-decision.messages';

/** What a proposal, resolution or decision imposes: its penalties, whatever its label. */
export function imposes(content: { outcome: string; penalties: readonly Penalty[] }): boolean {
  return content.outcome === 'penalty' || content.penalties.length > 0;
}

/** APL 57 ¶1, 59(3): the outcome and the penalties must say the same thing. */
export function contradiction(
  what: Subject,
  content: { outcome: string; penalties: readonly Penalty[] },
): Msg | false {
  const count = content.penalties.length;
  if (content.outcome !== 'penalty' && count > 0) {
    return msg('rights.contradiction', { what, outcome: content.outcome, count });
  }
  return content.outcome === 'penalty' && count === 0 && msg('rights.noPenaltyNamed', { what });
}

/** APL 44, 62, 45 ¶2: nothing heavier (per kind) than the penalties the party was notified of. */
export function beyondNotice(f: GuardInput, what: Subject, penalties: Penalty[]): Msg | false {
  const notice = latestNotice(f.ctx);
  if (penalties.length === 0) return false;
  if (!notice) {
    return msg('rights.noNotice', { what });
  }
  return (
    heavierThanNotified(f.ctx, penalties, notice.penalties) &&
    msg('rights.beyondNotice', { what, servedOn: notice.servedOn })
  );
}

/** G13 (v2): the decision's content, not its label, answers to the notice. */
export function decisionChecks(f: GuardInput): Messages {
  const decided = {
    outcome: f.payload.outcome as string,
    penalties: f.payload.penalties as Penalty[],
  };
  return [
    contradiction('decision', decided),
    // Without any notice G12 answers (no 告知书 has been served); one rule, one place.
    !!latestNotice(f.ctx) && beyondNotice(f, 'decision', decided.penalties),
  ];
}

/** G19 (v2), APL 57 ¶2: the decision is the collective's resolution, neither heavier nor lighter. */
export function collectiveDepartures(f: GuardInput): Messages {
  const resolution = [...f.ctx.collectiveDecisions]
    .reverse()
    .find((decision) => decision.revision === f.ctx.revision)?.resolution;
  const decided = f.payload.penalties as Penalty[];
  // A decision beyond the notice is refused by G13 first: its cure is a new proposal anyway.
  if (!resolution || beyondNotice(f, 'decision', decided)) return [];
  const departs =
    f.payload.outcome !== resolution.outcome ||
    isHeavier(decided, resolution.penalties) ||
    isHeavier(resolution.penalties, decided);
  return [
    departs &&
      msg('rights.departs', {
        outcome: resolution.outcome,
        count: resolution.penalties.length,
      }),
  ];
}

/** G19 (v2): a resolution says what it imposes and imposes nothing the party was not told of. */
export function resolutionChecks(f: GuardInput): Messages {
  const resolution = f.payload.resolution as Proposal;
  return [
    contradiction('resolution', resolution),
    imposes(resolution) && beyondNotice(f, 'resolution', resolution.penalties),
  ];
}

/** G12 (v2): a notice with the hearing right keeps its 5-WD request window open (APL 64(1)). */
export function hearingWindowKept(f: GuardInput): boolean {
  return !!latestNotice(f.ctx)?.includesHearingRight;
}

/** G12 (v2), APL 45: an accepted defence is adopted before deciding or ending the notice period. */
export function adoptionChecks(f: GuardInput): Messages {
  if (f.type === 'WITHDRAW_ADOPTION') {
    return [blank(f.payload.reason) && msg('rights.withdrawAdoptionReason')];
  }
  const pending = pendingAdoptions(f.ctx);
  return [
    pending.length > 0 &&
      msg('rights.adoptionPending', {
        on: String(pending[0].review?.on),
        adopted: pending[0].review?.adopted ?? '—',
      }),
  ];
}

/** G14 (v2), APL 63 (应当组织听证): only a late, out-of-scope or withdrawn request is rejected. */
export function rejectionChecks(f: GuardInput): Messages {
  const hearing = latestHearing(f.ctx);
  const notice = hearing ? f.ctx.notices[hearing.notice] : undefined;
  const ground = f.payload.ground as string | undefined;
  if (!ground) {
    return [msg('rights.nameGround')];
  }
  if (!hearing || !notice) return [];
  const end = noticeWindowEnd(notice, f.cal).date;
  const scope = hearingScope(
    { outcome: 'penalty', penalties: notice.penalties, legalBasis: '' },
    f.ctx.party,
    f.rules,
    {
      unstatedValueInScope: true,
    },
  );
  return [
    ground === 'late' &&
      !after(hearing.actOn, end) &&
      msg('rights.requestInTime', { actOn: hearing.actOn, end }),
    ground === 'out_of_scope' &&
      scope.required &&
      msg('rights.inScope', { reasons: scope.reasons }),
  ];
}

/** G15 (v2), APL 64(2)(4): held by the designated presiding officer, on the notified day. */
export function holdingChecks(f: GuardInput): Messages {
  const hearing = latestHearing(f.ctx);
  const presiding = hearing?.presidingOfficerId;
  const messages: Messages = [
    !!presiding &&
      f.actor.id !== presiding &&
      msg('rights.notPresiding', { presiding, actor: f.actor.id }),
  ];
  if (f.type !== 'HOLD_HEARING' || !hearing?.hearingAt || !hearing.noticeServedAt) {
    return messages;
  }
  const hearingOn = dayOf(hearing.hearingAt, f.env);
  const servedOn = dayOf(hearing.noticeServedAt, f.env);
  // APL 64(2), 85: 七日 are working days: seven of them after the notice, up to the day held
  // (a hearing on a rest day does not count that day for the party).
  const short = f.cal.workingDaysBetween(servedOn, f.on) < 7;
  return [
    ...messages,
    before(f.on, hearingOn) && msg('rights.heldEarly', { hearingOn }),
    after(f.on, hearingOn) && msg('rights.heldLate', { hearingOn, on: f.on }),
    short && msg('rights.noticeShort', { servedOn, on: f.on }),
  ];
}

/** G20 (v2), APL 60: an extension is approved before the limit runs out. */
export function extensionInTime(f: GuardInput): Messages {
  const due = caseLimit(f.ctx, f.on).dueOn;
  return [after(f.on, due) && msg('rights.extensionLate', { due })];
}

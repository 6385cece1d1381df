// Who may act (PROCEDURE.md §3), checked before any guard: role, recusal, separation of duties.
import type { OfficerFacts, Role } from '../model/domain.types';
import type { CaseContext } from './penalty-case.context';
import { collectiveRecorded, handledCase, isHandler } from './penalty-case.derived';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, rolesFor } from './penalty-case.events';
import { before } from './penalty-case.dates';
import type { Msg } from '../messages/catalogue';
import { english, msg } from '../messages/catalogue';
import type { HandlerAct } from '../messages/payload.messages';

export const SYSTEM_ACTOR_ID = 'system';
/** APL 58 ¶2 took effect on this day: reviewers appointed since need the 法律职业资格. */
export const FIRST_TIME_REVIEWER_CUTOFF = '2021-07-15';

export interface AccessDenial {
  /** English text of `msg` (logs, tests); answers render `msg` in the reader's language. */
  message: string;
  msg: Msg;
  missingRole?: Role;
  conflict?: string;
}

/** The role the actor acts in for this event, if any. */
function actingRole(type: EventType, stage: string, actor: OfficerFacts): Role | undefined {
  return rolesFor(type, stage).find((role) => actor.roles.includes(role));
}

/** APL 58: a first-time legal reviewer holds the 法律职业资格 (API.md: or reviews since before 2021-07-15). */
export function qualifiedLegalReviewer(actor: OfficerFacts): boolean {
  if (actor.legalQualification === true) {
    return true;
  }
  return !!actor.legalReviewerSince && before(actor.legalReviewerSince, FIRST_TIME_REVIEWER_CUTOFF);
}

/**
 * §3: a handler (now or replaced) may not review, legally review, preside, or be the only approver
 * of the decision.
 */
function separation(
  type: EventType,
  ctx: CaseContext,
  actor: OfficerFacts,
  role: Role,
): AccessDenial | undefined {
  const independence = EVENT_SPECS[type].independence;
  if (!independence || !handledCase(ctx, actor.id)) {
    return undefined;
  }
  switch (independence) {
    case 'reviewer':
      // A return by an approver is not a handler reviewing its own case.
      return role === 'approver' ? undefined : denial(actor, 'review');
    case 'legalReviewer':
      return denial(actor, 'legallyReview');
    case 'hearingOfficer':
      return denial(actor, 'preside');
    case 'decider':
      // A decision taken by collective discussion has other approvers.
      return type === 'DECIDE' && collectiveRecorded(ctx)
        ? undefined
        : denial(actor, 'soleApprover');
  }
}

function denial(actor: OfficerFacts, act: HandlerAct): AccessDenial {
  return {
    ...said(msg('access.handlerConflict', { id: actor.id, act })),
    conflict: 'HANDLER_OF_CASE',
  };
}

const said = (m: Msg) => ({ message: english(m), msg: m });

/**
 * G06, APL 43: a recused officer may not act on the case. Checked before anything else of the
 * case (its stage included): the refusal tells them nothing of it, not whose turn it is.
 */
export function recusalDenial(
  actor: OfficerFacts,
  recused: readonly string[],
): AccessDenial | undefined {
  if (!recused.includes(actor.id)) return undefined;
  return { ...said(msg('access.recused', { id: actor.id })), conflict: 'RECUSED' };
}

export function checkAccess(
  type: EventType,
  stage: string,
  ctx: CaseContext | undefined,
  actor: OfficerFacts,
  recused: readonly string[],
): AccessDenial | undefined {
  const recusal = recusalDenial(actor, recused);
  if (recusal) return recusal;
  if (actor.id === SYSTEM_ACTOR_ID && EVENT_SPECS[type].system) {
    return undefined;
  }
  const role = actingRole(type, stage, actor);
  if (!role) {
    const roles = rolesFor(type, stage);
    return { ...said(msg('access.needsRole', { type, roles })), missingRole: roles[0] };
  }
  if (!ctx) {
    return undefined;
  }
  if (role === 'handler' && ctx.handlerIds.length > 0 && !isHandler(ctx, actor.id)) {
    return { ...said(msg('access.notHandler', { id: actor.id })), conflict: 'NOT_HANDLER_OF_CASE' };
  }
  if (role === 'legal_reviewer' && !qualifiedLegalReviewer(actor)) {
    const conflict = 'UNQUALIFIED_LEGAL_REVIEWER';
    return { ...said(msg('access.unqualified', { id: actor.id })), conflict };
  }
  return separation(type, ctx, actor, role);
}

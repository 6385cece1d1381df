// Who may act (PROCEDURE.md §3), checked before any guard: role, recusal, separation of duties.
import type { OfficerFacts, Role } from '../model/domain.types';
import type { CaseContext } from './penalty-case.context';
import { collectiveRecorded, isHandler } from './penalty-case.derived';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, rolesFor } from './penalty-case.events';
import { before } from './penalty-case.dates';

export const SYSTEM_ACTOR_ID = 'system';
/** APL 58 ¶2 took effect on this day: reviewers appointed since need the 法律职业资格. */
export const FIRST_TIME_REVIEWER_CUTOFF = '2021-07-15';

export interface AccessDenial {
  message: string;
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

/** §3: a handler may not review, legally review, preside, or be the only approver of the decision. */
function separation(
  type: EventType,
  ctx: CaseContext,
  actor: OfficerFacts,
  role: Role,
): AccessDenial | undefined {
  const independence = EVENT_SPECS[type].independence;
  if (!independence || !isHandler(ctx, actor.id)) {
    return undefined;
  }
  switch (independence) {
    case 'reviewer':
      // A return by an approver is not a handler reviewing its own case.
      return role === 'approver' ? undefined : denial(actor, 'review');
    case 'legalReviewer':
      return denial(actor, 'legally review');
    case 'hearingOfficer':
      return denial(actor, 'preside over the hearing of');
    case 'decider':
      // A decision taken by collective discussion has other approvers.
      return type === 'DECIDE' && collectiveRecorded(ctx)
        ? undefined
        : denial(actor, 'be the only approver of');
  }
}

function denial(actor: OfficerFacts, what: string): AccessDenial {
  return {
    message: `G09/G15: officer ${actor.id} is a handler of this case and may not ${what} it (APL 58, 64)`,
    conflict: 'HANDLER_OF_CASE',
  };
}

export function checkAccess(
  type: EventType,
  stage: string,
  ctx: CaseContext | undefined,
  actor: OfficerFacts,
  recused: readonly string[],
): AccessDenial | undefined {
  // G06, APL 43: a recused officer may not act on the case.
  if (recused.includes(actor.id)) {
    return {
      message: `G06: officer ${actor.id} is recused from this case (APL 43)`,
      conflict: 'RECUSED',
    };
  }
  if (actor.id === SYSTEM_ACTOR_ID && EVENT_SPECS[type].system) {
    return undefined;
  }
  const role = actingRole(type, stage, actor);
  if (!role) {
    const missingRole = rolesFor(type, stage)[0];
    return { message: `${type} needs the role ${rolesFor(type, stage).join(' or ')}`, missingRole };
  }
  if (!ctx) {
    return undefined;
  }
  if (role === 'handler' && ctx.handlerIds.length > 0 && !isHandler(ctx, actor.id)) {
    return {
      message: `officer ${actor.id} is not a handler of this case`,
      conflict: 'NOT_HANDLER_OF_CASE',
    };
  }
  if (role === 'legal_reviewer' && !qualifiedLegalReviewer(actor)) {
    return {
      message: `G09: officer ${actor.id} is a first-time legal reviewer without the 法律职业资格 (APL 58)`,
      conflict: 'UNQUALIFIED_LEGAL_REVIEWER',
    };
  }
  return separation(type, ctx, actor, role);
}

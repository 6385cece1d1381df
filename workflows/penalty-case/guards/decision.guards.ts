// 法制审核, 集体讨论 and the case limit at the decision: G17–G20.
import type { Penalty, Proposal } from '../../model/domain.types';
import { collectiveDiscussionRequired } from '../../rules/rule-set';
import { caseLimit } from '../penalty-case.clocks';
import { after } from '../penalty-case.dates';
import { sinceV2 } from '../penalty-case.context';
import {
  asImposed,
  collectiveRecorded,
  collectiveRequirement,
  currentProposal,
  legalReviewPassed,
  legalReviewRequirement,
} from '../penalty-case.derived';
import type { GuardInput, Guard } from './guard-kit';
import { guard } from './guard-kit';
import { msg } from '../../messages/catalogue';
import type { Msg } from '../../messages/catalogue';
import type { Messages } from './guard-kit';
import { collectiveDepartures, extensionInTime, resolutionChecks } from './rights.checks';

/** The decision as a proposal, so the §5 requirements are judged on what is decided too. */
function decidedProposal(f: GuardInput): Proposal {
  // v2: read as what it imposes (asImposed), whatever the outcome label.
  return asImposed(f.ctx, {
    ...currentProposal(f.ctx),
    outcome: f.payload.outcome as Proposal['outcome'],
    penalties: f.payload.penalties as Penalty[],
  });
}

export const G17 = guard(
  'G17',
  'APL 58',
  'legal review is required by §5 (the list, flags, or a held hearing); reported together with G18',
  () => [],
);

export const G18 = guard(
  'G18',
  'APL 58',
  'no decision without a passed legal review of the current proposal',
  (f) => {
    const onProposal = legalReviewRequirement(f.ctx, f.rules);
    const onDecision = legalReviewRequirement(f.ctx, f.rules, decidedProposal(f));
    const reasons = [...new Set([...onProposal.reasons, ...onDecision.reasons])];
    return [
      reasons.length > 0 &&
        !legalReviewPassed(f.ctx) &&
        msg('legalReview.required', { reasons, afterHearing: reasons.includes('hearing_held') }),
    ];
  },
);

function attendeeMessages(f: GuardInput, attendeeIds: readonly string[]): Msg[] {
  const distinct = [...new Set(attendeeIds)];
  const min = f.rules.collectiveDiscussion.minimumApprovers;
  return [
    ...(distinct.length < min ? [msg('G18.collectiveTooFew', { min, got: distinct.length })] : []),
    ...distinct
      .filter((id) => !f.officers[id]?.roles.includes('approver'))
      .map((id) => msg('G19.notApprover', { id })),
  ];
}

export const G19 = guard(
  'G19',
  'APL 57',
  'a collective decision is recorded when required; v2: the decision is the resolution, within the notice',
  (f) => {
    const v2 = sinceV2(f.ctx);
    if (f.type === 'RECORD_COLLECTIVE_DECISION') {
      return [
        ...attendeeMessages(f, f.payload.attendeeIds as string[]),
        ...(v2 ? resolutionChecks(f) : []),
      ];
    }
    const required = [
      ...collectiveRequirement(f.ctx, f.rules).reasons,
      ...collectiveDiscussionRequired(decidedProposal(f), f.ctx.party, f.rules).reasons,
    ];
    return [
      required.length > 0 &&
        !collectiveRecorded(f.ctx) &&
        msg('G19.required', { reasons: [...new Set(required)] }),
      ...(v2 ? collectiveDepartures(f) : []),
    ];
  },
);

function extensionMessages(f: GuardInput): Messages {
  const days = f.payload.days as number | undefined;
  const resolution = f.payload.collectiveResolution as
    { attendeeIds: string[]; until: string } | undefined;
  const first = f.ctx.extensions.length === 0;
  const due = caseLimit(f.ctx, f.on).dueOn;
  return [
    days === undefined && !resolution && msg('G20.nameDays'),
    first && !resolution && days !== undefined && days > 30 && msg('G20.firstMax30'),
    !first && !resolution && msg('G20.furtherNeedsResolution'),
    !!resolution && !after(resolution.until, due) && msg('G20.resolutionEnd', { due }),
    ...(resolution ? attendeeMessages(f, resolution.attendeeIds) : []),
  ];
}

export const G20 = guard(
  'G20',
  'APL 60',
  'within the case limit (90 days + extensions + excluded spans); v2: extended only before it runs out',
  (f) => {
    if (f.type === 'EXTEND_CASE_LIMIT') {
      return [...extensionMessages(f), ...(sinceV2(f.ctx) ? extensionInTime(f) : [])];
    }
    const due = caseLimit(f.ctx, f.on).dueOn;
    return [after(f.on, due) && msg('G20.limitEnded', { due })];
  },
);

export const DECISION_GUARDS: readonly Guard[] = [G17, G18, G19, G20];

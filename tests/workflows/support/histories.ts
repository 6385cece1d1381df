// Common case histories ("given …"): a case brought to a stage with realistic dates.
import { addDays } from '../../../workflows/calendar/working-calendar';
import type { Party, Penalty } from '../../../workflows/model/domain.types';
import type { Environment } from '../../../workflows/penalty-case/transition.types';
import { DEFAULT_RULE_SET, hearingScope } from '../../../workflows/rules/rule-set';
import { CaseDriver } from './case-driver';
import { makeParty, makeProposal } from './factories';

export interface NoticeHistory {
  party?: Party;
  penalties: Penalty[];
  /** Day the 告知书 is served. */
  noticeOn: string;
  includesHearingRight?: boolean;
  env?: Environment;
}

/** A case whose 告知书 was served on `noticeOn` (filed 30 days before, reviewed the week before). */
export function notifiedCase(history: NoticeHistory): CaseDriver {
  const { noticeOn, penalties } = history;
  const party = history.party ?? makeParty();
  const proposal = makeProposal(penalties);
  // APL 63: the hearing right exactly when the proposal is in scope (G11).
  const hearingRight =
    history.includesHearingRight ?? hearingScope(proposal, party, DEFAULT_RULE_SET).required;
  const driver = CaseDriver.open({ party }, addDays(noticeOn, -31), history.env);
  driver.toNotification(proposal, {
    filed: addDays(noticeOn, -30),
    concluded: addDays(noticeOn, -10),
    approved: addDays(noticeOn, -7),
  });
  driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: hearingRight }, noticeOn);
  return driver;
}

/** Collective discussion by three approvers when the machine asks for it (APL 57). */
export function discussIfRequired(driver: CaseDriver, on: string): CaseDriver {
  if (driver.stage === 'collectiveDiscussion') {
    driver.accept(
      'RECORD_COLLECTIVE_DECISION',
      { attendeeIds: ['a1', 'a2', 'a3'], resolution: driver.context.proposal },
      on,
    );
  }
  return driver;
}

/** A case decided on `decideOn` with `penalties`: the notice 4 weeks earlier, no statement. */
export function decidedCase(
  history: Omit<NoticeHistory, 'noticeOn'> & { decideOn: string; decisionNumber?: string },
): CaseDriver {
  const noticeOn = addDays(history.decideOn, -28);
  const driver = notifiedCase({
    ...history,
    noticeOn,
    includesHearingRight: history.includesHearingRight,
  });
  driver.accept('END_NOTICE_PERIOD', {}, addDays(noticeOn, 14));
  discussIfRequired(driver, addDays(noticeOn, 15));
  driver.accept(
    'DECIDE',
    {
      decisionNumber: history.decisionNumber ?? '京市监罚〔2025〕1号',
      outcome: history.penalties.length > 0 ? 'penalty' : 'no_penalty',
      penalties: history.penalties,
    },
    history.decideOn,
  );
  return driver;
}

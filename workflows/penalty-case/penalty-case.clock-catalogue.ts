// The clocks of PROCEDURE.md §2 as data (published by describeMachine for 事前公开).
import type { ClockId } from './transition.types';

export interface ClockDefinition {
  id: ClockId;
  startsOn: string;
  length: number;
  unit: 'working_days' | 'calendar_days' | 'months';
  partyFacing: boolean;
  pausedBy: string[];
  extendableBy?: string;
  citation: string;
}

const clock = (
  id: ClockId,
  startsOn: string,
  length: number,
  unit: ClockDefinition['unit'],
  citation: string,
  more: Partial<ClockDefinition> = {},
): ClockDefinition => ({
  id,
  startsOn,
  length,
  unit,
  citation,
  partyFacing: false,
  pausedBy: [],
  ...more,
});

export const CLOCKS: readonly ClockDefinition[] = [
  clock('limitation', 'act ended', 24, 'months', 'APL 36', {
    extendableBy: '60 months when life/health or financial safety was harmed',
  }),
  clock('clueVerification', 'clue received', 15, 'working_days', 'PR 18', {
    extendableBy: 'EXTEND_CLUE_VERIFICATION (+15 WD, once)',
  }),
  clock('caseLimit', 'day after 立案', 90, 'calendar_days', 'APL 60; PR', {
    pausedBy: ['suspension', 'hearing request → report', 'public-notice service'],
    extendableBy: 'EXTEND_CASE_LIMIT (+30 by approver; later only by collective resolution)',
  }),
  clock('evidencePreservation', 'preservation', 7, 'working_days', 'APL 56, 85'),
  clock('seizure', 'seizure decision', 30, 'calendar_days', 'AEL 25', {
    extendableBy: 'EXTEND_SEIZURE (+30)',
  }),
  clock('caseReview', 'file received by the reviewer', 10, 'working_days', 'PR'),
  clock('noticeWindow', 'day after 告知书 served', 5, 'working_days', 'APL 64(1), 85', {
    partyFacing: true,
  }),
  clock('hearingAcceptance', 'hearing request received', 3, 'working_days', 'HR'),
  clock(
    'hearingNotice',
    '听证通知书 ≥ 7 WD before the hearing',
    7,
    'working_days',
    'APL 64(2), 85',
  ),
  clock('decisionService', 'decision day', 7, 'working_days', 'APL 61, 85'),
  clock('payment', 'service of the decision', 15, 'calendar_days', 'APL 67; CPL 85', {
    partyFacing: true,
    extendableBy: 'APPROVE_INSTALLMENTS (APL 66)',
  }),
  clock('surcharge', 'day after the payment period', 34, 'calendar_days', 'APL 72, 73; AEL 45', {
    pausedBy: ['复议/诉讼 pending'],
  }),
  clock(
    'courtEnforcement',
    'expiry of the 复议 and 诉讼 periods (v2: and of the 15-day suit window after a 复议 decision, and of an approved plan)',
    3,
    'months',
    'AEL 53, 54, 69; ALL 45; APL 72 ¶2; CPL 85',
  ),
  clock('disclosureGsxt', 'decision day', 20, 'working_days', 'DR 9, 10'),
  clock('disclosureWebsite', 'decision day', 7, 'working_days', 'GO118'),
  clock('disclosureDuration', 'publication', 36, 'months', 'DR 13, 14'),
  clock('withdrawal', 'decision revoked or changed', 3, 'working_days', 'DR 11; APL 48'),
  clock('publicNoticeService', 'publication of the notice', 30, 'calendar_days', 'CPL 95'),
];

export const CLOCK_CITATIONS = Object.fromEntries(
  CLOCKS.map((definition) => [definition.id, definition.citation]),
) as Record<ClockId, string>;

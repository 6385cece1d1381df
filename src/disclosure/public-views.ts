// What the public endpoints answer. Stored rows are already redacted; every free-text field is
// redacted again here, so a row written by an older rule (or by hand) still cannot leak.
import { penaltySummary } from './penalty-text';
import type { PublicDecisionRecord, PublicWithdrawalRecord } from './public-record';
import { publicParty, redactFreeText, type NamePolicy } from './redaction/redaction';

/** A published decision as stored, the channels it went out on merged (one per decision). */
export type PublishedDecision = Omit<
  PublicDecisionRecord,
  'caseId' | 'seq' | 'channel' | 'recordedAt'
> & { channels: string[] };

export interface PublicDecisionView extends PublishedDecision {
  /** DR 4 行政处罚内容 in words, e.g. '罚款50,000元'. */
  penaltySummary: string;
}

/** The stored withdrawal without its place in the log. */
export type WithdrawalNotice = Omit<PublicWithdrawalRecord, 'caseId' | 'seq' | 'recordedAt'>;

/** DR 11: the notice names the decision, the date and the reasons — not the party. */
export type PublicWithdrawalView = Omit<WithdrawalNotice, 'partyKind'>;

export function toDecisionView(d: PublishedDecision, policy: NamePolicy): PublicDecisionView {
  const party = publicParty(d.party, policy);
  const subject = { kind: party.kind, name: party.name };
  const penalties = d.penalties.map(({ kind, label, amountFen, durationDays }) => ({
    kind,
    label,
    ...(typeof amountFen === 'number' ? { amountFen } : {}),
    ...(typeof durationDays === 'number' ? { durationDays } : {}),
  }));
  return {
    decisionNumber: d.decisionNumber,
    channels: d.channels,
    party,
    violation: redactFreeText(d.violation, subject, policy),
    legalBasis: redactFreeText(d.legalBasis, subject, policy),
    penalties,
    penaltySummary: penaltySummary(penalties),
    department: d.department,
    decidedOn: d.decidedOn,
    publishedOn: d.publishedOn,
    displayUntil: d.displayUntil,
  };
}

export function toWithdrawalView(w: WithdrawalNotice, policy: NamePolicy): PublicWithdrawalView {
  const subject = { kind: w.partyKind, name: '' };
  return {
    decisionNumber: w.decisionNumber,
    department: w.department,
    ...(w.decidedOn ? { decidedOn: w.decidedOn } : {}),
    ground: w.ground,
    reason: redactFreeText(w.reason, subject, policy),
    channels: w.channels,
    withdrawnOn: w.withdrawnOn,
  };
}

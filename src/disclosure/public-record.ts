// The public record of a decision (DR 4 行政处罚信息摘要) and of its withdrawal (DR 11). Pure:
// built from the machine's accepted result, redacted before it is ever stored.
import type { Party, Penalty, PartyKind, Accepted, Effect } from '../../workflows';
import { publicPenalties, type PublicPenalty } from './penalty-text';
import {
  publicParty,
  redactFreeText,
  type NamePolicy,
  type PublicParty,
} from './redaction/redaction';

export interface PublicationSettings {
  department: string;
  namePolicy: NamePolicy;
}

/** A row of public_decisions: one per PUBLISH_DECISION entry (one per channel). */
export interface PublicDecisionRecord {
  caseId: string;
  seq: number;
  decisionNumber: string;
  channel: string;
  party: PublicParty;
  violation: string;
  legalBasis: string;
  penalties: PublicPenalty[];
  department: string;
  decidedOn: string;
  publishedOn: string;
  displayUntil: string;
  recordedAt: string;
}

/** A row of public_withdrawals: one per WITHDRAW_PUBLICATION entry. */
export interface PublicWithdrawalRecord {
  caseId: string;
  seq: number;
  decisionNumber: string;
  partyKind: PartyKind;
  department: string;
  decidedOn?: string;
  /** penalty-case@2 adds 确认违法 ('illegal') and 确认无效 ('void'), APL 48 ¶2. */
  ground: 'revoked' | 'changed' | 'illegal' | 'void';
  reason: string;
  channels: string[];
  withdrawnOn: string;
  recordedAt: string;
}

export interface EntryRef {
  caseId: string;
  seq: number;
  recordedAt: string;
}

interface DecisionContext {
  summary?: unknown;
  party: Party;
  proposal?: { legalBasis?: string };
  decision?: DecisionFacts;
  /** penalty-case@2: decisions revoked on remand, newest last. */
  formerDecisions?: { decision: DecisionFacts }[];
}

interface DecisionFacts {
  decisionNumber: string;
  penalties: Penalty[];
  decidedOn: string;
  revokedOn?: string;
  changedOn?: string;
  confirmedIllegalOn?: string;
  voidOn?: string;
}

function withdrawalGround(d: DecisionFacts): PublicWithdrawalRecord['ground'] {
  if (d.revokedOn) return 'revoked';
  if (d.voidOn) return 'void';
  return d.confirmedIllegalOn && !d.changedOn ? 'illegal' : 'changed';
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function date(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new Error(`the machine gave no ${what} date`);
  }
  return value;
}

function effectData(result: Accepted, type: string): Record<string, unknown> {
  const effect: Effect | undefined = result.effects.find((e) => e.type === type);
  if (!effect) throw new Error(`the machine emitted no ${type} effect`);
  return effect.data;
}

/** PUBLISH_DECISION: the machine's PUBLISH_DECISION_RECORD effect, completed from the context. */
export function publicationRecord(
  ref: EntryRef,
  result: Accepted,
  settings: PublicationSettings,
): PublicDecisionRecord {
  const ctx = result.context as unknown as DecisionContext;
  const data = effectData(result, 'PUBLISH_DECISION_RECORD');
  const decision = ctx.decision;
  if (!decision) throw new Error('PUBLISH_DECISION without a decision');
  const policy = settings.namePolicy;
  return {
    ...ref,
    decisionNumber: decision.decisionNumber,
    channel: text(data.channel),
    party: publicParty(ctx.party, policy),
    violation: redactFreeText(text(ctx.summary), ctx.party, policy),
    legalBasis: redactFreeText(text(ctx.proposal?.legalBasis), ctx.party, policy),
    penalties: publicPenalties(decision.penalties),
    department: settings.department,
    decidedOn: decision.decidedOn,
    publishedOn: date(data.publishedOn, 'publication'),
    displayUntil: date(data.displayUntil, 'display end'),
  };
}

/** WITHDRAW_PUBLICATION: DR 11 — the record goes, a notice with the reasons stays. */
export function withdrawalRecord(
  ref: EntryRef,
  result: Accepted,
  settings: PublicationSettings,
): PublicWithdrawalRecord {
  const ctx = result.context as unknown as DecisionContext;
  const data = effectData(result, 'WITHDRAW_DECISION_RECORD');
  // After a remand (v2) the record withdrawn is the revoked decision's, kept in its history.
  const former = ctx.formerDecisions;
  const decision = ctx.decision ?? former?.[former.length - 1]?.decision;
  if (!decision) throw new Error('WITHDRAW_PUBLICATION without a decision');
  const channels = Array.isArray(data.channels) ? data.channels.map(String).sort() : [];
  return {
    ...ref,
    decisionNumber: decision.decisionNumber,
    partyKind: ctx.party.kind,
    department: settings.department,
    decidedOn: decision.decidedOn,
    ground: withdrawalGround(decision),
    reason: redactFreeText(text(data.reason), ctx.party, settings.namePolicy),
    channels,
    withdrawnOn: date(data.withdrawnOn, 'withdrawal'),
  };
}

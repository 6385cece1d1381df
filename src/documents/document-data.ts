// What each 文书 says about a case: the data its template's tags read, from the case context
// after the act, the act itself, the documents issued before and the bureau's settings. Pure.
import type { IsoDate, Penalty, CaseContext, ExecutionView } from '../../workflows';
import { chineseDate, money } from './chinese-format';
import {
  DECLINE_GROUND_LABELS,
  NO_PENALTY_REASONS,
  partyFields,
  penaltiesText,
  penaltyText,
  SERVICE_METHOD_LABELS,
  SOURCE_LABELS,
} from './document-labels';
import { DOCUMENT_TYPE_INFO, type DocumentType } from './document-types';

/** A document already issued on the case (or earlier in the same act). */
export interface IssuedRef {
  id: string;
  type: DocumentType;
  title: string;
  number?: string;
  issuedOn: IsoDate;
  seq: number;
}

/** Where the remedies go and where fines are paid (the bureau's settings, README). */
export interface BureauSettings {
  bureau: string;
  reconsiderationBody: string;
  court: string;
  enforcementCourt: string;
  paymentAccount: string;
}

export interface ActInput {
  eventType: string;
  payload: Record<string, unknown>;
  /** The act's business date. */
  on: IsoDate;
  actorId: string;
  caseNumber: string;
  context: CaseContext;
  execution?: ExecutionView;
  issued: IssuedRef[];
  settings: BureauSettings;
}

type Data = Record<string, unknown>;

const cn = (d: IsoDate | undefined): string => (d ? chineseDate(d) : '');
const last = <T>(xs: readonly T[] | undefined): T | undefined => xs?.[xs.length - 1];
const latestOf = (issued: IssuedRef[], types: DocumentType[]) =>
  [...issued].reverse().find((d) => types.includes(d.type));

/** Served documents, newest first decides what a 送达回证 or 送达公告 is for. */
const SERVED: DocumentType[] = [
  'penalty_notice',
  'hearing_notice',
  'penalty_decision',
  'no_penalty_decision',
  'payment_deferral_notice',
  'performance_reminder',
];
const DECISIONS: DocumentType[] = ['penalty_decision', 'no_penalty_decision', 'on_spot_decision'];

/** The penalties a document speaks of: the notice's, the resolution's, the decision's. */
function penaltiesFor(type: DocumentType, ctx: CaseContext): Penalty[] {
  if (type === 'penalty_notice') return last(ctx.notices)?.penalties ?? [];
  if (type === 'collective_discussion')
    return last(ctx.collectiveDecisions)?.resolution.penalties ?? [];
  return ctx.decision?.penalties ?? ctx.proposal?.penalties ?? [];
}

/** APL 59(4), 67: how and by when the penalty is performed. */
function performance(penalties: Penalty[], s: BureauSettings): string {
  if (!penalties.some((p) => typeof p.amountFen === 'number' && p.amountFen > 0)) {
    return '本决定自送达之日起生效，当事人应当自觉履行。';
  }
  return `当事人应当自收到本决定书之日起十五日内，将罚没款缴至${s.paymentAccount}（《中华人民共和国行政处罚法》第六十七条）。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`;
}

/** APL 44, 45, 64: what the party said or waived, as the 决定书 recounts it. */
function statementText(ctx: CaseContext): string {
  const parts: string[] = [];
  const statement = last(ctx.statements);
  if (statement) {
    const review = statement.review;
    parts.push(`当事人于${cn(statement.receivedOn)}提出陈述、申辩：${statement.summary}。`);
    if (review)
      parts.push(`经复核，本局${review.accepted ? '予以采纳' : '不予采纳'}：${review.summary}。`);
  } else if (ctx.waivers.length > 0) {
    parts.push('当事人书面放弃陈述、申辩的权利。');
  } else {
    parts.push('当事人在法定期限内未提出陈述、申辩。');
  }
  const held = ctx.hearings.find((h) => h.heldOn);
  if (held) parts.push(`本局于${cn(held.heldOn)}依法举行了听证。`);
  return parts.join('');
}

function common(type: DocumentType, a: ActInput, number: string | undefined): Data {
  const ctx = a.context;
  const penalties = penaltiesFor(type, ctx);
  const proposal =
    ctx.collectiveDecisions.length > 0 ? last(ctx.collectiveDecisions)!.resolution : ctx.proposal;
  return {
    bureau: a.settings.bureau,
    title: DOCUMENT_TYPE_INFO[type].title,
    number: number ?? '',
    caseNumber: a.caseNumber,
    date: cn(a.on),
    actorId: a.actorId,
    summary: ctx.summary,
    sourceLabel: SOURCE_LABELS[ctx.source] ?? ctx.source,
    receivedDate: cn(ctx.receivedAt),
    filedDate: cn(ctx.filedOn ?? ctx.receivedAt),
    ...partyFields(ctx.party),
    handlers: ctx.handlerIds.join('、'),
    facts: ctx.report?.facts ?? ctx.summary,
    evidence: ctx.report?.evidenceSummary ?? '现场笔录',
    legalBasis: proposal?.legalBasis ?? '',
    discretion: proposal?.discretionReason ?? '',
    penalties: penalties.map((p) => ({ text: penaltyText(p) })),
    penaltiesText: penaltiesText(penalties),
    hasFine: penalties.some((p) => p.kind === 'fine'),
    performance: performance(penalties, a.settings),
    reconsiderationBody: a.settings.reconsiderationBody,
    // ARL 20: sixty days; ALL 46: six months.
    reconsiderationDays: '六十',
    litigationMonths: '六',
    court: a.settings.court,
    enforcementCourt: a.settings.enforcementCourt,
    decisionNumber: ctx.decision?.decisionNumber ?? '',
    decisionTitle:
      DOCUMENT_TYPE_INFO[latestOf(a.issued, DECISIONS)?.type ?? 'penalty_decision'].title,
    decisionDate: cn(ctx.decision?.decidedOn),
    servedDate: cn(ctx.service?.servedOn),
  };
}

function served(a: ActInput): Data {
  const doc = latestOf(a.issued, SERVED);
  const p = a.payload;
  const officers = Array.isArray(p.officersPresent) ? (p.officersPresent as string[]) : [a.actorId];
  const witnesses = Array.isArray(p.witnessIds) ? (p.witnessIds as string[]) : [];
  return {
    servedTitle: doc?.title ?? '行政处罚决定书',
    servedNumber: doc?.number ?? a.context.decision?.decisionNumber ?? '',
    methodLabel: typeof p.method === 'string' ? (SERVICE_METHOD_LABELS[p.method] ?? p.method) : '',
    servers: officers.join('、'),
    witnesses: witnesses.join('、'),
    remark:
      p.electronicConsent === true
        ? '受送达人已同意电子送达（《中华人民共和国行政处罚法》第六十一条）'
        : '',
  };
}

function owed(a: ActInput): Data {
  const e = a.execution;
  return {
    fineText: money(Math.max(0, (e?.fineFen ?? 0) - (e?.paidFen ?? 0))),
    surchargeText: money(e?.surchargeFen ?? 0),
    reminderDate: cn(last(a.context.enforcementReminders)),
  };
}

function hearing(a: ActInput): Data {
  const h = last(a.context.hearings);
  const at = h?.hearingAt;
  return {
    presidingOfficer: h?.presidingOfficerId ?? '',
    hearingTime: at ? `${cn(at)}${at.slice(11, 16)}` : '',
  };
}

/** The tags of `type`'s template for the act `a` (the document gets `number`). */
export function documentData(type: DocumentType, a: ActInput, number?: string): Data {
  const base = common(type, a, number);
  const p = a.payload;
  switch (type) {
    case 'declined_filing_approval':
      return {
        ...base,
        declineGround: DECLINE_GROUND_LABELS[String(p.ground)] ?? p.ground,
        declineReason: p.reason,
      };
    case 'case_review':
    case 'legal_review':
    case 'hearing_report':
      return { ...base, ...hearing(a), opinion: p.opinion };
    case 'hearing_notice':
      return { ...base, ...hearing(a) };
    case 'collective_discussion':
      return { ...base, attendees: (p.attendeeIds as string[]).join('、') };
    case 'penalty_notice':
      return { ...base, hearingRight: last(a.context.notices)?.includesHearingRight === true };
    case 'penalty_decision': {
      const notice = latestOf(a.issued, ['penalty_notice']);
      const n = last(a.context.notices);
      return {
        ...base,
        noticeDate: cn(notice?.issuedOn ?? n?.servedOn),
        noticeNumber: notice?.number ?? '',
        hearingRight: n?.includesHearingRight === true,
        statementText: statementText(a.context),
      };
    }
    case 'no_penalty_decision':
      return {
        ...base,
        noPenaltyReason: NO_PENALTY_REASONS[String(p.outcome)] ?? NO_PENALTY_REASONS.no_penalty,
      };
    case 'on_spot_decision':
      return { ...base, officersPresent: (p.officersPresent as string[]).join('、') };
    case 'payment_deferral_notice':
      return {
        ...base,
        plan: (p.plan as { dueOn: string; amountFen: number }[]).map((x) => ({
          dueDate: cn(x.dueOn),
          amount: money(x.amountFen),
        })),
      };
    case 'performance_reminder':
    case 'enforcement_application':
      return { ...base, ...owed(a) };
    case 'service_receipt':
    case 'service_announcement':
      return { ...base, ...served(a) };
    case 'closing_approval':
      return { ...base, execution: executionText(a) };
    case 'file_cover':
      return { ...base, closedDate: cn(a.context.closedOn) };
    case 'file_index':
      return {
        ...base,
        entries: archiveOrder(a.issued).map((d, i) => ({
          index: i + 1,
          number: d.number ?? '',
          title: d.title,
          date: cn(d.issuedOn),
        })),
      };
    case 'file_notes':
      return { ...base, documentCount: archiveOrder(a.issued).length };
    case 'filing_approval':
    case 'investigation_report':
      return base;
  }
}

function executionText(a: ActInput): string {
  const e = a.execution;
  if (!e || e.fineFen === 0) return '处罚决定已执行完毕。';
  return `应缴罚没款${money(e.fineFen)}，已缴纳${money(e.paidFen)}。`;
}

/**
 * The order of the archived file (卷内文件): the decision first, then the rest in the order the
 * case produced them. The cover, index and 备考表 frame the file and are not listed in it.
 */
export function archiveOrder(issued: readonly IssuedRef[]): IssuedRef[] {
  const frame: DocumentType[] = ['file_cover', 'file_index', 'file_notes'];
  const listed = issued.filter((d) => !frame.includes(d.type));
  const decisions = listed.filter((d) => DECISIONS.includes(d.type));
  const rest = listed.filter((d) => !DECISIONS.includes(d.type));
  return [...decisions, ...rest];
}

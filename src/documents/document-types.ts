// The 文书 of a case (市场监督管理行政处罚文书格式范本, 2021 edition): each type's title, its
// template file under templates/, the word of its 文号 when it carries one, and its place in the
// archived file. One table, read by the issuer, the renderer, the file and the template generator.

export const DOCUMENT_TYPES = [
  'filing_approval',
  'declined_filing_approval',
  'investigation_report',
  'case_review',
  'legal_review',
  'penalty_notice',
  'hearing_notice',
  'hearing_report',
  'collective_discussion',
  'penalty_decision',
  'no_penalty_decision',
  'on_spot_decision',
  'payment_deferral_notice',
  'performance_reminder',
  'enforcement_application',
  'service_receipt',
  'service_announcement',
  'closing_approval',
  'file_cover',
  'file_index',
  'file_notes',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentTypeInfo {
  title: string;
  /** The word between the bureau's abbreviation and 〔year〕, for types that carry a 文号. */
  numberWord?: string;
  /** A decision: its 文号 is the decision number, and it leads the archived file. */
  decision?: boolean;
}

export const DOCUMENT_TYPE_INFO: Readonly<Record<DocumentType, DocumentTypeInfo>> = {
  filing_approval: { title: '立案审批表' },
  declined_filing_approval: { title: '不予立案审批表' },
  investigation_report: { title: '案件调查终结报告' },
  case_review: { title: '案件审核表' },
  legal_review: { title: '法制审核表' },
  penalty_notice: { title: '行政处罚告知书', numberWord: '罚告' },
  hearing_notice: { title: '行政处罚听证通知书', numberWord: '听通' },
  hearing_report: { title: '听证报告' },
  collective_discussion: { title: '集体讨论记录' },
  penalty_decision: { title: '行政处罚决定书', numberWord: '罚', decision: true },
  no_penalty_decision: { title: '不予行政处罚决定书', numberWord: '不罚', decision: true },
  on_spot_decision: { title: '当场行政处罚决定书', numberWord: '当罚', decision: true },
  payment_deferral_notice: { title: '延期（分期）缴纳罚款通知书', numberWord: '缓罚' },
  performance_reminder: { title: '行政处罚决定履行催告书', numberWord: '催' },
  enforcement_application: { title: '强制执行申请书', numberWord: '强执申' },
  service_receipt: { title: '送达回证' },
  service_announcement: { title: '行政处罚文书送达公告', numberWord: '送公' },
  closing_approval: { title: '结案审批表' },
  file_cover: { title: '卷宗封面' },
  file_index: { title: '卷内文件目录' },
  file_notes: { title: '卷内备考表' },
};

export function isDocumentType(v: string): v is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(v);
}

/** The template file of a type (a bureau may replace it; its SHA-256 is the template version). */
export const templateFile = (type: DocumentType): string => `${type}.docx`;

/** The 文号 pattern of a type: {prefix} the bureau's abbreviation, {year}, {n} the sequence. */
export function defaultNumberPattern(type: DocumentType): string | undefined {
  const word = DOCUMENT_TYPE_INFO[type].numberWord;
  return word ? `{prefix}${word}〔{year}〕{n}号` : undefined;
}

/** A pattern filled in: 沪市监罚〔2026〕12号. */
export function formatNumber(pattern: string, prefix: string, year: number, n: number): string {
  return pattern
    .replaceAll('{prefix}', prefix)
    .replaceAll('{year}', String(year))
    .replaceAll('{n}', String(n));
}

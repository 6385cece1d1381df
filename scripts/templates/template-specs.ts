// What each template says (文书格式范本 2021, condensed): paragraphs and tables with docxtemplater
// tags. `npm run templates` writes them to templates/*.docx; a bureau may edit or replace those
// files in WPS or Word (the tags are the data the service fills in: src/documents/document-data.ts).
import type { DocumentType } from '../../src/documents/document-types';

export type Block =
  /** A body paragraph (first line indented two characters). */
  | string
  | { p: string; align?: 'left' | 'center' | 'right'; bold?: boolean; indent?: boolean }
  /** A two-column form: label, value. */
  | { form: [string, string][] }
  /** A table with a header row and one row repeated per item of `loop`. */
  | { rows: { loop: string; headers: string[]; cells: string[] } };

export interface TemplateSpec {
  /** Printed under the title: the 文号 (numbered types) or the case number. */
  numberLine?: string;
  blocks: Block[];
  /** The authority, seal placeholder and date at the foot (APL 59(6), the seal). */
  signed?: boolean;
  /** The template writes its own heading (the cover) instead of bureau and title. */
  ownHeading?: boolean;
}

const loop = (name: string, inner: string): Block[] => [
  { p: `{#${name}}`, indent: false },
  inner,
  { p: `{/${name}}`, indent: false },
];
const party: [string, string][] = [
  ['当事人', '{partyName}'],
  ['{partyIdLabel}', '{partyIdNumber}'],
  ['住所（住址）', '{partyAddress}'],
];
const remedies =
  '当事人如不服本决定，可以自收到本决定书之日起{reconsiderationDays}日内向{reconsiderationBody}申请行政复议；也可以自收到本决定书之日起{litigationMonths}个月内依法向{court}提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。';

export const TEMPLATE_SPECS: Record<DocumentType, TemplateSpec> = {
  filing_approval: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ['案件来源', '{sourceLabel}'],
          ['受案日期', '{receivedDate}'],
          ...party,
          ['简要案情', '{summary}'],
          [
            '立案依据',
            '有证据初步证明存在违反市场监督管理法律、法规、规章的行为；依法应当给予行政处罚；属于本部门管辖；在给予行政处罚的法定期限内（《市场监督管理行政处罚程序规定》第十八条）',
          ],
          ['办案人员', '{handlers}'],
          ['审批意见', '同意立案。'],
          ['审批人', '{actorId}'],
          ['审批日期', '{date}'],
        ],
      },
    ],
  },
  declined_filing_approval: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ['案件来源', '{sourceLabel}'],
          ['受案日期', '{receivedDate}'],
          ...party,
          ['简要案情', '{summary}'],
          ['不予立案理由', '{declineGround}：{declineReason}'],
          ['审批意见', '同意不予立案。'],
          ['审批人', '{actorId}'],
          ['审批日期', '{date}'],
        ],
      },
    ],
  },
  investigation_report: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      '当事人：{partyName}，{partyIdLabel}：{partyIdNumber}，住所（住址）：{partyAddress}。',
      '案件来源及调查经过：本局于{receivedDate}受理{sourceLabel}，于{filedDate}立案调查。办案人员：{handlers}。',
      '违法事实：{facts}',
      '相关证据：{evidence}',
      '处理意见：当事人的上述行为违反了{legalBasis}的规定，建议作出如下处理：',
      ...loop('penalties', '{text}'),
      '{discretion}',
      { p: '办案人员：{actorId}', align: 'right', indent: false },
      { p: '{date}', align: 'right', indent: false },
    ],
  },
  case_review: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ...party,
          ['案件事实', '{facts}'],
          ['法律依据', '{legalBasis}'],
          ['处理意见', '{penaltiesText}'],
          ['审核意见', '{opinion}'],
          ['审核人', '{actorId}'],
          ['审核日期', '{date}'],
        ],
      },
    ],
  },
  legal_review: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ...party,
          ['案件事实', '{facts}'],
          ['法律依据', '{legalBasis}'],
          ['处理意见', '{penaltiesText}'],
          ['法制审核意见（《中华人民共和国行政处罚法》第五十八条）', '{opinion}'],
          ['法制审核人员', '{actorId}'],
          ['审核日期', '{date}'],
        ],
      },
    ],
  },
  penalty_notice: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { p: '{partyName}：', indent: false },
      '本局于{filedDate}对你（单位）{summary}一案立案调查。经查，{facts}',
      '以上事实有{evidence}等证据证实。',
      '你（单位）的上述行为违反了{legalBasis}的规定。依据{legalBasis}的规定，本局拟对你（单位）作出如下行政处罚：',
      ...loop('penalties', '{text}'),
      '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）可以自收到本告知书之日起五个工作日内向本局提出陈述、申辩。',
      '{#hearingRight}根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当自收到本告知书之日起五个工作日内向本局提出。{/hearingRight}',
      '逾期未提出陈述、申辩{#hearingRight}或者要求听证{/hearingRight}的，视为放弃上述权利。',
    ],
  },
  hearing_notice: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { p: '{partyName}：', indent: false },
      '根据你（单位）的申请，本局定于{hearingTime}就{summary}一案举行听证，由{presidingOfficer}担任听证主持人。',
      '根据《中华人民共和国行政处罚法》第六十四条的规定，你（单位）可以亲自参加听证，也可以委托一至二人代理；认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。',
    ],
  },
  hearing_report: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ['案由', '{summary}'],
          ...party,
          ['听证主持人', '{presidingOfficer}'],
          ['听证时间', '{hearingTime}'],
          ['拟作出的处罚', '{penaltiesText}'],
          ['听证主持人意见（《中华人民共和国行政处罚法》第六十五条）', '{opinion}'],
          ['报告日期', '{date}'],
        ],
      },
    ],
  },
  collective_discussion: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ['案由', '{summary}'],
          ['当事人', '{partyName}'],
          ['讨论时间', '{date}'],
          ['参加人员', '{attendees}'],
          ['案件事实', '{facts}'],
          ['法律依据', '{legalBasis}'],
          ['讨论决定（《中华人民共和国行政处罚法》第五十七条第二款）', '{penaltiesText}'],
        ],
      },
    ],
  },
  penalty_decision: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { form: party },
      '{summary}一案，本局于{filedDate}立案调查。',
      '经查明：{facts}',
      '上述事实，有以下证据证明：{evidence}。',
      '本局于{noticeDate}向当事人送达了《行政处罚告知书》（{noticeNumber}），告知当事人拟作出行政处罚的事实、理由、依据及处罚内容，以及依法享有的陈述、申辩{#hearingRight}和要求听证{/hearingRight}的权利。{statementText}',
      '本局认为，当事人的上述行为违反了{legalBasis}的规定。{discretion}依据{legalBasis}的规定，本局决定对当事人作出如下行政处罚：',
      ...loop('penalties', '{text}'),
      '{performance}',
      remedies,
      '{#hasFine}当事人逾期不申请行政复议或者提起行政诉讼，又不履行本行政处罚决定的，本局将依法申请人民法院强制执行。{/hasFine}',
    ],
  },
  no_penalty_decision: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { form: party },
      '{summary}一案，本局于{filedDate}立案调查。',
      '经查明：{facts}',
      '上述事实，有以下证据证明：{evidence}。',
      '{noPenaltyReason}本局决定对当事人不予行政处罚。',
      remedies,
    ],
  },
  on_spot_decision: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { form: party },
      '违法事实：{summary}',
      '依据《中华人民共和国行政处罚法》第五十一条的规定，当场作出如下行政处罚：',
      ...loop('penalties', '{text}'),
      '{performance}',
      remedies,
      '执法人员：{officersPresent}',
    ],
  },
  payment_deferral_notice: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { p: '{partyName}：', indent: false },
      '你（单位）申请延期（分期）缴纳本局{decisionNumber}《{decisionTitle}》所处罚款。根据《中华人民共和国行政处罚法》第六十六条的规定，经本局负责人批准，同意你（单位）按以下期限缴纳：',
      ...loop('plan', '{dueDate}前缴纳{amount}'),
      '逾期未缴纳的，本局将依法加处罚款并申请人民法院强制执行。',
    ],
  },
  performance_reminder: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { p: '{partyName}：', indent: false },
      '本局于{decisionDate}作出{decisionNumber}《{decisionTitle}》，并于{servedDate}送达你（单位）。你（单位）在法定期限内未申请行政复议或者提起行政诉讼，又未履行该决定。',
      '根据《中华人民共和国行政强制法》第五十四条的规定，现催告你（单位）自收到本催告书之日起十日内履行缴纳罚款{fineText}的义务；截至{date}，已加处罚款{surchargeText}。',
      '你（单位）有权进行陈述和申辩。逾期仍未履行的，本局将依法申请人民法院强制执行。',
    ],
  },
  enforcement_application: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { p: '{enforcementCourt}：', indent: false },
      '申请人：{bureau}。被申请人：{partyName}，{partyIdLabel}：{partyIdNumber}，住所（住址）：{partyAddress}。',
      '申请人于{decisionDate}作出{decisionNumber}《{decisionTitle}》，于{servedDate}送达被申请人。被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行该决定，经本局于{reminderDate}催告仍未履行。',
      '根据《中华人民共和国行政处罚法》第七十二条、《中华人民共和国行政强制法》第五十三条的规定，申请强制执行：罚款{fineText}，加处罚款{surchargeText}。',
    ],
  },
  service_receipt: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ['送达文书名称及文号', '《{servedTitle}》{servedNumber}'],
          ['受送达人', '{partyName}'],
          ['送达地点', '{partyAddress}'],
          ['送达方式', '{methodLabel}'],
          ['送达日期', '{date}'],
          ['受送达人签名或者盖章', ' '],
          ['送达人', '{servers}'],
          ['见证人', '{witnesses}'],
          ['备注', '{remark}'],
        ],
      },
    ],
  },
  service_announcement: {
    numberLine: '{number}',
    signed: true,
    blocks: [
      { p: '{partyName}：', indent: false },
      '本局就{summary}一案作出{servedNumber}《{servedTitle}》。因受送达人下落不明或者采用其他方式无法送达，根据《中华人民共和国民事诉讼法》第九十五条的规定，向你（单位）公告送达。自公告发布之日起经过三十日，即视为送达。',
      remedies,
    ],
  },
  closing_approval: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        form: [
          ['案由', '{summary}'],
          ...party,
          ['处罚决定', '{decisionNumber} {penaltiesText}'],
          ['执行情况', '{execution}'],
          ['审批意见', '同意结案。'],
          ['审批人', '{actorId}'],
          ['审批日期', '{date}'],
        ],
      },
    ],
  },
  file_cover: {
    ownHeading: true,
    blocks: [
      { p: '{bureau}', align: 'center', bold: true, indent: false },
      { p: '行政处罚案卷', align: 'center', bold: true, indent: false },
      {
        form: [
          ['案卷题名', '{partyName}{summary}案'],
          ['案号', '{caseNumber}'],
          ['处罚决定书文号', '{decisionNumber}'],
          ['立案日期', '{filedDate}'],
          ['结案日期', '{closedDate}'],
          ['归档日期', '{date}'],
          ['保管期限', '长期'],
        ],
      },
    ],
  },
  file_index: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      {
        rows: {
          loop: 'entries',
          headers: ['序号', '文号', '题名', '日期'],
          cells: ['{index}', '{number}', '{title}', '{date}'],
        },
      },
    ],
  },
  file_notes: {
    numberLine: '案号：{caseNumber}',
    blocks: [
      '本卷共有文书{documentCount}件，按照处罚决定书在前、其余文书按办案时间顺序排列。',
      '本卷文书的原件为电子文书（.docx），每件文书的SHA-256摘要记载于案件日志，可经核验程序校验。',
      { p: '立卷人：{actorId}', align: 'right', indent: false },
      { p: '立卷日期：{date}', align: 'right', indent: false },
    ],
  },
};

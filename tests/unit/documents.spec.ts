// Issue 15: which act issues which 文书, what they say, and that rendering is deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type { CaseContext } from '../../workflows/penalty-case/penalty-case.context';
import {
  archiveOrder,
  documentData,
  type ActInput,
  type IssuedRef,
} from '../../src/documents/document-data';
import { documentsIssuedBy, needsCounter } from '../../src/documents/document-plan';
import {
  DOCUMENT_TYPES,
  formatNumber,
  templateFile,
  type DocumentType,
} from '../../src/documents/document-types';
import { renderDocx } from '../../src/documents/docx-renderer';

const template = (type: DocumentType) =>
  readFileSync(join(__dirname, '..', '..', 'templates', templateFile(type)));

/** The text of a rendered .docx (its paragraphs, tags filled in). */
function textOf(docx: Buffer): string {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return xml.replace(/<[^>]+>/g, '');
}

const context = (overrides: Partial<CaseContext> = {}): CaseContext =>
  ({
    summary: '销售标签不符合规定的预包装食品',
    source: 'inspection',
    receivedAt: '2026-01-05',
    filedOn: '2026-01-06',
    party: {
      kind: 'legal_person',
      name: '上海某某食品有限公司',
      creditCode: '91310000MA1FL0000X',
      address: '上海市浦东新区某路1号',
    },
    handlerIds: ['h1', 'h2'],
    report: { facts: '销售标签不合格产品', evidenceSummary: '现场检查笔录' },
    proposal: {
      outcome: 'penalty',
      penalties: [{ kind: 'fine', amountFen: 5_000_000 }],
      legalBasis: '《食品安全法》第一百二十五条',
    },
    notices: [
      {
        servedOn: '2026-02-02',
        method: 'direct',
        includesHearingRight: true,
        revision: 1,
        penalties: [{ kind: 'fine', amountFen: 5_000_000 }],
      },
    ],
    statements: [],
    waivers: [],
    hearings: [],
    collectiveDecisions: [],
    decision: {
      decisionNumber: '沪市监罚〔2026〕12号',
      outcome: 'penalty',
      penalties: [{ kind: 'fine', amountFen: 5_000_000 }],
      decidedOn: '2026-03-12',
      ruleSetId: 'x',
    },
    service: { method: 'direct', on: '2026-03-13', servedOn: '2026-03-13' },
    enforcementReminders: ['2026-10-09'],
    ...overrides,
  }) as unknown as CaseContext;

const act = (overrides: Partial<ActInput> = {}): ActInput => ({
  eventType: 'DECIDE',
  payload: {},
  on: '2026-03-12',
  actorId: 'a1',
  caseNumber: '沪市监案〔2026〕00001',
  context: context(),
  execution: { fineFen: 5_000_000, paidFen: 1_000_000, surchargeFen: 600_000 },
  issued: [],
  settings: {
    bureau: '上海市市场监督管理局',
    reconsiderationBody: '上海市人民政府',
    court: '上海市黄浦区人民法院',
    enforcementCourt: '上海市黄浦区人民法院',
    paymentAccount: '指定银行',
  },
  ...overrides,
});

describe('which act issues which 文书', () => {
  it.each([
    ['SERVE_NOTICE', { method: 'direct' }, ['penalty_notice', 'service_receipt']],
    ['SERVE_DECISION', { method: 'public_notice' }, ['service_announcement']],
    ['DECIDE', { outcome: 'penalty', penalties: [{ kind: 'warning' }] }, ['penalty_decision']],
    ['DECIDE', { outcome: 'no_penalty', penalties: [] }, ['no_penalty_decision']],
    ['DECIDE', { outcome: 'transfer_judiciary', penalties: [] }, []],
    ['ARCHIVE_CASE', {}, ['file_cover', 'file_index', 'file_notes']],
    ['RECORD_PAYMENT', { amountFen: 1 }, []],
  ])('%s %j issues %j', (type, payload, expected) => {
    expect(documentsIssuedBy(type, payload).map((d) => d.type)).toEqual(expected);
  });

  it('takes a counter only for a 文号 the act does not give', () => {
    expect(
      needsCounter(documentsIssuedBy('DECIDE', { penalties: [{}], decisionNumber: 'X' })),
    ).toBe(false);
    expect(needsCounter(documentsIssuedBy('DECIDE', { penalties: [{}] }))).toBe(true);
    expect(needsCounter(documentsIssuedBy('SERVE_DECISION', { method: 'direct' }))).toBe(false);
  });

  it('writes a pattern out', () => {
    expect(formatNumber('{prefix}罚〔{year}〕{n}号', '沪市监', 2026, 12)).toBe(
      '沪市监罚〔2026〕12号',
    );
  });
});

describe('what the 文书 say', () => {
  it('the 决定书 carries every item of APL 59', () => {
    const text = textOf(
      renderDocx(
        template('penalty_decision'),
        documentData('penalty_decision', act(), '沪市监罚〔2026〕12号'),
      ).bytes,
    );
    for (const item of [
      '上海某某食品有限公司', // (1) the party
      '上海市浦东新区某路1号',
      '销售标签不合格产品', // (2) facts and evidence
      '现场检查笔录',
      '《食品安全法》第一百二十五条', // (3) penalty and basis
      '罚款人民币伍万元整（¥50,000.00）',
      '十五日内', // (4) manner and time limit
      '六十日内向上海市人民政府申请行政复议', // (5) remedies, periods, bodies
      '六个月内依法向上海市黄浦区人民法院提起行政诉讼',
      '上海市市场监督管理局', // (6) authority and date, seal
      '二〇二六年三月十二日',
      '（印章）',
      '沪市监罚〔2026〕12号',
    ]) {
      expect(text).toContain(item);
    }
  });

  it('the 催告书 and the 强制执行申请书 state what is owed (AEL 54; APL 72)', () => {
    const a = act({ eventType: 'APPLY_COURT_ENFORCEMENT', on: '2026-10-20' });
    for (const type of ['performance_reminder', 'enforcement_application'] as const) {
      const text = textOf(renderDocx(template(type), documentData(type, a, 'N')).bytes);
      expect(text).toContain('人民币肆万元整（¥40,000.00）');
      expect(text).toContain('人民币陆仟元整（¥6,000.00）');
      expect(text).toContain('沪市监罚〔2026〕12号');
    }
  });

  it('every template renders with the data of its type', () => {
    const a = act({
      payload: {
        plan: [{ dueOn: '2026-04-01', amountFen: 100 }],
        attendeeIds: ['a1'],
        officersPresent: ['h1'],
        method: 'direct',
      },
    });
    for (const type of DOCUMENT_TYPES) {
      const text = textOf(renderDocx(template(type), documentData(type, a, 'N')).bytes);
      expect(text).toContain('上海市市场监督管理局');
      expect(text).not.toMatch(/undefined|\{[a-zA-Z#/]/);
    }
  });

  it('files the decision first, then the rest as issued; the frame is not listed', () => {
    const ref = (type: DocumentType, seq: number): IssuedRef => ({
      id: `${seq}`,
      type,
      title: type,
      issuedOn: '2026-01-01',
      seq,
    });
    const order = archiveOrder([
      ref('filing_approval', 2),
      ref('penalty_notice', 9),
      ref('penalty_decision', 14),
      ref('service_receipt', 15),
      ref('file_cover', 30),
    ]);
    expect(order.map((d) => d.type)).toEqual([
      'penalty_decision',
      'filing_approval',
      'penalty_notice',
      'service_receipt',
    ]);
  });
});

describe('rendering is deterministic', () => {
  it('gives the same bytes for the same template and data, and other bytes for other data', () => {
    const data = documentData('penalty_decision', act(), '沪市监罚〔2026〕12号');
    const first = renderDocx(template('penalty_decision'), data);
    const again = renderDocx(template('penalty_decision'), structuredClone(data));
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(again.sha256).toBe(first.sha256);
    const other = renderDocx(template('penalty_decision'), {
      ...data,
      number: '沪市监罚〔2026〕13号',
    });
    expect(other.sha256).not.toBe(first.sha256);
  });
});

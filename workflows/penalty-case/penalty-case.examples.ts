// One valid payload per event: the `examples` of its schema (OpenAPI, GET /workflows) and tests.
import type { EventType } from './penalty-case.events';

const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const party = {
  kind: 'legal_person',
  name: '上海某某食品有限公司',
  creditCode: '91310000MA1FL0000X',
  address: '上海市浦东新区某路1号',
};
const proposal = {
  outcome: 'penalty',
  penalties: [{ kind: 'fine', amountFen: 500_000 }],
  legalBasis: '《食品安全法》第一百二十五条',
};
const clue = {
  procedure: 'ordinary',
  source: 'inspection',
  receivedAt: '2025-03-03',
  summary: '销售标签不符合规定的预包装食品',
  party,
};

/** An event added to the catalogue needs its example here (payload-schema.spec checks). */
export const PAYLOAD_EXAMPLES: Readonly<Partial<Record<EventType, Record<string, unknown>>>> = {
  REGISTER_CLUE: clue,
  EXTEND_CLUE_VERIFICATION: { reason: '需要检测' },
  FILE_CASE: {
    handlerIds: ['h1', 'h2'],
    conditions: {
      evidenceOfViolation: true,
      penaltyApplicable: true,
      withinJurisdiction: true,
      withinLimitation: true,
    },
  },
  DECLINE_FILING: { ground: 'insufficient_evidence', reason: '证据不足' },
  TRANSFER_CLUE: { to: '公安机关', ground: 'suspected_crime' },
  RECORD_EVIDENCE: {
    kind: 'inquiry',
    description: '询问笔录',
    sha256: HASH,
    officersPresent: ['h1', 'h2'],
    recordType: 'audio_visual',
    attachments: [{ sha256: HASH, description: '询问录像' }],
  },
  PRESERVE_EVIDENCE: { items: ['样品 3 件'] },
  DISPOSE_PRESERVED_EVIDENCE: { disposition: '解除保存' },
  SEIZE_PROPERTY: { items: ['设备 1 台'], recordingSha256: HASH },
  EXTEND_SEIZURE: { reason: '检测未完成' },
  RELEASE_PROPERTY: {},
  SUSPEND_INVESTIGATION: { ground: '等待检验' },
  RESUME_INVESTIGATION: {},
  TERMINATE_INVESTIGATION: { ground: 'party_dissolved', reason: '当事人注销' },
  EXTEND_CASE_LIMIT: { days: 30 },
  CONCLUDE_INVESTIGATION: {
    report: { facts: '销售标签不合格产品', evidenceSummary: '现场检查笔录、询问笔录' },
    proposal,
  },
  APPROVE_REVIEW: { opinion: '同意' },
  PASS_LEGAL_REVIEW: { opinion: '同意' },
  RETURN_FOR_INVESTIGATION: { disposition: 'supplementary_investigation', issues: '补充证据' },
  RETURN_FOR_CORRECTION: { issues: '更正法律依据' },
  APPROVE_PROPOSAL: {},
  // The example proposal (5,000 yuan on a company) is below the APL 63 hearing threshold: the
  // notice must not offer a hearing (G11). The examples make one lawful case, walked end to end
  // by tests/e2e/walk-from-description.e2e.spec.ts.
  SERVE_NOTICE: { method: 'direct', includesHearingRight: false },
  RECEIVE_STATEMENT: { summary: '申辩意见', postmarkedAt: '2025-03-10' },
  REVIEW_STATEMENT: { accepted: false, summary: '不采纳' },
  WAIVE_RIGHTS: {},
  REQUEST_HEARING: {},
  END_NOTICE_PERIOD: {},
  ACCEPT_HEARING: { presidingOfficerId: 'ho1' },
  REJECT_HEARING: { reason: '逾期申请', ground: 'late' },
  SCHEDULE_HEARING: { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' },
  HOLD_HEARING: { transcriptSha256: HASH },
  TERMINATE_HEARING: { reason: 'party_absent' },
  SUBMIT_HEARING_REPORT: { opinion: '维持' },
  REVISE_PROPOSAL: { proposal, reason: '新证据' },
  RECORD_COLLECTIVE_DECISION: { attendeeIds: ['a1', 'a2', 'a3'], resolution: proposal },
  DECIDE: {
    decisionNumber: '市监罚〔2025〕1号',
    outcome: 'penalty',
    penalties: proposal.penalties,
  },
  SERVE_DECISION: { method: 'direct' },
  RECORD_PAYMENT: { amountFen: 500_000 },
  APPROVE_INSTALLMENTS: { plan: [{ dueOn: '2026-06-30', amountFen: 500_000 }] },
  RECORD_APPEAL: { kind: 'reconsideration' },
  RECORD_APPEAL_OUTCOME: { outcome: 'upheld' },
  SERVE_ENFORCEMENT_REMINDER: {},
  APPLY_COURT_ENFORCEMENT: {},
  RECORD_COURT_OUTCOME: { outcome: 'enforced' },
  PUBLISH_DECISION: { channel: 'gsxt' },
  WITHDRAW_PUBLICATION: { reason: '决定被撤销' },
  EXEMPT_FROM_DISCLOSURE: { reason: '涉及国家秘密' },
  CLOSE_CASE: {},
  ARCHIVE_CASE: {},
  OPEN_SUMMARY_CASE: { ...clue, procedure: 'summary' },
  DECIDE_ON_SPOT: {
    decisionNumber: '市监简罚〔2025〕1号',
    officersPresent: ['h1', 'h2'],
    penalties: [{ kind: 'fine', amountFen: 10_000 }],
  },
  FILE_WITH_DEPARTMENT: {},
  WITHDRAW_ADOPTION: { reason: '复核认定的事实与证据不符' },
  REPLACE_HANDLERS: { handlerIds: ['h1', 'h2'], reason: '原办案人员回避' },
  REVOKE_DECISION: { reason: '自行纠错：适用法律错误' },
};

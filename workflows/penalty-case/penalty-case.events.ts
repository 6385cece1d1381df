// The event catalogue (EVENTS.md, normative names): who may send each event and its payload.
import type { Role } from '../model/domain.types';
import type { Schema } from './penalty-case.payload';
import {
  arrayOf,
  bool,
  date,
  dateTime,
  evidenceKind,
  fen,
  object,
  officerId,
  officerIds,
  oneOf,
  optional,
  party,
  penalties,
  positiveInt,
  present,
  proposal,
  sha256,
  text,
} from './penalty-case.payload';
import { present2, SERVICE_METHODS, serviceFacts, V2_EVENT_SPECS } from './penalty-case.events-v2';

export const EVENT_TYPES = [
  'REGISTER_CLUE',
  'EXTEND_CLUE_VERIFICATION',
  'FILE_CASE',
  'DECLINE_FILING',
  'TRANSFER_CLUE',
  'RECORD_EVIDENCE',
  'PRESERVE_EVIDENCE',
  'DISPOSE_PRESERVED_EVIDENCE',
  'SEIZE_PROPERTY',
  'EXTEND_SEIZURE',
  'RELEASE_PROPERTY',
  'SUSPEND_INVESTIGATION',
  'RESUME_INVESTIGATION',
  'TERMINATE_INVESTIGATION',
  'EXTEND_CASE_LIMIT',
  'CONCLUDE_INVESTIGATION',
  'APPROVE_REVIEW',
  'PASS_LEGAL_REVIEW',
  'RETURN_FOR_INVESTIGATION',
  'RETURN_FOR_CORRECTION',
  'APPROVE_PROPOSAL',
  'SERVE_NOTICE',
  'RECEIVE_STATEMENT',
  'REVIEW_STATEMENT',
  'WAIVE_RIGHTS',
  'REQUEST_HEARING',
  'END_NOTICE_PERIOD',
  'ACCEPT_HEARING',
  'REJECT_HEARING',
  'SCHEDULE_HEARING',
  'HOLD_HEARING',
  'TERMINATE_HEARING',
  'SUBMIT_HEARING_REPORT',
  'REVISE_PROPOSAL',
  'RECORD_COLLECTIVE_DECISION',
  'DECIDE',
  'SERVE_DECISION',
  'RECORD_PAYMENT',
  'APPROVE_INSTALLMENTS',
  'RECORD_APPEAL',
  'RECORD_APPEAL_OUTCOME',
  'SERVE_ENFORCEMENT_REMINDER',
  'APPLY_COURT_ENFORCEMENT',
  'RECORD_COURT_OUTCOME',
  'PUBLISH_DECISION',
  'WITHDRAW_PUBLICATION',
  'EXEMPT_FROM_DISCLOSURE',
  'CLOSE_CASE',
  'ARCHIVE_CASE',
  'OPEN_SUMMARY_CASE',
  'DECIDE_ON_SPOT',
  'FILE_WITH_DEPARTMENT',
  'WITHDRAW_ADOPTION',
  // Added in penalty-case@2 (workflows/README.md, "Added to the catalogue").
  'REPLACE_HANDLERS',
  'REVOKE_DECISION',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

export type { EventSpec, Independence } from './penalty-case.event-spec';
import type { EventSpec } from './penalty-case.event-spec';

const createCase: Schema = {
  procedure: oneOf('ordinary', 'summary'),
  source: oneOf('inspection', 'complaint', 'report', 'transfer', 'assignment'),
  receivedAt: date,
  summary: text,
  party,
  violation: optional(
    object({ endedAt: optional(date), lifeHealthOrFinancialHarm: optional(bool) }),
  ),
};
const returnRoles = {
  caseReview: ['case_reviewer', 'approver'],
  legalReview: ['legal_reviewer', 'approver'],
  proposalApproval: ['approver'],
} as const;
const H = ['handler'] as const;
const A = ['approver'] as const;
const HO = ['hearing_officer'] as const;

export const EVENT_SPECS: Readonly<Record<EventType, EventSpec>> = {
  REGISTER_CLUE: { summary: '线索登记 (POST /cases)', roles: H, payload: createCase },
  EXTEND_CLUE_VERIFICATION: {
    summary: '核查延长 +15 WD (once)',
    roles: A,
    payload: { reason: text },
  },
  FILE_CASE: {
    summary: '立案',
    roles: A,
    payload: {
      handlerIds: officerIds,
      conditions: object({
        evidenceOfViolation: bool,
        penaltyApplicable: bool,
        withinJurisdiction: bool,
        withinLimitation: bool,
      }),
    },
  },
  DECLINE_FILING: {
    summary: '不予立案',
    roles: A,
    payload: {
      ground: oneOf(
        'minor_and_corrected',
        'first_offence_minor_harm',
        'no_fault',
        'insufficient_evidence',
        'other',
      ),
      reason: text,
    },
  },
  TRANSFER_CLUE: {
    summary: '移送',
    roles: A,
    payload: { to: text, ground: oneOf('no_jurisdiction', 'suspected_crime') },
  },
  RECORD_EVIDENCE: {
    summary: '调查取证 record',
    roles: H,
    payload: {
      kind: evidenceKind,
      description: text,
      sha256: optional(sha256),
      officersPresent: optional(officerIds),
      recordType: optional(oneOf('text', 'audio_visual')),
      // Files uploaded to the case (POST /cases/:id/attachments); the service refuses a hash
      // that is not stored for this case. Optional: no recorded log changes how it replays.
      attachments: optional(arrayOf(object({ sha256, description: optional(text) }), 1)),
    },
  },
  PRESERVE_EVIDENCE: {
    summary: '先行登记保存',
    roles: A,
    payload: { items: present, ...present2 },
  },
  DISPOSE_PRESERVED_EVIDENCE: { summary: '保存物品处理', roles: A, payload: { disposition: text } },
  SEIZE_PROPERTY: {
    summary: '查封扣押',
    roles: A,
    payload: { items: present, recordingSha256: sha256, ...present2 },
  },
  EXTEND_SEIZURE: { summary: '查封扣押延长 +30 days', roles: A, payload: { reason: text } },
  RELEASE_PROPERTY: { summary: '解除查封扣押', roles: A, payload: {} },
  SUSPEND_INVESTIGATION: { summary: '中止调查', roles: A, payload: { ground: text } },
  RESUME_INVESTIGATION: { summary: '恢复调查', roles: A, payload: {} },
  TERMINATE_INVESTIGATION: {
    summary: '终止调查',
    roles: A,
    payload: { ground: text, reason: text },
  },
  EXTEND_CASE_LIMIT: {
    summary: '延长办案期限',
    roles: A,
    payload: {
      days: optional(positiveInt),
      collectiveResolution: optional(object({ attendeeIds: officerIds, until: date })),
    },
  },
  CONCLUDE_INVESTIGATION: {
    summary: '调查终结',
    roles: H,
    payload: {
      report: object({ facts: text, evidenceSummary: text }),
      proposal,
      legalReviewRequired: optional(bool),
    },
  },
  APPROVE_REVIEW: {
    summary: '审核通过',
    roles: ['case_reviewer'],
    payload: { opinion: text },
    independence: 'reviewer',
  },
  PASS_LEGAL_REVIEW: {
    summary: '法制审核通过',
    roles: ['legal_reviewer'],
    payload: { opinion: text },
    independence: 'legalReviewer',
  },
  RETURN_FOR_INVESTIGATION: {
    summary: '退回补充调查 / 更正',
    roles: ['case_reviewer', 'legal_reviewer', 'approver'],
    rolesIn: returnRoles,
    payload: { disposition: oneOf('supplementary_investigation', 'correction'), issues: text },
    independence: 'reviewer',
  },
  RETURN_FOR_CORRECTION: {
    summary: '退回更正 (RETURN_FOR_INVESTIGATION with disposition correction)',
    roles: ['case_reviewer', 'legal_reviewer', 'approver'],
    rolesIn: returnRoles,
    payload: { issues: text },
    independence: 'reviewer',
  },
  APPROVE_PROPOSAL: { summary: '负责人审批', roles: A, payload: {}, independence: 'decider' },
  SERVE_NOTICE: {
    summary: '送达告知书',
    roles: H,
    payload: { method: text, includesHearingRight: bool, ...serviceFacts },
  },
  RECEIVE_STATEMENT: {
    summary: '收到陈述申辩',
    roles: H,
    payload: { summary: text, postmarkedAt: optional(dateTime) },
  },
  REVIEW_STATEMENT: {
    summary: '陈述申辩复核',
    roles: H,
    // adopted: what an accepted review adopts (required when accepted in penalty-case@2, APL 45).
    payload: { accepted: bool, summary: text, adopted: optional(text) },
  },
  WAIVE_RIGHTS: { summary: '当事人书面放弃', roles: H, payload: {} },
  REQUEST_HEARING: {
    summary: '听证申请',
    roles: H,
    payload: { postmarkedAt: optional(dateTime) },
  },
  END_NOTICE_PERIOD: { summary: '告知期满', roles: H, payload: {}, system: true },
  ACCEPT_HEARING: { summary: '受理听证', roles: A, payload: { presidingOfficerId: officerId } },
  REJECT_HEARING: {
    summary: '不予受理听证',
    roles: A,
    // ground: required in penalty-case@2 — a timely request in scope must be heard (APL 63).
    payload: { reason: text, ground: optional(oneOf('late', 'out_of_scope', 'withdrawn')) },
  },
  SCHEDULE_HEARING: {
    summary: '听证通知',
    roles: HO,
    payload: { hearingAt: dateTime, noticeServedAt: dateTime },
    independence: 'hearingOfficer',
  },
  HOLD_HEARING: {
    summary: '举行听证',
    roles: HO,
    payload: { transcriptSha256: optional(sha256) },
    independence: 'hearingOfficer',
  },
  TERMINATE_HEARING: {
    summary: '终止听证 (treated as a waiver)',
    roles: HO,
    payload: { reason: oneOf('party_absent', 'party_withdrew', 'party_left') },
    independence: 'hearingOfficer',
  },
  SUBMIT_HEARING_REPORT: {
    summary: '听证报告',
    roles: HO,
    payload: { opinion: text },
    independence: 'hearingOfficer',
  },
  REVISE_PROPOSAL: {
    summary: '修改处理意见',
    roles: H,
    payload: { proposal, reason: text, legalReviewRequired: optional(bool) },
  },
  RECORD_COLLECTIVE_DECISION: {
    summary: '集体讨论决定',
    roles: A,
    payload: { attendeeIds: officerIds, resolution: proposal },
  },
  DECIDE: {
    summary: '作出处罚决定',
    roles: A,
    payload: {
      decisionNumber: text,
      outcome: oneOf('penalty', 'no_penalty', 'not_established', 'transfer_judiciary'),
      penalties,
    },
    independence: 'decider',
  },
  SERVE_DECISION: {
    summary: '送达决定书',
    roles: H,
    // CPL 89: witnesses of 留置送达 are usually not officers (community or workplace representatives).
    payload: { method: oneOf(...SERVICE_METHODS), ...serviceFacts },
  },
  RECORD_PAYMENT: { summary: '缴纳罚没款', roles: H, payload: { amountFen: fen } },
  APPROVE_INSTALLMENTS: {
    summary: '延期/分期缴纳',
    roles: A,
    payload: { plan: arrayOf(object({ dueOn: date, amountFen: fen }), 1) },
  },
  RECORD_APPEAL: {
    summary: '复议/诉讼',
    roles: H,
    payload: { kind: oneOf('reconsideration', 'litigation') },
  },
  RECORD_APPEAL_OUTCOME: {
    summary: '复议/诉讼结果',
    roles: H,
    payload: {
      // v2: 确认违法 / 确认无效 (ALL 74, 75; ARL 65, 67) and 撤销并责令重新作出 (ALL 70; ARL 64).
      outcome: oneOf(
        'upheld',
        'revoked',
        'changed',
        'confirmed_illegal',
        'confirmed_void',
        'remanded',
      ),
      penalties: optional(penalties),
    },
  },
  SERVE_ENFORCEMENT_REMINDER: {
    summary: '催告书',
    roles: H,
    payload: { method: optional(oneOf(...SERVICE_METHODS)), ...serviceFacts },
  },
  APPLY_COURT_ENFORCEMENT: { summary: '申请法院强制执行', roles: A, payload: {} },
  RECORD_COURT_OUTCOME: {
    summary: '强制执行结果',
    roles: H,
    payload: { outcome: oneOf('enforced', 'terminated') },
  },
  PUBLISH_DECISION: { summary: '公示', roles: H, payload: { channel: oneOf('gsxt', 'website') } },
  WITHDRAW_PUBLICATION: { summary: '撤回公示', roles: H, payload: { reason: text } },
  EXEMPT_FROM_DISCLOSURE: { summary: '不予公示', roles: A, payload: { reason: text } },
  CLOSE_CASE: { summary: '结案', roles: A, payload: {} },
  ARCHIVE_CASE: { summary: '归档', roles: H, payload: {} },
  OPEN_SUMMARY_CASE: { summary: '简易程序立案', roles: H, payload: createCase },
  DECIDE_ON_SPOT: {
    summary: '当场处罚决定',
    roles: H,
    payload: { decisionNumber: text, officersPresent: officerIds, penalties },
  },
  FILE_WITH_DEPARTMENT: { summary: '报所属部门备案', roles: H, payload: {} },
  // penalty-case@2, APL 45: an approver withdraws an adoption with reasons instead of revising.
  WITHDRAW_ADOPTION: {
    summary: '撤回采纳 (with reasons)',
    roles: A,
    payload: { reason: text },
    independence: 'decider',
  },
  ...V2_EVENT_SPECS,
};

/** Roles that may send `type` in `stage`. */
export function rolesFor(type: EventType, stage: string): readonly Role[] {
  const spec = EVENT_SPECS[type];
  return spec.rolesIn?.[stage] ?? spec.roles;
}

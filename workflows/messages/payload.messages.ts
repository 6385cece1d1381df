// Field reasons of the payload validator, the envelope checks, the access denials (PROCEDURE.md
// §3) and ILLEGAL_TRANSITION. A reason follows its field: `proposal.legalBasis 不得为空`.
import type { EntryRecord } from './text';
import { enList, fn, roleZh, zhList } from './text';

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '字符串',
  integer: '整数',
  number: '数字',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  null: 'null',
};
const TYPE_EN: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

/** What a handler may not do on its own case (§3 separation of duties). */
export type HandlerAct = 'review' | 'legallyReview' | 'preside' | 'soleApprover';
const ACT = {
  review: { zh: '审核', en: 'review' },
  legallyReview: { zh: '法制审核', en: 'legally review' },
  preside: { zh: '主持听证', en: 'preside over the hearing of' },
  soleApprover: { zh: '作为唯一审批人决定', en: 'be the only approver of' },
} as const;

export const PAYLOAD_MESSAGES = {
  'field.required': { zh: '为必填项', en: 'is required' },
  'field.notAllowed': { zh: '不允许使用', en: 'is not allowed' },
  'field.unknown': fn<{ near?: string }>(
    (p) => `不是已知字段${p.near ? `（是否应为 ${p.near}？）` : ''}`,
    (p) => `is not a known field${p.near ? ` (did you mean ${p.near}?)` : ''}`,
  ),
  'field.type': fn<{ types: readonly string[] }>(
    (p) => `必须是${p.types.map((t) => TYPE_ZH[t] ?? t).join('或')}`,
    (p) => `must be ${p.types.map((t) => TYPE_EN[t] ?? t).join(' or ')}`,
  ),
  'field.oneOf': fn<{ values: readonly string[] }>(
    (p) => `必须是以下之一：${zhList(p.values)}`,
    (p) => `must be one of ${enList(p.values)}`,
  ),
  'field.const': fn<{ value: string }>(
    (p) => `必须是 ${p.value}`,
    (p) => `must be ${p.value}`,
  ),
  'field.min': fn<{ min: number }>(
    (p) => `必须 ≥ ${p.min}`,
    (p) => `must be ≥ ${p.min}`,
  ),
  'field.max': fn<{ max: number }>(
    (p) => `必须 ≤ ${p.max}`,
    (p) => `must be ≤ ${p.max}`,
  ),
  'field.minItems': fn<{ min: number }>(
    (p) => `至少需要${p.min}项`,
    (p) => `must have at least ${p.min} item(s)`,
  ),
  'field.empty': { zh: '不得为空', en: 'must not be empty' },
  'field.minChars': fn<{ min: number }>(
    (p) => `至少需要${p.min}个字符`,
    (p) => `needs ${p.min} characters`,
  ),
  'field.safeText': {
    zh: '不得包含控制字符（制表符、换行符除外）或双向覆盖字符',
    en: 'must not contain control (except tab, newline) or bidi-override characters',
  },
  'field.sha256': {
    zh: '必须是 SHA-256 摘要：64位小写十六进制数字',
    en: 'must be a SHA-256 digest: 64 lowercase hex digits',
  },
  'field.officerIdPattern': {
    zh: '必须是执法人员编号（1-64位字母、数字、. _ -）',
    en: 'must be an officer id (1-64 letters, digits, . _ -)',
  },
  'field.pattern': fn<{ pattern: string }>(
    (p) => `必须符合 ${p.pattern}`,
    (p) => `must match ${p.pattern}`,
  ),
  'field.realDate': {
    zh: "必须是真实存在的日期 'YYYY-MM-DD'",
    en: "must be a real date 'YYYY-MM-DD'",
  },
  'field.isoDateTime': { zh: '必须是 ISO 8601 日期时间', en: 'must be an ISO 8601 date-time' },
  'field.rfc3339': {
    zh: '必须是带时区偏移的 RFC 3339 日期时间',
    en: 'must be an RFC 3339 date-time with offset',
  },
  'field.unknownOfficer': fn<{ id: string }>(
    (p) => `不是已知的执法人员（${p.id}）`,
    (p) => `is not a known officer (${p.id})`,
  ),
  'field.inactiveOfficer': fn<{ id: string }>(
    (p) => `指向已停用的执法人员（${p.id}）`,
    (p) => `names an inactive officer (${p.id})`,
  ),
  /** anyOf: each branch's reason, rendered first. */
  'field.anyOf': fn<{ reasons: readonly string[] }>(
    (p) => p.reasons.join('，或'),
    (p) => p.reasons.join(', or '),
  ),
  /** A conditional requirement: the reason, then why (the schema's `then.description`). */
  'field.because': fn<{ reason: string; why: string }>(
    (p) => `${p.reason}：${p.why}`,
    (p) => `${p.reason}: ${p.why}`,
  ),
  'schema.fineAmount': { zh: '罚款须写明 amountFen', en: 'a fine needs amountFen' },
  'schema.gainsAmount': {
    zh: '没收违法所得须写明 amountFen',
    en: 'confiscation of illegal gains needs amountFen',
  },
  'schema.propertyAmount': {
    zh: '没收非法财物须写明 amountFen（其价值）',
    en: 'confiscation of illegal property needs amountFen, its value',
  },
  'schema.term': { zh: '该处罚须写明期限', en: 'this penalty runs for a term' },
  'occurredAt.beforePrevious': fn<{ previous: string }>(
    (p) => `早于本案上一事件（${p.previous}）`,
    (p) => `is before the case's previous event (${p.previous})`,
  ),
  'occurredAt.invalid': {
    zh: '必须是 ISO 8601 日期或日期时间',
    en: 'must be an ISO 8601 date or date-time',
  },
  'penalties.requiredWhenChanged': {
    zh: '结论为 changed 时为必填项',
    en: 'is required when the outcome is changed',
  },
  'adopted.requiredWhenAccepted': {
    zh: '陈述、申辩成立时为必填项（行政处罚法第四十五条）',
    en: 'is required when the statement is accepted (APL 45)',
  },
  'procedure.mustBe': fn<{ procedure: string; type: string }>(
    (p) => `${p.type} 的 procedure 必须是 '${p.procedure}'`,
    (p) => `must be '${p.procedure}' for ${p.type}`,
  ),
  'transition.notAccepted': fn<{ type: string; stage: string }>(
    (p) => `${p.stage} 阶段不接受 ${p.type}`,
    (p) => `${p.type} is not accepted in stage ${p.stage}`,
  ),
  'transition.notAvailable': fn<{ type: string }>(
    (p) => `${p.type} 当前不可用`,
    (p) => `${p.type} is not available now`,
  ),
  'transition.firstEvent': {
    zh: '案件须以 REGISTER_CLUE 或 OPEN_SUMMARY_CASE 开始',
    en: 'a case starts with REGISTER_CLUE or OPEN_SUMMARY_CASE',
  },
  'access.recused': fn<{ id: string }>(
    (p) => `G06：执法人员 ${p.id} 已回避本案（行政处罚法第四十三条）`,
    (p) => `G06: officer ${p.id} is recused from this case (APL 43)`,
  ),
  'access.selfRecusal': fn<{ id: string }>(
    (p) => `执法人员 ${p.id} 不得决定本人的回避，由其他负责人决定（行政处罚法第四十三条）`,
    (p) => `officer ${p.id} may not decide their own recusal; another approver does (APL 43)`,
  ),
  'access.needsRole': fn<{ type: string; roles: readonly string[] }>(
    (p) => `${p.type} 需要角色：${p.roles.map(roleZh).join('或')}`,
    (p) => `${p.type} needs the role ${p.roles.join(' or ')}`,
  ),
  'access.notHandler': fn<{ id: string }>(
    (p) => `执法人员 ${p.id} 不是本案办案人员`,
    (p) => `officer ${p.id} is not a handler of this case`,
  ),
  'access.unqualified': fn<{ id: string }>(
    (p) =>
      `G09：执法人员 ${p.id} 是初次从事法制审核的人员，未取得法律职业资格（行政处罚法第五十八条）`,
    (p) => `G09: officer ${p.id} is a first-time legal reviewer without the 法律职业资格 (APL 58)`,
  ),
  'access.handlerConflict': fn<{ id: string; act: HandlerAct }>(
    (p) =>
      `G09/G15：执法人员 ${p.id} 是本案办案人员，不得${ACT[p.act].zh}本案（行政处罚法第五十八条、第六十四条）`,
    (p) =>
      `G09/G15: officer ${p.id} is a handler of this case and may not ${ACT[p.act].en} it (APL 58, 64)`,
  ),
} satisfies EntryRecord;

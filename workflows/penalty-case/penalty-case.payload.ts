// Event payloads as JSON Schema 2020-12: each combinator returns a schema object. The one schema
// feeds validation (payload-validator.ts), the OpenAPI document and GET /workflows/penalty-case.
import { PENALTY_KINDS } from '../model/domain.types';
import type { JsonSchema } from './json-schema';
import { OFFICER_ID_PATTERN, SAFE_TEXT_PATTERN, SHA256_PATTERN } from './json-schema';
import type { FieldFailure } from './transition.types';
import type { Msg } from '../messages/catalogue';
import { english, msg } from '../messages/catalogue';

/** A bad field with its reason (English) and its catalogue message. */
export type FieldError = FieldFailure;

export const fieldError = (field: string, m: Msg): FieldError => ({
  field,
  reason: english(m),
  msg: m,
});

/** A field's schema; `optional()` marks it not required (a symbol: never in the JSON). */
export type Rule = JsonSchema & { readonly [OPTIONAL]?: true };
/** An event's payload: field → schema (EVENT_SPECS[type].payload). */
export type Schema = Readonly<Record<string, Rule>>;

const OPTIONAL = Symbol('optional');

export const isOptional = (rule: Rule): boolean => rule[OPTIONAL] === true;

/** A non-empty string without control or bidi characters (v1 accepted any string). */
export const text: Rule = { type: 'string', minLength: 1, pattern: SAFE_TEXT_PATTERN };

export const bool: Rule = { type: 'boolean' };

/** A real calendar date: 2025-02-30 is refused. */
export const date: Rule = { type: 'string', format: 'date' };

/** An RFC 3339 date-time with offset, or a date (that business day, Asia/Shanghai). */
export const dateTime: Rule = {
  type: 'string',
  anyOf: [{ format: 'date' }, { format: 'date-time' }],
};

/** Money is a whole number of fen, never negative (EVENTS.md). */
export const fen: Rule = {
  type: 'integer',
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: 'whole fen (1 yuan = 100 fen)',
};

export const positiveInt: Rule = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };

export const oneOf = (...values: readonly string[]): Rule => ({ type: 'string', enum: values });

export const optional = (rule: Rule): Rule => ({ ...rule, [OPTIONAL]: true });

export const arrayOf = (rule: Rule, min = 0): Rule => ({
  type: 'array',
  items: rule,
  ...(min > 0 ? { minItems: min } : {}),
});

/** Anything but null (lists of items whose shape is the bureau's business). */
export const present: Rule = { type: ['array', 'object', 'string', 'number', 'boolean'] };

export function object(schema: Schema): Rule {
  const required = Object.keys(schema).filter((key) => !isOptional(schema[key]));
  return {
    type: 'object',
    properties: schema,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** SHA-256 digest: exactly 64 lowercase hex digits. */
export const sha256: Rule = { type: 'string', pattern: SHA256_PATTERN };
export const officerId: Rule = {
  type: 'string',
  format: 'officer-id',
  pattern: OFFICER_ID_PATTERN,
};
export const officerIds: Rule = arrayOf(officerId);

/** APL 46 kinds of evidence, and the records of an inspection or inquiry (APL 55). */
export const EVIDENCE_KINDS = [
  'document', // 书证
  'physical', // 物证
  'audio_video', // 视听资料
  'electronic_data', // 电子数据
  'witness_testimony', // 证人证言
  'party_statement', // 当事人的陈述
  'expert_opinion', // 鉴定意见
  'test_report', // 检验检测报告
  'inspection', // 勘验笔录
  'on_site', // 现场笔录
  'inspection_record', // 现场检查笔录
  'inquiry', // 询问笔录
  'sample', // 抽样取证
  'photo', // 照片
] as const;

/** Closed for v2 cases; v1 recorded any string. */
export const evidenceKind: Rule = { ...oneOf(...EVIDENCE_KINDS), 'x-closed-since': 2 };

/** A kind that needs a field: fine and confiscations are weighed by amount (APL 63(1)(2)). */
const needs = (kinds: readonly string[], field: string, why: string): JsonSchema => ({
  if: { properties: { kind: { enum: kinds } }, required: ['kind'] },
  then: { required: [field], description: why },
});

export const penalty: Rule = {
  ...object({
    kind: oneOf(...PENALTY_KINDS),
    amountFen: optional(fen),
    durationDays: optional(positiveInt),
  }),
  allOf: [
    needs(['fine'], 'amountFen', english(msg('schema.fineAmount'))),
    needs(['confiscate_illegal_gains'], 'amountFen', english(msg('schema.gainsAmount'))),
    needs(['confiscate_illegal_property'], 'amountFen', english(msg('schema.propertyAmount'))),
    needs(['suspend_license', 'restrict_practice'], 'durationDays', english(msg('schema.term'))),
  ],
};

export const penalties: Rule = arrayOf(penalty);

export const proposal: Rule = object({
  outcome: oneOf('penalty', 'no_penalty', 'not_established', 'transfer_judiciary'),
  penalties,
  legalBasis: text,
  discretionReason: optional(text),
  flags: optional(
    object({
      majorPublicInterest: optional(bool),
      complex: optional(bool),
      majorViolation: optional(bool),
    }),
  ),
});

export const party: Rule = object({
  kind: oneOf('natural_person', 'individual_business', 'legal_person', 'other_organization'),
  name: text,
  idNumber: optional(text),
  creditCode: optional(text),
  address: optional(text),
  phone: optional(text),
  registeredProvince: optional(text),
});

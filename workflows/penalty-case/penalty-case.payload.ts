// A small schema language for event payloads: each rule returns the bad fields it finds.
import { PENALTY_KINDS } from '../model/domain.types';
import { businessDate, toEpochDayOrNull } from './penalty-case.dates';

export interface FieldError {
  field: string;
  reason: string;
}
export type Rule = (value: unknown, path: string) => FieldError[];
export type Schema = Readonly<Record<string, Rule>>;

const ok: FieldError[] = [];
const bad = (field: string, reason: string): FieldError[] => [{ field, reason }];

export const text: Rule = (v, path) => (typeof v === 'string' ? ok : bad(path, 'must be a string'));

export const bool: Rule = (v, path) =>
  typeof v === 'boolean' ? ok : bad(path, 'must be a boolean');

export const date: Rule = (v, path) =>
  typeof v === 'string' && toEpochDayOrNull(v) !== null
    ? ok
    : bad(path, "must be a date 'YYYY-MM-DD'");

/** A date or an ISO 8601 date-time with offset (Asia/Shanghai when a bare date). */
export const dateTime: Rule = (v, path) => {
  if (typeof v !== 'string') {
    return bad(path, 'must be a date or date-time string');
  }
  try {
    businessDate(v);
    return ok;
  } catch {
    return bad(path, 'must be an ISO 8601 date or date-time');
  }
};

/** Money is a whole number of fen, never negative (EVENTS.md). */
export const fen: Rule = (v, path) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
    ? ok
    : bad(path, 'must be a whole number of fen ≥ 0');

export const positiveInt: Rule = (v, path) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0
    ? ok
    : bad(path, 'must be a whole number > 0');

export const oneOf =
  (...values: readonly string[]): Rule =>
  (v, path) =>
    typeof v === 'string' && values.includes(v)
      ? ok
      : bad(path, `must be one of ${values.join(', ')}`);

export const optional =
  (rule: Rule): Rule =>
  (v, path) =>
    v === undefined ? ok : rule(v, path);

export const arrayOf =
  (rule: Rule, min = 0): Rule =>
  (v, path) => {
    if (!Array.isArray(v)) {
      return bad(path, 'must be an array');
    }
    if (v.length < min) {
      return bad(path, `must have at least ${min} item(s)`);
    }
    return v.flatMap((item, index) => rule(item, `${path}[${index}]`));
  };

/** Anything present (lists of items whose shape is the bureau's business). */
export const present: Rule = (v, path) =>
  v === undefined || v === null ? bad(path, 'is required') : ok;

export const object =
  (schema: Schema): Rule =>
  (v, path) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? validate(v as Record<string, unknown>, schema, `${path}.`)
      : bad(path, 'must be an object');

export const penalty: Rule = object({
  kind: oneOf(...PENALTY_KINDS),
  amountFen: optional(fen),
  durationDays: optional(positiveInt),
});

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

export function validate(
  payload: Record<string, unknown>,
  schema: Schema,
  prefix = '',
): FieldError[] {
  return Object.entries(schema).flatMap(([key, rule]) => rule(payload[key], `${prefix}${key}`));
}

/** Named field kinds (the schema issue turns these into JSON Schema formats). */
export const sha256: Rule = text;
export const officerId: Rule = text;
export const officerIds: Rule = arrayOf(text);

// A small validator for exactly the JSON Schema subset of json-schema.ts, with field paths like
// `proposal.penalties[0].amountFen`.
//
// Strict (cases pinned to penalty-case@2) checks every keyword. Lenient (v1) checks what v1's
// rules did, so a v1 log replays as recorded: it ignores additionalProperties, minLength, pattern,
// allOf (per-kind requirements), officer existence, and enums marked `x-closed-since`.
import type { JsonSchema, JsonType } from './json-schema';
import { OFFICER_ID_PATTERN, SAFE_TEXT_PATTERN, SHA256_PATTERN } from './json-schema';
import type { FieldError, Schema } from './penalty-case.payload';
import { fieldError, object } from './penalty-case.payload';
import type { MessageKey, Msg } from '../messages/catalogue';
import { english, msg } from '../messages/catalogue';
import { businessDate, toEpochDayOrNull } from './penalty-case.dates';
import { nearest } from './near-miss';

export interface ValidateOptions {
  strict?: boolean;
  /** The officers the envelope carries; strict: an officer-id must name an active one. */
  officers?: Readonly<Record<string, { id: string; active?: boolean }>>;
}

type Errors = FieldError[];
const ok: Errors = [];
const bad = (field: string, reason: Msg): Errors => [fieldError(field, reason)];

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Keys that reach a prototype when copied naively; never a field of ours. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const PATTERN_REASONS: Readonly<Record<string, Msg>> = {
  [SAFE_TEXT_PATTERN]: msg('field.safeText'),
  [SHA256_PATTERN]: msg('field.sha256'),
  [OFFICER_ID_PATTERN]: msg('field.officerIdPattern'),
};

/** A `then.description` is the English text of a `schema.*` message: its key, to render it. */
const SCHEMA_REASONS: readonly MessageKey[] = [
  'schema.fineAmount',
  'schema.gainsAmount',
  'schema.propertyAmount',
  'schema.term',
];
function describedReason(description: string): Msg | string {
  const key = SCHEMA_REASONS.find((k) => english({ key: k }) === description);
  return key ? { key } : description;
}

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, type: JsonType): boolean {
  switch (type) {
    case 'integer':
      return Number.isSafeInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'null':
      return v === null;
    case 'boolean':
    case 'string':
      return typeof v === type;
  }
}

/** RFC 3339 date-time with an offset, on a real calendar day. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function formatError(v: string, s: JsonSchema, path: string, o: ValidateOptions): Errors {
  switch (s.format) {
    case 'date':
      return toEpochDayOrNull(v) === null ? bad(path, msg('field.realDate')) : ok;
    case 'date-time': {
      if (!o.strict) return lenientDateTime(v) ? ok : bad(path, msg('field.isoDateTime'));
      const m = DATE_TIME.exec(v);
      const real = m && toEpochDayOrNull(m[1]) !== null && !Number.isNaN(Date.parse(v));
      return real ? ok : bad(path, msg('field.rfc3339'));
    }
    case 'officer-id': {
      if (!o.strict || !o.officers) return ok;
      const officer = o.officers[v];
      if (!officer) return bad(path, msg('field.unknownOfficer', { id: v }));
      return officer.active === false ? bad(path, msg('field.inactiveOfficer', { id: v })) : ok;
    }
    case undefined:
      return ok;
  }
}

/** What penalty-case@1 accepted as a date-time: anything businessDate can read. */
function lenientDateTime(v: string): boolean {
  try {
    businessDate(v);
    return true;
  } catch {
    return false;
  }
}

function stringErrors(v: string, s: JsonSchema, path: string, o: ValidateOptions): Errors {
  if (o.strict && s.minLength !== undefined && [...v].length < s.minLength) {
    const min = s.minLength;
    return bad(path, min === 1 ? msg('field.empty') : msg('field.minChars', { min }));
  }
  if (o.strict && s.pattern !== undefined && !regex(s.pattern).test(v)) {
    return bad(path, PATTERN_REASONS[s.pattern] ?? msg('field.pattern', { pattern: s.pattern }));
  }
  return formatError(v, s, path, o);
}

function objectErrors(v: Record<string, unknown>, s: JsonSchema, path: string, o: ValidateOptions) {
  const props = s.properties ?? {};
  const errors: Errors = [];
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined);
  const keys = [...new Set([...Object.keys(props), ...(s.required ?? [])])];
  for (const key of keys) {
    const value = own(key);
    if (value === undefined) {
      if (s.required?.includes(key)) errors.push(fieldError(at(path, key), msg('field.required')));
    } else if (props[key]) {
      errors.push(...check(value, props[key], at(path, key), o));
    }
  }
  if (o.strict) {
    for (const key of Object.keys(v)) {
      if (POISON_KEYS.has(key)) errors.push(fieldError(at(path, key), msg('field.notAllowed')));
      else if (s.additionalProperties === false && !(key in props) && v[key] !== undefined) {
        const near = nearest(key, Object.keys(props));
        errors.push(fieldError(at(path, key), msg('field.unknown', { near })));
      }
    }
  }
  return errors;
}

/** `if`/`then` pairs: a `then` that fails names its missing field with its description. */
function conditionErrors(v: unknown, s: JsonSchema, path: string, o: ValidateOptions): Errors {
  if (!o.strict || !s.allOf) return ok;
  return s.allOf.flatMap((rule) => {
    if (!rule.if || !rule.then || check(v, rule.if, path, o).length > 0) return ok;
    const why = rule.then.description;
    return check(v, rule.then, path, o).map((e) =>
      why
        ? fieldError(e.field, msg('field.because', { reason: e.msg, why: describedReason(why) }))
        : e,
    );
  });
}

/** A free-form value (`present`): its strings and keys obey the same text rules (strict). */
function freeFormErrors(v: unknown, path: string): Errors {
  if (typeof v === 'string') {
    return regex(SAFE_TEXT_PATTERN).test(v) ? ok : bad(path, PATTERN_REASONS[SAFE_TEXT_PATTERN]);
  }
  if (Array.isArray(v)) return v.flatMap((item, i) => freeFormErrors(item, `${path}[${i}]`));
  if (!isObject(v)) return ok;
  return Object.entries(v).flatMap(([key, value]) =>
    POISON_KEYS.has(key)
      ? bad(at(path, key), msg('field.notAllowed'))
      : freeFormErrors(value, at(path, key)),
  );
}

function check(v: unknown, s: JsonSchema, path: string, o: ValidateOptions): Errors {
  if (s.type !== undefined) {
    const types: readonly JsonType[] = typeof s.type === 'string' ? [s.type] : s.type;
    if (!types.some((t) => hasType(v, t))) {
      return bad(path, msg('field.type', { types }));
    }
  }
  const openEnum = !o.strict && s['x-closed-since'] !== undefined;
  if (s.enum && !openEnum && !s.enum.includes(v as string)) {
    return bad(path, msg('field.oneOf', { values: s.enum }));
  }
  if (s.const !== undefined && v !== s.const)
    return bad(path, msg('field.const', { value: s.const }));
  const errors: Errors = [];
  if (typeof v === 'string') errors.push(...stringErrors(v, s, path, o));
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum)
      errors.push(...bad(path, msg('field.min', { min: s.minimum })));
    if (s.maximum !== undefined && v > s.maximum)
      errors.push(...bad(path, msg('field.max', { max: s.maximum })));
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) {
      return bad(path, msg('field.minItems', { min: s.minItems }));
    }
    if (s.items) v.forEach((item, i) => errors.push(...check(item, s.items!, `${path}[${i}]`, o)));
  }
  if (isObject(v) && (s.properties || s.required || s.additionalProperties === false)) {
    errors.push(...objectErrors(v, s, path, o));
  }
  if (s.anyOf && !s.anyOf.some((branch) => check(v, branch, path, o).length === 0)) {
    const failed = s.anyOf.flatMap((branch) => check(v, branch, path, o));
    // One reason per distinct message, as the branches often fail alike.
    const reasons = [...new Map(failed.map((e) => [e.reason, e.msg])).values()];
    errors.push(fieldError(path, msg('field.anyOf', { reasons })));
  }
  errors.push(...conditionErrors(v, s, path, o));
  if (o.strict && Array.isArray(s.type)) errors.push(...freeFormErrors(v, path));
  return errors;
}

/** Every bad field of a value against a schema (an event's payload is an object schema). */
export function validateValue(
  value: unknown,
  schema: JsonSchema,
  options: ValidateOptions = {},
  path = '',
): FieldError[] {
  return check(value, schema, path, options);
}

/** Every bad field of a payload against an event's `{ field: rule }` record. */
export function validate(
  payload: Record<string, unknown>,
  schema: Schema,
  options: ValidateOptions = {},
): FieldError[] {
  return check(payload, object(schema), '', options);
}

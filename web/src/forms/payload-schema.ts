// The event payload schemas of GET /workflows/penalty-case (JSON Schema 2020-12) as form fields,
// and the same schemas checking the form before it is sent: one rule, one place (the service
// validates with them too, so the browser can only refuse earlier, never differently).
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export interface PayloadSchema {
  type?: string | readonly string[];
  title?: string;
  description?: string;
  properties?: Readonly<Record<string, PayloadSchema>>;
  required?: readonly string[];
  items?: PayloadSchema;
  enum?: readonly unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  [keyword: string]: unknown;
}

export type FieldKind =
  | 'text'
  | 'date'
  | 'date-time'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'list'
  | 'objects'
  | 'object'
  | 'json';

export interface Field {
  /** The path of the value in the payload, e.g. ['conditions', 'withinLimitation']. */
  path: string[];
  /** The schema's title, if any (the form names the field: forms/labels.ts fieldLabel). */
  title?: string;
  kind: FieldKind;
  required: boolean;
  choices?: string[];
  /** An object's own fields; for a list of objects, the fields of one item (paths from it). */
  fields?: Field[];
  minimum?: number;
  maximum?: number;
}

function typeOf(s: PayloadSchema): string | undefined {
  const type = s.type;
  return typeof type === 'string' || type === undefined ? type : type.find((t) => t !== 'null');
}

function kindOf(s: PayloadSchema): FieldKind {
  if (s.enum) return 'choice';
  // "A date-time, or a date" (hearing times, postmarks): picked as a local date-time.
  if ((s.anyOf as PayloadSchema[] | undefined)?.some((a) => a.format === 'date-time'))
    return 'date-time';
  switch (typeOf(s) ?? 'any') {
    case 'string':
      return s.format === 'date' ? 'date' : s.format === 'date-time' ? 'date-time' : 'text';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return s.properties ? 'object' : 'json';
    case 'array':
      if (s.items && typeOf(s.items) === 'object' && s.items.properties) return 'objects';
      return s.items && typeOf(s.items) === 'string' && !s.items.enum ? 'list' : 'json';
    default:
      return 'json';
  }
}

/** The form fields of an object schema, in the schema's order. */
export function fieldsOf(schema: PayloadSchema, parent: string[] = []): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => {
    const kind = kindOf(s);
    const path = [...parent, name];
    return {
      path,
      ...(s.title ? { title: s.title } : {}),
      kind,
      required: required.has(name),
      ...(kind === 'choice' ? { choices: (s.enum ?? []).map(String) } : {}),
      ...(kind === 'object' ? { fields: fieldsOf(s, path) } : {}),
      ...(kind === 'objects' ? { fields: fieldsOf(s.items!) } : {}),
      ...(s.minimum !== undefined ? { minimum: s.minimum } : {}),
      ...(s.maximum !== undefined ? { maximum: s.maximum } : {}),
    };
  });
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv, ['date', 'date-time', 'uri']);
// The service also checks that the officer exists; the browser only checks the spelling.
ajv.addFormat('officer-id', /^[A-Za-z0-9._-]{1,64}$/);

export interface PayloadError {
  /** Path of the field ([] for the payload as a whole). */
  path: string[];
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

function pathOf(e: ErrorObject): string[] {
  const path = e.instancePath.split('/').filter(Boolean).map(decodeURIComponent);
  if (e.keyword === 'required')
    path.push(String((e.params as { missingProperty: string }).missingProperty));
  return path;
}

/** Checks a payload against its event's schema; [] when it passes. */
export function checkPayload(schema: PayloadSchema, payload: unknown): PayloadError[] {
  const validate = ajv.compile(schema);
  if (validate(payload)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => ({
      path: pathOf(e),
      keyword: e.keyword,
      params: e.params as Record<string, unknown>,
      message: e.message ?? e.keyword,
    }));
}

/**
 * The payload of the form's values: empty optional fields left out, a bare local date-time
 * given the business zone's offset, JSON fields parsed (a JSON field that does not parse is
 * sent as typed, so the schema names it).
 */
export function payloadOf(
  fields: Field[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const name = f.path[f.path.length - 1];
    const v = values?.[name];
    if (v === undefined || v === null || v === '') continue;
    if (f.kind === 'object') {
      const inner = payloadOf(f.fields ?? [], v as Record<string, unknown>);
      if (f.required || Object.keys(inner).length > 0) out[name] = inner;
    } else if (f.kind === 'objects' && Array.isArray(v)) {
      const items = v.map((item) =>
        payloadOf(f.fields ?? [], (item ?? {}) as Record<string, unknown>),
      );
      if (f.required || items.length > 0) out[name] = items;
    } else if (f.kind === 'date-time' && typeof v === 'string' && /T\d\d:\d\d$/.test(v))
      out[name] = `${v}:00+08:00`;
    else if (f.kind === 'json' && typeof v === 'string') out[name] = parseJson(v);
    else if (f.kind === 'list' && Array.isArray(v) && v.length === 0) continue;
    else out[name] = v;
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

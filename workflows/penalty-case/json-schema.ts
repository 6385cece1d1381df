// The subset of JSON Schema 2020-12 (OpenAPI 3.1's dialect) that event payloads are written in.

export type JsonType = 'string' | 'integer' | 'boolean' | 'array' | 'object' | 'number' | 'null';

/** Formats beyond the standard ones: officer-id names an officer who must exist and be active. */
export type JsonFormat = 'date' | 'date-time' | 'officer-id';

export interface JsonSchema {
  type?: JsonType | readonly JsonType[];
  title?: string;
  description?: string;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  enum?: readonly string[];
  const?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: JsonFormat;
  anyOf?: readonly JsonSchema[];
  /** Only `if`/`then` pairs, each `then` with a `description` that is its refusal's reason. */
  allOf?: readonly JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  examples?: readonly unknown[];
  /** An enum closed only for cases pinned to penalty-case@2 (v1 accepted any string). */
  'x-closed-since'?: number;
}

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Letters, digits, `.`, `_`, `-` (the officers API's id rule). */
export const OFFICER_ID_PATTERN = '^[A-Za-z0-9._-]{1,64}$';
export const SHA256_PATTERN = '^[0-9a-f]{64}$';
/** No NUL or other C0 control but tab and newline, no bidi override or isolate (Trojan Source). */
export const SAFE_TEXT_PATTERN =
  '^[^\\u0000-\\u0008\\u000B-\\u001F\\u202A-\\u202E\\u2066-\\u2069]*$';

/** What each `if`/`then` of a schema requires, as prose (for OpenAPI 3.0 and docs/events.md). */
export function conditionsOf(s: JsonSchema): string[] {
  return (s.allOf ?? []).flatMap((rule) => {
    const kinds = rule.if?.properties?.kind?.enum;
    const needed = rule.then?.required;
    return kinds && needed
      ? [`${needed.join(', ')} required when kind is ${kinds.join(' or ')}`]
      : [];
  });
}

// The payload schema of each event (JSON Schema 2020-12), and what the service reads from it.
import type { JsonSchema } from './json-schema';
import { SCHEMA_DIALECT } from './json-schema';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, isEventType } from './penalty-case.events';
import { PAYLOAD_EXAMPLES } from './penalty-case.examples';
import { object } from './penalty-case.payload';

/** `{ type: 'object', properties, required, additionalProperties: false, examples }`, as JSON. */
export function payloadSchema(type: EventType): JsonSchema & { $schema: string } {
  const example = PAYLOAD_EXAMPLES[type];
  const schema = {
    $schema: SCHEMA_DIALECT,
    title: `${type} payload`,
    description: EVENT_SPECS[type].summary,
    ...object(EVENT_SPECS[type].payload),
    ...(example ? { examples: [example] } : {}),
  };
  // Plain JSON: a copy the caller may keep, without the `optional()` marks.
  return JSON.parse(JSON.stringify(schema)) as JsonSchema & { $schema: string };
}

export interface NamedOfficer {
  id: string;
  /** Where: `payload.handlerIds[1]`. */
  field: string;
}

function walk(value: unknown, schema: JsonSchema, field: string): NamedOfficer[] {
  if (schema.format === 'officer-id') {
    return typeof value === 'string' ? [{ id: value, field }] : [];
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    return value.flatMap((item, i) => walk(item, items, `${field}[${i}]`));
  }
  if (value && typeof value === 'object' && schema.properties) {
    const record = value as Record<string, unknown>;
    return Object.entries(schema.properties).flatMap(([key, sub]) =>
      Object.prototype.hasOwnProperty.call(record, key)
        ? walk(record[key], sub, `${field}.${key}`)
        : [],
    );
  }
  return [];
}

/**
 * Every officer a payload names: the values at the schema's `format: officer-id` fields (the one
 * place that says which fields name officers). An unknown event type names none.
 */
export function officersNamedIn(type: string, payload: unknown): NamedOfficer[] {
  if (!isEventType(type)) return [];
  return walk(payload, object(EVENT_SPECS[type].payload), 'payload');
}

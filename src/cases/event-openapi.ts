import type { OpenAPIObject } from '@nestjs/swagger';
import {
  conditionsOf,
  type JsonSchema,
  EVENT_TYPES,
  type EventType,
  payloadSchema,
} from '../../workflows';

type Oas = Record<string, unknown>;

/** Sent to POST /cases, not to /cases/:id/events. */
const FIRST_EVENTS = new Set<string>(['REGISTER_CLUE', 'OPEN_SUMMARY_CASE']);
const EVENTS_PATH = '/api/v1/cases/{id}/events';

const pascal = (type: string) =>
  type
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** What each `if`/`then` requires, as prose (OpenAPI 3.0 has no conditionals). */
function conditionsText(s: JsonSchema): string | undefined {
  const rules = conditionsOf(s);
  return rules.length ? rules.join('; ') : undefined;
}

/**
 * The payload schemas are JSON Schema 2020-12 (OpenAPI 3.1); @nestjs/swagger writes OpenAPI
 * 3.0.0, so each is lowered: `examples` → `example`, type lists → `anyOf`, `const` → `enum`,
 * conditionals → description, no `$schema`.
 */
export function toOpenApi30(s: JsonSchema): Oas {
  const out: Oas = {};
  for (const [key, value] of Object.entries(s) as [string, unknown][]) {
    switch (key) {
      case '$schema':
      case 'allOf':
      case 'if':
      case 'then':
        break;
      case 'examples':
        out.example = (value as unknown[])[0];
        break;
      case 'const':
        out.enum = [value];
        break;
      case 'type':
        if (Array.isArray(value)) {
          out.anyOf = value.map((t: string) =>
            t === 'array' ? { type: t, items: {} } : { type: t },
          );
        } else out.type = value;
        break;
      case 'properties':
        out.properties = Object.fromEntries(
          Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, toOpenApi30(v)]),
        );
        break;
      case 'items':
        out.items = toOpenApi30(value as JsonSchema);
        break;
      case 'anyOf':
        out.anyOf = (value as JsonSchema[]).map(toOpenApi30);
        break;
      default:
        out[key] = value;
    }
  }
  const conditions = conditionsText(s);
  if (conditions) out.description = [s.description, conditions].filter(Boolean).join('; ');
  if (out.type === 'array' && !out.items) out.items = {};
  return out;
}

function eventSchema(type: EventType, payloadRef: string): Oas {
  const example = payloadSchema(type).examples?.[0];
  return {
    type: 'object',
    description: payloadSchema(type).description,
    required: ['type', 'payload'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: [type] },
      occurredAt: {
        type: 'string',
        description: 'business date-time of the act (Asia/Shanghai for a bare date); default now',
      },
      expectedVersion: {
        type: 'integer',
        minimum: 1,
        description: 'the case version the client saw (optimistic check)',
      },
      payload: { $ref: payloadRef },
    },
    ...(example ? { example: { type, occurredAt: '2025-03-12', payload: example } } : {}),
  };
}

/** Issue 15: without a decisionNumber the service assigns the 决定书's 文号 (src/documents). */
function serviceNumbered(type: EventType, payload: Oas): Oas {
  if (type !== 'DECIDE' && type !== 'DECIDE_ON_SPOT') return payload;
  const required = (payload.required as string[] | undefined)?.filter(
    (r) => r !== 'decisionNumber',
  );
  const properties = { ...(payload.properties as Record<string, Oas>) };
  properties.decisionNumber = {
    ...properties.decisionNumber,
    description: 'the 决定书 文号; omitted: the service assigns the next one (gap-free per year)',
  };
  return { ...payload, required, properties };
}

/**
 * POST /cases/{id}/events takes a union discriminated by `type`: one schema per event of the
 * catalogue, with its payload schema (the machine's own) and an example.
 */
export function withEventSchemas(doc: OpenAPIObject): OpenAPIObject {
  const schemas = (doc.components ??= {}).schemas ?? {};
  doc.components.schemas = schemas;
  const mapping: Record<string, string> = {};
  for (const type of EVENT_TYPES.filter((t) => !FIRST_EVENTS.has(t))) {
    const name = `${pascal(type)}Event`;
    schemas[`${pascal(type)}Payload`] = serviceNumbered(type, toOpenApi30(payloadSchema(type)));
    schemas[name] = eventSchema(type, `#/components/schemas/${pascal(type)}Payload`);
    mapping[type] = `#/components/schemas/${name}`;
  }
  const post = doc.paths[EVENTS_PATH]?.post;
  if (post) {
    // The DTO's own schema (payload an open object) goes: the union replaces it.
    const dto = JSON.stringify(post.requestBody ?? {}).match(/#\/components\/schemas\/(\w+)/)?.[1];
    if (dto) delete schemas[dto];
    post.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: {
            oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
            discriminator: { propertyName: 'type', mapping },
          },
        },
      },
    };
  }
  return doc;
}

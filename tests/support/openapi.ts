// Reads the served OpenAPI document as a client would: operations, response schemas, and an Ajv
// that validates answers against them (OpenAPI 3.0 schemas are JSON Schema draft-04/07-ish).
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

export interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Every operation of the document as [METHOD path, operation]. */
export function operations(doc: OpenApiDoc): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => (HTTP_METHODS as readonly string[]).includes(method))
      .map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );
}

/** The schema of an operation's first 2xx answer with content (undefined when it has none). */
export function successSchema(op: Operation): unknown {
  const ok = Object.entries(op.responses).find(([status]) => /^2/.test(status));
  const content = ok?.[1].content;
  return content ? Object.values(content).find((c) => c.schema !== undefined)?.schema : undefined;
}

/** An Ajv over the document's components: `validator(schema)` checks a body against it. */
export function responseValidator(doc: OpenApiDoc): (schema: unknown) => ValidateFunction {
  // strict off: OpenAPI keywords (example, discriminator, nullable handled by Ajv) pass through.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv, ['date', 'date-time', 'uuid']);
  ajv.addFormat('officer-id', /^[A-Za-z0-9._-]{1,64}$/);
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `doc${v}` : rewrite(v),
      ]),
    );
  };
  // The components under the id `doc`, so `#/components/…` references resolve from any schema.
  ajv.addSchema(rewrite({ components: doc.components }) as object, 'doc');
  return (schema) => ajv.compile(rewrite(schema) as object);
}

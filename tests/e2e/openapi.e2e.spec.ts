// Issue 14, "One source of truth per event": the OpenAPI document describes every answer, and
// declares each header once.
import { operations, responseValidator, successSchema, type OpenApiDoc } from '../support/openapi';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the OpenAPI document (/api/docs-json)', () => {
  let t: TestApp;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body as OpenApiDoc;
  });
  afterAll(() => t.close());

  // Bodiless by definition: 204 No Content (sign-out, passwords) and 302 (the OIDC redirects).
  const bodiless = (op: Parameters<typeof successSchema>[0]) =>
    Object.keys(op.responses).every((status) => !/^2/.test(status) || status === '204') &&
    ('204' in op.responses || '302' in op.responses);

  it('gives every operation a 2xx answer with a schema (or a declared 204 / 302)', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(30);
    const missing = ops
      .filter(([, op]) => successSchema(op) === undefined && !bodiless(op))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('answers every error of every operation as application/problem+json problem details', () => {
    const ref = { $ref: '#/components/schemas/ProblemDetailsDto' };
    const missing = operations(doc).filter(
      ([, op]) =>
        JSON.stringify(op.responses['4XX']?.content?.['application/problem+json']?.schema) !==
          JSON.stringify(ref) ||
        JSON.stringify(op.responses['5XX']?.content?.['application/problem+json']?.schema) !==
          JSON.stringify(ref),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
    expect(doc.components.schemas.ProblemDetailsDto).toMatchObject({
      required: expect.arrayContaining(['type', 'title', 'status', 'code', 'detail']),
    });
  });

  it('declares no header twice, and Idempotency-Key once and optional where it is taken', () => {
    for (const [name, op] of operations(doc)) {
      const headers = (op.parameters ?? [])
        .filter((p) => p.in === 'header')
        .map((p) => p.name.toLowerCase());
      expect({ name, headers }).toEqual({ name, headers: [...new Set(headers)] });
    }
    for (const name of ['POST /api/v1/cases', 'POST /api/v1/cases/{id}/events']) {
      const op = operations(doc).find(([n]) => n === name)![1];
      const keys = (op.parameters ?? []).filter((p) => p.name === 'Idempotency-Key');
      expect(keys).toEqual([expect.objectContaining({ in: 'header', required: false })]);
    }
  });

  it('documents ?dryRun on the events endpoint as true or false', () => {
    const op = doc.paths['/api/v1/cases/{id}/events'].post;
    expect(op.parameters).toContainEqual(
      expect.objectContaining({
        name: 'dryRun',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ enum: ['true', 'false'] }),
      }),
    );
  });

  it('resolves every reference, and every answer schema compiles', () => {
    const text = JSON.stringify(doc);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.filter((name) => !doc.components.schemas[name])).toEqual([]);
    // Nothing left over: e.g. the event DTO whose payload was an open object.
    expect(Object.keys(doc.components.schemas).filter((name) => !refs.includes(name))).toEqual([]);
    const validator = responseValidator(doc);
    for (const [, op] of operations(doc)) {
      if (!bodiless(op)) expect(() => validator(successSchema(op))).not.toThrow();
    }
  });

  it('offers every event but the two POST /cases writes, each example valid against its schema', async () => {
    const res = await t.http
      .get('/api/v1/workflows/penalty-case')
      .set('authorization', `Bearer ${t.token('admin')}`);
    const described = (res.body as { events: { type: string; stages: string[] }[] }).events;
    const sent = described.filter((e) => !e.stages.includes('(start)')).map((e) => e.type);
    const body = doc.paths['/api/v1/cases/{id}/events'].post.requestBody!.content[
      'application/json'
    ].schema as { discriminator: { mapping: Record<string, string> } };
    expect(Object.keys(body.discriminator.mapping).sort()).toEqual([...sent].sort());
    const validator = responseValidator(doc);
    for (const [type, $ref] of Object.entries(body.discriminator.mapping)) {
      const schema = doc.components.schemas[$ref.split('/').pop()!];
      const validate = validator({ $ref });
      expect({
        type,
        valid: validate(schema.example),
        errors: validate.errors ?? [],
      }).toMatchObject({ valid: true });
    }
  });

  it('fails an answer that does not match (the validator can fail)', () => {
    const validator = responseValidator(doc);
    const caseView = doc.paths['/api/v1/cases/{id}'].get;
    const validate = validator(successSchema(caseView));
    expect(validate({ id: 'x' })).toBe(false);
  });
});

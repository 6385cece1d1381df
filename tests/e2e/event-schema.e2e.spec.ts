// Issue 12, class 10 over HTTP: the payload schema refuses with 400 naming the field, writes
// nothing, and is the one the OpenAPI document and the workflow description show.
import { CaseRepository } from '../../src/ledger/case.repository';
import { CREDENTIAL, filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const REPORT = { facts: '销售标签不合格产品', evidenceSummary: '现场检查笔录' };
const proposal = (penalties: unknown[]) => ({
  outcome: 'penalty',
  penalties,
  legalBasis: '《食品安全法》第一百二十五条',
});
const EVIDENCE = { kind: 'document', description: '书证' };

interface FieldError {
  field: string;
  reason: string;
}

describe('event payloads: one schema, refused with 400 naming the field', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  const version = async (id: string) => (await t.app.get(CaseRepository).get(id))!.version;

  it.each([
    [
      'amount instead of amountFen',
      'CONCLUDE_INVESTIGATION',
      { report: REPORT, proposal: proposal([{ kind: 'fine', amount: 150_000 }]) },
      'payload.proposal.penalties[0].amount',
      'is not a known field (did you mean amountFen?)',
    ],
    [
      'a confiscation without its value',
      'CONCLUDE_INVESTIGATION',
      { report: REPORT, proposal: proposal([{ kind: 'confiscate_illegal_property' }]) },
      'payload.proposal.penalties[0].amountFen',
      'is required: confiscation of illegal property needs amountFen, its value',
    ],
    [
      'a fractional fen',
      'CONCLUDE_INVESTIGATION',
      { report: REPORT, proposal: proposal([{ kind: 'fine', amountFen: 10.5 }]) },
      'payload.proposal.penalties[0].amountFen',
      'must be a whole number',
    ],
    [
      'evidence kind foo',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, kind: 'foo' },
      'payload.kind',
      expect.stringContaining('must be one of document,'),
    ],
    [
      'sha256 abc',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, sha256: 'abc' },
      'payload.sha256',
      'must be a SHA-256 digest: 64 lowercase hex digits',
    ],
    [
      'an unknown payload field',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, descripton: '拼错' },
      'payload.descripton',
      'is not a known field (did you mean description?)',
    ],
    [
      'a bidi override',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, description: '罚款\u202E0001' },
      'payload.description',
      expect.stringContaining('bidi override'),
    ],
    [
      'a NUL character',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, description: 'a\u0000b' },
      'payload.description',
      expect.stringContaining('control'),
    ],
    [
      'an unknown officer',
      'RECORD_EVIDENCE',
      { ...EVIDENCE, officersPresent: ['h1', 'ghost'] },
      'payload.officersPresent[1]',
      'unknown officer ghost',
    ],
  ])('%s → 400, nothing written', async (_, type, payload, field, reason) => {
    const id = await filedCase(t, cast);
    const res = await send(t, cast.handler, id, type, payload).set('accept-language', 'en');
    expect(res.status).toBe(400);
    expect(res.body.errors as FieldError[]).toContainEqual({ field, reason });
    expect(await version(id)).toBe(2);
  });

  it('refuses 2025-02-30 as a date', async () => {
    const id = await filedCase(t, cast);
    const res = await send(t, cast.approver, id, 'EXTEND_CASE_LIMIT', {
      collectiveResolution: { attendeeIds: ['a1', 'a2', 'a3'], until: '2025-02-30' },
    }).set('accept-language', 'en');
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({
      field: 'payload.collectiveResolution.until',
      // The request gate answers first (malformed input before anything else).
      reason: 'is not a real calendar date',
    });
    expect(await version(id)).toBe(2);
  });

  it('refuses a deactivated officer named in a payload', async () => {
    await t.officer({ id: 'h9', roles: ['handler'], enforcementCredential: CREDENTIAL });
    const admin = t.token('admin');
    const off = await t.http
      .patch('/api/v1/officers/h9')
      .set('authorization', `Bearer ${admin}`)
      .send({ active: false });
    expect(off.status).toBe(200);
    const id = await filedCase(t, cast);
    const res = await send(t, cast.handler, id, 'RECORD_EVIDENCE', {
      ...EVIDENCE,
      officersPresent: ['h1', 'h9'],
    }).set('accept-language', 'en');
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({
      field: 'payload.officersPresent[1]',
      reason: 'names an inactive officer (h9)',
    });
    expect(await version(id)).toBe(2);
  });

  it('refuses unknown top-level fields of the event body, naming them', async () => {
    const id = await filedCase(t, cast);
    const res = await t.http
      .post(`/api/v1/cases/${id}/events`)
      .set('authorization', `Bearer ${cast.handler}`)
      .send({ type: 'RECORD_EVIDENCE', payload: EVIDENCE, occuredAt: '2025-03-13' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: FieldError) => e.field)).toEqual(['occuredAt']);
    expect(await version(id)).toBe(2);
  });

  it('accepts a valid payload (the schema lets lawful acts through)', async () => {
    const id = await filedCase(t, cast);
    const res = await send(t, cast.handler, id, 'RECORD_EVIDENCE', {
      ...EVIDENCE,
      sha256: 'ab'.repeat(32),
      officersPresent: ['h1', 'h2'],
    }).set('accept-language', 'en');
    expect(res.status).toBe(200);
    expect(await version(id)).toBe(3);
  });

  it('documents the event body as a union discriminated by type, with an example each', async () => {
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    const post = doc.paths['/api/v1/cases/{id}/events'].post;
    const body = post.requestBody.content['application/json'].schema;
    expect(body.discriminator.propertyName).toBe('type');
    const mapping = body.discriminator.mapping as Record<string, string>;
    expect(Object.keys(mapping)).toContain('CONCLUDE_INVESTIGATION');
    expect(Object.keys(mapping)).not.toContain('REGISTER_CLUE');
    expect(body.oneOf).toHaveLength(Object.keys(mapping).length);
    const resolve = (ref: string) => doc.components.schemas[ref.split('/').pop()!];
    for (const [type, ref] of Object.entries(mapping)) {
      const event = resolve(ref);
      expect(event.properties.type.enum).toEqual([type]);
      expect(event.example.type).toBe(type);
      const payload = resolve(event.properties.payload.$ref);
      expect(payload.additionalProperties).toBe(false);
      expect(payload.example).toEqual(event.example.payload);
    }
    const penalty = resolve(mapping.DECIDE).properties;
    expect(resolve(penalty.payload.$ref).properties.penalties.items.properties).toHaveProperty(
      'amountFen',
    );
    // OpenAPI 3.0: no 2020-12-only keywords left in the document.
    const text = JSON.stringify(doc);
    expect(doc.openapi).toMatch(/^3\.0\./);
    for (const keyword of ['"examples":[', '"const":', '"if":', '"$schema":', '"required":[]']) {
      expect(text).not.toContain(keyword);
    }
    const headers = post.parameters.filter((p: { in: string }) => p.in === 'header');
    // Each optional header once (issue 14: Idempotency-Key was declared twice, once as required).
    expect(headers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Idempotency-Key', required: false }),
        expect.objectContaining({ name: 'Prefer', required: false }),
      ]),
    );
    expect(headers).toHaveLength(2);
  });

  it('GET /workflows/penalty-case gives each event its payload schema, roles and guards', async () => {
    const res = await t.http
      .get('/api/v1/workflows/penalty-case')
      .set('authorization', `Bearer ${cast.handler}`);
    expect(res.status).toBe(200);
    const events = res.body.events as { type: string; schema: Record<string, unknown> }[];
    const evidence = events.find((e) => e.type === 'RECORD_EVIDENCE')!;
    expect(evidence).toMatchObject({
      roles: ['handler'],
      guards: expect.arrayContaining([
        expect.objectContaining({ id: 'G04', citation: 'APL 42, 43, 55' }),
      ]),
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'description'],
        properties: { sha256: { pattern: '^[0-9a-f]{64}$' } },
      },
    });
    for (const event of events) expect(event.schema.examples).toHaveLength(1);
  });
});

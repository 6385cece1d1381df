// Issue 14, acceptance: a whole ordinary case, from clue to archive, driven only by what the
// service describes — GET /workflows/penalty-case (each event's stages, roles, schema, example)
// and the OpenAPI document (request and answer schemas). Every payload is the schema's example.
//
// What the test adds, and why:
// - the route: the order in which an ordinary case's acts are usually done (the description
//   says which events a stage accepts, not which one a bureau does next). At each step the next
//   event is the first one left on the route that the description says the current stage
//   accepts; the ones passed over must be acts some cases need and this one did not.
// - dates: the examples are dated 2025-03-12 (the OpenAPI examples' occurredAt); each act is
//   dated two days after the previous one, as an act may not precede the case's previous act.
// - officers: the examples name officers h1, h2, a1–a3 and ho1; this bureau has exactly those
//   officers (the test checks every officer the payloads name exists), so no id is changed.
// - the second PUBLISH_DECISION: closing needs both channels (G33, DR 7); it is the example with
//   `channel` set to the schema's other enum value.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { seedCast, type Cast } from '../support/case-fixtures';
import { operations, responseValidator, successSchema, type OpenApiDoc } from '../support/openapi';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-06-30T10:00:00+08:00';
const EVENTS_PATH = '/api/v1/cases/{id}/events';

const ROUTE = [
  'FILE_CASE',
  'RECORD_EVIDENCE',
  'CONCLUDE_INVESTIGATION',
  'APPROVE_REVIEW',
  'PASS_LEGAL_REVIEW',
  'APPROVE_PROPOSAL',
  'SERVE_NOTICE',
  'WAIVE_RIGHTS',
  'RECORD_COLLECTIVE_DECISION',
  'DECIDE',
  'SERVE_DECISION',
  'RECORD_PAYMENT',
  'PUBLISH_DECISION',
  'PUBLISH_DECISION',
  'CLOSE_CASE',
  'ARCHIVE_CASE',
];
/** Acts the law requires only of some cases (APL 58 legal review, APL 57 collective discussion). */
const ONLY_SOMETIMES = new Set(['PASS_LEGAL_REVIEW', 'RECORD_COLLECTIVE_DECISION']);

type Json = Record<string, unknown>;
interface EventDescription {
  type: string;
  roles: string[];
  rolesByStage?: Record<string, string[]>;
  stages: string[];
  schema: Json & { properties?: Record<string, Json> };
  example?: Json;
}
interface Description {
  events: EventDescription[];
}

/** The payload schemas are JSON Schema 2020-12, validated as the service validates them. */
function payloadAjv() {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv, ['date', 'date-time']);
  ajv.addFormat('officer-id', /^[A-Za-z0-9._-]{1,64}$/);
  ajv.addKeyword('x-closed-since');
  return ajv;
}

/** Officer ids a payload names: values at the schema's `format: officer-id` fields. */
function officersNamed(value: unknown, schema: Json | undefined): string[] {
  if (!schema) return [];
  if (schema.format === 'officer-id') return typeof value === 'string' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => officersNamed(v, schema.items as Json));
  if (value && typeof value === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Json>;
    return Object.entries(value).flatMap(([k, v]) => officersNamed(v, props[k]));
  }
  return [];
}

describe('a whole ordinary case, walked from the description alone', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  it('registers, files, investigates, reviews, notifies, decides, executes, closes and archives', async () => {
    const tokens: Record<string, string> = {
      handler: cast.handler,
      approver: cast.approver,
      case_reviewer: cast.caseReviewer,
      legal_reviewer: cast.legalReviewer,
      hearing_officer: cast.hearingOfficer,
      auditor: cast.auditor,
    };
    const bureau = new Set(['h1', 'h2', 'a1', 'a2', 'a3', 'r1', 'l1', 'ho1', 'au1']);
    const doc = (await t.http.get('/api/docs-json')).body as OpenApiDoc;
    const describedRes = await t.http
      .get('/api/v1/workflows/penalty-case')
      .set('authorization', `Bearer ${cast.handler}`);
    expect(describedRes.status).toBe(200);
    const described = describedRes.body as Description;
    const event = (type: string) => described.events.find((e) => e.type === type)!;

    const validator = responseValidator(doc);
    const op = (name: string) => operations(doc).find(([n]) => n === name)![1];
    const answerOf = (name: string) => validator(successSchema(op(name)));
    const expectValid = (name: string, body: unknown) => {
      const validate = answerOf(name);
      expect({ name, valid: validate(body), errors: validate.errors ?? [] }).toMatchObject({
        valid: true,
      });
    };
    const body = op(`POST ${EVENTS_PATH}`).requestBody!.content['application/json'].schema as {
      discriminator: { mapping: Record<string, string> };
    };
    const requestSchema = (type: string) => validator({ $ref: body.discriminator.mapping[type] });
    const ajv = payloadAjv();

    /** The example of `type`, checked against its schema before anything is sent. */
    function examplePayload(type: string): Json {
      const e = event(type);
      expect({ type, example: e.example }).toEqual({ type, example: expect.any(Object) });
      const valid = ajv.validate(e.schema, e.example);
      expect({ type, valid, errors: ajv.errors ?? [] }).toMatchObject({ valid: true });
      for (const id of officersNamed(e.example, e.schema)) expect(bureau).toContain(id);
      return structuredClone(e.example!);
    }

    // Log entry 1: POST /cases with REGISTER_CLUE's example.
    expect(event('REGISTER_CLUE').stages).toEqual(['(start)']);
    const sender = (e: EventDescription, stage: string) =>
      tokens[(e.rolesByStage?.[stage] ?? e.roles)[0]];
    const created = await t.http
      .post('/api/v1/cases')
      .set('authorization', `Bearer ${sender(event('REGISTER_CLUE'), '(start)')}`)
      .send(examplePayload('REGISTER_CLUE'));
    expect(created.status).toBe(201);
    expectValid('POST /api/v1/cases', created.body);
    const id = created.body.id as string;
    let stage = created.body.stage as string;

    const start = (
      doc.components.schemas[body.discriminator.mapping.FILE_CASE.split('/').pop()!].example as {
        occurredAt: string;
      }
    ).occurredAt;
    const remaining = [...ROUTE];
    const published: string[] = [];
    const walked: string[] = [];
    for (let step = 0; remaining.length > 0; step += 1) {
      const next = remaining.findIndex((type) => event(type).stages.includes(stage));
      expect({ stage, next }).toEqual({ stage, next: expect.any(Number) });
      expect(next).toBeGreaterThanOrEqual(0);
      for (const skipped of remaining.splice(0, next)) expect(ONLY_SOMETIMES).toContain(skipped);
      const type = remaining.shift()!;
      const e = event(type);
      const token = sender(e, stage);
      const payload = examplePayload(type);
      if (type === 'PUBLISH_DECISION' && published.length > 0) {
        const channels = e.schema.properties!.channel.enum as string[];
        payload.channel = channels.find((c) => !published.includes(c));
      }
      if (type === 'PUBLISH_DECISION') published.push(payload.channel as string);
      // An attachment names a file stored for this case: upload one first, as a handler would.
      const attachments = payload.attachments as { sha256: string }[] | undefined;
      for (const a of attachments ?? []) {
        const up = await t.http
          .post(`/api/v1/cases/${id}/attachments`)
          .set('authorization', `Bearer ${token}`)
          .attach('file', Buffer.from(`evidence for ${type}`), 'record.txt');
        expect(up.status).toBe(201);
        a.sha256 = up.body.sha256 as string;
      }
      const request = { type, occurredAt: addDays(start, 2 * step), payload };
      const validRequest = requestSchema(type);
      expect({
        type,
        valid: validRequest(request),
        errors: validRequest.errors ?? [],
      }).toMatchObject({ valid: true });

      // The case view offers the event to its sender (API.md allowedEvents) on the day it is
      // sent: the walk's days are past, and today the case limit (G20) has run out.
      const view = await t.http
        .get(`/api/v1/cases/${id}?asOf=${request.occurredAt}`)
        .set('authorization', `Bearer ${token}`);
      expectValid('GET /api/v1/cases/{id}', view.body);
      expect({ type, allowed: view.body.allowedEvents as string[] }).toEqual({
        type,
        allowed: expect.arrayContaining([type]),
      });

      const post = (query: string) =>
        t.http
          .post(`/api/v1/cases/${id}/events${query}`)
          .set('authorization', `Bearer ${token}`)
          .send(request);
      const dry = await post('?dryRun=true');
      const res = await post('');
      expect({ type, stage, status: res.status, body: res.body as unknown }).toMatchObject({
        status: 200,
      });
      expect(dry.body).toEqual(res.body);
      expectValid(`POST ${EVENTS_PATH}`, res.body);
      walked.push(type);
      stage = res.body.case.stage as string;
    }

    expect(stage).toBe('archived');
    expect(walked).toEqual(expect.arrayContaining(['FILE_CASE', 'DECIDE', 'CLOSE_CASE']));
    const get = (path: string, token: string) =>
      t.http.get(`/api/v1/cases/${id}${path}`).set('authorization', `Bearer ${token}`);
    const log = await get('/log', cast.handler);
    expectValid('GET /api/v1/cases/{id}/log', log.body);
    expect(log.body).toHaveLength(walked.length + 1);
    const verify = await get('/verify', cast.auditor);
    expectValid('GET /api/v1/cases/{id}/verify', verify.body);
    expect(verify.body.valid).toBe(true);
    const replay = await get(`/replay?seq=${walked.length + 1}`, cast.auditor);
    expectValid('GET /api/v1/cases/{id}/replay', replay.body);
    expectValid('GET /api/v1/workflows/penalty-case', described);
    expectValid('GET /health', (await t.http.get('/health')).body);

    // The rest of what the case left behind, read back through the documented reads.
    const admin = t.token('admin');
    const decisionNumber = encodeURIComponent(String(event('DECIDE').example!.decisionNumber));
    const checkpoint = await t.http
      .post('/api/v1/audit/checkpoints')
      .set('authorization', `Bearer ${cast.auditor}`);
    expectValid('POST /api/v1/audit/checkpoints', checkpoint.body);
    const reads: [string, string, string | undefined][] = [
      [
        'GET /api/v1/workflows/penalty-case/{version}',
        '/api/v1/workflows/penalty-case/2',
        cast.handler,
      ],
      ['GET /api/v1/calendar/{year}', '/api/v1/calendar/2025', cast.handler],
      [
        'GET /api/v1/cases',
        '/api/v1/cases?q=' + encodeURIComponent(String(created.body.caseNumber)),
        cast.handler,
      ],
      [
        'GET /api/v1/cases/by-number/{caseNumber}',
        `/api/v1/cases/by-number/${encodeURIComponent(String(created.body.caseNumber))}`,
        cast.handler,
      ],
      ['GET /api/v1/deadlines', '/api/v1/deadlines', cast.handler],
      ['GET /api/v1/me/desk', '/api/v1/me/desk', cast.handler],
      ['GET /api/v1/officers', '/api/v1/officers', admin],
      ['GET /api/v1/admin/outbox', '/api/v1/admin/outbox', admin],
      ['GET /api/v1/admin/outbox/dead-letters', '/api/v1/admin/outbox/dead-letters', admin],
      ['GET /api/v1/me/notifications', '/api/v1/me/notifications', cast.handler],
      ['GET /api/v1/public/decisions', '/api/v1/public/decisions', undefined],
      [
        'GET /api/v1/public/decisions/{decisionNumber}',
        `/api/v1/public/decisions/${decisionNumber}`,
        undefined,
      ],
      ['GET /api/v1/public/withdrawals', '/api/v1/public/withdrawals', undefined],
      ['GET /api/v1/public/decisions/feed.json', '/api/v1/public/decisions/feed.json', undefined],
      ['GET /api/v1/public/procedure', '/api/v1/public/procedure', undefined],
      ['GET /api/v1/public/checkpoints', '/api/v1/public/checkpoints', undefined],
      ['GET /api/v1/public/checkpoints/key', '/api/v1/public/checkpoints/key', undefined],
    ];
    for (const [name, path, token] of reads) {
      const req = t.http.get(path);
      if (token) void req.set('authorization', `Bearer ${token}`);
      const res = await req;
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      expectValid(name, res.body);
    }
    const marked = await t.http
      .post('/api/v1/me/notifications/read-all')
      .set('authorization', `Bearer ${cast.handler}`);
    expectValid('POST /api/v1/me/notifications/read-all', marked.body);
  });
});

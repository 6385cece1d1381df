// Issue 12, class 10: one JSON Schema per event payload; unchecked payloads are refused (v2).
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../../workflows/penalty-case/json-schema';
import { nearest } from '../../workflows/penalty-case/near-miss';
import { penaltyCaseV1, penaltyCaseV2 } from '../../workflows/penalty-case/penalty-case.api';
import { EVENT_SPECS, EVENT_TYPES } from '../../workflows/penalty-case/penalty-case.events';
import {
  officersNamedIn,
  payloadSchema,
} from '../../workflows/penalty-case/penalty-case.payload-schema';
import { validateValue } from '../../workflows/penalty-case/payload-validator';
import type { Accepted, Refused } from '../../workflows/penalty-case/transition.types';
import { CaseDriver, filing, report } from './support/case-driver';
import {
  createCaseBody,
  makeEnvelope,
  makeOfficer,
  makeProposal,
  OFFICERS,
} from './support/factories';
import { SAMPLE_PAYLOADS } from './support/samples';

/** The keywords payload-validator.ts interprets: a schema may use no other. */
const UNDERSTOOD = new Set([
  ...['$schema', 'title', 'description', 'examples', 'type', 'properties', 'required'],
  ...['additionalProperties', 'items', 'minItems', 'enum', 'const', 'pattern', 'minLength'],
  ...['minimum', 'maximum', 'format', 'anyOf', 'allOf', 'if', 'then', 'x-closed-since'],
]);

function keywordsOf(s: JsonSchema): string[] {
  const nested = [
    ...Object.values(s.properties ?? {}),
    ...(s.items ? [s.items] : []),
    ...(s.anyOf ?? []),
    ...(s.allOf ?? []),
    ...(s.if ? [s.if] : []),
    ...(s.then ? [s.then] : []),
  ];
  return [...Object.keys(s), ...nested.flatMap(keywordsOf)];
}

const ajv = new Ajv2020({
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  allErrors: true,
});
addFormats(ajv, ['date', 'date-time']);
ajv.addFormat('officer-id', /^[A-Za-z0-9._-]{1,64}$/);
ajv.addKeyword('x-closed-since');

const officers = Object.fromEntries(Object.values(OFFICERS).map((o) => [o.id, o]));
/** Field and English reason (the catalogue message beside them is tested in messages.spec). */
const plain = (errors: readonly { field: string; reason: string }[]) =>
  errors.map(({ field, reason }) => ({ field, reason }));
const strictErrors = (type: (typeof EVENT_TYPES)[number], payload: unknown) =>
  plain(validateValue(payload, payloadSchema(type), { strict: true, officers }));

describe('one JSON Schema 2020-12 per event payload', () => {
  it.each(EVENT_TYPES)('%s: a valid 2020-12 schema whose example validates', (type) => {
    const schema = payloadSchema(type);
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(EVENT_SPECS[type].payload));
    expect(keywordsOf(schema).filter((k) => !UNDERSTOOD.has(k))).toEqual([]);
    expect(schema.examples).toHaveLength(1);
    const example = schema.examples![0];
    expect(ajv.validate(schema, example)).toBe(true);
    expect(strictErrors(type, example)).toEqual([]);
  });

  it.each(EVENT_TYPES)('%s: every sample payload of the tests is valid under v2', (type) => {
    for (const sample of SAMPLE_PAYLOADS[type]) {
      expect(strictErrors(type, JSON.parse(JSON.stringify(sample)))).toEqual([]);
    }
  });

  it('finds the officers a payload names from the schema (format officer-id)', () => {
    const payload = {
      handlerIds: ['h1', 'h2'],
      conditions: { evidenceOfViolation: true, handlerIds: ['not-a-field'] },
    };
    expect(officersNamedIn('FILE_CASE', payload)).toEqual([
      { id: 'h1', field: 'payload.handlerIds[0]' },
      { id: 'h2', field: 'payload.handlerIds[1]' },
    ]);
    expect(officersNamedIn('ACCEPT_HEARING', { presidingOfficerId: 'ho1' })).toEqual([
      { id: 'ho1', field: 'payload.presidingOfficerId' },
    ]);
  });

  it('suggests the near miss of an unknown name', () => {
    expect(nearest('amount', ['kind', 'amountFen', 'durationDays'])).toBe('amountFen');
    expect(nearest('sha', ['kind', 'description', 'sha256'])).toBeUndefined();
    expect(nearest('zzz', ['kind', 'amountFen'])).toBeUndefined();
  });
});

const filed = () => CaseDriver.open({}, '2025-03-03').file('2025-03-04');
const fields = (r: Refused) => (r.code === 'INVALID_PAYLOAD' ? plain(r.errors) : []);
const evidence = { kind: 'document', description: '书证' };

describe('class 10: unchecked payloads are refused (INVALID_PAYLOAD, v2)', () => {
  it('a penalty written with `amount` is refused, naming it and suggesting amountFen', () => {
    const proposal = makeProposal([], { outcome: 'penalty' });
    const bad = { ...proposal, penalties: [{ kind: 'fine', amount: 150_000 }] };
    const r = filed().refuse(
      'CONCLUDE_INVESTIGATION',
      { report: report(), proposal: bad },
      '2025-03-05',
    );
    expect(fields(r)).toEqual([
      {
        field: 'proposal.penalties[0].amount',
        reason: 'is not a known field (did you mean amountFen?)',
      },
      { field: 'proposal.penalties[0].amountFen', reason: 'is required: a fine needs amountFen' },
    ]);
    expect(r.message).toContain('proposal.penalties[0].amount is not a known field');
  });

  it('a confiscation of illegal property must state its value (APL 63(2))', () => {
    const r = filed().refuse(
      'CONCLUDE_INVESTIGATION',
      { report: report(), proposal: makeProposal([{ kind: 'confiscate_illegal_property' }]) },
      '2025-03-05',
    );
    expect(fields(r)).toEqual([
      {
        field: 'proposal.penalties[0].amountFen',
        reason: 'is required: confiscation of illegal property needs amountFen, its value',
      },
    ]);
  });

  it.each([
    ['an evidence kind outside the enum', { ...evidence, kind: 'foo' }, 'kind'],
    ['a hash that is not 64 hex digits', { ...evidence, sha256: 'abc' }, 'sha256'],
    ['an upper-case hash', { ...evidence, sha256: 'A'.repeat(64) }, 'sha256'],
    ['an unknown field', { ...evidence, note: '备注' }, 'note'],
    ['an empty required string', { ...evidence, description: '' }, 'description'],
    ['a NUL character', { ...evidence, description: 'a\u0000b' }, 'description'],
    ['a carriage return', { ...evidence, description: 'a\rb' }, 'description'],
    ['a bidi override', { ...evidence, description: '罚款\u202E000' }, 'description'],
    ['a bidi isolate', { ...evidence, description: '罚款\u2066x\u2069' }, 'description'],
    [
      'an unknown officer present',
      { ...evidence, officersPresent: ['h1', 'ghost'] },
      'officersPresent[1]',
    ],
    [
      'a malformed officer id',
      { ...evidence, officersPresent: ['h1', 'h 2'] },
      'officersPresent[1]',
    ],
    [
      'a __proto__ key',
      JSON.parse('{"kind":"document","description":"d","__proto__":{"a":1}}'),
      '__proto__',
    ],
    ['a constructor key', { ...evidence, constructor: 'x' }, 'constructor'],
  ])('RECORD_EVIDENCE refuses %s', (_, payload, field) => {
    const r = filed().refuse('RECORD_EVIDENCE', payload as Record<string, unknown>, '2025-03-05');
    expect(r.code).toBe('INVALID_PAYLOAD');
    expect(fields(r).map((e) => e.field)).toEqual([field]);
  });

  it('checks the text inside free-form item lists too', () => {
    const items = JSON.parse('["样品", {"name": "a\\u202Eb", "__proto__": {}}]');
    expect(strictErrors('PRESERVE_EVIDENCE', { items }).map((e) => e.field)).toEqual([
      'items[1].name',
      'items[1].__proto__',
    ]);
  });

  it('accepts tab and newline in text, and a 64-digit lowercase hash', () => {
    const ok = { ...evidence, description: '第一行\n\t第二行', sha256: 'ab'.repeat(32) };
    expect(filed().accept('RECORD_EVIDENCE', ok, '2025-03-05').ok).toBe(true);
  });

  it.each([
    ['2025-02-30', 'noticeServedAt'],
    ['2025-13-01', 'noticeServedAt'],
  ])('refuses the date %s that no calendar has', (day, field) => {
    const errors = strictErrors('SCHEDULE_HEARING', {
      hearingAt: `${day}T09:00:00+08:00`,
      noticeServedAt: day,
    });
    expect(errors.map((e) => e.field)).toEqual(['hearingAt', field]);
    expect(strictErrors('APPROVE_INSTALLMENTS', { plan: [{ dueOn: day, amountFen: 1 }] })).toEqual([
      { field: 'plan[0].dueOn', reason: "must be a real date 'YYYY-MM-DD'" },
    ]);
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['a string', '100'],
    ['beyond a safe integer', 2 ** 53],
  ])('refuses %s fen', (_, amountFen) => {
    const driver = filed();
    const r = driver.refuse(
      'CONCLUDE_INVESTIGATION',
      {
        report: report(),
        proposal: makeProposal([{ kind: 'fine', amountFen: amountFen as number }]),
      },
      '2025-03-05',
    );
    expect(fields(r).map((e) => e.field)).toEqual(['proposal.penalties[0].amountFen']);
  });

  it('refuses a handler who is not an officer, or who was deactivated', () => {
    const ghost = CaseDriver.open({}, '2025-03-03').refuse(
      'FILE_CASE',
      filing(['h1', 'h9']),
      '2025-03-04',
    );
    expect(fields(ghost)).toEqual([
      { field: 'handlerIds[1]', reason: 'is not a known officer (h9)' },
    ]);
    const gone = CaseDriver.open({}, '2025-03-03')
      .withOfficers(makeOfficer({ id: 'h2', active: false }))
      .refuse('FILE_CASE', filing(), '2025-03-04');
    expect(fields(gone)).toEqual([
      { field: 'handlerIds[1]', reason: 'names an inactive officer (h2)' },
    ]);
  });

  it('the case body itself (REGISTER_CLUE) is strict too', () => {
    const body = createCaseBody({ party: { kind: 'legal_person', name: '某公司', nmae: 'x' } });
    const envelope = makeEnvelope('REGISTER_CLUE', body, '2025-03-03', OFFICERS.h1);
    const r = penaltyCaseV2.start(envelope) as Refused;
    expect(fields(r)).toEqual([
      { field: 'party.nmae', reason: 'is not a known field (did you mean name?)' },
    ]);
  });
});

describe('v1 cases keep the leniency they were recorded under', () => {
  /** A case pinned to penalty-case@1, filed. */
  function v1Filed(): Accepted {
    const body = createCaseBody({
      receivedAt: '2025-03-03',
      party: { kind: 'natural_person', name: '张三', idNumber: '' },
    });
    const start = penaltyCaseV1.start(
      makeEnvelope('REGISTER_CLUE', body, '2025-03-03', OFFICERS.h1),
    );
    if (!start.ok) throw new Error(start.message);
    const filedCase = penaltyCaseV1.apply(
      start.snapshot,
      makeEnvelope('FILE_CASE', filing(), '2025-03-04', OFFICERS.a1),
    );
    if (!filedCase.ok) throw new Error(filedCase.message);
    return filedCase;
  }

  it('accepts what v1 accepted: open evidence kinds, short hashes, unknown fields, empty text', () => {
    const lax = {
      kind: 'foo',
      description: '',
      sha256: 'abc',
      note: 'x',
      officersPresent: ['h1', 'h2'],
    };
    const r = penaltyCaseV1.apply(
      v1Filed().snapshot,
      makeEnvelope('RECORD_EVIDENCE', lax, '2025-03-05', OFFICERS.h1),
    );
    expect(r.ok).toBe(true);
  });

  it('still counts a fine without amountFen as v1 did (replays as recorded)', () => {
    const proposal = {
      ...makeProposal([], { outcome: 'penalty' }),
      penalties: [{ kind: 'fine', amount: 150_000 }],
    };
    const r = penaltyCaseV1.apply(
      v1Filed().snapshot,
      makeEnvelope(
        'CONCLUDE_INVESTIGATION',
        { report: report(), proposal },
        '2025-03-05',
        OFFICERS.h1,
      ),
    );
    expect(r).toMatchObject({ ok: true, stage: 'caseReview' });
  });

  it('refuses in v1 what v1 refused: closed enums, money, real dates', () => {
    const snapshot = v1Filed().snapshot;
    const bad = makeProposal([{ kind: 'fine', amountFen: -1 }]);
    const r = penaltyCaseV1.apply(
      snapshot,
      makeEnvelope(
        'CONCLUDE_INVESTIGATION',
        { report: report(), proposal: bad },
        '2025-03-05',
        OFFICERS.h1,
      ),
    );
    expect(r).toMatchObject({
      code: 'INVALID_PAYLOAD',
      errors: [{ field: 'proposal.penalties[0].amountFen' }],
    });
  });
});

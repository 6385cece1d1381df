import { checkPayload, fieldsOf, payloadOf, type PayloadSchema } from '../src/forms/payload-schema';

const FILE_CASE: PayloadSchema = {
  type: 'object',
  properties: {
    handlerIds: { type: 'array', items: { type: 'string', format: 'officer-id' } },
    conditions: {
      type: 'object',
      properties: { evidenceOfViolation: { type: 'boolean' } },
      required: ['evidenceOfViolation'],
    },
    kind: { type: 'string', enum: ['fine', 'warning'] },
    amountFen: { type: 'integer', minimum: 1 },
    heldAt: { type: 'string', format: 'date-time' },
  },
  required: ['handlerIds', 'conditions'],
  // The service's conditional rules: a fine names its amount.
  allOf: [
    {
      if: { properties: { kind: { enum: ['fine'] } }, required: ['kind'] },
      then: { required: ['amountFen'] },
    },
  ],
};

describe('event payload schemas as fields and checks', () => {
  it('gives each property a field of its kind', () => {
    const kinds = fieldsOf(FILE_CASE).map((f) => [f.path.join('.'), f.kind, f.required]);
    expect(kinds).toEqual([
      ['handlerIds', 'list', true],
      ['conditions', 'object', true],
      ['kind', 'choice', false],
      ['amountFen', 'integer', false],
      ['heldAt', 'date-time', false],
    ]);
    expect(fieldsOf(FILE_CASE)[1].fields?.[0].path).toEqual(['conditions', 'evidenceOfViolation']);
  });

  it("applies the schema's if/then rules (a fine without its amount)", () => {
    const errors = checkPayload(FILE_CASE, {
      handlerIds: ['h1', 'h2'],
      conditions: { evidenceOfViolation: true },
      kind: 'fine',
    });
    expect(errors.map((e) => [e.path.join('.'), e.keyword])).toEqual([['amountFen', 'required']]);
  });

  it('passes a payload the schema accepts', () => {
    expect(
      checkPayload(FILE_CASE, { handlerIds: ['h1'], conditions: { evidenceOfViolation: false } }),
    ).toEqual([]);
  });

  it('leaves out empty optional values and gives a local date-time the business offset', () => {
    const payload = payloadOf(fieldsOf(FILE_CASE), {
      handlerIds: ['h1'],
      conditions: { evidenceOfViolation: true },
      kind: '',
      amountFen: null,
      heldAt: '2025-04-01T09:30',
    });
    expect(payload).toEqual({
      handlerIds: ['h1'],
      conditions: { evidenceOfViolation: true },
      heldAt: '2025-04-01T09:30:00+08:00',
    });
  });
});

import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson } from '../../src/ledger/canonical-json';
import { hashEntry, sha256Canonical } from '../../src/ledger/entry-hash';
import type { UnhashedEntry } from '../../src/ledger/log-entry';

/** Keys a log can hold, plus the ones JavaScript orders differently (integer-like). */
const key = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.nat({ max: 1000 }).map(String),
  fc.constantFrom('10', '9', '01', '-1', '1.5', 'a', 'B', 'é', '\u00e9', '😀', 'Ω'),
);
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1e-7, 123456789.123, Number.MAX_SAFE_INTEGER, 5e-324),
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', '"', '\\', '\n\t\u0000\u001f', '\u2028\u2029', '沪市监案〔2026〕00001'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('canonicalJson (RFC 8785)', () => {
  it('writes exactly what the canonicalize package writes, for any JSON value', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(canonicalize(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders integer-like keys as strings, not as JavaScript does', () => {
    expect(canonicalJson({ 10: 'a', 9: 'b', x: { 2: 1, 10: 2 } })).toBe(
      '{"10":"a","9":"b","x":{"10":2,"2":1}}',
    );
  });

  it('drops undefined members and writes null for undefined array items, like the package', () => {
    const v = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect(canonicalJson(v)).toBe(canonicalize(v));
    expect(canonicalJson(v)).toBe('{"b":[null,1],"c":{}}');
  });

  it('hands what is not plain data (a Date) to the package', () => {
    const v = { at: new Date('2026-11-21T00:00:00Z'), n: 1 };
    expect(canonicalJson(v)).toBe(canonicalize(v));
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow();
    expect(() => canonicalJson({ s: '\ud800' })).toThrow(/surrogate/i);
    expect(() => canonicalJson({ ['\udc00']: 1 })).toThrow(/surrogate/i);
  });
});

describe('hashEntry', () => {
  it('is SHA-256 of the canonical JSON of the hashed members, whatever they hold', () => {
    const entry = fc.record({
      caseId: fc.uuid(),
      seq: fc.nat(),
      type: text,
      occurredAt: text,
      recordedAt: text,
      actorId: text,
      payload: fc.dictionary(key, json, { maxKeys: 5 }),
      facts: fc.dictionary(key, json, { maxKeys: 3 }),
      flags: fc.array(text, { maxLength: 3 }),
      machineVersion: fc.nat(),
      prevHash: fc.string({
        unit: fc.constantFrom(...'0123456789abcdef'),
        minLength: 64,
        maxLength: 64,
      }),
    });
    fc.assert(
      fc.property(entry, (e) => {
        const { caseId, seq, type, occurredAt, recordedAt, actorId, payload, facts } = e;
        const { flags, machineVersion, prevHash } = e;
        const members = { caseId, seq, type, occurredAt, recordedAt, actorId, payload, facts };
        const expected = sha256Canonical({ ...members, flags, machineVersion, prevHash });
        expect(hashEntry(e as unknown as UnhashedEntry)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

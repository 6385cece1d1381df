import { diffValues } from '../../src/audit/context-diff';

describe("the time travel's changes between two states", () => {
  it('names each changed, added and removed leaf by its path', () => {
    const before = { stage: 'a', handlerIds: ['h1'], party: { name: '甲', phone: '1' } };
    const after = {
      stage: 'b',
      handlerIds: ['h1', 'h2'],
      party: { name: '甲' },
      evidence: [{ kind: 'photo' }],
    };
    expect(diffValues(before, after)).toEqual([
      { path: 'evidence', after: [{ kind: 'photo' }] },
      { path: 'handlerIds[1]', after: 'h2' },
      { path: 'party.phone', before: '1' },
      { path: 'stage', before: 'a', after: 'b' },
    ]);
  });

  it('finds nothing between equal states, and one change where the kind of value changed', () => {
    expect(diffValues({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
    expect(diffValues({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { path: 'a', before: [1], after: { 0: 1 } },
    ]);
    expect(diffValues({ a: null }, { a: 0 })).toEqual([{ path: 'a', before: null, after: 0 }]);
  });
});

import {
  createRuleRegistry,
  DEFAULT_RULE_SET,
  defaultRuleRegistry,
  type RuleSet,
} from '../../workflows/rules/rule-set';

const makeRuleSet = (overrides: Partial<RuleSet> = {}): RuleSet => ({
  ...DEFAULT_RULE_SET,
  ...overrides,
});

describe('rule registry (versioned configuration)', () => {
  const province2024 = makeRuleSet({
    id: 'province@2024-01-01',
    effectiveFrom: '2024-01-01',
    hearing: { ...DEFAULT_RULE_SET.hearing, naturalPersonFineFen: 500_000 },
  });
  const province2026 = makeRuleSet({ id: 'province@2026-03-01', effectiveFrom: '2026-03-01' });
  const registry = createRuleRegistry([province2026, DEFAULT_RULE_SET, province2024]);

  it('picks the latest set whose effectiveFrom is on or before the date', () => {
    expect(registry.inForceOn('2023-12-31').id).toBe('default@2021-07-15');
    expect(registry.inForceOn('2024-01-01').id).toBe('province@2024-01-01');
    expect(registry.inForceOn('2026-02-28').id).toBe('province@2024-01-01');
    expect(registry.inForceOn('2026-03-01').id).toBe('province@2026-03-01');
    expect(registry.inForceOn('2031-01-01').id).toBe('province@2026-03-01');
  });

  it('refuses a date before any set, and two sets starting the same day', () => {
    expect(() => registry.inForceOn('2021-07-14')).toThrow(RangeError);
    const clash = makeRuleSet({ id: 'other@2021-07-15' });
    expect(() => createRuleRegistry([DEFAULT_RULE_SET, clash])).toThrow(RangeError);
  });

  it('the default registry serves the §5 defaults from the 2021 APL on', () => {
    expect(defaultRuleRegistry.inForceOn('2025-03-03')).toBe(DEFAULT_RULE_SET);
  });

  it('holds the PROCEDURE.md §5 defaults in fen', () => {
    expect(DEFAULT_RULE_SET.hearing).toEqual({
      naturalPersonFineFen: 1_000_000,
      organisationFineFen: 10_000_000,
      aggregateFineAndConfiscation: false,
    });
    expect(DEFAULT_RULE_SET.summary).toEqual({
      naturalPersonMaxFineFen: 20_000,
      organisationMaxFineFen: 300_000,
    });
    expect(DEFAULT_RULE_SET.legalReview.penaltyKinds).toEqual(
      expect.arrayContaining([
        'revoke_license',
        'suspend_business',
        'order_closure',
        'restrict_practice',
      ]),
    );
    expect(DEFAULT_RULE_SET.collectiveDiscussion.minimumApprovers).toBe(3);
  });

  it('the defaults cannot be changed in place', () => {
    expect(Object.isFrozen(DEFAULT_RULE_SET.hearing)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RULE_SET.legalReview.penaltyKinds)).toBe(true);
  });
});

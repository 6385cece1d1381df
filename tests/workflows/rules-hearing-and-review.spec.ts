import type { Party, Proposal } from '../../workflows/model/domain.types';
import {
  collectiveDiscussionRequired,
  DEFAULT_RULE_SET,
  HEARING_SCOPE_BORDERLINE,
  hearingScope,
  isOrganisation,
  legalReviewRequired,
  type RuleSet,
} from '../../workflows/rules/rule-set';

const yuan = (amount: number) => amount * 100;
const makeParty = (overrides: Partial<Party> = {}): Party => ({
  kind: 'natural_person',
  name: '张三',
  ...overrides,
});
const makeProposal = (overrides: Partial<Proposal> = {}): Proposal => ({
  outcome: 'penalty',
  penalties: [{ kind: 'fine', amountFen: yuan(5_000) }],
  legalBasis: '《产品质量法》第五十条',
  ...overrides,
});
const company = makeParty({ kind: 'legal_person', name: '某某有限公司' });
const rules = DEFAULT_RULE_SET;

describe('hearing scope (APL 63)', () => {
  it('S01: a 150,000-yuan fine on a legal person requires a hearing', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'fine', amountFen: yuan(150_000) }] });
    expect(hearingScope(proposal, company, rules)).toEqual({
      required: true,
      reasons: ['large_fine'],
      flags: [],
    });
  });

  it('S02: an 8,000-yuan fine on a natural person does not', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'fine', amountFen: yuan(8_000) }] });
    expect(hearingScope(proposal, makeParty(), rules).required).toBe(false);
  });

  it('"以上" includes the threshold: 10,000 yuan on a person, 100,000 on an organisation', () => {
    const fine = (amount: number) =>
      makeProposal({ penalties: [{ kind: 'fine', amountFen: amount }] });
    expect(hearingScope(fine(yuan(10_000)), makeParty(), rules).required).toBe(true);
    expect(hearingScope(fine(yuan(10_000) - 1), makeParty(), rules).required).toBe(false);
    expect(hearingScope(fine(yuan(100_000)), company, rules).required).toBe(true);
    expect(hearingScope(fine(yuan(100_000) - 1), company, rules).required).toBe(false);
    const shop = makeParty({ kind: 'individual_business' });
    expect(hearingScope(fine(yuan(10_000)), shop, rules).required).toBe(true);
  });

  it('S03: licence revocation of an individual business requires a hearing without a fine', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'revoke_license' }] });
    const shop = makeParty({ kind: 'individual_business' });
    expect(hearingScope(proposal, shop, rules)).toEqual({
      required: true,
      reasons: ['revoke_license'],
      flags: [],
    });
  });

  it.each([
    'lower_qualification',
    'suspend_license',
    'restrict_production',
    'suspend_business',
    'order_closure',
    'restrict_practice',
  ] as const)('APL 63(3)–(5): %s requires a hearing whatever the amount', (kind) => {
    const proposal = makeProposal({ penalties: [{ kind, durationDays: 30 }] });
    expect(hearingScope(proposal, company, rules).reasons).toEqual([kind]);
  });

  it('a large confiscation requires a hearing on its own', () => {
    const proposal = makeProposal({
      penalties: [{ kind: 'confiscate_illegal_gains', amountFen: yuan(12_000) }],
    });
    expect(hearingScope(proposal, makeParty(), rules).reasons).toEqual(['large_confiscation']);
  });

  it('fine and confiscation are not added, but crossing together flags HEARING_SCOPE_BORDERLINE', () => {
    const proposal = makeProposal({
      penalties: [
        { kind: 'fine', amountFen: yuan(6_000) },
        { kind: 'confiscate_illegal_property', amountFen: yuan(4_000) },
      ],
    });
    expect(hearingScope(proposal, makeParty(), rules)).toEqual({
      required: false,
      reasons: [],
      flags: [HEARING_SCOPE_BORDERLINE],
    });
    const aggregating: RuleSet = {
      ...rules,
      hearing: { ...rules.hearing, aggregateFineAndConfiscation: true },
    };
    expect(hearingScope(proposal, makeParty(), aggregating)).toEqual({
      required: true,
      reasons: ['large_fine_and_confiscation'],
      flags: [],
    });
  });

  it('no borderline flag when the sum stays below or one amount crosses alone', () => {
    const below = makeProposal({
      penalties: [
        { kind: 'fine', amountFen: yuan(5_000) },
        { kind: 'confiscate_illegal_gains', amountFen: yuan(4_999) },
      ],
    });
    expect(hearingScope(below, makeParty(), rules).flags).toEqual([]);
    const alone = makeProposal({
      penalties: [
        { kind: 'fine', amountFen: yuan(10_000) },
        { kind: 'confiscate_illegal_gains', amountFen: yuan(1_000) },
      ],
    });
    expect(hearingScope(alone, makeParty(), rules)).toEqual({
      required: true,
      reasons: ['large_fine'],
      flags: [],
    });
  });

  it('a proposal not to penalise offers no hearing', () => {
    const proposal = makeProposal({ outcome: 'no_penalty', penalties: [] });
    expect(hearingScope(proposal, makeParty(), rules).required).toBe(false);
  });

  it('treats legal persons and other organisations as organisations, not individual businesses', () => {
    expect(isOrganisation('legal_person')).toBe(true);
    expect(isOrganisation('other_organization')).toBe(true);
    expect(isOrganisation('individual_business')).toBe(false);
    expect(isOrganisation('natural_person')).toBe(false);
  });
});

describe('legal review (APL 58 and the bureau list)', () => {
  const noHearing = { hearingHeld: false };

  it('S03: licence revocation is on the default list', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'revoke_license' }] });
    const shop = makeParty({ kind: 'individual_business' });
    expect(legalReviewRequired(proposal, shop, rules, noHearing)).toEqual({
      required: true,
      reasons: ['revoke_license'],
    });
  });

  it('S06, APL 58(2): a held hearing makes it required', () => {
    expect(legalReviewRequired(makeProposal(), makeParty(), rules, { hearingHeld: true })).toEqual({
      required: true,
      reasons: ['hearing_held'],
    });
  });

  it('a small fine without flags needs none', () => {
    expect(legalReviewRequired(makeProposal(), makeParty(), rules, noHearing)).toEqual({
      required: false,
      reasons: [],
    });
  });

  it('a fine at the threshold needs one', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'fine', amountFen: yuan(100_000) }] });
    expect(legalReviewRequired(proposal, company, rules, noHearing).reasons).toEqual([
      'large_fine',
    ]);
  });

  it('APL 58(1)(3): major public interest and complexity make it required', () => {
    const proposal = makeProposal({ flags: { majorPublicInterest: true, complex: true } });
    expect(legalReviewRequired(proposal, makeParty(), rules, noHearing).reasons).toEqual([
      'major_public_interest',
      'complex',
    ]);
  });

  it('a manual flag raises the requirement', () => {
    const result = legalReviewRequired(makeProposal(), makeParty(), rules, {
      hearingHeld: false,
      manualFlag: true,
    });
    expect(result).toEqual({ required: true, reasons: ['manual_flag'] });
  });

  it('a manual flag of false never lowers it', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'suspend_business', durationDays: 30 }] });
    const result = legalReviewRequired(proposal, company, rules, {
      hearingHeld: false,
      manualFlag: false,
    });
    expect(result.required).toBe(true);
  });
});

describe('collective discussion (APL 57)', () => {
  it('is required for a complex case or a major violation', () => {
    const proposal = makeProposal({ flags: { complex: true, majorViolation: true } });
    expect(collectiveDiscussionRequired(proposal, makeParty(), rules)).toEqual({
      required: true,
      reasons: ['complex', 'major_violation'],
    });
  });

  it('by default follows the legal-review list', () => {
    const proposal = makeProposal({ penalties: [{ kind: 'order_closure' }] });
    expect(collectiveDiscussionRequired(proposal, company, rules).reasons).toEqual([
      'order_closure',
    ]);
    const ownList: RuleSet = {
      ...rules,
      collectiveDiscussion: { sameTriggersAsLegalReview: false, minimumApprovers: 3 },
    };
    expect(collectiveDiscussionRequired(proposal, company, ownList).required).toBe(false);
  });

  it('is not required for a small fine without flags, nor when no penalty is given', () => {
    expect(collectiveDiscussionRequired(makeProposal(), makeParty(), rules).required).toBe(false);
    const none = makeProposal({ outcome: 'no_penalty', penalties: [], flags: { complex: true } });
    expect(collectiveDiscussionRequired(none, makeParty(), rules).required).toBe(false);
  });
});

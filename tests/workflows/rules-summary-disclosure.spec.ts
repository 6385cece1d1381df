import type { Party, Penalty } from '../../workflows/model/domain.types';
import {
  DEFAULT_RULE_SET,
  disclosureObligation,
  summaryAllowed,
} from '../../workflows/rules/rule-set';

const yuan = (amount: number) => amount * 100;
const makeParty = (overrides: Partial<Party> = {}): Party => ({
  kind: 'natural_person',
  name: '李四',
  ...overrides,
});
const fine = (amountFen: number): Penalty => ({ kind: 'fine', amountFen });
const rules = DEFAULT_RULE_SET;

describe('summary procedure (APL 51, G31)', () => {
  const person = makeParty();
  const company = makeParty({ kind: 'legal_person', name: '某某有限公司' });

  it('S17: 200 yuan on a natural person is allowed, 201 is not', () => {
    expect(summaryAllowed([fine(yuan(200))], person, rules)).toEqual({ allowed: true });
    expect(summaryAllowed([fine(yuan(201))], person, rules)).toEqual({
      allowed: false,
      reason: 'fine_above_summary_limit',
    });
  });

  it('S17: 3,000 yuan on an organisation is allowed, 300,001 fen is not', () => {
    expect(summaryAllowed([fine(yuan(3_000))], company, rules).allowed).toBe(true);
    expect(summaryAllowed([fine(300_001)], company, rules).allowed).toBe(false);
    const other = makeParty({ kind: 'other_organization' });
    expect(summaryAllowed([fine(yuan(3_000))], other, rules).allowed).toBe(true);
  });

  it('S17: a warning is allowed', () => {
    expect(summaryAllowed([{ kind: 'warning' }], person, rules)).toEqual({ allowed: true });
  });

  it('an individual business takes the citizen limit', () => {
    const shop = makeParty({ kind: 'individual_business' });
    expect(summaryAllowed([fine(yuan(201))], shop, rules).allowed).toBe(false);
  });

  it('only warnings and fines may be decided on the spot', () => {
    const penalties: Penalty[] = [
      fine(yuan(100)),
      { kind: 'confiscate_illegal_gains', amountFen: 1 },
    ];
    expect(summaryAllowed(penalties, person, rules)).toEqual({
      allowed: false,
      reason: 'kind_not_summary:confiscate_illegal_gains',
    });
    expect(summaryAllowed([{ kind: 'public_criticism' }], person, rules).allowed).toBe(false);
    expect(summaryAllowed([], person, rules).allowed).toBe(false);
  });

  it('a warning plus a fine counts the fine against the limit', () => {
    expect(summaryAllowed([{ kind: 'warning' }, fine(yuan(200))], person, rules).allowed).toBe(
      true,
    );
    expect(summaryAllowed([fine(yuan(150)), fine(yuan(51))], person, rules).allowed).toBe(false);
  });
});

describe('disclosure on GSXT (DR 2, 13)', () => {
  it('S16: a warning-only decision is not published (DR 2 ¶2)', () => {
    expect(disclosureObligation('ordinary', [{ kind: 'warning' }], rules)).toEqual({
      mustPublish: false,
      reason: 'warning_only',
      display: { days: 0 },
    });
  });

  it('S16: a summary-procedure decision is not published (DR 2 ¶1)', () => {
    const result = disclosureObligation('summary', [fine(yuan(200))], rules);
    expect(result.mustPublish).toBe(false);
    expect(result.reason).toBe('summary_procedure');
  });

  it('S16: 通报批评 only is displayed 3 months (DR 13 ¶1)', () => {
    expect(disclosureObligation('ordinary', [{ kind: 'public_criticism' }], rules)).toEqual({
      mustPublish: true,
      display: { months: 3 },
    });
  });

  it('S16: a fine of 200,000 yuan is displayed 3 years', () => {
    expect(disclosureObligation('ordinary', [fine(yuan(200_000))], rules)).toEqual({
      mustPublish: true,
      display: { months: 36 },
    });
  });

  it('a low fine (≤ the province threshold) is displayed 3 months, one fen more 3 years', () => {
    const limit = rules.disclosure.shortDisplayMaxFineFen;
    expect(disclosureObligation('ordinary', [fine(limit)], rules).display).toEqual({ months: 3 });
    expect(disclosureObligation('ordinary', [fine(limit + 1)], rules).display).toEqual({
      months: 36,
    });
  });

  it('a low fine with a confiscation is not "only" a low fine: 3 years', () => {
    const penalties: Penalty[] = [
      fine(yuan(1_000)),
      { kind: 'confiscate_illegal_gains', amountFen: yuan(500) },
    ];
    expect(disclosureObligation('ordinary', penalties, rules).display).toEqual({ months: 36 });
  });

  it('DR 13 ¶3: a ban longer than 3 years is displayed for its length', () => {
    const penalties: Penalty[] = [
      fine(yuan(50_000)),
      { kind: 'restrict_practice', durationDays: 5 * 365 },
    ];
    expect(disclosureObligation('ordinary', penalties, rules).display).toEqual({
      days: 5 * 365,
    });
    const shortBan: Penalty[] = [{ kind: 'suspend_license', durationDays: 180 }];
    expect(disclosureObligation('ordinary', shortBan, rules).display).toEqual({ months: 36 });
  });

  it('a decision without a penalty is not published', () => {
    expect(disclosureObligation('ordinary', [], rules).mustPublish).toBe(false);
  });
});

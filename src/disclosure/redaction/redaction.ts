// DR 5, 6 (SAMR Order 45/2021): what of a party and of the decision's text may be published.
import type { Party, PartyKind } from '../../../workflows';
import { ADDRESS_MASK, maskAddresses } from './personal-addresses';
import { maskName, type NamePolicy } from './personal-names';
import { MASK, maskPersonalNumbers } from './personal-numbers';
import { maskNormalised, normalised, type Span } from './normalise';
import { namesPerson, operatorSpans } from './operator-names';

export { maskName, NAME_POLICIES, type NamePolicy } from './personal-names';
export { MASK, maskPersonalNumbers } from './personal-numbers';
export { ADDRESS_MASK, maskAddresses } from './personal-addresses';

/** The party as published: no ID number, address, phone or bank account, ever. */
export interface PublicParty {
  kind: PartyKind;
  name: string;
  /** 统一社会信用代码 of a registered market entity (DR 2 ¶3: recorded under its name). */
  creditCode?: string;
}

/** What is known about the subject of a text; raw values are masked wherever they appear. */
export type Subject = Pick<Party, 'kind' | 'name'> &
  Partial<Pick<Party, 'idNumber' | 'phone' | 'address'>>;

/** 个人信息: a natural person, and the operator behind an individual business (个体工商户). */
export function concernsNaturalPerson(kind: PartyKind): boolean {
  return kind === 'natural_person' || kind === 'individual_business';
}

/**
 * A number's country code written before it (+86, 0086, (+86), 86-, +86·): masked with the
 * number, whatever separates them (the separators the number itself may be written with).
 */
const COUNTRY_CODE = '(?:[(（]?(?:[+＋]|00)?86[)）]?[\\s·•・.-]*)?';

/** A value matched however it is spaced or dotted: 张 三 丰, 张·三·丰, 张\u200b三丰. */
function literalSpans(text: string, value: string | undefined, mask: string): Span[] {
  const chars = [...normalised(value ?? '').replace(/[\s·•・.]/g, '')];
  if (chars.length < 2) return [];
  const body = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s·•・.]*');
  const pattern = mask === MASK.idNumber || mask === MASK.phone ? COUNTRY_CODE + body : body;
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    mask,
  }));
}

/** The raw values of the subject, each with what replaces it. */
function literals(subject: Subject, policy: NamePolicy): [string | undefined, string][] {
  const values: [string | undefined, string][] = [
    [subject.address, ADDRESS_MASK],
    [subject.idNumber, MASK.idNumber],
    [subject.phone, MASK.phone],
  ];
  if (policy === 'surname' && namesPerson(subject)) {
    values.push([subject.name, maskName(subject.name, policy)]);
  }
  return values;
}

/**
 * Free text of a decision (the violation, the legal basis, a withdrawal's reasons) as published.
 * Numbers are scanned for every party (a company's text may name its representative's phone);
 * addresses and names only where the party is a natural person or an individual business.
 * Matching runs on normalised text (width, separators, zero-width, numerals). Idempotent.
 */
export function redactFreeText(text: string, subject: Subject, policy: NamePolicy): string {
  let out = text;
  if (concernsNaturalPerson(subject.kind)) {
    out = maskNormalised(out, (t) => [
      ...literals(subject, policy).flatMap(([value, by]) => literalSpans(t, value, by)),
      ...(policy === 'surname' ? operatorSpans(t) : []),
    ]);
    out = maskAddresses(out);
  }
  return maskPersonalNumbers(out);
}

/**
 * DR 4: 当事人基本情况. An organisation keeps its name and credit code; an individual business
 * keeps its registered name and code (DR 2 ¶3); a natural person is named per the bureau's policy.
 */
export function publicParty(
  party: Subject & { creditCode?: string },
  policy: NamePolicy,
): PublicParty {
  if (namesPerson(party)) {
    return { kind: party.kind, name: maskPersonalNumbers(maskName(party.name, policy)) };
  }
  const creditCode = party.creditCode?.trim();
  return {
    kind: party.kind,
    name: maskPersonalNumbers(party.name.trim()),
    ...(creditCode ? { creditCode } : {}),
  };
}

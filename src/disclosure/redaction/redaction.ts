// DR 5, 6 (SAMR Order 45/2021): what of a party and of the decision's text may be published.
import type { Party, PartyKind } from '../../../workflows/model/domain.types';
import { ADDRESS_MASK, maskAddresses } from './personal-addresses';
import { maskName, type NamePolicy } from './personal-names';
import { MASK, maskPersonalNumbers } from './personal-numbers';

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

function replaceAll(text: string, value: string | undefined, by: string): string {
  const v = value?.trim();
  return v && v.length >= 2 ? text.split(v).join(by) : text;
}

/** The raw values of the subject, longest first, each with what replaces it. */
function literals(subject: Subject, policy: NamePolicy): [string | undefined, string][] {
  const values: [string | undefined, string][] = [
    [subject.address, ADDRESS_MASK],
    [subject.idNumber, MASK.idNumber],
    [subject.phone, MASK.phone],
  ];
  if (subject.kind === 'natural_person' && policy === 'surname') {
    values.push([subject.name, maskName(subject.name, policy)]);
  }
  return values.sort(([a], [b]) => (b?.length ?? 0) - (a?.length ?? 0));
}

/**
 * Free text of a decision (the violation, the legal basis, a withdrawal's reasons) as published.
 * Numbers are scanned for every party (a company's text may name its representative's phone);
 * addresses and the name only where the party is a natural person. Idempotent.
 */
export function redactFreeText(text: string, subject: Subject, policy: NamePolicy): string {
  let out = text;
  if (concernsNaturalPerson(subject.kind)) {
    for (const [value, by] of literals(subject, policy)) out = replaceAll(out, value, by);
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
  if (party.kind === 'natural_person') {
    return { kind: party.kind, name: maskPersonalNumbers(maskName(party.name, policy)) };
  }
  const creditCode = party.creditCode?.trim();
  return {
    kind: party.kind,
    name: maskPersonalNumbers(party.name.trim()),
    ...(creditCode ? { creditCode } : {}),
  };
}

// DR 6: a natural person's home address is never published. Pure heuristics for free text,
// matched on normalised text (normalise.ts) and masked in the original.
import { groupSpan, maskNormalised, type Span } from './normalise';

export const ADDRESS_MASK = '［地址已隐去］';
export const HOUSE_NUMBER_MASK = '［门牌号已隐去］';

/** Digits after normalisation, and the numerals that normalisation keeps (十, 百). */
const D = '[0-9十百]';
/** 住址：… up to the next punctuation: everything after the label is the address. */
const NOUN_LABELLED = new RegExp(
  '(家庭住址|家庭地址|户籍地址|户籍所在地|户籍地|现住址|住址|住所地|住所|居住地|地址)' +
    '(\\s*[:为是]\\s*|\\s+)([^,。;、\\n()]{2,80})',
  'gd',
);
/** 家住…, 住在…: the verb is followed by the address itself. */
const VERB_LABELLED = /(家住|住在|居住于|居住在|现住)(?![址所])(\s*)([^,。;、\n()]{2,80})/dg;
const ROAD = '(路|街|道|巷|弄|胡同|里|村|组|小区|花园|公寓|大厦|苑|园)';
const UNIT = '(?:号楼|号院|号|弄|栋|幢|座|单元|室|楼|层|户)';
/** 张江路100号3栋201室: the road name stays, the house number does not. */
const HOUSE_NUMBER = new RegExp(
  `${ROAD}(\\s*${D}+\\s*${UNIT}(?:\\s*-?\\s*${D}+\\s*${UNIT})*)`,
  'dg',
);
/** 张江路100-3-201, 张江路100号3-201: numbers joined by dashes after a road or a number. */
const DASHED_HOUSE_NUMBER = new RegExp(
  `(路|街|道|巷|弄|胡同|里|村|号)(\\s*${D}+(?:\\s*-\\s*${D}+)+)`,
  'dg',
);

function groupSpans(text: string, re: RegExp, group: number, mask: string): Span[] {
  return [...text.matchAll(re)].flatMap((m) => {
    const span = groupSpan(m, group);
    return span ? [{ start: span[0], end: span[1], mask }] : [];
  });
}

/** Address spans in normalised text: labelled ones whole, others' house numbers. */
export function addressSpans(text: string): Span[] {
  return [
    ...groupSpans(text, NOUN_LABELLED, 3, ADDRESS_MASK),
    ...groupSpans(text, VERB_LABELLED, 3, ADDRESS_MASK),
    ...groupSpans(text, HOUSE_NUMBER, 2, HOUSE_NUMBER_MASK),
    ...groupSpans(text, DASHED_HOUSE_NUMBER, 2, HOUSE_NUMBER_MASK),
  ];
}

/** Masks addresses in free text about a natural person: labelled ones whole, others' numbers. */
export function maskAddresses(text: string): string {
  return maskNormalised(text, addressSpans);
}

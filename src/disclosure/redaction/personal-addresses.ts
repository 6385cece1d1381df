// DR 6: a natural person's home address is never published. Pure heuristics for free text.

export const ADDRESS_MASK = '［地址已隐去］';
export const HOUSE_NUMBER_MASK = '［门牌号已隐去］';

const D = '[0-9\\uFF10-\\uFF19一二三四五六七八九十百零〇]';
/** 住址：… up to the next punctuation: everything after the label is the address. */
const NOUN_LABELLED = new RegExp(
  '(家庭住址|家庭地址|户籍地址|户籍所在地|户籍地|现住址|住址|住所地|住所|居住地|地址)' +
    '(\\s*[：:为是]\\s*|\\s+)([^，。；;,、\\n（）()]{2,80})',
  'g',
);
/** 家住…, 住在…: the verb is followed by the address itself. */
const VERB_LABELLED = /(家住|住在|居住于|居住在|现住)(?![址所])(\s*)([^，。；;,、\n（）()]{2,80})/g;
/** 张江路100号3栋201室: the road name stays, the house number does not. */
const HOUSE_NUMBER = new RegExp(
  `(路|街|道|巷|弄|胡同|里|村|组|小区|花园|公寓|大厦|苑|园)(\\s*${D}+\\s*(?:号楼|号院|号|弄|栋|幢|座|单元|室|楼|层)` +
    `(?:\\s*[-－]?\\s*${D}+\\s*(?:号楼|号|弄|栋|幢|座|单元|室|楼|层|户))*)`,
  'g',
);

/** Masks addresses in free text about a natural person: labelled ones whole, others' numbers. */
export function maskAddresses(text: string): string {
  return text
    .replace(NOUN_LABELLED, (_all, label: string, gap: string) => `${label}${gap}${ADDRESS_MASK}`)
    .replace(VERB_LABELLED, (_all, label: string, gap: string) => `${label}${gap}${ADDRESS_MASK}`)
    .replace(HOUSE_NUMBER, (_all, road: string) => `${road}${HOUSE_NUMBER_MASK}`);
}

// Generators of personal numbers and of the ways people disguise them in free text (issue 13).
import fc from 'fast-check';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** GB 11643-1999 check character. */
function checkChar(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

export const idNumber = fc
  .tuple(
    fc.integer({ min: 110000, max: 659999 }),
    fc.date({ min: new Date('1940-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, born, sequence]) => {
    const body = `${region}${born.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
    return body + checkChar(body);
  });
export const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);
export const landline = fc
  .tuple(fc.constantFrom('010', '021', '0571', '0755'), digits(8))
  .map(([area, local]) => area + local.slice(0, area.length === 3 ? 8 : 7));
export const bankCard = fc
  .tuple(fc.constantFrom('62', '45', '52'), fc.integer({ min: 14, max: 17 }))
  .chain(([bin, n]) => digits(n).map((d) => bin + d));

export type NumberKind = 'id' | 'mobile' | 'landline' | 'bank';
const tagged = (kind: NumberKind, arb: fc.Arbitrary<string>) =>
  arb.map((plain): { kind: NumberKind; plain: string } => ({ kind, plain }));
export const personalNumber = fc.oneof(
  tagged('id', idNumber),
  tagged('mobile', mobile),
  tagged('landline', landline),
  tagged('bank', bankCard),
);

const SMALL = '〇一二三四五六七八九';
const LARGE = '零壹贰叁肆伍陆柒捌玖';
const STYLES = ['ascii', 'full', 'small', 'large', 'mixed'] as const;
const writeDigit = (d: string, style: (typeof STYLES)[number], i: number): string => {
  if (d === 'X' || d === 'x') return style === 'full' ? 'Ｘ' : d;
  const n = Number(d);
  const pick = style === 'mixed' ? STYLES[i % 4] : style;
  if (pick === 'full') return String.fromCharCode(0xff10 + n);
  if (pick === 'small') return SMALL[n];
  if (pick === 'large') return LARGE[n];
  return d;
};

/** What may stand between two digit groups, or between every digit. */
export const SEPARATORS = [
  '',
  ' ',
  '  ',
  '-',
  '－',
  '—',
  '.',
  '．',
  ',',
  '，',
  '/',
  '·',
  '_',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  ' - ',
  '、',
];

export interface Disguised {
  kind: NumberKind;
  plain: string;
  written: string;
}

/** A number as someone might write it: grouped, separated, in any digit style, wrapped. */
export const disguised: fc.Arbitrary<Disguised> = fc
  .tuple(
    personalNumber,
    fc.uniqueArray(fc.integer({ min: 1, max: 18 }), { maxLength: 5 }),
    fc.constantFrom(...SEPARATORS),
    fc.boolean(),
    fc.constantFrom(...STYLES),
    fc.constantFrom('', '+86 ', '86-', '(', '（'),
  )
  .map(([{ kind, plain }, cuts, sep, everyDigit, style, prefix]) => {
    const chars = [...plain].map((d, i) => writeDigit(d, style, i));
    const at = new Set(everyDigit && sep.length <= 1 ? chars.map((_, i) => i) : cuts);
    let written = '';
    chars.forEach((c, i) => {
      if (i > 0 && at.has(i)) written += sep;
      written += c;
    });
    // (138)1234-5678: a bracketed first group only makes sense for a phone.
    if (prefix === '(' || prefix === '（') {
      if (kind !== 'mobile') return { kind, plain, written };
      const close = prefix === '(' ? ')' : '）';
      written = `${prefix}${chars.slice(0, 3).join('')}${close}${chars.slice(3, 7).join('')}-${chars.slice(7).join('')}`;
      return { kind, plain, written };
    }
    return { kind, plain, written: kind === 'mobile' ? prefix + written : written };
  });

/** Chinese text with no digits and no numerals, and punctuation around the numbers. */
const HAN = '当事人销售过期食品经查明违反规定责令改正并处罚款元条款项在于其和电话号码账户身份证';
export const plainText = fc
  .array(fc.oneof(fc.constantFrom(...HAN), fc.constantFrom('，', '。', ' ', '：', '（', '）')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

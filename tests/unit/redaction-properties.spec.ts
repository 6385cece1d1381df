import fc from 'fast-check';
import {
  MASK,
  maskPersonalNumbers,
  publicParty,
  redactFreeText,
} from '../../src/disclosure/redaction/redaction';

// Generators of realistic personal numbers, each with the ways people write them.

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
const joinGroups = (s: string, sizes: number[], sep: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(s.slice(at, at + size));
    at += size;
  }
  return parts.filter(Boolean).join(sep);
};

/** GB 11643-1999 check character. */
function checkChar(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

const idNumber = fc
  .tuple(
    fc.integer({ min: 110000, max: 659999 }),
    fc.date({ min: new Date('1940-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom('', ' '),
  )
  .map(([region, born, sequence, sep]) => {
    const body = `${region}${born.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
    return joinGroups(body + checkChar(body), [6, 8, 4], sep);
  });

const mobile = fc
  .tuple(
    fc.integer({ min: 3, max: 9 }),
    digits(9),
    fc.constantFrom('', ' ', '-'),
    fc.constantFrom('', '+86 ', '86'),
  )
  .map(
    ([second, rest, sep, prefix]) =>
      prefix + joinGroups(`1${second}${rest.join('')}`, [3, 4, 4], sep),
  );

const landline = fc
  .tuple(
    fc.constantFrom('010', '021', '022', '023', '0571', '0755', '0898'),
    digits(8),
    fc.constantFrom('-', ' ', ''),
  )
  .map(
    ([area, local, sep]) => `${area}${sep}${local.join('').slice(0, area.length === 3 ? 8 : 7)}`,
  );

const bankCard = fc
  .tuple(
    fc.constantFrom('62', '45', '52'),
    fc.integer({ min: 14, max: 17 }),
    fc.constantFrom('', ' ', '-'),
  )
  .chain(([bin, n, sep]) =>
    digits(n).map((d) => joinGroups(bin + d.join(''), [4, 4, 4, 4, 3], sep)),
  );

const personalNumber = fc.oneof(idNumber, mobile, landline, bankCard);

// Random text: Chinese, Latin, punctuation, spaces, and short numbers (amounts, articles, dates).
const chinese = fc.constantFrom(
  ...'当事人销售过期食品经查明违反规定责令改正并处罚款元第条款项在于其和'.split(''),
);
const fragment = fc.oneof(
  chinese,
  fc.constantFrom(
    '，',
    '。',
    '：',
    '（',
    '）',
    ' ',
    '-',
    '、',
    '〔',
    '〕',
    'a',
    'B',
    '电话',
    '账号',
  ),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom('2025-09-15', '2026-01-01', '2024-2-9'),
);
const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
const noDigits = fc
  .array(fc.oneof(chinese, fc.constantFrom('，', '。', ' ', '：')), { maxLength: 20 })
  .map((parts) => parts.join(''));

const onlyDigits = (s: string) => s.replace(/[^0-9]/g, '');
const MASKS = Object.values(MASK);

describe('redaction properties (fast-check)', () => {
  it('no generated personal number survives anywhere in random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, personalNumber), { minLength: 1, maxLength: 4 }),
        text,
        (pairs, tail) => {
          const input = pairs.map(([before, n]) => before + n).join('') + tail;
          const out = maskPersonalNumbers(input);
          for (const [, n] of pairs) {
            expect(out).not.toContain(n);
            expect(out).not.toContain(onlyDigits(n));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('replaces the number, and only the number, when the text around it has no digits', () => {
    fc.assert(
      fc.property(noDigits, personalNumber, noDigits, (before, n, after) => {
        const out = maskPersonalNumbers(`${before}${n}${after}`);
        const masked = out.slice(before.length, out.length - after.length);
        expect(out.startsWith(before) && out.endsWith(after)).toBe(true);
        expect(MASKS).toContain(masked.replace(/^\+/, ''));
      }),
      { numRuns: 1000 },
    );
  });

  it('changes nothing in text with no long numbers, and is idempotent', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = maskPersonalNumbers(t);
        expect(maskPersonalNumbers(once)).toBe(once);
      }),
    );
    fc.assert(fc.property(noDigits, (t) => expect(maskPersonalNumbers(t)).toBe(t)));
  });

  it('leaves none of a natural person’s own data in the decision text, under either policy', () => {
    const person = fc.record({
      name: fc.constantFrom('张三丰', '李四', '欧阳娜娜', '王小明'),
      idNumber,
      phone: mobile,
      address: fc.constantFrom('上海市浦东新区张江路100弄3号201室', '北京市朝阳区幸福里8号'),
    });
    fc.assert(
      fc.property(
        person,
        text,
        text,
        bankCard,
        fc.constantFrom('full', 'surname'),
        (p, a, b, card, policy) => {
          const party = { kind: 'natural_person' as const, ...p };
          const input = `${a}${p.name}${p.idNumber}${b}${p.address}${p.phone}，${card}${a}`;
          const out = redactFreeText(input, party, policy);
          for (const raw of [p.idNumber, p.phone, p.address, card, onlyDigits(card)]) {
            expect(out).not.toContain(raw);
          }
          if (policy === 'surname') expect(out).not.toContain(p.name);
          const shown = publicParty(party, policy);
          expect(Object.keys(shown).sort()).toEqual(['kind', 'name']);
        },
      ),
      { numRuns: 500 },
    );
  });
});

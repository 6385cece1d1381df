// DR 6; 个人信息保护法 28: ID, phone and bank card numbers never reach a public record. Pure.
import { groupSpan, maskNormalised, type Span } from './normalise';

// Every pattern runs on normalised text (normalise.ts): ASCII digits, '-', ' ', ',', '.', '('.

/** What people put between digit groups of one number: spaces and hyphens. */
const SEP = '[ \\t-]';
/** A run of digits with at most two separator characters between any two of them. */
const RUN = new RegExp(`\\d(?:${SEP}{0,2}\\d)*(?:[Xx](?![A-Za-z]))?`, 'g');
/** Digit groups joined by any punctuation: 138.1234.5678, (138)1234-5678, 138,1234,5678. */
const GROUPED =
  /\d+(?:[Xx](?![A-Za-z]))?(?:[\s\-.,()/\\_·、:;~*#+|]{1,3}\d+(?:[Xx](?![A-Za-z]))?)+/g;
/** A calendar date 2025-09-15 stands apart: its dashes never join it to the next number. */
const DATE = /(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)/g;
/** Dates written with dots or slashes too, when digit groups are read across punctuation. */
const ANY_DATE = /(?<!\d)(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)/g;
/** Short numbers right after a label (a local phone number, an account number). */
const LABELLED = new RegExp(
  `(电话号码|电话|手机号码|手机号|手机|联系方式|座机|固话|传真|微信|QQ|tel|phone|mobile|` +
    `银行账号|银行卡号|银行卡|账号|帐号|卡号|账户|帐户|身份证号码|身份证号|身份证|证件号码|证件号)` +
    `([:\\s为是]{0,3})(\\d(?:${SEP}{0,2}\\d){5,}(?:[Xx](?![A-Za-z]))?)`,
  'gid',
);

/** Runs with this many digits or more are personal numbers (phones have 11, IDs 15 or 18). */
const MIN_DIGITS = 11;
/** Longest personal number (a bank card has up to 19 digits). */
const MAX_DIGITS = 19;

export const MASK = {
  idNumber: '［身份证号已隐去］',
  phone: '［电话已隐去］',
  bankCard: '［银行卡号已隐去］',
  number: '［号码已隐去］',
} as const;

const digitsOf = (s: string): string => s.replace(/[^0-9Xx]/g, '');

/** GB 11643: six region digits, a birth date, a sequence and a check character (or 15 digits). */
function isIdNumber(plain: string): boolean {
  const date = '(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])';
  return (
    new RegExp(`^\\d{6}(19|20)\\d{2}${date}\\d{3}[\\dXx]$`).test(plain) ||
    new RegExp(`^\\d{6}\\d{2}${date}\\d{3}$`).test(plain)
  );
}

/** Mobile numbers (with or without 86) and landlines with an area code. */
const isPhone = (plain: string): boolean =>
  /^(86)?1[3-9]\d{9}$/.test(plain) || /^0\d{9,11}$/.test(plain);

function maskFor(run: string): string {
  const plain = digitsOf(run);
  if (isIdNumber(plain)) return MASK.idNumber;
  if (isPhone(plain)) return MASK.phone;
  if (plain.length >= 13 && plain.length <= MAX_DIGITS) return MASK.bankCard;
  return MASK.number;
}

/** Any run of 11+ digits joined by spaces or hyphens, dates standing apart. */
function runSpans(text: string): Span[] {
  const dates = [...text.matchAll(DATE)].map((m) => [m.index, m.index + m[0].length]);
  const spans: Span[] = [];
  for (const m of text.matchAll(RUN)) {
    let at = m.index;
    const end = m.index + m[0].length;
    // A whole run that spells a phone or an ID is one number, even where part of it looks like
    // a date (01000-1900-1-1 is a landline).
    const whole = digitsOf(m[0]);
    if (isPhone(whole) || isIdNumber(whole)) {
      spans.push({ start: at, end: at + m[0].replace(/[ \t-]+$/, '').length, mask: maskFor(m[0]) });
      continue;
    }
    // Split the run at dates inside it, then judge each piece by its digit count.
    // Only a date that opens the run stands apart: one after a digit group may be the tail of a
    // number written to look like a date (4500000000-1900-1-1), so it is judged with the number.
    const cuts = dates.filter(([s, e]) => s === at && e <= end);
    for (const [s, e] of [...cuts, [end, end]]) {
      const piece = text.slice(at, s).replace(/[ \t-]+$/, '');
      if (digitsOf(piece).replace(/[Xx]/g, '').length >= MIN_DIGITS) {
        spans.push({ start: at, end: at + piece.length, mask: maskFor(piece) });
      }
      at = e;
      while (at < end && /[ \t-]/.test(text[at])) at++;
    }
  }
  return spans;
}

/** Consecutive groups from i that spell an ID (its birth date may look like a date) or a phone. */
function windowFrom(groups: { digits: string }[], i: number, inDate: (k: number) => boolean) {
  let plain = '';
  let best = -1;
  let crossesDate = false;
  for (let j = i; j < groups.length; j++) {
    plain += groups[j].digits;
    crossesDate ||= inDate(j);
    if (plain.length > MAX_DIGITS) break;
    // A phone may run into what looks like a date (13000.1900.1.1) when it starts before it.
    if (isIdNumber(plain) || ((!crossesDate || !inDate(i)) && isPhone(plain))) best = j;
  }
  return best;
}

/**
 * Digit groups joined by punctuation: each window of consecutive groups that spells an ID or a
 * phone number is masked; a run with 11+ digits outside its dates and windows is masked whole.
 */
function groupedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(GROUPED)) {
    const groups = [...m[0].matchAll(/\d+(?:[Xx](?![A-Za-z]))?/g)].map((g) => ({
      start: m.index + g.index,
      end: m.index + g.index + g[0].length,
      digits: g[0],
    }));
    // As in runSpans: a date counts only where it opens the run.
    const dates = [...m[0].matchAll(ANY_DATE)]
      .filter((d) => d.index === 0)
      .map((d) => [d.index, d.index + d[0].length]);
    const inDate = (k: number) =>
      dates.some(([s, e]) => groups[k].start - m.index >= s && groups[k].start - m.index < e);
    const covered = new Set<number>();
    for (let i = 0; i < groups.length; i++) {
      const best = windowFrom(groups, i, inDate);
      if (best < 0) continue;
      const window = text.slice(groups[i].start, groups[best].end);
      spans.push({ start: groups[i].start, end: groups[best].end, mask: maskFor(window) });
      for (let k = i; k <= best; k++) covered.add(k);
      i = best;
    }
    // Without dates any 11+ digits go whole; with dates, what no window took.
    const left = groups
      .filter((_, k) => !inDate(k) && (dates.length === 0 || !covered.has(k)))
      .map((g) => g.digits);
    if (digitsOf(left.join('')).replace(/[Xx]/g, '').length >= MIN_DIGITS) {
      spans.push({ start: m.index, end: m.index + m[0].length, mask: maskFor(m[0]) });
    }
  }
  return spans;
}

function labelledSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const [label, , value] = [m[1], m[2], m[3]];
    if (digitsOf(value).length < 6) continue;
    const mask = /身份证|证件/.test(label)
      ? MASK.idNumber
      : /账|帐|卡/.test(label)
        ? MASK.bankCard
        : MASK.phone;
    const span = groupSpan(m, 3);
    if (span) spans.push({ start: span[0], end: span[1], mask });
  }
  return spans;
}

/**
 * Masks every personal number in free text, however written (full-width, Chinese numerals,
 * zero-width characters, any separators): any run of 11 or more digits joined by spaces or
 * hyphens, digit groups joined by punctuation that spell an ID or phone number, and shorter
 * numbers that follow a label such as 电话 or 账号. Calendar dates are kept.
 */
export function maskPersonalNumbers(text: string): string {
  return maskNormalised(text, (t) => [...labelledSpans(t), ...runSpans(t), ...groupedSpans(t)]);
}

// DR 6; 个人信息保护法 28: ID, phone and bank card numbers never reach a public record. Pure.

/** ASCII and full-width digits. */
const DIGIT = '[0-9\\uFF10-\\uFF19]';
/** What people put between digit groups: spaces and hyphens (not dashes, dots or slashes). */
const SEP = '[ \\t\\u00A0\\u3000\\-\\u2010\\u2011\\uFF0D]';
/** A run of digits with at most two separator characters between any two of them. */
const RUN = new RegExp(`${DIGIT}(?:${SEP}{0,2}${DIGIT})*(?:[Xx\\uFF38\\uFF58](?![A-Za-z]))?`, 'g');
/** A calendar date 2025-09-15 stands apart: its dashes never join it to the next number. */
const DATE = new RegExp(`(?<!${DIGIT})\\d{4}-\\d{1,2}-\\d{1,2}(?!${DIGIT})`, 'g');
/** Short numbers right after a label (a local phone number, an account number). */
const LABELLED = new RegExp(
  `(电话号码|电话|手机号码|手机号|手机|联系方式|座机|固话|传真|微信|QQ|tel|phone|mobile|` +
    `银行账号|银行卡号|银行卡|账号|帐号|卡号|账户|帐户|身份证号码|身份证号|身份证|证件号码|证件号)` +
    `([：:\\s为是]{0,3})(${DIGIT}(?:${SEP}{0,2}${DIGIT}){5,}(?:[Xx](?![A-Za-z]))?)`,
  'gi',
);

/** Runs with this many digits or more are personal numbers (phones have 11, IDs 15 or 18). */
const MIN_DIGITS = 11;

export const MASK = {
  idNumber: '［身份证号已隐去］',
  phone: '［电话已隐去］',
  bankCard: '［银行卡号已隐去］',
  number: '［号码已隐去］',
} as const;

const toAscii = (s: string): string =>
  s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const digitsOf = (s: string): string => toAscii(s).replace(/[^0-9]/g, '');

/** GB 11643: six region digits, a birth date, a sequence and a check character. */
function looksLikeIdNumber(run: string): boolean {
  const plain = toAscii(run).replace(/[^0-9Xx]/g, '');
  if (/^\d{15}$/.test(plain)) return true;
  const m = /^\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.exec(plain);
  return m !== null;
}

function maskFor(run: string): string {
  const digits = digitsOf(run);
  if (looksLikeIdNumber(run)) return MASK.idNumber;
  // Mobile numbers (with or without +86) and landlines with an area code.
  if (/^(86)?1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits)) return MASK.phone;
  if (digits.length >= 13 && digits.length <= 19) return MASK.bankCard;
  return MASK.number;
}

function maskRuns(segment: string): string {
  return segment.replace(RUN, (run) => {
    const digits = digitsOf(run);
    if (digits.length >= MIN_DIGITS) return maskFor(run);
    return run;
  });
}

/**
 * Masks every personal number in free text: any run of 11 or more digits (however spaced or
 * hyphenated, ASCII or full-width), and shorter numbers that follow a label such as 电话 or 账号.
 * Calendar dates are kept and do not merge with neighbouring numbers.
 */
export function maskPersonalNumbers(text: string): string {
  const labelled = text.replace(LABELLED, (_all, label: string, gap: string, value: string) => {
    const mask = /身份证|证件/.test(label)
      ? MASK.idNumber
      : /账|帐|卡/.test(label)
        ? MASK.bankCard
        : MASK.phone;
    return `${label}${gap}${digitsOf(value).length >= 6 ? mask : value}`;
  });
  let out = '';
  let last = 0;
  for (const date of labelled.matchAll(DATE)) {
    out += maskRuns(labelled.slice(last, date.index)) + date[0];
    last = date.index + date[0].length;
  }
  return out + maskRuns(labelled.slice(last));
}

/** True when text still holds something maskPersonalNumbers would mask (a defensive check). */
export function containsPersonalNumber(text: string): boolean {
  return maskPersonalNumbers(text) !== text;
}

// How the 文书 write dates and money (市场监督管理行政处罚文书格式范本 2021): dates in Chinese
// numerals (二〇二六年三月十二日), sums in figures and in capitals (人民币伍万元整). Pure.

import { chineseNumeral } from '../../workflows';

// A year is read digit by digit (二〇二六); month and day as numbers (十二), as articles are.
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 'YYYY-MM-DD' (or a date-time: its first ten characters) → 二〇二六年三月十二日. */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`not a date: ${isoDate}`);
  const year = [...m[1]].map((d) => DIGITS[Number(d)]).join('');
  return `${year}年${chineseNumeral(Number(m[2]))}月${chineseNumeral(Number(m[3]))}日`;
}

const CAPITALS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const IN_GROUP = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** A group of up to four digits in capitals; zeros inside collapse to one 零. */
function groupCapitals(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out.length > 0;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += CAPITALS[d] + IN_GROUP[i];
  }
  return out;
}

/** Integer yuan in capitals: 50000 → 伍万, 100500 → 壹拾万零伍佰. */
function yuanCapitals(yuan: number): string {
  if (yuan === 0) return '零';
  const groups: number[] = [];
  for (let v = yuan; v > 0; v = Math.floor(v / 10_000)) groups.push(v % 10_000);
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g];
    if (value === 0) {
      pendingZero = out.length > 0;
      continue;
    }
    // A gap before a group (a zero group, or a group below 1000 after a higher one) reads 零.
    if (out.length > 0 && (pendingZero || value < 1000)) out += '零';
    pendingZero = false;
    out += groupCapitals(value) + GROUPS[g];
  }
  return out;
}

/** Integer fen → 人民币伍万元整, 人民币壹仟贰佰叁拾肆元伍角陆分, 人民币伍角. */
export function moneyCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount in fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '人民币零元整';
  let out = yuan > 0 ? `${yuanCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `人民币${out}整`;
  if (jiao > 0) out += `${CAPITALS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${CAPITALS[cents]}分`;
  return `人民币${out}`;
}

/** Integer fen → ¥50,000.00. */
export function moneyFigures(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount in fen: ${fen}`);
  const yuan = Math.floor(fen / 100).toLocaleString('en-US');
  return `¥${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** Both, as a 决定书 writes a sum: 人民币伍万元整（¥50,000.00）. */
export function money(fen: number): string {
  return `${moneyCapitals(fen)}（${moneyFigures(fen)}）`;
}

// Personal data is matched on a normalised copy of the text and masked in the original: people
// disguise numbers with full-width digits, Chinese numerals, zero-width characters and odd
// separators, and a match must still cover every character of the original that carries it.

/** Invisible characters that split digits without showing: zero-width, soft hyphen, bidi marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** Spaces of every width become one ASCII space. */
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
/** Dashes and minus signs become '-'. */
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63]/;
/** Chinese numerals (小写, 大写, and 〇/○/幺 as read out in numbers) become digits. */
const NUMERALS: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  壹: '1',
  幺: '1',
  二: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};

export interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts and ends in the original. */
  from: number[];
  to: number[];
}

function normaliseChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  const code = ch.codePointAt(0)!;
  // Full-width ASCII (U+FF01–FF5E) to ASCII: ０ → 0, ， → ',', （ → '('.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return NUMERALS[ch] ?? ch;
}

/** The normalised text, with where each of its units came from in the original. */
export function normalise(original: string): Normalised {
  const out: Normalised = { text: '', from: [], to: [] };
  let at = 0;
  for (const ch of original) {
    const n = normaliseChar(ch);
    for (let i = 0; i < n.length; i++) {
      out.from.push(at);
      out.to.push(at + ch.length);
    }
    out.text += n;
    at += ch.length;
  }
  return out;
}

/** Normalised text, for comparing values (a party's name, address, numbers). */
export const normalised = (text: string): string => normalise(text).text;

export interface Span {
  start: number;
  end: number;
  mask: string;
}

/** The original-text span of normalised [start, end), with any invisible characters inside. */
export function originalSpan(n: Normalised, start: number, end: number, mask: string): Span {
  return { start: n.from[start], end: n.to[end - 1], mask };
}

/** Replaces each span of the original by its mask; overlapping spans merge under the first. */
export function applySpans(original: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.end <= at) continue;
    if (s.start >= at) out += original.slice(at, s.start) + s.mask;
    at = s.end;
  }
  return out + original.slice(at);
}

/** Finds spans with a function over the normalised text and masks them in the original. */
export function maskNormalised(
  original: string,
  find: (text: string) => { start: number; end: number; mask: string }[],
): string {
  const n = normalise(original);
  const spans = find(n.text)
    .filter((s) => s.end > s.start)
    .map((s) => originalSpan(n, s.start, s.end, s.mask));
  return spans.length ? applySpans(original, spans) : original;
}

/** Where group `group` of a match made with the `d` flag lies, if it took part. */
export function groupSpan(m: RegExpExecArray, group: number): [number, number] | undefined {
  const indices: ([number, number] | undefined)[] | undefined = m.indices;
  return indices?.[group];
}

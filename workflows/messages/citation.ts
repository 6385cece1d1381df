// Citations in full (issue 14): `APL 63` → 《中华人民共和国行政处罚法》第六十三条. The short form
// stays in code and answers (`citation`); this renders `citationText` beside it.
// Grammar: segments joined by `;`, each `LAW` or `LAW ref, ref…` where a ref is `64`, `64(1)`
// (an item, 项) or `72 ¶2` (a paragraph, 款). Abbreviations as PROCEDURE.md defines them.
import type { Lang } from './text';

interface Law {
  zh: string;
  en: string;
}

export const LAWS: Readonly<Record<string, Law>> = {
  APL: {
    zh: '《中华人民共和国行政处罚法》',
    en: 'Administrative Penalty Law of the People’s Republic of China',
  },
  AEL: {
    zh: '《中华人民共和国行政强制法》',
    en: 'Administrative Enforcement Law of the People’s Republic of China',
  },
  CPL: {
    zh: '《中华人民共和国民事诉讼法》',
    en: 'Civil Procedure Law of the People’s Republic of China',
  },
  ARL: {
    zh: '《中华人民共和国行政复议法》',
    en: 'Administrative Reconsideration Law of the People’s Republic of China',
  },
  ALL: {
    zh: '《中华人民共和国行政诉讼法》',
    en: 'Administrative Litigation Law of the People’s Republic of China',
  },
  DR: {
    zh: '《市场监督管理行政处罚信息公示规定》',
    en: 'Provisions on the Disclosure of Market Regulation Administrative Penalty Information (SAMR)',
  },
  PR: {
    zh: '《市场监督管理行政处罚程序规定》',
    en: 'Provisions on the Procedures of Market Regulation Administrative Penalties (SAMR)',
  },
  HR: {
    zh: '《市场监督管理行政处罚听证办法》',
    en: 'Measures for Hearings on Market Regulation Administrative Penalties (SAMR)',
  },
  GO118: {
    zh: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
    en: 'General Office of the State Council, Guo Ban Fa [2018] No. 118 (the three enforcement systems)',
  },
};

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–9999 in Chinese numerals as statutes number articles: 63 → 六十三, 10 → 十, 101 → 一百零一. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`no numeral for ${n}`);
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + units[i];
  });
  // 十 not 一十 at the start (第十条, 第十五条).
  return out.startsWith('一十') ? out.slice(1) : out;
}

const REF = /^(\d+)(?:\((\d+)\))?(?:\s*¶(\d+))?$/;

function ref(text: string, lang: Lang, citation: string): string {
  const m = REF.exec(text.trim());
  if (!m) throw new Error(`cannot read "${text}" in citation "${citation}"`);
  const [article, item, paragraph] = [m[1], m[2], m[3]].map((v) => (v ? Number(v) : undefined));
  if (lang === 'zh') {
    return (
      `第${chineseNumeral(article!)}条` +
      (paragraph ? `第${chineseNumeral(paragraph)}款` : '') +
      (item ? `第${chineseNumeral(item)}项` : '')
    );
  }
  return (
    `art. ${article}` + (paragraph ? ` para. ${paragraph}` : '') + (item ? ` item ${item}` : '')
  );
}

function segment(text: string, lang: Lang, citation: string): string {
  const [abbreviation, ...rest] = text.trim().split(/\s+/);
  const law = LAWS[abbreviation];
  if (!law) throw new Error(`unknown law "${abbreviation}" in citation "${citation}"`);
  const refs = rest.join(' ');
  if (!refs) return law[lang];
  const articles = refs.split(',').map((r) => ref(r, lang, citation));
  return lang === 'zh' ? `${law.zh}${articles.join('、')}` : `${law.en}, ${articles.join(', ')}`;
}

/** The citation in full, in the reader's language; throws on an abbreviation it does not know. */
export function citationText(citation: string, lang: Lang = 'zh'): string {
  return citation
    .split(';')
    .map((part) => segment(part, lang, citation))
    .join(lang === 'zh' ? '；' : '; ');
}

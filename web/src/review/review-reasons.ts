// Why a case needs 法制审核: the service names the PROCEDURE.md §5 criteria that hold (the case
// view's `legalReview.reasons`, computed by workflows/rules/review-requirements.ts); this table
// only says each criterion in words, with its place in APL 58.
import type { Lang } from '../i18n/i18n';
import { valueLabel } from '../forms/labels';

/** The legal reviewer's acts: pass, or return with an opinion. */
export const REVIEW_EVENTS = [
  'PASS_LEGAL_REVIEW',
  'RETURN_FOR_INVESTIGATION',
  'RETURN_FOR_CORRECTION',
];

/**
 * A desk item belongs in the legal-review queue when it is at 法制审核 and the caller may act:
 * the return events are also the case reviewer's acts at 案件审核, so a case at that stage is
 * not a legal review even for an officer holding both roles.
 */
export function inReviewQueue(item: { stage: string; allowedEvents: string[] }): boolean {
  return item.stage === 'legalReview' && item.allowedEvents.some((e) => REVIEW_EVENTS.includes(e));
}

const REASONS: Record<string, { zh: string; en: string }> = {
  major_public_interest: {
    zh: '涉及重大公共利益（行政处罚法第五十八条第一款第一项）',
    en: 'major public interest (APL 58(1)(1))',
  },
  hearing_held: {
    zh: '直接关系当事人重大权益，经过听证程序（第五十八条第一款第二项）',
    en: 'major rights of the party and a hearing was held (APL 58(1)(2))',
  },
  complex: {
    zh: '案件情况疑难复杂、涉及多个法律关系（第五十八条第一款第三项）',
    en: 'complex, several legal relationships (APL 58(1)(3))',
  },
  large_fine: {
    zh: '本局重大执法决定法制审核目录：较大数额罚款（第五十八条第一款第四项）',
    en: "the bureau's list: a large fine (APL 58(1)(4))",
  },
  confiscation_value_unstated: {
    zh: '没收财物未载明价值，可能属于较大价值（第五十八条、第六十三条）',
    en: 'a confiscation of unstated value (APL 58, 63)',
  },
  manual_flag: { zh: '办案人员提请法制审核', en: 'raised by the handlers' },
};

/** The §5 criteria the service names, in the reader's words (an unknown code as it is). */
export function reviewReasons(codes: readonly string[], lang: Lang): string[] {
  return codes.map((code) => {
    const known = REASONS[code];
    if (known) return known[lang];
    // Any other code the service names is a penalty kind of the bureau's list (rule-set.ts).
    if (valueLabel(code, 'zh') !== code)
      return lang === 'zh'
        ? `本局重大执法决定法制审核目录：${valueLabel(code, lang)}（第五十八条第一款第四项）`
        : `the bureau's list: ${code} (APL 58(1)(4))`;
    return code;
  });
}

// The one place that decides the language of an answer (issue 14): Chinese unless the request
// prefers English by Accept-Language (q-values as RFC 9110 §12.5.4, through express's negotiator).
import type { Request } from 'express';
import type { Lang } from '../../../workflows';

/** What the service speaks, best first: a request without Accept-Language gets zh-CN. */
const OFFERED = ['zh-CN', 'zh', 'en'] as const;

export function languageOf(req: Pick<Request, 'acceptsLanguages'>): Lang {
  const chosen = req.acceptsLanguages([...OFFERED]);
  return chosen === 'en' ? 'en' : 'zh';
}

/** The Content-Language header value of an answer in `lang`. */
export const contentLanguage = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

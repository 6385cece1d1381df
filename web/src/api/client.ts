import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type CaseView = Schemas['CaseViewDto'];
/** A guard failure with the article in full, as answers render it (citationText). */
export type GuardFailure = Schemas['GuardFailureDto'] & { citationText?: string };
export type Problem = Omit<Schemas['ProblemDetailsDto'], 'guards'> & { guards?: GuardFailure[] };

/** The sign-in contract's CSRF cookie (web/README.md): echoed in a header on unsafe methods. */
export const CSRF_COOKIE = 'zhifa-csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookie(name: string, source = document.cookie): string | undefined {
  for (const part of source.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

let language = 'zh-CN';
/** Answers (refusals, guard messages) come in the reader's language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', language);
    const csrf = cookie(CSRF_COOKIE);
    if (!SAFE.has(request.method) && csrf) request.headers.set(CSRF_HEADER, csrf);
    return request;
  },
};

/** The typed client: same-origin, the session cookie goes along by itself. */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(session);

/** A problem body's one-line text: its detail, else its title. */
export function problemText(p: unknown): string {
  const problem = p as Partial<Problem> | undefined;
  return problem?.detail ?? problem?.title ?? String(p);
}

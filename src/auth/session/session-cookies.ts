import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config';

/** The session token (HttpOnly: scripts never see it). */
export const SESSION_COOKIE = 'zhifa-session';
/** The CSRF token, readable by the page so it can echo it in X-CSRF-Token. */
export const CSRF_COOKIE = 'zhifa-csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** One cookie's value from the Cookie header (RFC 6265 5.4), undefined when absent. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

function options(req: Request, config: AppConfig): CookieOptions {
  const secure =
    config.SESSION_COOKIE_SECURE === 'auto'
      ? req.protocol === 'https'
      : config.SESSION_COOKIE_SECURE === 'true';
  // Lax, not Strict: the OIDC callback is a top-level navigation from the provider's site.
  return { sameSite: 'lax', secure, path: '/' };
}

/** Session cookies last as long as the browser (the server decides when a session ends). */
export function setSessionCookies(
  req: Request,
  res: Response,
  config: AppConfig,
  tokens: { session: string; csrf: string },
): void {
  const base = options(req, config);
  res.cookie(SESSION_COOKIE, tokens.session, { ...base, httpOnly: true });
  res.cookie(CSRF_COOKIE, tokens.csrf, { ...base, httpOnly: false });
}

export function clearSessionCookies(req: Request, res: Response, config: AppConfig): void {
  const base = options(req, config);
  res.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false });
}

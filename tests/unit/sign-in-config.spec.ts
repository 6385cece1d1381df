import type { CookieOptions, Request, Response } from 'express';
import { ConfigError, loadConfig } from '../../src/config/app-config';
import { readCookie, setSessionCookies } from '../../src/auth/session/session-cookies';

// Issue 16: the sign-in variables, and the cookie flags they decide.
describe('sign-in configuration', () => {
  it('defaults: 2 h idle, 12 h absolute, 5 failures in 15 min lock 15 min, OIDC off', () => {
    expect(loadConfig({})).toMatchObject({
      SESSION_IDLE_SECONDS: 7200,
      SESSION_ABSOLUTE_SECONDS: 43_200,
      SESSION_COOKIE_SECURE: 'auto',
      SIGN_IN_MAX_FAILURES: 5,
      SIGN_IN_WINDOW_SECONDS: 900,
      SIGN_IN_LOCK_SECONDS: 900,
      OIDC_ISSUER_URL: undefined,
      OIDC_OFFICER_CLAIM: 'preferred_username',
    });
  });

  it.each([
    [{ OIDC_ISSUER_URL: 'https://sso.example' }, /^OIDC_CLIENT_ID: required/],
    [
      { OIDC_ISSUER_URL: 'https://sso.example', OIDC_CLIENT_ID: 'zhifa' },
      /^OIDC_REDIRECT_URL: required/,
    ],
    [{ OIDC_ISSUER_URL: 'sso.example' }, /^OIDC_ISSUER_URL: /],
    [{ SESSION_IDLE_SECONDS: '10' }, /^SESSION_IDLE_SECONDS: /],
    [{ SESSION_COOKIE_SECURE: 'yes' }, /^SESSION_COOKIE_SECURE: /],
  ])('rejects %p naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accepts a full OIDC set-up with another claim', () => {
    const c = loadConfig({
      OIDC_ISSUER_URL: 'https://sso.example/realms/bureau',
      OIDC_CLIENT_ID: 'zhifa',
      OIDC_REDIRECT_URL: 'https://zhifa.example/api/v1/auth/oidc/callback',
      OIDC_OFFICER_CLAIM: 'employee_id',
    });
    expect(c.OIDC_OFFICER_CLAIM).toBe('employee_id');
  });
});

describe('session cookies', () => {
  const flags = (secure: string, protocol: string) => {
    const set: Record<string, CookieOptions> = {};
    const res = { cookie: (name: string, _: string, o: CookieOptions) => (set[name] = o) };
    const config = loadConfig({ SESSION_COOKIE_SECURE: secure });
    setSessionCookies({ protocol } as Request, res as unknown as Response, config, {
      session: 's',
      csrf: 'c',
    });
    return set;
  };

  it('marks them Secure over https when auto, always when true, never when false', () => {
    expect(flags('auto', 'https')['zhifa-session'].secure).toBe(true);
    expect(flags('auto', 'http')['zhifa-session'].secure).toBe(false);
    expect(flags('true', 'http')['zhifa-csrf'].secure).toBe(true);
    expect(flags('false', 'https')['zhifa-session'].secure).toBe(false);
  });

  it('keeps the session token from scripts, not the CSRF token', () => {
    const set = flags('auto', 'http');
    expect(set['zhifa-session']).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(set['zhifa-csrf']).toMatchObject({ httpOnly: false, sameSite: 'lax', path: '/' });
  });

  it('reads one cookie among others', () => {
    const req = { headers: { cookie: 'a=1; zhifa-session=tok; zhifa-csrf=c' } } as Request;
    expect(readCookie(req, 'zhifa-session')).toBe('tok');
    expect(readCookie(req, 'zhifa')).toBeUndefined();
  });
});

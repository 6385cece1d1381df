import type { Response } from 'supertest';
import type { TestApp } from './test-app';

/** The cookies a browser would hold after a sign-in, and the header it sends them in. */
export interface Browser {
  session: string;
  csrf: string;
  cookie: string;
  setCookie: string[];
}

export function setCookies(res: Response): string[] {
  const raw = res.headers['set-cookie'] as string | string[] | undefined;
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

export function cookieValue(setCookie: string[], name: string): string | undefined {
  const line = setCookie.find((c) => c.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

/** Signs in through the API; throws unless it answered 200. */
export async function signIn(t: TestApp, officerId: string, password: string): Promise<Browser> {
  const res = await t.http.post('/api/v1/auth/login').send({ officerId, password });
  if (res.status !== 200) throw new Error(`sign-in ${officerId}: ${JSON.stringify(res.body)}`);
  const setCookie = setCookies(res);
  const session = cookieValue(setCookie, 'zhifa-session')!;
  const csrf = cookieValue(setCookie, 'zhifa-csrf')!;
  return { session, csrf, cookie: `zhifa-session=${session}; zhifa-csrf=${csrf}`, setCookie };
}

/** An admin (by bearer token) sets the officer's password. */
export async function setPassword(t: TestApp, officerId: string, password: string): Promise<void> {
  const res = await t.http
    .put(`/api/v1/officers/${officerId}/password`)
    .set('authorization', `Bearer ${t.token('admin')}`)
    .send({ password });
  if (res.status !== 204) throw new Error(`set password ${officerId}: ${JSON.stringify(res.body)}`);
}

/** An officer with a password already changed from the admin's (a ready account). */
export async function readyAccount(t: TestApp, officerId: string, password: string) {
  await setPassword(t, officerId, `${password}-initial`);
  const b = await signIn(t, officerId, `${password}-initial`);
  const res = await t.http
    .post('/api/v1/auth/password')
    .set('cookie', b.cookie)
    .set('x-csrf-token', b.csrf)
    .send({ currentPassword: `${password}-initial`, newPassword: password });
  if (res.status !== 204) throw new Error(`change password: ${JSON.stringify(res.body)}`);
  return b;
}

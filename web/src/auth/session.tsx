// Sign-in against the service's session endpoints (built on the server by the sign-in work of
// issue 16). Until they are in the OpenAPI document they are called untyped here; web/README.md
// states the contract assumed.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { CSRF_COOKIE, CSRF_HEADER, cookie, problemText } from '../api/client';

export interface Me {
  id: string;
  name?: string;
  roles?: string[];
  /** Set by an admin's password: the first sign-in changes it before anything else. */
  mustChangePassword?: boolean;
}

export type SessionState =
  { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; me: Me };

interface Session {
  state: SessionState;
  refresh: () => Promise<void>;
  login: (officerId: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
}

const Context = createContext<Session | undefined>(undefined);

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrf = cookie(CSRF_COOKIE);
  if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
  return fetch(`/api/v1/auth/${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function ensureOk(res: Response): Promise<void> {
  if (res.ok) return;
  throw new Error(problemText(await res.json().catch(() => ({ title: res.statusText }))));
}

/** GET /auth/me: signed in (and as whom) or not. */
async function whoAmI(): Promise<SessionState> {
  const res = await call('GET', 'me').catch(() => undefined);
  if (!res?.ok) return { status: 'signedOut' };
  // The service answers { officer, mustChangePassword } (SignInView); a flat Me is taken too.
  const body = (await res.json()) as Me | { officer: Me; mustChangePassword?: boolean };
  const me =
    'officer' in body ? { ...body.officer, mustChangePassword: body.mustChangePassword } : body;
  return { status: 'signedIn', me };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => setState(await whoAmI()), []);

  useEffect(() => {
    let live = true;
    void whoAmI().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);

  const value = useMemo<Session>(
    () => ({
      state,
      refresh,
      login: async (officerId, password) => {
        await ensureOk(await call('POST', 'login', { officerId, password }));
        await refresh();
      },
      logout: async () => {
        await call('POST', 'logout').catch(() => undefined);
        setState({ status: 'signedOut' });
      },
      changePassword: async (currentPassword, newPassword) => {
        await ensureOk(await call('POST', 'password', { currentPassword, newPassword }));
        await refresh();
      },
    }),
    [state, refresh],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): Session {
  const session = useContext(Context);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

import { useCallback, useEffect, useState } from 'react';
import { problemText } from '../api/client';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
}

/** Runs a typed-client call when its key changes; `{ data, error }` of openapi-fetch unwrapped. */
export function useLoad<T>(
  key: string,
  load: () => Promise<{ data?: T; error?: unknown }>,
): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  const run = useCallback(load, [key, round]);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (r) => live && setState({ data: r.data, error: r.error ? problemText(r.error) : undefined, loading: false }),
      (e: Error) => live && setState({ error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [run]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}

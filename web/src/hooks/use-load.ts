import { useEffect, useRef, useState } from 'react';
import { problemText } from '../api/client';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a typed-client call whenever `key` changes (or on reload), unwrapping openapi-fetch's
 * `{ data, error }`. The last data stays shown while the next answer is on its way.
 */
export function useLoad<T>(
  key: string,
  load: () => Promise<{ data?: T; error?: unknown }>,
): Loaded<T> {
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<{ tag: string; data?: T; error?: string }>();
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  const tag = `${key}#${round}`;
  useEffect(() => {
    let live = true;
    latest.current().then(
      (r) => {
        if (live)
          setResult({ tag, data: r.data, error: r.error ? problemText(r.error) : undefined });
      },
      (e: Error) => {
        if (live) setResult({ tag, error: e.message });
      },
    );
    return () => {
      live = false;
    };
  }, [tag]);
  const current = result?.tag === tag;
  return {
    data: result?.data,
    error: current ? result.error : undefined,
    loading: !current,
    reload: () => setRound((n) => n + 1),
  };
}

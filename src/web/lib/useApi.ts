// Loading JSON for a page: the data, the error, whether it is loading; a new URL aborts the old request.
import { useEffect, useState } from 'react';
import { getJson } from './api';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean; url: string | null }>({ data: null, error: null, loading: url !== null, url });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false, url });
      return;
    }
    const ac = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null, url }));
    getJson<T>(url, ac.signal).then(
      (data) => setState({ data, error: null, loading: false, url }),
      (e: unknown) => {
        if (ac.signal.aborted) return;
        setState({ data: null, error: e instanceof Error ? e.message : String(e), loading: false, url });
      },
    );
    return () => ac.abort();
  }, [url, tick]);
  // Data of an older URL is kept while the new one loads (no flicker), but flagged by `loading`.
  return { data: state.data, error: state.error, loading: state.loading || state.url !== url, reload: () => setTick((t) => t + 1) };
}

// Loading a page's data: the data, the error, whether it is loading; a new request (another key) aborts the old.
// State is set only when an answer arrives; "loading" is read off which key the data belongs to.
import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError, type Load } from './api';
import { apiErrorText } from './errors';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

interface State<T> {
  data: T | null;
  error: string | null;
  /** The request (key and reload count) the data or error answers. */
  of: string | null;
}

export function useApi<T>(request: Load<T> | null): Loaded<T> {
  const [state, setState] = useState<State<T>>({ data: null, error: null, of: null });
  const [tick, setTick] = useState(0);
  const key = request ? `${request.key}#${tick}` : null;
  // The request of this render (a request is named by its key: a new one is a new key).
  const start = useEffectEvent((signal: AbortSignal) => request!.run(signal));
  useEffect(() => {
    if (key === null) return;
    const ac = new AbortController();
    start(ac.signal).then(
      (data) => setState({ data, error: null, of: key }),
      (e: unknown) => {
        if (!ac.signal.aborted) setState({ data: null, error: errorText(e), of: key });
      },
    );
    return () => ac.abort();
  }, [key]);
  // Data of an older request is kept while the new one loads (no flicker), but flagged by `loading`.
  if (key === null) return { data: null, error: null, loading: false, reload: () => setTick((t) => t + 1) };
  return { data: state.data, error: state.of === key ? state.error : null, loading: state.of !== key, reload: () => setTick((t) => t + 1) };
}

/** An error's Chinese text: the API's already is; anything else (fetch's TypeError) is the network's. */
export const errorText = (e: unknown): string => (e instanceof ApiError ? e.message : apiErrorText(0, e instanceof Error ? e.message : String(e)));

// A page tells when its main content is on screen: data-ready on its root (tests wait for it) and a
// performance mark "workreport:ready" (the benchmark's time to first render, from navigation start).
import { useEffect } from 'react';

export function useReady(ready: boolean, page: string): void {
  useEffect(() => {
    if (!ready) return;
    // After the commit, at the next frame: the content is laid out and about to be painted.
    const id = requestAnimationFrame(() => {
      document.body.dataset.ready = page;
      if (performance.getEntriesByName('workreport:ready').length === 0) performance.mark('workreport:ready', { detail: page });
    });
    return () => {
      cancelAnimationFrame(id);
      if (document.body.dataset.ready === page) delete document.body.dataset.ready;
    };
  }, [ready, page]);
}

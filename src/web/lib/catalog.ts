// What pickers offer, loaded once per page load: the indicator lexicon (ids and Chinese names) and the
// library's regions with their report years.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { apiUrl, getJson } from './api';
import type { IndicatorInfo, RegionSummary } from './types';

let indicators: Promise<IndicatorInfo[]> | null = null;
const regions = new Map<string, Promise<RegionSummary[]>>();

function useOnce<T>(make: () => Promise<T>, key: string, fallback: T): T {
  const [v, setV] = useState<T>(fallback);
  useEffect(() => {
    let live = true;
    make().then(
      (x) => live && setV(x),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return v;
}

export function useIndicators(): IndicatorInfo[] {
  return useOnce(() => (indicators ??= getJson<{ indicators: IndicatorInfo[] }>(apiUrl('indicators')).then((r) => r.indicators)), 'all', []);
}

/** id → Chinese name (地区生产总值 for gdp); the id itself while loading or when unknown. */
export function useIndicatorName(): (id: string) => string {
  const list = useIndicators();
  const m = useMemo(() => new Map(list.map((e) => [e.id, e.name])), [list]);
  return useCallback((id: string) => m.get(id) ?? id, [m]);
}

export function useRegions(level?: string | null): RegionSummary[] {
  const key = level ?? '';
  return useOnce(
    () => {
      let p = regions.get(key);
      if (!p) {
        p = getJson<{ regions: RegionSummary[] }>(apiUrl('regions', { level: level ?? undefined })).then((r) => r.regions);
        p.catch(() => regions.delete(key));
        regions.set(key, p);
      }
      return p;
    },
    key,
    [],
  );
}

/** After an upload the library has new regions. */
export function forgetRegions(): void {
  regions.clear();
}

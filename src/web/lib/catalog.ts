// What pickers offer, loaded once per page load: the indicator lexicon (ids and Chinese names) and the
// library's regions with their report years.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, read } from './api';
import type { IndicatorInfo, RegionSummary } from '../../model/api/index.js';
import { MEASURES, label } from './labels';

let indicators: Promise<IndicatorInfo[]> | null = null;
const regions = new Map<string, Promise<RegionSummary[]>>();

/** A promise's value once it has one (the fallback until then, or if it fails). */
function useResolved<T>(promise: Promise<T>, fallback: T): T {
  const [got, setGot] = useState<{ of: Promise<T>; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    promise.then(
      (value) => live && setGot({ of: promise, value }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [promise]);
  return got && got.of === promise ? got.value : fallback;
}

const NONE: never[] = [];

export function useIndicators(): IndicatorInfo[] {
  indicators ??= read(api.indicators.$get({ query: {} })).then((r) => r.indicators);
  return useResolved(indicators, NONE);
}

/** id → Chinese name (地区生产总值 for gdp); the id itself while loading or when unknown. */
export function useIndicatorName(): (id: string) => string {
  const list = useIndicators();
  const m = useMemo(() => new Map(list.map((e) => [e.id, e.name])), [list]);
  return useCallback((id: string) => m.get(id) ?? id, [m]);
}

/** (indicator, measure) → its label from the lexicon (城镇调查失业率's level is 比率, GDP's 总量); the general one until loaded. */
export function useMeasureName(): (indicator: string, measure: string | null | undefined) => string {
  const list = useIndicators();
  const m = useMemo(() => new Map(list.map((e) => [e.id, e.measures as Record<string, string>])), [list]);
  return useCallback((indicator: string, measure: string | null | undefined) => label(m.get(indicator) ?? MEASURES, measure), [m]);
}

export function useRegions(level?: RegionSummary['level'] | ''): RegionSummary[] {
  const key = level ?? '';
  let p = regions.get(key);
  if (!p) {
    p = read(api.regions.$get({ query: { level: (level || undefined) as 'city' | undefined } })).then((r) => r.regions);
    p.catch(() => regions.delete(key));
    regions.set(key, p);
  }
  return useResolved(p, NONE);
}

/** After an upload the library has new regions. */
export function forgetRegions(): void {
  regions.clear();
}

// 地图: one indicator for one year on a map, each province (or each city of a province) shaded by its target,
// its result or the gap between them, the value on hover and a click through to the region's track; beside
// it the same figures as a table. The figures are the track's ranking for that year and level (GET /api/track):
// targets from that year's reports, results from the next year's.
import { useEffect, useMemo, useState } from 'react';
import { href, intParam, navigate, useQueryState, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { useIndicatorName, useMeasureName, useRegions } from '../lib/catalog';
import { VERDICTS } from '../lib/labels';
import type { RegionSummary, TrackRow } from '../../model/api/index.js';
import { Choice, Field, Status, yearOptions } from '../common/ui';
import { IndicatorPicker } from '../common/IndicatorPicker';
import { Chart } from '../lib/Chart';
import { mapOption, SHOWS, valueOf, written, type Show } from './chart';
import type { Geo } from './geo';

/** The page's query, from its URL: level, province (cities of one), indicator, what to show, year. */
function useMapQuery(q: URLSearchParams) {
  const level: 'city' | 'province' = q.get('level') === 'city' ? 'city' : 'province';
  const show: Show = (Object.keys(SHOWS) as Show[]).find((s) => s === q.get('show')) ?? 'target';
  const indicator = q.get('indicator') ?? 'gdp';
  const regions = useRegions(level);
  // A city map is one province's: the one asked for, else the one with most cities in the library.
  const provinces = [...new Set(regions.map((r) => r.parent).filter((p): p is string => !!p))];
  const within = level === 'city' ? (q.get('within') ?? mostCities(regions)) : null;
  const here = level === 'city' ? regions.filter((r) => r.parent === within) : regions;
  // A target year's targets are in its report, its results in the next one.
  const years = [...new Set(here.flatMap((r) => (show === 'target' ? r.years : r.years.map((y) => y - 1))))].sort((a, b) => b - a);
  const year = intParam(q, 'year') ?? years[0] ?? null;
  const scope = level === 'city' ? (here[0]?.code ? `${here[0].code.slice(0, 2)}0000` : null) : 'china';
  const query = year !== null && (level === 'province' || within) ? { level, within: within ?? undefined, year: String(year), indicator } : null;
  return { level, show, indicator, within, provinces, years, year, scope, query } as const;
}

function mostCities(regions: RegionSummary[]): string | null {
  const n = new Map<string, number>();
  for (const r of regions) if (r.parent) n.set(r.parent, (n.get(r.parent) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The shapes of a scope, once loaded (null while loading or when there are none). */
function useGeo(scope: string | null): { geo: Geo | null; failed: boolean } {
  const [got, setGot] = useState<{ of: string; geo: Geo | null } | null>(null);
  useEffect(() => {
    if (!scope) return;
    let live = true;
    import('./geo').then(async ({ loadGeo, hasCities }) => {
      const geo = scope === 'china' || hasCities(scope) ? await loadGeo(scope) : null;
      if (live) setGot({ of: scope, geo });
    }).catch(() => live && setGot({ of: scope, geo: null }));
    return () => {
      live = false;
    };
  }, [scope]);
  const mine = got && got.of === scope ? got : null;
  return { geo: mine?.geo ?? null, failed: mine !== null && mine.geo === null };
}

export function MapPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const m = useMapQuery(q);
  const res = useApi(m.query ? load(api.track, { query: m.query }) : null);
  const { geo, failed } = useGeo(m.scope);
  const data = res.data;
  useReady((data !== null && (geo !== null || failed)) || res.error !== null, 'map');
  return (
    <div className="stack">
      <h1>地图</h1>
      <div className="filters">
        <Choice label="级别" value={m.level} options={[['province', '省级'], ['city', '市级']] as const} onChange={(v) => set({ level: v === 'city' ? 'city' : null, within: null, year: null })} />
        {m.level === 'city' && <Choice label="省份" value={m.within} options={m.provinces.map((p) => [p, p] as const)} onChange={(v) => set({ within: v, year: null })} />}
        <Choice label="显示" value={m.show} options={Object.entries(SHOWS) as Array<[Show, string]>} onChange={(v) => set({ show: v === 'target' ? null : v, year: null })} />
        <Choice label={m.show === 'target' ? '目标年份' : '年份'} value={m.year} options={yearOptions(m.years)} onChange={(v) => set({ year: v })} />
      </div>
      <div className="filters">
        <Field label="指标">
          <IndicatorPicker multiple={false} value={[m.indicator]} onChange={(v) => set({ indicator: v[0] ?? 'gdp' })} />
        </Field>
      </div>
      {m.years.length === 0 && <p className="empty">库中没有这一级别的报告。</p>}
      {failed && <p className="empty">没有这个省份的市级地图，只能列表显示。</p>}
      <Status loading={res.loading && !data} error={res.error} />
      {data && m.year !== null && <MapView rows={data.rows} geo={geo} show={m.show} year={m.year} indicator={m.indicator} />}
    </div>
  );
}

function MapView({ rows: all, geo, show, year, indicator }: { rows: TrackRow[]; geo: Geo | null; show: Show; year: number; indicator: string }) {
  const name = useIndicatorName();
  const measureName = useMeasureName();
  // One measure on one map: the one most regions have (growth for GDP).
  const measure = useMemo(() => majority(all.map((r) => r.measure)), [all]);
  const rows = useMemo(() => all.filter((r) => r.measure === measure && valueOf(r, show) !== null), [all, measure, show]);
  const option = useMemo(() => (geo && rows.length ? mapOption(rows, geo, show, `${name(indicator)}${measureName(indicator, measure)}`) : null), [geo, rows, show, name, indicator, measureName, measure]);
  if (rows.length === 0) return <p className="empty" role="status">{`${year} 年没有哪个地区有${name(indicator)}的${SHOWS[show]}。`}</p>;
  const open = (region: string | null) => region && navigate(href('track', null, { region, indicator }));
  const byArea = (area: string) => rows.find((r) => r.code !== null && geo?.nameOf.get(r.code) === area)?.region ?? null;
  return (
    <div className="map-view">
      {option && <Chart option={option} height={560} label={`${name(indicator)}地图`} onClick={(area) => open(byArea(area))} />}
      <div className="map-table">
      <table className="grid" data-testid="map-table">
        <thead>
          <tr>
            <th>地区</th>
            <th className="num">{`${SHOWS[show]}（${measureName(indicator, measure)}）`}</th>
            <th>判定</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].sort((a, b) => valueOf(b, show)! - valueOf(a, show)!).map((r) => (
            <tr key={r.code ?? r.region} data-code={r.code}>
              <td>
                <a href={href('track', null, { region: r.region, indicator })}>{r.region}</a>
              </td>
              <td className="num">{written(r, show)}</td>
              <td>{VERDICTS[r.verdict] ?? r.verdict}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}

function majority(xs: Array<string | null>): string | null {
  const n = new Map<string, number>();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

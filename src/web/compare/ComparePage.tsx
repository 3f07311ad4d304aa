// 指标对比: chosen indicators of chosen regions (or a whole level) for one year, as a table and a bar chart;
// each cell as written (6.5 左右, ≥5.5, 5–5.5) and ranges drawn as ranges; CSV and XLSX downloads.
import { useMemo } from 'react';
import { href, intParam, listParam, useQueryState, type Route } from '../app/router';
import { api, csv, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { useIndicatorName, useMeasureName, useRegions } from '../lib/catalog';
import { KINDS, MEASURES, QUALIFIERS, asKind, asLevel, asMeasure, label } from '../lib/labels';
import type { CompareResult } from '../../model/api/index.js';
import { Choice, Downloads, Field, Status, optionsOf, yearOptions } from '../common/ui';
import { LevelSelect } from '../common/pickers';
import { IndicatorPicker } from '../common/IndicatorPicker';
import { RegionChecks } from './RegionChecks';
import { Chart } from '../lib/Chart';
import { compareOption, QUALIFIER_COLORS } from './chart';

/** The page's query, from its URL: what to compare, and the years the library offers for it. */
function useCompareQuery(q: URLSearchParams) {
  const indicators = listParam(q, 'indicator').length ? listParam(q, 'indicator') : ['gdp'];
  const kind = asKind(q.get('kind')) ?? 'target';
  const regions = listParam(q, 'region');
  const level = regions.length ? undefined : (asLevel(q.get('level')) ?? 'city');
  const measure = asMeasure(q.get('measure'));
  const all = useRegions();
  const offset = kind === 'target' ? 0 : 1;
  const years = [...new Set(all.filter((r) => !level || r.level === level).flatMap((r) => r.years.map((y) => y - offset)))].sort((a, b) => b - a);
  const year = intParam(q, 'year') ?? years[0] ?? null;
  const query = { indicator: csv(indicators), kind, year: year ?? undefined, level, region: csv(regions), measure };
  return { indicators, kind, regions, level, measure, years, year, query };
}

export function ComparePage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const c = useCompareQuery(q);
  const res = useApi(c.year !== null ? load(api.compare, { query: c.query }) : null);
  const data = res.data;
  useReady(data !== null || res.error !== null, 'compare');
  return (
    <div className="stack">
      <h1>指标对比</h1>
      <div className="filters">
        <Field label="指标">
          <IndicatorPicker value={c.indicators} onChange={(v) => set({ indicator: v.length ? v : ['gdp'], chart: null })} />
        </Field>
      </div>
      <div className="filters">
        <Choice label="类型" value={c.kind} options={optionsOf(KINDS)} onChange={(v) => set({ kind: v })} />
        <Choice label="年份" value={c.year} options={yearOptions(c.years)} onChange={(v) => set({ year: v })} />
        <Choice label="度量" value={c.measure ?? ''} options={optionsOf(MEASURES)} all="全部" onChange={(v) => set({ measure: v, chart: null })} />
        <LevelSelect value={c.level ?? ''} all="（按所选地区）" onChange={(v) => set({ level: v, region: null })} />
        <RegionChecks value={c.regions} onChange={(v) => set({ region: v, level: v.length ? null : (c.level ?? 'city') })} />
      </div>
      <Status loading={res.loading && !data} error={res.error} empty={data && data.rows.length === 0 ? '这一年没有符合条件的数据。' : null} />
      {data && data.rows.length > 0 && <CompareView data={data} chart={q.get('chart')} onChart={(key) => set({ chart: key })} href={(format) => api.compare.$path({ query: { ...c.query, format } })} />}
    </div>
  );
}

/** The chart of one column (chosen above it, in the URL) and the table of all. */
function CompareView({ data, chart, onChart, href: download }: { data: CompareResult; chart: string | null; onChart: (key: string) => void; href: (format: 'csv' | 'xlsx') => string }) {
  const name = useIndicatorName();
  const measure = useMeasureName();
  const column = data.columns.find((c) => c.key === chart) ?? data.columns[0];
  const option = useMemo(() => (column ? compareOption(data, column, { name, measure }) : null), [data, column, name, measure]);
  if (!column || !option) return null;
  return (
    <>
      <div className="chart-head">
        <Choice label="图表" value={column.key} options={data.columns.map((c) => [c.key, `${name(c.indicator)} · ${measure(c.indicator, c.measure)}`] as const)} onChange={onChart} />
        <span className="qualifier-legend">
          {Object.entries(QUALIFIER_COLORS).map(([k, color]) => (
            <span key={k}>
              <i style={{ background: color }} />
              {label(QUALIFIERS, k)}
            </span>
          ))}
        </span>
        <Downloads href={download} />
      </div>
      <Chart option={option} label={`${name(column.indicator)}对比图`} />
      <CompareTable data={data} name={name} />
    </>
  );
}

function CompareTable({ data, name }: { data: CompareResult; name: (id: string) => string }) {
  const measure = useMeasureName();
  return (
    <table className="grid" data-testid="compare-table">
      <thead>
        <tr>
          <th>地区</th>
          {data.columns.map((c) => (
            <th key={c.key}>
              {name(c.indicator)}
              <small>
                {measure(c.indicator, c.measure)}
                {c.unit ? `（${c.unit}）` : ''}
              </small>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((r) => (
          <tr key={r.document_id} data-region={r.region ?? ''}>
            <th scope="row">
              <a href={href('reader', r.document_id)}>{r.region ?? '未知地区'}</a>
            </th>
            {data.columns.map((c) => {
              const cell = r.cells[c.key];
              return (
                <td key={c.key} data-key={c.key}>
                  {cell ? (
                    <a href={href('reader', r.document_id, { fact: cell.fact_id })} title={cell.quote} className="cell">
                      <span className="cell-text">{cell.text}</span>
                      {cell.qualifier && cell.qualifier !== 'exact' && <em className={`q q-${cell.qualifier}`}>{label(QUALIFIERS, cell.qualifier)}</em>}
                      {cell.stretch && <em className="q">力争</em>}
                    </a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// 指标对比: chosen indicators of chosen regions (or a whole level) for one year, as a table and a bar chart;
// each cell as written (6.5 左右, ≥5.5, 5–5.5) and ranges drawn as ranges; CSV and XLSX downloads.
import { useMemo } from 'react';
import { href, intParam, listParam, useQueryState, type Route } from '../app/router';
import { apiUrl } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { useIndicatorName, useRegions } from '../lib/catalog';
import { KINDS, MEASURES, QUALIFIERS, label } from '../lib/labels';
import type { CompareResult } from '../lib/types';
import { Downloads, Field, Status } from '../common/ui';
import { LevelSelect } from '../common/pickers';
import { IndicatorPicker } from '../common/IndicatorPicker';
import { RegionChecks } from './RegionChecks';
import { Chart } from '../lib/Chart';
import { compareOption, QUALIFIER_COLORS } from './chart';

export function ComparePage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const indicators = listParam(q, 'indicator').length ? listParam(q, 'indicator') : ['gdp'];
  const kind = q.get('kind') === 'actual' ? 'actual' : 'target';
  const regions = listParam(q, 'region');
  const level = regions.length ? '' : (q.get('level') ?? 'city');
  const measure = q.get('measure') ?? '';
  const all = useRegions();
  const years = [...new Set(all.filter((r) => !level || r.level === level).flatMap((r) => r.years.map((y) => (kind === 'target' ? y : y - 1))))].sort((a, b) => b - a);
  const year = intParam(q, 'year') ?? years[0] ?? null;
  const name = useIndicatorName();

  const params = { indicator: indicators, kind, year: year ?? undefined, level: level || undefined, region: regions, measure: measure || undefined };
  const url = year !== null ? apiUrl('compare', params) : null;
  const res = useApi<CompareResult>(url);
  const data = res.data;
  const colKey = q.get('chart') ?? data?.columns[0]?.key ?? '';
  const column = data?.columns.find((c) => c.key === colKey) ?? data?.columns[0];
  const option = useMemo(() => (data && column ? compareOption(data, column, name) : null), [data, column?.key, name]);
  useReady(data !== null, 'compare');

  return (
    <div className="stack">
      <h1>指标对比</h1>
      <div className="filters">
        <Field label="指标">
          <IndicatorPicker value={indicators} onChange={(v) => set({ indicator: v.length ? v : ['gdp'], chart: null })} />
        </Field>
      </div>
      <div className="filters">
        <Field label="类型">
          <select value={kind} onChange={(e) => set({ kind: e.target.value })} aria-label="类型">
            {Object.entries(KINDS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field label="年份">
          <select value={year ?? ''} onChange={(e) => set({ year: e.target.value })} aria-label="年份">
            {year !== null && !years.includes(year) && <option value={year}>{year}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <Field label="度量">
          <select value={measure} onChange={(e) => set({ measure: e.target.value, chart: null })} aria-label="度量">
            <option value="">全部</option>
            {Object.entries(MEASURES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field label="级别">
          <LevelSelect value={level} all="（按所选地区）" onChange={(v) => set({ level: v, region: null })} />
        </Field>
        <RegionChecks value={regions} onChange={(v) => set({ region: v, level: v.length ? null : level || 'city' })} />
      </div>

      <Status loading={res.loading && !data} error={res.error} empty={data && data.rows.length === 0 ? '这一年没有符合条件的数据。' : null} />
      {data && data.rows.length > 0 && column && option && (
        <>
          <div className="chart-head">
            <Field label="图表">
              <select value={column.key} onChange={(e) => set({ chart: e.target.value })} aria-label="图表指标">
                {data.columns.map((c) => (
                  <option key={c.key} value={c.key}>
                    {name(c.indicator)} · {label(MEASURES, c.measure)}
                  </option>
                ))}
              </select>
            </Field>
            <span className="qualifier-legend">
              {Object.entries(QUALIFIER_COLORS).map(([k, color]) => (
                <span key={k}>
                  <i style={{ background: color }} />
                  {QUALIFIERS[k]}
                </span>
              ))}
            </span>
            <Downloads url={apiUrl('compare', params)} />
          </div>
          <Chart option={option} label={`${name(column.indicator)}对比图`} />
          <CompareTable data={data} name={name} />
        </>
      )}
    </div>
  );
}

function CompareTable({ data, name }: { data: CompareResult; name: (id: string) => string }) {
  return (
    <table className="grid" data-testid="compare-table">
      <thead>
        <tr>
          <th>地区</th>
          {data.columns.map((c) => (
            <th key={c.key}>
              {name(c.indicator)}
              <small>
                {label(MEASURES, c.measure)}
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
                      {cell.qualifier && cell.qualifier !== 'exact' && <em className={`q q-${cell.qualifier}`}>{QUALIFIERS[cell.qualifier] ?? cell.qualifier}</em>}
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

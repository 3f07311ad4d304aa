// 目标追踪: for a region and an indicator, each year's target against the next report's result (chart and a
// table of met and missed); for a level and a year, who missed by most.
import { useMemo } from 'react';
import { href, intParam, useQueryState, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { useIndicatorName, useMeasureName, useRegions } from '../lib/catalog';
import { MEASURES, VERDICTS, asLevel, asMeasure, ruleLabel } from '../lib/labels';
import type { TrackResult, TrackRow } from '../../model/api/index.js';
import { Choice, Downloads, Field, Status, optionsOf, yearOptions } from '../common/ui';
import { LevelSelect, RegionSelect } from '../common/pickers';
import { IndicatorPicker } from '../common/IndicatorPicker';
import { Chart } from '../lib/Chart';
import { rankingOption, seriesOption } from './chart';

/** The page's query, from its URL: a region's series, or a level's ranking for one year. */
function useTrackQuery(q: URLSearchParams) {
  const mode = q.get('mode') === 'ranking' ? 'ranking' : 'series';
  const indicator = q.get('indicator') ?? 'gdp';
  const measure = asMeasure(q.get('measure'));
  const regions = useRegions();
  const region = q.get('region') ?? (regions.find((r) => r.level === 'national')?.region ?? regions[0]?.region ?? '');
  const level = asLevel(q.get('level')) ?? 'city';
  const years = [...new Set(regions.filter((r) => r.level === level).flatMap((r) => r.years.map((y) => y - 1)))].sort((a, b) => b - a);
  const year = intParam(q, 'year') ?? years[0] ?? null;
  const from = intParam(q, 'from');
  const regionYears = regions.find((r) => r.region === region)?.years ?? [];
  const query =
    mode === 'series'
      ? region
        ? { region, indicator, measure, year: from !== null ? `${from}-2100` : undefined }
        : null
      : year !== null
        ? { level, year: String(year), indicator, measure }
        : null;
  return { mode, indicator, measure, region, level, years, year, from, regionYears, query };
}

export function TrackPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const t = useTrackQuery(q);
  const res = useApi(t.query ? load(api.track, { query: t.query }) : null);
  const data = res.data;
  useReady(data !== null || res.error !== null, 'track');
  return (
    <div className="stack">
      <h1>目标追踪</h1>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={t.mode === 'series'} onClick={() => set({ mode: null })}>
          按地区看历年
        </button>
        <button type="button" role="tab" aria-selected={t.mode === 'ranking'} onClick={() => set({ mode: 'ranking' })}>
          按年份看谁差得最多
        </button>
      </div>
      <div className="filters">
        {t.mode === 'series' ? (
          <>
            <RegionSelect value={t.region} all="选择地区" onChange={(v) => set({ region: v })} />
            <Choice label="起始年份" value={t.from} options={yearOptions(t.regionYears)} all="全部年份" onChange={(v) => set({ from: v })} />
          </>
        ) : (
          <>
            <LevelSelect value={t.level} all="全部" onChange={(v) => set({ level: v || 'city', year: null })} />
            <Choice label="目标年份" value={t.year} options={yearOptions(t.years)} onChange={(v) => set({ year: v })} />
          </>
        )}
        <Choice label="度量" value={t.measure ?? ''} options={optionsOf(MEASURES)} all="自动（增速优先）" onChange={(v) => set({ measure: v })} />
      </div>
      <div className="filters">
        <Field label="指标">
          <IndicatorPicker multiple={false} value={[t.indicator]} onChange={(v) => set({ indicator: v[0] ?? 'gdp' })} />
        </Field>
      </div>
      <p className="muted rule-note">判定规则：目标一般是下限（CPI、失业率、能耗等及“以内/不超过”为上限）；“左右”放宽 0.5 个百分点（金额放宽 5%）；区间取决定性的一端。结果取下一年报告的回顾。</p>
      <Status loading={res.loading && !data} error={res.error} empty={data ? emptyText(data, t.year) : null} />
      {data && !emptyText(data, t.year) && t.query && (
        <TrackView data={data} title={data.mode === 'series' ? `${t.region} · ` : `${t.year} 年 `} indicator={t.indicator} href={(format) => api.track.$path({ query: { ...t.query!, format } })} />
      )}
    </div>
  );
}

/** What a page with nothing to chart says instead: no rows, or a ranking in which no region has a gap to rank by. */
function emptyText(data: TrackResult, year: number | null): string | null {
  if (data.rows.length === 0) return '没有可追踪的目标或结果。';
  if (data.mode !== 'ranking' || data.rows.some((r) => r.gap !== null)) return null;
  const targets = data.rows.filter((r) => r.target !== null).length;
  const results = data.rows.filter((r) => r.result !== null).length;
  return `${year ?? ''} 年没有哪个地区既有目标又有下一年报告的结果，无法排名（${data.rows.length} 个地区中 ${targets} 个有目标，${results} 个有结果）。`;
}

function TrackView({ data, title, indicator, href: download }: { data: TrackResult; title: string; indicator: string; href: (format: 'csv' | 'xlsx') => string }) {
  const name = useIndicatorName();
  const indicatorName = name(indicator);
  const option = useMemo(() => (data.mode === 'series' ? seriesOption(data.rows, indicatorName) : rankingOption(data.rows, indicatorName)), [data, indicatorName]);
  return (
    <>
      <div className="chart-head">
        <strong>
          {title}
          {indicatorName}
          {data.mode === 'series' ? '：目标与实际' : '：按差距排序'}
        </strong>
        <Downloads href={download} />
      </div>
      <Chart option={option} label={`${indicatorName}目标追踪图`} />
      <TrackTable rows={data.rows} mode={data.mode} />
    </>
  );
}

function TrackTable({ rows, mode }: { rows: TrackRow[]; mode: 'series' | 'ranking' }) {
  const measure = useMeasureName();
  const docOf = (factId: string | null) => (factId ? factId.slice(0, factId.indexOf(':')) : null);
  const link = (factId: string | null, text: string | null, quote: string | null) =>
    factId && text !== null ? (
      <a href={href('reader', docOf(factId), { fact: factId })} title={quote ?? ''}>
        {text}
      </a>
    ) : (
      <span className="muted">—</span>
    );
  return (
    <table className="grid" data-testid="track-table">
      <thead>
        <tr>
          {mode === 'ranking' && <th>排名</th>}
          {mode === 'ranking' ? <th>地区</th> : <th>年份</th>}
          <th>度量</th>
          <th>目标</th>
          <th>实际</th>
          <th className="num">差距</th>
          <th>判定</th>
          <th>规则</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.code ?? r.region}|${r.year}`} data-year={r.year} data-verdict={r.verdict}>
            {mode === 'ranking' && <td className="num">{r.gap === null ? '—' : i + 1}</td>}
            {mode === 'ranking' ? <td>{r.region}</td> : <td>{r.year}</td>}
            <td>{measure(r.indicator, r.measure)}</td>
            <td>{link(r.target_fact, r.target, r.target_quote)}</td>
            <td>{link(r.result_fact, r.result_text, r.result_quote)}</td>
            <td className="num">{r.gap === null ? '—' : r.gap > 0 ? `+${r.gap}` : r.gap}</td>
            <td>
              <span className={`verdict v-${r.verdict.replace(' ', '-')}`}>{VERDICTS[r.verdict] ?? r.verdict}</span>
            </td>
            <td className="muted">{ruleLabel(r.rule)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

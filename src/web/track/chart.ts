// Track charts. A region's years: the target as a bar (a range floating from low to high, labelled as
// written), the result as a line whose points are green when met and red when missed. A level's year: each
// region's gap to its target, the biggest shortfall first.
import type { EChartsCoreOption } from 'echarts/core';
import type { TrackRow } from '../../model/api/index.js';
import { VERDICTS, ruleLabel } from '../lib/labels';

const VERDICT_COLOR: Record<string, string> = { met: '#2e8b57', missed: '#c0392b' };
const GREY = '#9aa5b1';
const AXIS_NAME = { nameLocation: 'middle', nameRotate: 90, nameGap: 56 } as const;

export function seriesOption(all: TrackRow[], indicatorName: string): EChartsCoreOption {
  // One measure per chart: the one most years have (growth for GDP).
  const count = new Map<string, number>();
  for (const r of all) if (r.measure) count.set(r.measure, (count.get(r.measure) ?? 0) + 1);
  const measure = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const rows = all.filter((r) => r.measure === measure);
  const unit = rows.find((r) => r.target_unit)?.target_unit ?? '';
  const isRange = (r: TrackRow) => r.target_low !== null && r.target_high !== null && r.target_low !== r.target_high;
  const base = rows.map((r) => (isRange(r) ? r.target_low : 0));
  const target = rows.map((r) =>
    r.target_low === null
      ? { value: null }
      : { value: isRange(r) ? r.target_high! - r.target_low! : (r.target_value ?? r.target_low), label: { formatter: r.target ?? '' }, itemStyle: { color: isRange(r) ? '#8e5bb5' : '#7ea6dc' } },
  );
  const result = rows.map((r) => ({ value: r.result, itemStyle: { color: VERDICT_COLOR[r.verdict] ?? GREY } }));
  return {
    animation: false,
    legend: { data: ['目标', '实际'], top: 0 },
    grid: { left: 80, right: 24, top: 40, bottom: 40 },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      formatter: (ps: Array<{ dataIndex: number }>) => {
        const r = rows[ps[0]?.dataIndex ?? 0];
        return r ? `${r.year}\n目标 ${r.target ?? '—'}\n实际 ${r.result_text ?? '—'}\n${VERDICTS[r.verdict] ?? r.verdict}${r.rule ? `（${ruleLabel(r.rule)}）` : ''}` : '';
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
    // The axis title along the axis: above it, it met the first bar's label (as in the compare chart).
    yAxis: { type: 'value', name: `${indicatorName}${unit ? `（${unit}）` : ''}`, ...AXIS_NAME },
    series: [
      { type: 'bar', stack: 't', data: base, itemStyle: { color: 'transparent' }, silent: true, tooltip: { show: false } },
      { name: '目标', type: 'bar', stack: 't', data: target, barMaxWidth: 28, itemStyle: { color: '#7ea6dc' }, label: { show: rows.length <= 24, position: 'top', fontSize: 10, color: '#345' } },
      { name: '实际', type: 'line', data: result, connectNulls: false, symbolSize: 9, lineStyle: { color: '#333', width: 2 }, itemStyle: { color: '#333' } },
    ],
  };
}

export function rankingOption(rows: TrackRow[], indicatorName: string): EChartsCoreOption {
  const judged = rows.filter((r) => r.gap !== null);
  return {
    animation: false,
    grid: { left: 80, right: 24, top: 28, bottom: 56 },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p: { dataIndex: number }) => {
        const r = judged[p.dataIndex];
        return `${r.region ?? ''}\n目标 ${r.target ?? '—'}　实际 ${r.result_text ?? '—'}\n差距 ${r.gap}　${VERDICTS[r.verdict] ?? r.verdict}`;
      },
    },
    xAxis: { type: 'category', data: judged.map((r) => r.region ?? ''), axisLabel: { interval: 0, rotate: judged.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', name: `${indicatorName}：实际 − 目标`, ...AXIS_NAME },
    series: [{ type: 'bar', data: judged.map((r) => ({ value: r.gap, itemStyle: { color: VERDICT_COLOR[r.verdict] ?? GREY } })), barMaxWidth: 48, label: { show: true, position: 'top' } }],
  };
}

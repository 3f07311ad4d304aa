// The map's chart: each area shaded by its value on a continuous scale (a gap on a red–green one centred on
// zero: short of the target red, above it green), the value as written on hover, areas without a value grey.
import type { EChartsCoreOption } from 'echarts/core';
import type { TrackRow } from '../../model/api/index.js';
import type { Geo } from './geo';

export const SHOWS = { target: '目标', result: '实际', gap: '差距' } as const;
export type Show = keyof typeof SHOWS;

/** A row's number for the shading: the target's value (a range's middle), the result, or the gap. */
export function valueOf(r: TrackRow, show: Show): number | null {
  if (show === 'result') return r.result;
  if (show === 'gap') return r.gap;
  if (r.target_value !== null) return r.target_value;
  return r.target_low !== null && r.target_high !== null ? (r.target_low + r.target_high) / 2 : null;
}

/** A row's figure as written (the target's 6 左右, the result's 5.8, the gap's +0.3). */
export const written = (r: TrackRow, show: Show): string =>
  show === 'target' ? (r.target ?? '—') : show === 'result' ? (r.result_text ?? '—') : r.gap === null ? '—' : r.gap > 0 ? `+${r.gap}` : String(r.gap);

export function mapOption(rows: TrackRow[], geo: Geo, show: Show, title: string): EChartsCoreOption {
  const data = rows.flatMap((r) => {
    const area = r.code ? geo.nameOf.get(r.code) : undefined;
    // Areas with a value are named on the map, with the figure as written.
    return area ? [{ name: area, value: valueOf(r, show), row: r, label: { show: true, formatter: `${area}\n${written(r, show)}` } }] : [];
  });
  const values = data.map((d) => d.value as number);
  const max = Math.max(...values.map(Math.abs), 1e-9);
  const range = show === 'gap' ? { min: -max, max } : { min: Math.min(...values), max: Math.max(...values) };
  const unit = rows.find((r) => r.target_unit)?.target_unit ?? '';
  return {
    animation: false,
    // Drawn on the canvas (richText), never as HTML.
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p: { name: string; data?: { row: TrackRow } }) => {
        const r = p.data?.row;
        if (!r) return `${p.name}\n库中没有数据`;
        return `${r.region ?? p.name}\n${title}${SHOWS[show]}：${written(r, show)}\n目标 ${r.target ?? '—'}　实际 ${r.result_text ?? '—'}`;
      },
    },
    visualMap: {
      type: 'continuous',
      ...range,
      left: 8,
      bottom: 8,
      calculable: false,
      text: [`${SHOWS[show]}${unit ? `（${unit}）` : ''}`, ''],
      formatter: (v: number) => String(+v.toFixed(2)),
      inRange: { color: show === 'gap' ? ['#c0392b', '#f4f1ea', '#2e8b57'] : ['#dbe8f6', '#1f5fa8'] },
    },
    series: [
      {
        type: 'map',
        map: geo.map,
        roam: false,
        layoutSize: '92%',
        selectedMode: false,
        label: { show: false, color: '#1a1a1a', textBorderColor: '#fff', textBorderWidth: 2, fontSize: 11 },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#f2c14e' } },
        itemStyle: { areaColor: '#e4e7eb', borderColor: '#fff', borderWidth: 0.8 },
        data,
      },
    ],
  };
}

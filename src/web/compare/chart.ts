// The compare chart: one bar per region for one column. A figure is a bar from zero; a range (5–5.5) a bar
// floating from its low to its high end. Each bar is coloured by its qualifier and labelled as written.
import type { EChartsCoreOption } from 'echarts/core';
import type { CompareColumn, CompareResult } from '../../model/api/index.js';
import { QUALIFIERS, label } from '../lib/labels';

export const QUALIFIER_COLORS: Record<string, string> = {
  exact: '#1f5fa8',
  about: '#5b8fd6',
  at_least: '#2e8b57',
  at_most: '#d9822b',
  range: '#8e5bb5',
};

/** The chart's names: an indicator's (地区生产总值) and its measure's (增速; a rate's level 比率). */
interface Names {
  name: (id: string) => string;
  measure: (indicator: string, measure: string | null) => string;
}

export function compareOption(data: CompareResult, col: CompareColumn, { name, measure }: Names): EChartsCoreOption {
  const rows = data.rows.map((r) => ({ r, cell: r.cells[col.key] }));
  const usable = rows.map(({ r, cell }) => {
    const ok = cell && cell.base_low !== null && cell.base_high !== null && (col.unit === null || cell.base_unit === col.unit);
    return { region: r.region ?? '未知地区', cell: ok ? cell : null };
  });
  const isRange = (c: NonNullable<(typeof usable)[number]['cell']>) => c.base_low !== c.base_high;
  const base = usable.map(({ cell }) => (cell && isRange(cell) ? cell.base_low : 0));
  const bars = usable.map(({ cell }) => {
    if (!cell) return { value: null };
    const q = cell.qualifier ?? 'exact';
    const value = isRange(cell) ? cell.base_high! - cell.base_low! : (cell.base_value ?? cell.base_low);
    return { value, itemStyle: { color: QUALIFIER_COLORS[isRange(cell) ? 'range' : q] ?? QUALIFIER_COLORS.exact }, label: { formatter: cell.text }, quote: cell.quote, text: cell.text, qualifier: q };
  });
  const unit = col.unit ?? '';
  return {
    animation: false,
    // The axis title runs along the axis, left of it: above the bars it met the first bar's label.
    grid: { left: 80, right: 24, top: 28, bottom: 48 },
    // Drawn on the canvas (richText), never as HTML: the quote is the report's text.
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p: { dataIndex: number }) => {
        const b = bars[p.dataIndex] as { text?: string; quote?: string; qualifier?: string };
        if (!b.text) return '';
        return `${usable[p.dataIndex].region}\n${b.text}（${label(QUALIFIERS, b.qualifier, '')}）\n${b.quote ?? ''}`;
      },
    },
    xAxis: { type: 'category', data: usable.map((u) => u.region), axisLabel: { interval: 0, rotate: usable.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', name: `${name(col.indicator)} ${measure(col.indicator, col.measure)}${unit ? `（${unit}）` : ''}`, nameLocation: 'middle', nameRotate: 90, nameGap: 56, scale: false },
    series: [
      { type: 'bar', stack: 'v', data: base, itemStyle: { color: 'transparent' }, emphasis: { disabled: true }, tooltip: { show: false }, silent: true },
      { type: 'bar', stack: 'v', data: bars, barMaxWidth: 56, label: { show: true, position: 'top', color: '#222' } },
    ],
  };
}

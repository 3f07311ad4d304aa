// How a figure reads to a person: 6.5%左右 -> "6.5% 左右", at least -> "≥5.5%", a range -> "5–5.5%".
import type { Fact } from '../types.js';

const QUALIFIER_MARK: Record<string, string> = { about: ' 左右', at_least: '≥', at_most: '≤' };

/** `percent: false` drops a '%' unit (table cells whose column says %): "6.5 左右", "≥5.5", "5–5.5". */
export function formatAmount(
  f: Pick<Fact, 'value' | 'low' | 'high' | 'unit'> & { qualifier: string | null },
  opts: { percent?: boolean } = {},
): string {
  const unit = f.unit === '%' && opts.percent === false ? '' : (f.unit ?? '');
  if (f.low === null || f.high === null) return '—';
  if (f.qualifier === 'range') return `${f.low}–${f.high}${unit}`;
  const v = `${f.value ?? f.low}${unit}`;
  if (f.qualifier === 'at_least' || f.qualifier === 'at_most') return `${QUALIFIER_MARK[f.qualifier]}${v}`;
  if (f.qualifier === 'about') return `${v}${QUALIFIER_MARK.about}`;
  return v;
}

/** "growth 6.5% 左右", "rank 4位", "level 1035.61亿元"; qualitative targets give their statement. */
export function formatFact(f: Fact): string {
  if (f.value === null && f.low === null) return f.statement ?? f.quote;
  const stretch = f.stretch ? ' (力争)' : '';
  const period = f.period ? ` [${f.period}]` : '';
  const measure = f.measure === 'growth' ? '' : `${f.measure} `;
  const sign = f.measure === 'growth' && f.low !== null && f.low > 0 && f.qualifier !== 'range' ? '+' : '';
  const amount = formatAmount(f);
  return `${measure}${/^[≥≤]/.test(amount) ? amount[0] + sign + amount.slice(1) : sign + amount}${stretch}${period}`;
}

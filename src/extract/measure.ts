// What a figure measures of its indicator, read from the words between the subject and the figure (the gap):
// a level (达到5.2万亿元), a growth (增长6%), a change (提高1.2个百分点), a multi-year average, a share, a rank.
import type { Measure } from '../types.js';
import { ADJUSTED_BASIS, AVERAGE_WORDS, COMPARED_PATTERN, FALL_VERBS, RANK_OF_GROWTH, RANK_OF_LEVEL, RISE_VERBS, unitScale } from '../lexicon/grammar.js';
import { INDICATOR_BY_ID } from '../lexicon/indicators.js';
import { includesAnyWord as has } from '../text/chars.js';
import type { Figure } from './numbers.js';

export interface Classified {
  measure: Measure;
  sign: 1 | -1;
  /** For ranks: whether the position is of the growth rate or of the total. */
  rankOf: 'growth' | 'level' | null;
}

/** A predicate that takes the figure to a level (增加到, 降至, 由…): the figure is where it ends, not the change. */
export const TO_RE = /(增加|提高|上升|增长|下降|降|回落|提升|扩大|跃升|升)(到|至)|由|从/;

/** 年均增长 is a multi-year average; 全年平均为5.45% (a monthly rate averaged over the year) is the year's own. */
export const isAverage = (gap: string): boolean => has(gap.replace(/全年平均/g, ''), AVERAGE_WORDS);

/** A percentage of a price index this high is the index itself (上年=100). */
const INDEX_FLOOR = 50;

const of = (measure: Measure, sign: 1 | -1 = 1): Classified => ({ measure, sign, rankOf: null });

/**
 * What the figure measures of the indicator, given the gap before it (and the measure of the subject's previous
 * figure, which a rank without its own word follows); null when the figure is not one of the indicator's.
 */
export function classify(gap: string, fig: Figure, indicator: string, previous: Measure | null): Classified | null {
  gap = gap.replace(ADJUSTED_BASIS, '');
  if (fig.rank) {
    const rankOf = has(gap, RANK_OF_GROWTH) ? 'growth' : has(gap, RANK_OF_LEVEL) ? 'level' : previous === 'growth' ? 'growth' : previous ? 'level' : null;
    return { measure: 'rank', sign: 1, rankOf };
  }
  // 占地区生产总值比重提高1个百分点 moves a share: no measure of the indicator itself says that.
  if (/占|比重|占比/.test(gap)) return fig.unit === '个百分点' ? null : of('share');
  // 增速高于全国0.7个百分点: a margin over another region's figure, not this one's.
  if (fig.unit === '个百分点' && COMPARED_PATTERN.test(gap)) return null;
  const fall = has(gap, FALL_VERBS);
  const percent = fig.unit === '%' || fig.unit === '‰';
  if (isAverage(gap) && (percent || !fig.unit)) return of('avg_growth', fall ? -1 : 1);
  if (fig.unit === '个百分点') return of('change', fall ? -1 : 1); // 提高1.2个百分点, 增速回落0.5个百分点
  if (percent) return classifyPercent(gap, indicator, fall, fig.high);
  if (fig.unit === '倍' || fig.unit === null) return null;
  // An amount in a unit the indicator is never counted in belongs to another noun (播种面积…新增202.9万亩).
  const entry = INDICATOR_BY_ID.get(indicator);
  if (entry?.units && !entry.units.includes(unitScale(fig.unit).base ?? '')) return null;
  if (TO_RE.test(gap)) return of('level');
  if (fall) return of('change', -1);
  if (has(gap, RISE_VERBS)) return of('change');
  return of('level');
}

/** A percentage: a growth, or the level of a rate (城镇调查失业率5.5%); a bare one of an amount says nothing clear. */
function classifyPercent(gap: string, indicator: string, fall: boolean, value: number): Classified | null {
  const entry = INDICATOR_BY_ID.get(indicator);
  // 居民消费价格指数106.5%: the index on last year = 100 (its level), not a rise of 106.5%.
  if (entry?.percentIsGrowth && value >= INDEX_FLOOR && !has(gap, RISE_VERBS) && !fall) return of('level');
  if (/降幅/.test(gap)) return of('growth', -1);
  if (/涨幅|增速|增幅/.test(gap)) return of('growth');
  if (TO_RE.test(gap)) return of('level');
  if (fall) return of('growth', -1);
  if (has(gap, RISE_VERBS)) return of('growth');
  if (entry?.percentIsGrowth) return of('growth');
  if (entry?.rate === true) return of('level');
  return null;
}

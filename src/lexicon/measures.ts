// What each measure of a fact is called (knowledge as data, like the indicators): the labels the workbench and
// the API's indicator list show. An indicator that is itself a rate (城镇调查失业率, 城镇化率: `rate` in
// indicators.ts) has no 总量: its level is the rate itself, 比率.
import type { Measure } from '../types.js';

export const MEASURE_NAMES: Record<Measure, string> = {
  growth: '增速',
  level: '总量',
  rank: '位次',
  avg_growth: '年均增速',
  share: '占比',
  change: '增减量',
};

/** The labels of a rate's measures where they differ from the others'. */
const RATE_NAMES: Partial<Record<Measure, string>> = { level: '比率' };

/** An indicator's own labels for the measures (a rate's level is 比率, not 总量). */
export function measureNames(entry: { rate?: boolean }): Record<Measure, string> {
  return entry.rate ? { ...MEASURE_NAMES, ...RATE_NAMES } : { ...MEASURE_NAMES };
}

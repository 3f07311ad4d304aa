// Headline selection: which fact is "the" figure of its indicator for the year.
// Targets: the 主要预期目标 statement's own figures (a firm one before a 力争 stretch one).
// Results: the reviewed year's full-year figure, first stated; within that sentence an exact figure
// beats a bound (外贸进出口总额突破1000亿元，为1002亿元 -> 1002).
import type { Fact, ReportMeta } from '../types.js';
import type { DraftFact } from './facts.js';

/**
 * The reviewed year's figure of one indicator and measure, in order of preference: named firmly (地区生产总值
 * over 经济总量), stated for the year rather than read off a multi-year passage, exact rather than a bound
 * (突破5000亿元 … 5129.2亿元), and first. A rank: of the growth rate when one is given (增长19%、居全国第二位),
 * else of the total.
 */
function pickResult(list: DraftFact[]): DraftFact {
  const score = (f: DraftFact): number =>
    (f.weak ? 8 : 0) + (f.fromPeriod ? 4 : 0) + (f.qualifier === 'exact' ? 0 : 2) + (f.measure === 'rank' && f.rankOf !== 'growth' ? 1 : 0);
  let best = list[0];
  for (const f of list) if (score(f) < score(best) || (score(f) === score(best) && f.segment < best.segment)) best = f;
  return best;
}

export function selectHeadlines(drafts: DraftFact[], meta: ReportMeta): Fact[] {
  const review = meta.reviewYear ?? (meta.year !== null ? meta.year - 1 : null);
  const chosen = new Set<DraftFact>();
  const groups = new Map<string, DraftFact[]>();
  const add = (key: string, f: DraftFact): void => {
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  };
  for (const f of drafts) {
    if (f.kind === 'target' && f.inStatement && f.period === null) add(`t|${f.indicator}|${f.measure}`, f);
    else if (f.kind === 'actual' && f.year === review && f.period === null && f.value !== null && !f.partial)
      add(`a|${f.indicator}|${f.measure}`, f);
  }
  for (const [key, list] of groups) {
    if (key.startsWith('t|')) {
      const firm = list.find((f) => !f.stretch && f.low !== null) ?? list.find((f) => !f.stretch) ?? list[0];
      chosen.add(firm);
    } else {
      chosen.add(pickResult(list));
    }
  }
  return drafts.map((f) => {
    const { segment: _s, rankOf: _r, inStatement: _i, weak: _w, fromPeriod: _p, partial: _a, ...fact } = f;
    return { ...fact, headline: chosen.has(f) };
  });
}

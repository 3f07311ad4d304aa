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

/** The facts with their headlines marked. Consumes `drafts` (emptied as the facts are made). */
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
  // Each draft is let go as its fact is made: a 40 MB line has a million of them, and both lists at once would
  // double the peak. (The drafts are extractFacts' own output, read by no one else.)
  groups.clear();
  const facts: Fact[] = [];
  for (let i = 0; i < drafts.length; i++) {
    facts.push(toFact(drafts[i], chosen.has(drafts[i])));
    (drafts as Array<DraftFact | null>)[i] = null;
  }
  chosen.clear();
  return facts;
}

/** The fact without what selection needed: spelled out (one object shape; a rest spread of a million is slow). */
function toFact(f: DraftFact, headline: boolean): Fact {
  return {
    indicator: f.indicator,
    kind: f.kind,
    year: f.year,
    measure: f.measure,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    stretch: f.stretch,
    headline,
    period: f.period,
    statement: f.statement,
    span: f.span,
    quote: f.quote,
  };
}

// Headline selection: which fact is "the" figure of its indicator for the year.
// Targets: the 主要预期目标 statement's own figures (a firm one before a 力争 stretch one).
// Results: the reviewed year's full-year figure, first stated; within that sentence an exact figure
// beats a bound (外贸进出口总额突破1000亿元，为1002亿元 -> 1002).
import type { Fact, ReportMeta } from '../types.js';
import type { DraftFact } from './facts.js';

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
    else if (f.kind === 'actual' && f.year === review && f.period === null && f.value !== null && (f.measure !== 'rank' || f.rankOf === 'growth'))
      add(`a|${f.indicator}|${f.measure}`, f);
  }
  for (const [key, list] of groups) {
    if (key.startsWith('t|')) {
      const firm = list.find((f) => !f.stretch && f.value !== null) ?? list.find((f) => !f.stretch) ?? list[0];
      chosen.add(firm);
    } else {
      const seg = Math.min(...list.map((f) => f.segment));
      const inSeg = list.filter((f) => f.segment === seg);
      chosen.add(inSeg.find((f) => f.qualifier === 'exact') ?? inSeg[0]);
    }
  }
  return drafts.map((f) => {
    const { segment: _s, rankOf: _r, inStatement: _i, ...fact } = f;
    return { ...fact, headline: chosen.has(f) };
  });
}

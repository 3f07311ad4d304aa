// 地方财政收入增长10%，其中公共财政预算收入增长10%: when a weak name's figure is followed at once by 其中 and a firmer
// name of the same indicator, the first is the aggregate the second is part of (AGGREGATE_OF_PART in the lexicon).
// Without this both read as one indicator and the aggregate's figure wins the headline. Pure.
import { AGGREGATE_OF_PART } from '../lexicon/indicators.js';
import type { DraftFact } from './draft.js';

const PART_LEAD = /^[，,]?其中/;

export function relabelAggregates(text: string, facts: DraftFact[]): DraftFact[] {
  for (let i = 0; i + 1 < facts.length; i++) {
    const [whole, part] = [facts[i], facts[i + 1]];
    const aggregate = AGGREGATE_OF_PART.get(whole.indicator);
    if (aggregate === undefined || !whole.weak || part.weak || part.indicator !== whole.indicator) continue;
    if (part.segment !== whole.segment || !PART_LEAD.test(text.slice(whole.span[1], part.span[0] + 2))) continue;
    facts[i] = { ...whole, indicator: aggregate, weak: false };
  }
  return facts;
}

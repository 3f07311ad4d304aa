// The lexicon's indicators as both shells list them: id, name, aliases (a trailing … for a form that counts only
// before a figure), core or not.
import { INDICATORS } from '../../lexicon/indicators.js';
import { measureNames } from '../../lexicon/measures.js';
import type { IndicatorList } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

export function indicatorsAnswer(opts: { core?: boolean } = {}): Answer<IndicatorList> {
  const list = INDICATORS.filter((e) => !opts.core || e.core);
  const table = {
    columns: ['id', 'name', 'aliases', 'core'],
    rows: list.map((e) => [e.id, e.name, [...e.aliases.filter((a) => a !== e.name), ...(e.needsValue ?? []).map((a) => `${a}…`)].join('、'), e.core ? 'core' : '']),
  };
  const json = { indicators: list.map((e) => ({ id: e.id, name: e.name, core: e.core === true, aliases: e.aliases, needsValue: e.needsValue ?? [], rate: e.rate === true, measures: measureNames(e) })) };
  const notes = ['', 'An alias ending in … counts only before a figure (经济增长6%). Compare, panel and track take ids, names or aliases.'];
  return { name: 'indicators', table, json, screen: { ...table, notes } };
}

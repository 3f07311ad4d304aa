// panel: long-format data for econometrics, one row per fact. Pure shaping of FactRow -> columns.
import type { FactRow } from '../model/rows.js';
import { INDICATOR_BY_ID } from '../lexicon/indicators.js';
import { periodYears, toPanelUnit } from './units.js';

/** Column order of the panel export (documented in the README section "Panel columns"). */
export const PANEL_COLUMNS = [
  'fact_id',
  'document_id',
  'region',
  'code',
  'level',
  'parent',
  'parent_code',
  'report_year',
  'year',
  'indicator',
  'kind',
  'measure',
  'value',
  'low',
  'high',
  'unit',
  'value_base',
  'low_base',
  'high_base',
  'unit_base',
  'qualifier',
  'stretch',
  'headline',
  'period',
  'period_start',
  'period_end',
  'statement',
  'quote',
  'span_start',
  'span_end',
  'corrected',
] as const;

/** A fact's cells in PANEL_COLUMNS order (an array, not an object: a panel can hold 50,000 facts). */
export function panelCells(f: FactRow): Array<string | number | null> {
  const base = toPanelUnit(f, INDICATOR_BY_ID.get(f.indicator)?.units);
  const { period_start, period_end } = periodYears(f.period, f.year);
  return [
    `${f.document_id}:${f.ord}`,
    f.document_id,
    f.region,
    f.region_code,
    f.level,
    f.parent_region,
    f.parent_code,
    f.report_year,
    f.year,
    f.indicator,
    f.kind,
    f.measure,
    f.value,
    f.low,
    f.high,
    f.unit,
    base.value_base,
    base.low_base,
    base.high_base,
    base.unit_base,
    f.qualifier,
    f.stretch,
    f.headline,
    f.period,
    period_start,
    period_end,
    f.statement,
    f.quote,
    f.span_start,
    f.span_end,
    // 1 when a reader edited the figure (the values above are theirs; the quote is the text's).
    f.review === 'edited' ? 1 : 0,
  ];
}

export function panelTable(facts: FactRow[]): { columns: string[]; rows: Array<Array<string | number | null>> } {
  return { columns: [...PANEL_COLUMNS], rows: facts.map(panelCells) };
}

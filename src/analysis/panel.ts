// panel: long-format data for econometrics, one row per fact. Pure shaping of FactRow -> columns.
import type { FactRow } from '../model/rows.js';

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
  'qualifier',
  'stretch',
  'headline',
  'period',
  'statement',
  'quote',
  'span_start',
  'span_end',
  'corrected',
] as const;

export type PanelRow = Record<(typeof PANEL_COLUMNS)[number], string | number | null>;

export function panelRow(f: FactRow): PanelRow {
  return {
    fact_id: `${f.document_id}:${f.ord}`,
    document_id: f.document_id,
    region: f.region,
    code: f.region_code,
    level: f.level,
    parent: f.parent_region,
    parent_code: f.parent_code,
    report_year: f.report_year,
    year: f.year,
    indicator: f.indicator,
    kind: f.kind,
    measure: f.measure,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    stretch: f.stretch,
    headline: f.headline,
    period: f.period,
    statement: f.statement,
    quote: f.quote,
    span_start: f.span_start,
    span_end: f.span_end,
    // 1 when a reader edited the figure (the values above are theirs; the quote is the text's).
    corrected: f.review === 'edited' ? 1 : 0,
  };
}

export function panelTable(facts: FactRow[]): { columns: string[]; rows: Array<Array<string | number | null>> } {
  return { columns: [...PANEL_COLUMNS], rows: facts.map((f) => PANEL_COLUMNS.map((c) => panelRow(f)[c])) };
}

// Row shapes that several layers share: the store writes and reads them, analysis turns them into tables,
// the CLI and the HTTP API print them. Data only.

/** One fact. Stable id: `${document_id}:${ord}`. */
export interface FactRecord {
  document_id: string;
  ord: number;
  indicator: string;
  kind: string;
  year: number | null;
  measure: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  stretch: number;
  headline: number;
  period: string | null;
  statement: string | null;
  /** ord of the innermost section containing span_start, or null. */
  section_ord: number | null;
  span_start: number;
  span_end: number;
  quote: string;
  /** A reader's review (src/store/corrections.ts): null, 'confirmed', 'edited' or 'rejected' (left out of every query). */
  review: string | null;
}

/** One fact with the document fields a table needs. */
export interface FactRow extends FactRecord {
  region: string | null;
  region_code: string | null;
  level: string | null;
  parent_region: string | null;
  parent_code: string | null;
  report_year: number | null;
}

/** What compare and track read of a fact: the cell, its quote and its region (no span, section or parent). */
export type FactCell = Pick<
  FactRow,
  | 'document_id'
  | 'ord'
  | 'region'
  | 'region_code'
  | 'level'
  | 'report_year'
  | 'indicator'
  | 'kind'
  | 'year'
  | 'measure'
  | 'value'
  | 'low'
  | 'high'
  | 'unit'
  | 'qualifier'
  | 'stretch'
  | 'headline'
  | 'period'
  | 'statement'
  | 'quote'
  | 'review'
>;


/**
 * A reader's confirmation, edit or rejection of a fact or commitment, kept apart from the extracted rows so that it
 * survives re-extraction: it is anchored by what does not change when the same text is read again (document,
 * span, the indicator and measure as extracted) and re-applied after every ingest and reindex.
 */
export interface CorrectionRecord {
  id: string;
  /** 'fact' | 'commitment' */
  target: string;
  document_id: string;
  span_start: number;
  span_end: number;
  /** As extracted: the fact's indicator and measure, the commitment's action (the anchor's other half). */
  anchor_indicator: string | null;
  anchor_measure: string | null;
  /** 'confirm' | 'edit' | 'reject' */
  action: string;
  /** JSON of the reviewed fields before and after. */
  before: string;
  after: string;
  note: string | null;
  created_at: string;
  /** Who made it (migration 016), as they named themselves; null when not given. */
  author?: string | null;
}

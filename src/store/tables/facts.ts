// facts: one row per fact, with copies of its report's columns (migration 012), and the fact as the API gives it.
import type { Fact as Extracted } from '../../types.js';
import type { Fact } from '../../model/api/index.js';
import type { DocumentsTable, FactsTable } from '../schema.js';

const b = (x: unknown): number => (x ? 1 : 0);

/** As extracted: no review yet (corrections set it afterwards). */
export function toRow(f: Extracted, ord: number, doc: DocumentsTable, sectionOrd: number | null): Omit<FactsTable, 'review'> {
  return {
    document_id: doc.id,
    ord,
    report_genre: doc.genre,
    report_level: doc.level,
    report_region: doc.region,
    report_region_code: doc.region_code,
    report_year: doc.year,
    indicator: f.indicator,
    kind: f.kind,
    year: f.year,
    measure: f.measure,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    stretch: b(f.stretch),
    headline: b(f.headline),
    period: f.period,
    statement: f.statement,
    section_ord: sectionOrd,
    span_start: f.span[0],
    span_end: f.span[1],
    quote: f.quote,
  };
}

export type FactRowOut = Omit<FactsTable, 'review' | `report_${string}`> & { review: string | null };

export function fromRow(f: FactRowOut): Fact {
  return {
    id: `${f.document_id}:${f.ord}`,
    indicator: f.indicator,
    kind: f.kind,
    year: f.year,
    measure: f.measure,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    stretch: f.stretch === 1,
    headline: f.headline === 1,
    period: f.period,
    statement: f.statement,
    review: f.review,
    section_ord: f.section_ord,
    span: [f.span_start, f.span_end],
    quote: f.quote,
  };
}

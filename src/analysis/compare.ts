// compare: a region × indicator table of headline facts. Pure: rows in, table out.
import type { Fact } from '../types.js';
import type { FactCell } from '../model/rows.js';
import { formatAmount } from './format.js';
import { INDICATORS } from '../lexicon/indicators.js';

/** When an indicator has several headline measures, the first of these present wins (unless --measure). */
export const MEASURE_PREFERENCE = ['growth', 'level', 'share', 'change', 'avg_growth', 'rank'];

const LEXICON_ORDER = new Map(INDICATORS.map((e, i) => [e.id, i]));

/** Better candidate first: preferred measure, firm before 力争 (stretch), quantified before qualitative, text order. */
export function cellOrder(a: FactCell, b: FactCell, measures: string[] = MEASURE_PREFERENCE): number {
  const m = (r: FactCell) => {
    const i = measures.indexOf(r.measure);
    return i < 0 ? measures.length : i;
  };
  return (
    m(a) - m(b) ||
    a.stretch - b.stretch ||
    Number(a.low === null) - Number(b.low === null) ||
    (a.report_year ?? 0) - (b.report_year ?? 0) ||
    a.document_id.localeCompare(b.document_id) ||
    a.ord - b.ord
  );
}

/** The text of a cell: "6.5 左右", "≥5.5", "5–5.5", "0.8万人"; a qualitative target gives its statement. */
export function cellText(r: Pick<Fact, 'value' | 'low' | 'high' | 'unit' | 'statement'> & { qualifier: string | null; quote: string }): string {
  if (r.low === null && r.value === null) return r.statement ?? r.quote;
  return formatAmount(r, { percent: false });
}

export interface CompareCell {
  fact_id: string;
  measure: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  stretch: boolean;
  text: string;
  quote: string;
}

export interface CompareRow {
  region: string | null;
  code: string | null;
  level: string | null;
  document_id: string;
  cells: Record<string, CompareCell | null>;
}

export interface CompareResult {
  indicators: string[];
  rows: CompareRow[];
}

/** Groups facts by region (one document per region: the first by id when a region has duplicates). */
export function buildCompare(facts: FactCell[], opts: { indicators?: string[]; measure?: string } = {}): CompareResult {
  const measures = opts.measure ? [opts.measure] : MEASURE_PREFERENCE;
  const pool = opts.measure ? facts.filter((f) => f.measure === opts.measure) : facts;
  const byRegion = new Map<string, FactCell[]>();
  for (const f of pool) {
    const key = f.region_code ?? f.region ?? f.document_id;
    const list = byRegion.get(key);
    if (list) list.push(f);
    else byRegion.set(key, [f]);
  }
  const present = new Set(pool.map((f) => f.indicator));
  const indicators = opts.indicators?.length
    ? opts.indicators
    : [...present].sort((a, b) => (LEXICON_ORDER.get(a) ?? 1e9) - (LEXICON_ORDER.get(b) ?? 1e9) || a.localeCompare(b));
  const rows: CompareRow[] = [];
  for (const list of byRegion.values()) {
    const docId = [...new Set(list.map((f) => f.document_id))].sort()[0];
    const mine = list.filter((f) => f.document_id === docId);
    const byIndicator = new Map<string, FactCell[]>();
    for (const f of mine) {
      const group = byIndicator.get(f.indicator);
      if (group) group.push(f);
      else byIndicator.set(f.indicator, [f]);
    }
    const cells: Record<string, CompareCell | null> = {};
    for (const ind of indicators) {
      const best = byIndicator.get(ind)?.sort((a, b) => cellOrder(a, b, measures))[0];
      cells[ind] = best
        ? {
            fact_id: `${best.document_id}:${best.ord}`,
            measure: best.measure,
            value: best.value,
            low: best.low,
            high: best.high,
            unit: best.unit,
            qualifier: best.qualifier,
            stretch: best.stretch === 1,
            text: cellText(best),
            quote: best.quote,
          }
        : null;
    }
    rows.push({ region: mine[0].region, code: mine[0].region_code, level: mine[0].level, document_id: docId, cells });
  }
  rows.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || (a.region ?? '').localeCompare(b.region ?? ''));
  return { indicators, rows };
}

/** Flat table: region, code, then one column per indicator (its cell text; % is implied for growth). */
export function compareTable(c: CompareResult): { columns: string[]; rows: Array<Array<string | null>> } {
  return {
    columns: ['region', 'code', ...c.indicators],
    rows: c.rows.map((r) => [r.region, r.code, ...c.indicators.map((i) => r.cells[i]?.text ?? null)]),
  };
}

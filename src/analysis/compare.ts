// compare: a region × indicator table of headline facts. Pure: rows in, table out.
import type { Fact } from '../types.js';
import type { FactCell } from '../model/rows.js';
import { formatAmount } from './format.js';
import { INDICATORS } from '../lexicon/indicators.js';
import { toBase } from './units.js';
import type { CompareCell, CompareColumn, CompareResult, CompareRow } from '../model/api/index.js';
import type { Table } from '../model/table.js';

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

export const columnKey = (indicator: string, measure: string): string => `${indicator}:${measure}`;

const MEASURE_ORDER = new Map(MEASURE_PREFERENCE.map((m, i) => [m, i]));

/** Groups facts by region (one document per region: the first by id when a region has duplicates). */
export function buildCompare(facts: FactCell[], opts: { indicators?: string[]; measure?: string } = {}): CompareResult {
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
  const seen = new Map<string, Set<string | null>>();
  for (const list of byRegion.values()) {
    const docId = [...new Set(list.map((f) => f.document_id))].sort()[0];
    const mine = list.filter((f) => f.document_id === docId);
    const byColumn = new Map<string, FactCell[]>();
    for (const f of mine) {
      const k = columnKey(f.indicator, f.measure);
      const group = byColumn.get(k);
      if (group) group.push(f);
      else byColumn.set(k, [f]);
    }
    const cells: Record<string, CompareCell | null> = {};
    for (const [k, group] of byColumn) {
      const best = group.sort((a, b) => cellOrder(a, b))[0];
      const base = toBase(best);
      cells[k] = {
        fact_id: `${best.document_id}:${best.ord}`,
        measure: best.measure,
        value: best.value,
        low: best.low,
        high: best.high,
        unit: best.unit,
        qualifier: best.qualifier,
        stretch: best.stretch === 1,
        base_value: base.value,
        base_low: base.low,
        base_high: base.high,
        base_unit: base.unit,
        text: cellText(best),
        quote: best.quote,
      };
      const units = seen.get(k) ?? new Set();
      units.add(base.unit);
      seen.set(k, units);
    }
    rows.push({ region: mine[0].region, code: mine[0].region_code, level: mine[0].level, document_id: docId, cells });
  }
  // Columns: the chosen indicators in order, each in the measures present (growth, then level, share, …).
  const columns: CompareColumn[] = [];
  for (const ind of indicators) {
    const measures = [...seen.keys()].filter((k) => k.startsWith(`${ind}:`)).map((k) => k.slice(ind.length + 1));
    if (measures.length === 0 && opts.indicators?.length) measures.push(opts.measure ?? 'growth');
    measures.sort((a, b) => (MEASURE_ORDER.get(a) ?? 99) - (MEASURE_ORDER.get(b) ?? 99));
    for (const m of measures) {
      const units = [...(seen.get(columnKey(ind, m)) ?? [])];
      columns.push({ key: columnKey(ind, m), indicator: ind, measure: m, unit: units.length === 1 ? units[0] : null });
    }
  }
  for (const r of rows) for (const c of columns) r.cells[c.key] ??= null;
  rows.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || (a.region ?? '').localeCompare(b.region ?? ''));
  return { indicators, columns, rows };
}

/** A column's header: `gdp growth`, `gdp level`, `gdp rank`. */
export const columnLabel = (c: CompareColumn): string => `${c.indicator} ${c.measure}`;

/**
 * Flat table: region, code, then per column the cell as written (6.5 左右, ≥5.5, 1035.61亿元). With `numbers`
 * (CSV, XLSX), each column also gets its value in base units (`gdp level [元]`), so that a sheet sorts and charts.
 */
export function compareTable(c: CompareResult, opts: { numbers?: boolean } = {}): Table {
  const columns = ['region', 'code'];
  for (const col of c.columns) {
    columns.push(columnLabel(col));
    if (opts.numbers) columns.push(`${columnLabel(col)} [${col.unit ?? 'value'}]`);
  }
  return {
    columns,
    rows: c.rows.map((r) => {
      const out: Array<string | number | null> = [r.region, r.code];
      for (const col of c.columns) {
        const cell = r.cells[col.key];
        out.push(cell?.text ?? null);
        if (opts.numbers) out.push(cell && (col.unit === null || cell.base_unit === col.unit) ? cell.base_value : null);
      }
      return out;
    }),
  };
}

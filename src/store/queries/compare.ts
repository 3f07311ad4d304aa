// compare: the SQL side (which facts) + the pure table (analysis/compare).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocFilter } from './filters.js';
import { selectFactCells } from './facts.js';
import { buildCompare, compareTable, type CompareResult } from '../../analysis/compare.js';
import type { Table } from '../../model/table.js';

export interface CompareQuery extends DocFilter {
  indicators?: string[];
  kind: 'target' | 'actual';
  /** The year the figures are about. Targets come from that year's report, results from the next year's. */
  year: number;
  measure?: string;
  headlineOnly?: boolean;
}

/** The result, the terminal table (cells as written) and the sheet (each column beside its value in base units). */
export async function runCompare(db: Kysely<Database>, q: CompareQuery): Promise<{ result: CompareResult; table: Table; sheet: Table }> {
  const reportYear = q.kind === 'target' ? q.year : q.year + 1;
  const facts = await selectFactCells(db, {
    ...q,
    yearFrom: reportYear,
    yearTo: reportYear,
    kinds: [q.kind],
    factYearFrom: q.year,
    factYearTo: q.year,
    measures: q.measure ? [q.measure] : undefined,
    headlineOnly: q.headlineOnly ?? true,
    ownPeriodOnly: true,
    firstReportPerRegionYear: true,
  });
  const result = buildCompare(facts, { indicators: q.indicators, measure: q.measure });
  return { result, table: compareTable(result), sheet: compareTable(result, { numbers: true }) };
}

// compare: the SQL side (which facts) + the pure table (analysis/compare), as the answer both shells give.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocFilter } from './filters.js';
import { selectFactCells } from './facts.js';
import { buildCompare, compareTable } from '../../analysis/compare.js';
import { resolveIndicators } from '../../lexicon/indicators.js';
import type { CompareResult } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

export interface CompareQuery extends DocFilter {
  /** Ids, names or aliases (none: every indicator present). */
  indicators?: string[];
  kind: 'target' | 'actual';
  /** The year the figures are about. Targets come from that year's report, results from the next year's. */
  year: number;
  measure?: string;
  headlineOnly?: boolean;
}

export async function runCompare(db: Kysely<Database>, q: CompareQuery): Promise<CompareResult> {
  const reportYear = q.kind === 'target' ? q.year : q.year + 1;
  const indicators = resolveIndicators(q.indicators);
  const facts = await selectFactCells(db, {
    ...q,
    indicators,
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
  return buildCompare(facts, { indicators, measure: q.measure });
}

/** The sheet gives each column beside its value in base units; the terminal the cells as written. */
export async function compareAnswer(db: Kysely<Database>, q: CompareQuery): Promise<Answer<CompareResult>> {
  const result = await runCompare(db, q);
  const screen = compareTable(result);
  if (result.rows.length === 0) screen.notes = [`no ${q.kind} facts for ${q.year} match these filters`];
  return { name: 'compare', table: compareTable(result, { numbers: true }), json: result, screen };
}

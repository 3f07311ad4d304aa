// Facts joined with their document, filtered: the one query behind compare, panel and track.
import type { Kysely } from 'kysely';
import type { Database, FactsTable } from '../schema.js';
import { docConditions, type DocFilter } from './filters.js';

export interface FactFilter extends DocFilter {
  indicators?: string[];
  kinds?: string[];
  measures?: string[];
  /** The year the figure is about (facts.year), inclusive. */
  factYearFrom?: number;
  factYearTo?: number;
  headlineOnly?: boolean;
}

/** One fact with the document fields a table needs. */
export interface FactRow extends FactsTable {
  region: string | null;
  region_code: string | null;
  level: string | null;
  parent_region: string | null;
  parent_code: string | null;
  report_year: number | null;
}

export async function selectFacts(db: Kysely<Database>, f: FactFilter): Promise<FactRow[]> {
  let q = db
    .selectFrom('facts')
    .innerJoin('documents', 'documents.id', 'facts.document_id')
    .select([
      'facts.document_id',
      'facts.ord',
      'documents.region',
      'documents.region_code',
      'documents.level',
      'documents.parent_region',
      'documents.parent_code',
      'documents.year as report_year',
      'facts.indicator',
      'facts.kind',
      'facts.year',
      'facts.measure',
      'facts.value',
      'facts.low',
      'facts.high',
      'facts.unit',
      'facts.qualifier',
      'facts.stretch',
      'facts.headline',
      'facts.period',
      'facts.statement',
      'facts.section_ord',
      'facts.span_start',
      'facts.span_end',
      'facts.quote',
    ])
    .where((eb) => docConditions(eb as any, f));
  if (f.indicators?.length) q = q.where('facts.indicator', 'in', f.indicators);
  if (f.kinds?.length) q = q.where('facts.kind', 'in', f.kinds);
  if (f.measures?.length) q = q.where('facts.measure', 'in', f.measures);
  if (f.factYearFrom !== undefined) q = q.where('facts.year', '>=', f.factYearFrom);
  if (f.factYearTo !== undefined) q = q.where('facts.year', '<=', f.factYearTo);
  if (f.headlineOnly) q = q.where('facts.headline', '=', 1);
  // Sorted here rather than by ORDER BY: SQLite would copy every wide row through a sorter first.
  return ((await q.execute()) as FactRow[]).sort(factOrder);
}

/** region_code, report year, document, ord; nulls first like SQL's ascending order. */
function factOrder(a: FactRow, b: FactRow): number {
  return (
    cmp(a.region_code, b.region_code) || cmp(a.report_year, b.report_year) || cmp(a.document_id, b.document_id) || a.ord - b.ord
  );
}

function cmp<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export interface DocRow {
  id: string;
  region: string | null;
  region_code: string | null;
  level: string | null;
  year: number | null;
  chars: number;
}

/** Work reports matching a filter (no text). */
export async function selectDocuments(db: Kysely<Database>, f: DocFilter): Promise<DocRow[]> {
  return db
    .selectFrom('documents')
    .select(['id', 'region', 'region_code', 'level', 'year', 'chars'])
    .where((eb) => docConditions(eb, f))
    .orderBy('region_code')
    .orderBy('year')
    .orderBy('id')
    .execute();
}

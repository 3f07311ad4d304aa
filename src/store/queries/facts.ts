// Facts joined with their document, filtered: the one query behind compare, panel and track.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import type { FactCell, FactRow } from '../../model/rows.js';

export type { FactCell, FactRow };
import { docConditions, ON_FACTS, type DocFilter } from './filters.js';

export interface FactFilter extends DocFilter {
  indicators?: string[];
  kinds?: string[];
  measures?: string[];
  /** The year the figure is about (facts.year), inclusive. */
  factYearFrom?: number;
  factYearTo?: number;
  headlineOnly?: boolean;
  /** Figures of the report's own year only (facts.period IS NULL): no averages, quarters, multi-year sums. */
  ownPeriodOnly?: boolean;
  /**
   * One report per region and report year: the first by id of those with a matching fact, as compare and track
   * choose in analysis. Every query here already leaves out the reports that gave way to another of their
   * region-year (the later-ingested is used: store/same-report.ts); this is the guard for what has no region-year
   * key to settle it (a report without a level).
   */
  firstReportPerRegionYear?: boolean;
}

const CELL_COLUMNS = [
  'facts.document_id',
  'facts.ord',
  'documents.region',
  'documents.region_code',
  'documents.level',
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
  'facts.quote',
  'facts.review',
] as const;

const ROW_COLUMNS = [
  ...CELL_COLUMNS,
  'documents.parent_region',
  'documents.parent_code',
  'facts.section_ord',
  'facts.span_start',
  'facts.span_end',
] as const;

/** Every column of the matching facts with their document's region fields (panel). */
export async function selectFacts(db: Kysely<Database>, f: FactFilter): Promise<FactRow[]> {
  return (await factQuery(db, f, ROW_COLUMNS)) as FactRow[];
}

/** The cell columns only: on a whole level's facts, every column read costs (compare, track). */
export async function selectFactCells(db: Kysely<Database>, f: FactFilter): Promise<FactCell[]> {
  return (await factQuery(db, f, CELL_COLUMNS)) as FactCell[];
}

/** One page of selectFacts's rows, in its order. */
export interface FactPage {
  limit: number;
  offset: number;
}

/**
 * A page of selectFacts's rows (same rows, same order), found from the keys alone and only then read whole. The
 * keys come from the facts alone: each fact carries its report's region code, year and the other report columns
 * the filter reads (migration 012), so no matching fact is joined to its report before the sort, and on PostgreSQL
 * an index holds them all (a page of 1,000 of 50,000 matching facts then reads 1,000 rows, not 50,000).
 * `more`: rows follow the page.
 */
export async function selectFactPage(db: Kysely<Database>, f: FactFilter, page: FactPage): Promise<{ rows: FactRow[]; more: boolean }> {
  if (f.firstReportPerRegionYear) throw new Error('selectFactPage: firstReportPerRegionYear is not paged');
  // factOrder's order, from the facts' own columns.
  const order = ['facts.report_region_code', 'facts.report_year', 'facts.document_id', 'facts.ord'] as const;
  let keys = db
    .selectFrom('facts')
    .where((eb) => eb.and([docConditions(eb, { ...f, oneReportPerRegionYear: true }, ON_FACTS), factConditions(eb, f)]))
    .select(['facts.document_id as document_id', 'facts.ord as ord']);
  for (const c of order) keys = keys.orderBy(c);
  const k = keys.limit(page.limit + 1).offset(page.offset).as('k');
  let q = db
    .selectFrom(k)
    .innerJoin('facts', (j) => j.onRef('facts.document_id', '=', 'k.document_id').onRef('facts.ord', '=', 'k.ord'))
    .innerJoin('documents', 'documents.id', 'facts.document_id')
    .select(ROW_COLUMNS as any);
  for (const c of order) q = q.orderBy(c);
  const rows = (await q.execute()) as unknown as FactRow[];
  return { rows: rows.slice(0, page.limit), more: rows.length > page.limit };
}

/** Facts joined with their documents, filtered; nothing selected yet. One report per region-year: a report that gave
 * way to another of its region-year (store/same-report.ts) sends none of its facts to any table. */
function filtered(db: Kysely<Database>, f: FactFilter) {
  return db
    .selectFrom('facts')
    .innerJoin('documents', 'documents.id', 'facts.document_id')
    .where((eb) => eb.and([docConditions(eb, { ...f, oneReportPerRegionYear: true }), factConditions(eb, f)]));
}

/** The filter's conditions on a fact's own columns. A fact a reader rejected is gone from every table; an edited one reads as edited. */
function factConditions(eb: ExpressionBuilder<Database, 'facts'>, f: FactFilter): Expression<SqlBool> {
  const and: Expression<SqlBool>[] = [];
  if (f.ownPeriodOnly) and.push(eb('facts.period', 'is', null));
  if (f.indicators?.length) and.push(eb('facts.indicator', 'in', f.indicators));
  if (f.kinds?.length) and.push(eb('facts.kind', 'in', f.kinds));
  if (f.measures?.length) and.push(eb('facts.measure', 'in', f.measures));
  if (f.factYearFrom !== undefined) and.push(eb('facts.year', '>=', f.factYearFrom));
  if (f.factYearTo !== undefined) and.push(eb('facts.year', '<=', f.factYearTo));
  if (f.headlineOnly) and.push(eb('facts.headline', '=', 1));
  and.push(eb.or([eb('facts.review', 'is', null), eb('facts.review', '!=', 'rejected')]));
  return eb.and(and);
}

async function factQuery(db: Kysely<Database>, f: FactFilter, columns: readonly string[]): Promise<FactCell[]> {
  const q = filtered(db, f).select(columns as any);
  if (f.firstReportPerRegionYear) {
    // The window numbers nothing and sorts only (region, year, id) keys; the wide rows of the other reports stay
    // in the database.
    const names = columns.map((c) => c.split(' as ').pop()!.split('.').pop()!);
    const inner = q
      .select(
        sql<string>`min(facts.document_id) over (partition by coalesce(documents.region_code, documents.region, facts.document_id), documents.year)`.as('first_document'),
      )
      .as('m');
    const rows = await db
      .selectFrom(inner)
      .select(names.map((n) => `m.${n}`) as any)
      .whereRef('m.document_id' as any, '=', 'm.first_document' as any)
      .execute();
    return (rows as unknown as FactCell[]).sort(factOrder);
  }
  // Sorted here rather than by ORDER BY: SQLite would copy every wide row through a sorter first.
  return ((await q.execute()) as unknown as FactCell[]).sort(factOrder);
}

/** region_code, report year, document, ord; nulls first like SQL's ascending order. */
function factOrder(a: FactCell, b: FactCell): number {
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

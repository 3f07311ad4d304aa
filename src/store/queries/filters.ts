// Document filters shared by the query commands (--region --level --within --year), as Kysely conditions so the
// same code runs on PostgreSQL later. Region names are resolved to GB/T 2260 codes where the lexicon knows them.
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { lookupDivision } from '../../lexicon/divisions.js';
import { QueryError } from '../../model/errors.js';

export interface DocFilter {
  /** Region names (钦州市, 钦州, 中华人民共和国) or six-digit codes. */
  regions?: string[];
  level?: string;
  /** A containing region: its cities/counties (by code prefix). */
  within?: string;
  /** Report years, inclusive. */
  yearFrom?: number;
  yearTo?: number;
  /**
   * One report per region-year: leave out the reports that gave way to another of their region, level and year
   * (documents.superseded_by, store/same-report.ts). The tables (panel, compare, track, year over year, terms,
   * follow-up) set it; the library's list and search show every report.
   */
  oneReportPerRegionYear?: boolean;
}

export interface RegionKey {
  codes: string[];
  names: string[];
}

/** Names/codes -> the codes to match (all divisions a name can mean) plus the raw names (for unknown regions). */
export function resolveRegions(regions: string[]): RegionKey {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const r of regions.map((s) => s.trim()).filter(Boolean)) {
    if (/^\d{6}$/.test(r)) codes.add(r);
    else {
      // Known names match by code only (indexed); unknown ones by the stored name.
      const ds = lookupDivision(r);
      if (ds.length === 0) names.add(r);
      for (const d of ds) codes.add(d.code);
    }
  }
  return { codes: [...codes], names: [...names] };
}

/** The code prefix covering everything inside a division: 450000 -> 45, 450700 -> 4507, 100000 -> '' (all). */
export function withinPrefix(region: string): { code: string; prefix: string } {
  const code = /^\d{6}$/.test(region) ? region : lookupDivision(region)[0]?.code;
  if (!code) throw new QueryError(`unknown region ${region}`, 'within');
  if (code === '100000') return { code, prefix: '' };
  if (code.endsWith('0000')) return { code, prefix: code.slice(0, 2) };
  if (code.endsWith('00')) return { code, prefix: code.slice(0, 4) };
  return { code, prefix: code };
}

/** Where a filter reads a report's columns: the report's own row, or the copies each of its facts carries (migration 012). */
export const ON_DOCUMENTS = {
  id: 'documents.id',
  genre: 'documents.genre',
  region: 'documents.region',
  region_code: 'documents.region_code',
  level: 'documents.level',
  year: 'documents.year',
} as const;
export const ON_FACTS = {
  id: 'facts.document_id',
  genre: 'facts.report_genre',
  region: 'facts.report_region',
  region_code: 'facts.report_region_code',
  level: 'facts.report_level',
  year: 'facts.report_year',
} as const;
export type ReportColumns = Record<keyof typeof ON_DOCUMENTS, string>;

/** Conditions on a report's columns (alias-free; by default the documents row's) for a filter; always work reports only. */
export function docConditions(eb: ExpressionBuilder<Database, any>, f: DocFilter, on: ReportColumns = ON_DOCUMENTS): Expression<SqlBool> {
  const col = (c: keyof ReportColumns) => eb.ref(on[c] as any);
  const and: Expression<SqlBool>[] = [eb(col('genre'), '=', 'work_report')];
  if (f.regions?.length) {
    const { codes, names } = resolveRegions(f.regions);
    const or: Expression<SqlBool>[] = [];
    if (codes.length) or.push(eb(col('region_code'), 'in', codes));
    if (names.length) or.push(eb(col('region'), 'in', names));
    and.push(eb.or(or));
  }
  if (f.level) and.push(eb(col('level'), '=', f.level));
  if (f.within) {
    const { code, prefix } = withinPrefix(f.within);
    and.push(eb(col('region_code'), '<>', code));
    // A range rather than LIKE, so an index by region code serves it.
    if (prefix) {
      const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
      and.push(eb(col('region_code'), '>=', prefix), eb(col('region_code'), '<', next));
    }
  }
  if (f.yearFrom !== undefined) and.push(eb(col('year'), '>=', f.yearFrom));
  if (f.yearTo !== undefined) and.push(eb(col('year'), '<=', f.yearTo));
  // A short list (the reports that gave way), read once by its index: NOT IN rather than a join per row.
  if (f.oneReportPerRegionYear) and.push(eb(col('id'), 'not in', eb.selectFrom('documents as gave_way').select('gave_way.id').where('gave_way.superseded_by', 'is not', null)));
  return eb.and(and);
}

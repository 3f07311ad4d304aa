// What search reads, and the reads both backends share: the query, the result, a batch of candidate reports in
// the newest-first order, and texts and sections by id. search.ts runs the order over a source; the sources are
// search.ts's own (SQLite) and postgres/search.ts's.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Library } from './db.js';
import { readTexts } from './texts.js';
import type { Database } from './schema.js';
import type { DocFilter } from './queries/filters.js';
import type { SearchHit } from '../analysis/search.js';

export interface SearchQuery extends DocFilter {
  query: string;
  /** Only hits whose top-level part is one of these (review, plan, targets, five_year_review, …). */
  parts?: string[];
  limit?: number;
  /** Hits per document at most (default 3). */
  perDocument?: number;
}

export interface SearchResult {
  query: string;
  terms: string[];
  /** 'fts' (trigram index) or 'scan' (a term shorter than 3 characters only). */
  mode: 'fts' | 'scan';
  hits: SearchHit[];
}

export type Candidate = { id: string; region: string | null; region_code: string | null; level: string | null; year: number | null; title: string | null; chars: number };
export type Section = { ord: number; parent_ord: number | null; kind: string; title: string; span_start: number; span_end: number };

/** A place in the newest-first order (year descending, unknown years last; then id): the last report looked at. */
export type Cursor = { year: number | null; id: string };

export interface Batch {
  /** The reports of the batch that hold every word as written, newest first. */
  matches: Candidate[];
  /** The last report looked at: the next batch starts after it. */
  last: Cursor | null;
  /** No report is left after this batch. */
  done: boolean;
}

/** What search reads, per backend. */
export interface SearchSource {
  /** Of the next `size` reports after `after` (newest first) that the index cannot rule out, those holding every word. */
  next(after: Cursor | null, size: number): Promise<Batch>;
  /** Occurrences of each word in each of these reports (they hold them all). */
  counts(ids: string[]): Promise<Map<string, number[]>>;
  texts(ids: string[]): Promise<Map<string, string>>;
  sections(ids: string[]): Promise<Map<string, Section[]>>;
}

export const COLS = ['documents.id', 'documents.region', 'documents.region_code', 'documents.level', 'documents.year', 'documents.title', 'documents.chars'] as const;

/** Reports after `c` in the newest-first order (year descending, NULL last, then id). */
export function afterCursor(eb: ExpressionBuilder<Database, 'documents'>, c: Cursor | null): Expression<SqlBool> {
  if (!c) return eb.and([]);
  if (c.year === null) return eb.and([eb('documents.year', 'is', null), eb('documents.id', '>', c.id)]);
  return eb.or([
    eb('documents.year', '<', c.year),
    eb.and([eb('documents.year', '=', c.year), eb('documents.id', '>', c.id)]),
    eb('documents.year', 'is', null),
  ]);
}

/** Rows of (document_id, …) grouped by document, in the order they came. */
function groupByDocument<T extends { document_id: string }>(rows: T[]): Map<string, Array<Omit<T, 'document_id'>>> {
  const out = new Map<string, Array<Omit<T, 'document_id'>>>();
  for (const { document_id, ...rest } of rows) {
    const list = out.get(document_id);
    if (list) list.push(rest);
    else out.set(document_id, [rest]);
  }
  return out;
}

/** Texts and sections by document id: the same Kysely queries on both backends. */
export function documentReads(lib: Library): Pick<SearchSource, 'texts' | 'sections'> {
  return {
    texts: (ids) => readTexts(lib.db, ids),
    async sections(ids) {
      if (ids.length === 0) return new Map();
      const rows = await lib.db
        .selectFrom('sections')
        .select(['document_id', 'ord', 'parent_ord', 'kind', 'title', 'span_start', 'span_end'])
        .where('document_id', 'in', ids)
        .orderBy('document_id')
        .orderBy('ord')
        .execute();
      return groupByDocument(rows);
    },
  };
}


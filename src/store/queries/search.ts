// search as both shells answer it: the hits (store/search.ts) and their table.
import type { Library } from '../db.js';
import { search, type SearchOptions, type SearchQuery } from '../search.js';
import type { SearchResult } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

export const SEARCH_COLUMNS = ['rank', 'region', 'year', 'part', 'section', 'snippet', 'document_id', 'span_start'];

export async function searchAnswer(lib: Library, q: SearchQuery, opts?: SearchOptions): Promise<Answer<SearchResult>> {
  const r = await search(lib, q, opts);
  return {
    name: 'search',
    table: { columns: SEARCH_COLUMNS, rows: r.hits.map((h) => [h.rank, h.region, h.year, h.part, h.section, h.snippet, h.document_id, h.span[0]]) },
    json: r,
  };
}

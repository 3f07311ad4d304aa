// Full-text search: on SQLite an FTS5 trigram index over each document's normalised text; on PostgreSQL a pg_trgm
// GIN index over document_texts (migration 005), which the database keeps current by itself.
//
// Why trigram: Chinese has no spaces, and people search for names (平陆运河, 西部陆海新通道) that a word
// segmenter may cut differently in the query and in the text (or not know at all). A trigram index matches any
// substring of ≥ 3 characters exactly, with no dictionary; 1–2 character queries fall back to a scan (instr) over
// the filtered documents. The table is contentless (the text already lives in document_texts) and keeps
// positions (detail=full) so FTS5's bm25 ranks documents; hits, sections and snippets are then located in the
// text of the few top documents only.
//
// The index is built lazily (ensureSearchIndex, called by every search) and incrementally: documents not yet in
// search_docs are added, rows of documents that are gone are deleted. Ingest stays fast.
import { sql } from 'kysely';
import { QueryError } from '../model/errors.js';
import type { Library, PostgresLibrary, SqliteLibrary } from './db.js';
import { docConditions, type DocFilter } from './queries/filters.js';
import { locateHits, queryTerms, type SearchHit } from '../analysis/search.js';

const DDL = [
  // rowid map: documents has a text key, and FTS5 needs integer rowids that VACUUM cannot renumber.
  'CREATE TABLE IF NOT EXISTS search_docs (rowid INTEGER PRIMARY KEY, document_id TEXT NOT NULL UNIQUE)',
  "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(text, tokenize = 'trigram', content = '', contentless_delete = 1, detail = full)",
];

export interface IndexSummary {
  added: number;
  removed: number;
  seconds: number;
}

/** Adds documents not yet indexed and drops rows of deleted documents. Cheap when nothing changed. */
export function ensureSearchIndex(lib: Library, onProgress?: (done: number, total: number) => void): IndexSummary {
  const t0 = performance.now();
  if (lib.backend !== 'sqlite') return { added: 0, removed: 0, seconds: 0 };
  const db = lib.sqlite;
  for (const s of DDL) db.exec(s);
  const missing = db
    .prepare('SELECT d.id FROM documents d LEFT JOIN search_docs s ON s.document_id = d.id WHERE s.rowid IS NULL ORDER BY d.id')
    .pluck()
    .all() as string[];
  const gone = db
    .prepare('SELECT s.rowid FROM search_docs s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL')
    .pluck()
    .all() as number[];
  if (missing.length === 0 && gone.length === 0) return { added: 0, removed: 0, seconds: (performance.now() - t0) / 1000 };
  const getText = db.prepare('SELECT text FROM document_texts WHERE document_id = ?').pluck();
  const addMap = db.prepare('INSERT INTO search_docs (document_id) VALUES (?)');
  const addFts = db.prepare('INSERT INTO search_fts (rowid, text) VALUES (?, ?)');
  const delMap = db.prepare('DELETE FROM search_docs WHERE rowid = ?');
  const delFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?');
  db.transaction(() => {
    for (const r of gone) {
      delFts.run(r);
      delMap.run(r);
    }
  })();
  // Batches of 200 documents per transaction: an interrupted build keeps what it finished.
  for (let i = 0; i < missing.length; i += 200) {
    db.transaction(() => {
      for (const id of missing.slice(i, i + 200)) {
        const rowid = addMap.run(id).lastInsertRowid;
        addFts.run(rowid, getText.get(id) as string);
      }
    })();
    onProgress?.(Math.min(i + 200, missing.length), missing.length);
  }
  return { added: missing.length, removed: gone.length, seconds: (performance.now() - t0) / 1000 };
}

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

function ftsExpression(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

type DocRow = { id: string; region: string | null; region_code: string | null; level: string | null; year: number | null; title: string | null };
type Section = { ord: number; parent_ord: number | null; kind: string; title: string; span_start: number; span_end: number };

/** The three reads search needs, per backend: a page of ranked documents, a text, a document's sections. */
interface SearchSource {
  page(offset: number, size: number): Promise<DocRow[]>;
  text(id: string): Promise<string>;
  sections(id: string): Promise<Section[]>;
}

const COLS = ['documents.id', 'documents.region', 'documents.region_code', 'documents.level', 'documents.year', 'documents.title'] as const;

function sqliteSource(lib: SqliteLibrary, q: SearchQuery, terms: string[], long: string[], mode: 'fts' | 'scan'): SearchSource {
  // Filters compiled once by Kysely (portable conditions), then run through the raw connection.
  const filterSql = lib.db.selectFrom('documents').select(COLS).where((eb) => docConditions(eb, q)).compile();
  const where = filterSql.sql.slice(filterSql.sql.indexOf(' where ') + 7);
  const params = filterSql.parameters as unknown[];
  // Ranked ids first, texts only for the page: selecting the text in the ranked query would read the text of
  // every matching report into the sorter.
  const cols = COLS.join(', ');
  const stmt =
    mode === 'fts'
      ? lib.sqlite.prepare(
          `SELECT ${cols} FROM search_fts JOIN search_docs ON search_docs.rowid = search_fts.rowid ` +
            `JOIN documents ON documents.id = search_docs.document_id ` +
            `WHERE search_fts MATCH ? AND ${where} ORDER BY bm25(search_fts), documents.year DESC, documents.id LIMIT ? OFFSET ?`,
        )
      : lib.sqlite.prepare(
          `SELECT ${cols} FROM documents JOIN document_texts ON document_texts.document_id = documents.id ` +
            `WHERE ${terms.map(() => 'instr(document_texts.text, ?) > 0').join(' AND ')} AND ${where} ` +
            `ORDER BY documents.year DESC, documents.id LIMIT ? OFFSET ?`,
        );
  const head = mode === 'fts' ? [ftsExpression(long)] : terms;
  const textOf = lib.sqlite.prepare('SELECT text FROM document_texts WHERE document_id = ?').pluck();
  const sectionsOf = lib.sqlite.prepare('SELECT ord, parent_ord, kind, title, span_start, span_end FROM sections WHERE document_id = ? ORDER BY ord');
  return {
    page: async (offset, size) => stmt.all(...head, ...params, size, offset) as DocRow[],
    text: async (id) => textOf.get(id) as string,
    sections: async (id) => sectionsOf.all(id) as Section[],
  };
}

/** A LIKE pattern matching `term` literally (PostgreSQL's LIKE escapes with a backslash by default). */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

function postgresSource(lib: PostgresLibrary, q: SearchQuery, terms: string[], long: string[], mode: 'fts' | 'scan'): SearchSource {
  const matchTerms = mode === 'fts' ? long : terms;
  const matching = lib.db
    .selectFrom('documents')
    .innerJoin('document_texts', 'document_texts.document_id', 'documents.id')
    .where((eb) => docConditions(eb, q))
    .where((eb) => eb.and(matchTerms.map((t) => eb('document_texts.text', 'like', likeContains(t)))));
  return {
    async page(offset, size) {
      if (mode === 'scan') {
        return (await matching.select(COLS).orderBy('documents.year', 'desc').orderBy('documents.id').limit(size).offset(offset).execute()) as DocRow[];
      }
      // Ranking: BM25's term-frequency part (k1 1.2, b 0.75, length in characters against the library's mean), the
      // weighting FTS5's bm25 gives on SQLite, without the inverse document frequency (which would cost a count over
      // the library per term). One-term queries rank as on SQLite; several terms may order differently. Each text
      // is read twice (the LIKE, one replace per term): PostgreSQL unpacks a stored text anew for every function
      // that reads it, so the term counts come from one replace and the stored length, in a derived table.
      const counted = matching
        .select([...COLS, 'documents.chars', ...matchTerms.map((t, i) => sql<number>`length(replace(document_texts.text, ${t}, ''))`.as(`rest${i}`))])
        .offset(0) // a fence: without it PostgreSQL inlines the subquery and runs each replace once per use
        .as('m');
      const tf = (i: number) => sql`((m.chars - ${sql.ref(`m.rest${i}`)}) / ${[...matchTerms[i]].length}::float8)`;
      const score = sql.join(
        matchTerms.map((_, i) => sql`(${tf(i)} / (${tf(i)} + 1.2 * (0.25 + 0.75 * m.chars / greatest(1, (SELECT avg(chars) FROM documents)))))`),
        sql` + `,
      );
      return (await lib.db
        .selectFrom(counted)
        .select(['m.id', 'm.region', 'm.region_code', 'm.level', 'm.year', 'm.title'])
        .orderBy(sql`${score}`, 'desc')
        .orderBy('m.year', 'desc')
        .orderBy('m.id')
        .limit(size)
        .offset(offset)
        .execute()) as DocRow[];
    },
    text: async (id) => (await lib.db.selectFrom('document_texts').select('text').where('document_id', '=', id).executeTakeFirstOrThrow()).text,
    sections: async (id) =>
      lib.db.selectFrom('sections').select(['ord', 'parent_ord', 'kind', 'title', 'span_start', 'span_end']).where('document_id', '=', id).orderBy('ord').execute(),
  };
}

/** Hits best first: documents by bm25 (or, in scan mode, newest first), hits in text order within a document. */
export async function search(lib: Library, q: SearchQuery): Promise<SearchResult> {
  const terms = queryTerms(q.query);
  if (terms.length === 0) throw new QueryError('search: empty query');
  const limit = q.limit ?? 20;
  const perDoc = q.perDocument ?? 3;
  const long = terms.filter((t) => [...t].length >= 3);
  const mode = long.length ? 'fts' : 'scan';
  if (mode === 'fts') ensureSearchIndex(lib);
  const source = lib.backend === 'sqlite' ? sqliteSource(lib, q, terms, long, mode) : postgresSource(lib, q, terms, long, mode);
  const page = Math.max(limit, 10);
  const hits: SearchHit[] = [];
  for (let offset = 0, rank = 0; hits.length < limit; offset += page) {
    const docs = await source.page(offset, page);
    for (const d of docs) {
      rank++;
      const found = locateHits(await source.text(d.id), terms, (await source.sections(d.id)) as any, { perDocument: perDoc, parts: q.parts });
      for (const h of found) {
        hits.push({ ...h, rank, document_id: d.id, region: d.region, code: d.region_code, level: d.level, year: d.year, title: d.title });
        if (hits.length >= limit) break;
      }
      if (hits.length >= limit) break;
    }
    if (docs.length < page) break;
  }
  return { query: q.query, terms, mode, hits };
}

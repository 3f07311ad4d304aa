// Full-text search: on SQLite an FTS5 trigram index over each document's normalised text; on PostgreSQL a GIN
// index of each text's trigram set (migration 006, src/store/postgres/search.ts), which the database keeps current.
//
// Why trigram: Chinese has no spaces, and people search for names (平陆运河, 西部陆海新通道) that a word
// segmenter may cut differently in the query and in the text (or not know at all). A trigram index matches any
// substring of ≥ 3 characters exactly, with no dictionary; 1–2 character queries fall back to a scan (workreport_holds, texts.ts) over
// the filtered documents. The table is contentless (the text already lives in document_texts, packed: texts.ts).
//
// The order is the same on both backends (analysis/search.ts): relevance when at most RELEVANCE_LIMIT reports
// hold every word, newest first when more do. Either way search looks at reports newest first and stops at the
// (RELEVANCE_LIMIT + 1)th that holds the words, so a word in most of a large library costs no more than a rare one.
//
// The index is built lazily (ensureSearchIndex, called by every search of the CLI; the server updates it in a
// worker thread and reads it as it stands meanwhile) and incrementally: documents not yet in search_docs are
// added, rows of documents that are gone are deleted. Ingest stays fast.
import type { Library, SqliteLibrary } from './db.js';
import { docConditions } from './queries/filters.js';
import { byRelevance, locateHits, occurrences, RELEVANCE_LIMIT, searchTerms, type SearchHit } from '../analysis/search.js';
import { postgresSource } from './postgres/search.js';
import { holdsSql, TEXT_SQL } from './texts.js';
import { afterCursor, COLS, documentReads, type Candidate, type Cursor, type SearchQuery, type SearchResult, type Section, type SearchSource } from './search-source.js';

export type { SearchQuery, SearchResult } from './search-source.js';

const DDL = [
  // rowid map: documents has a text key, and FTS5 needs integer rowids that VACUUM cannot renumber.
  'CREATE TABLE IF NOT EXISTS search_docs (rowid INTEGER PRIMARY KEY, document_id TEXT NOT NULL UNIQUE)',
  "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(text, tokenize = 'trigram', content = '', contentless_delete = 1, detail = full)",
];

/** Documents indexed per transaction (200 held the write lock past an ingest's 30 s busy_timeout on a loaded machine). */
const INDEX_BATCH = 25;

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
  const getText = db.prepare(`SELECT ${TEXT_SQL} FROM document_texts WHERE document_id = ?`).pluck();
  // OR IGNORE: another process (a server, a second search) may be indexing the same documents right now.
  const addMap = db.prepare('INSERT OR IGNORE INTO search_docs (document_id) VALUES (?)');
  const addFts = db.prepare('INSERT INTO search_fts (rowid, text) VALUES (?, ?)');
  const delMap = db.prepare('DELETE FROM search_docs WHERE rowid = ?');
  const delFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?');
  db.transaction(() => {
    for (const r of gone) {
      delFts.run(r);
      delMap.run(r);
    }
  })();
  // Batches of INDEX_BATCH documents per transaction: an interrupted build keeps what it finished, and another
  // writer (an ingest in another process, waiting at most its busy_timeout) gets the lock between batches.
  for (let i = 0; i < missing.length; i += INDEX_BATCH) {
    db.transaction(() => {
      for (const id of missing.slice(i, i + INDEX_BATCH)) {
        const added = addMap.run(id);
        if (added.changes > 0) addFts.run(added.lastInsertRowid, getText.get(id) as string);
      }
    })();
    onProgress?.(Math.min(i + INDEX_BATCH, missing.length), missing.length);
  }
  return { added: missing.length, removed: gone.length, seconds: (performance.now() - t0) / 1000 };
}

function ftsExpression(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * SQLite: FTS5 gives the candidates (a scan with workreport_holds when every word is short); texts are read in process,
 * cheaply, to confirm each word as written (FTS5's trigram tokenizer folds case) and to count it.
 */
function sqliteSource(lib: SqliteLibrary, q: SearchQuery, terms: string[], long: string[], mode: 'fts' | 'scan'): SearchSource {
  const reads = documentReads(lib);
  const read = new Map<string, string>();
  const cols = COLS.join(', ');
  // Filters compiled by Kysely (portable conditions), then run through the raw connection: FTS5's MATCH and its
  // tables are not in the Kysely schema.
  const statement = (after: Cursor | null) => {
    const c = lib.db.selectFrom('documents').select(COLS).where((eb) => eb.and([docConditions(eb, q), afterCursor(eb, after)])).compile();
    const where = c.sql.slice(c.sql.indexOf(' where ') + 7);
    const text =
      mode === 'fts'
        ? `SELECT ${cols} FROM search_fts JOIN search_docs ON search_docs.rowid = search_fts.rowid ` +
          `JOIN documents ON documents.id = search_docs.document_id ` +
          `WHERE search_fts MATCH ? AND ${where} ORDER BY documents.year DESC, documents.id LIMIT ?`
        : // The filter first: a text is unpacked (texts.ts) only for a report the filter keeps.
          `SELECT ${cols} FROM documents JOIN document_texts ON document_texts.document_id = documents.id ` +
          `WHERE ${where} AND ${holdsSql(terms.length)} ` +
          `ORDER BY documents.year DESC, documents.id LIMIT ?`;
    const params = mode === 'fts' ? [ftsExpression(long), ...(c.parameters as unknown[])] : [...(c.parameters as unknown[]), ...terms];
    return { st: lib.sqlite.prepare(text), params };
  };
  return {
    async next(after, size) {
      const { st, params } = statement(after);
      const cands = st.all(...params, size) as Candidate[];
      for (const [id, text] of await reads.texts(cands.filter((c) => !read.has(c.id)).map((c) => c.id))) read.set(id, text);
      const last = cands.at(-1);
      return {
        matches: cands.filter((c) => terms.every((t) => read.get(c.id)!.includes(t))),
        last: last ? { year: last.year, id: last.id } : after,
        done: cands.length < size,
      };
    },
    counts: async (ids) => new Map(ids.map((id) => [id, terms.map((t) => occurrences(read.get(id)!, t))])),
    texts: async (ids) => new Map(ids.map((id) => [id, read.get(id)!])),
    sections: reads.sections,
  };
}

/** Reports looked at per batch: a little over RELEVANCE_LIMIT, so that one batch of a common word decides. */
const BATCH = 64;

/**
 * Hits best first. Reports that hold every word (as written) are ranked by relevance when at most
 * RELEVANCE_LIMIT of them match, and listed newest first when more do (analysis/search.ts); hits within a report
 * in text order. Reports are looked at newest first until the (RELEVANCE_LIMIT + 1)th match, then only as far as
 * the hits need.
 */
export interface SearchOptions {
  /** 'ensure' (default): bring the index up to date first, on this thread; 'as-is': read it as it stands (the
   * server updates it in a worker thread, server/search-index.ts). */
  index?: 'ensure' | 'as-is';
}

export async function search(lib: Library, q: SearchQuery, opts: SearchOptions = {}): Promise<SearchResult> {
  const terms = searchTerms(q.query);
  const limit = q.limit ?? 20;
  const perDoc = q.perDocument ?? 3;
  const long = terms.filter((t) => [...t].length >= 3);
  const mode = long.length ? 'fts' : 'scan';
  if (mode === 'fts' && opts.index !== 'as-is') ensureSearchIndex(lib);
  const source = lib.backend === 'sqlite' ? sqliteSource(lib, q, terms, long, mode) : postgresSource(lib, q, terms, long, mode);

  const found: Candidate[] = [];
  let cursor: Cursor | null = null;
  let done = false;
  const more = async () => {
    const b = await source.next(cursor, BATCH);
    found.push(...b.matches);
    cursor = b.last;
    done = b.done;
  };
  while (!done && found.length <= RELEVANCE_LIMIT) await more();
  let order = found;
  if (found.length <= RELEVANCE_LIMIT) {
    const counts = await source.counts(found.map((d) => d.id));
    order = byRelevance(found.map((d) => ({ ...d, counts: counts.get(d.id)! })));
  }

  const hits: SearchHit[] = [];
  const texts = new Map<string, string>();
  const sections = new Map<string, Section[]>();
  for (let i = 0; hits.length < limit; i++) {
    // Newest first, the next batches extend the order (more() appends to `found`, which is then `order`).
    while (i === order.length && !done) await more();
    if (i === order.length) break;
    const d = order[i];
    if (!texts.has(d.id)) {
      // The reports the remaining hits may need, at most one each.
      const ids = order.slice(i, i + limit - hits.length).map((m) => m.id);
      const [t, s] = await Promise.all([source.texts(ids), source.sections(ids)]);
      for (const [id, text] of t) texts.set(id, text);
      for (const id of ids) sections.set(id, s.get(id) ?? []);
    }
    const located = locateHits(texts.get(d.id)!, terms, sections.get(d.id)!, { perDocument: perDoc, parts: q.parts });
    for (const h of located.slice(0, limit - hits.length)) {
      hits.push({ ...h, rank: i + 1, document_id: d.id, region: d.region, code: d.region_code, level: d.level, year: d.year, title: d.title });
    }
  }
  return { query: q.query, terms, mode, hits };
}

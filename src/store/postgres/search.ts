// Search's reads on PostgreSQL (the order and the hits are search.ts's, the same as on SQLite).
//
// Two ways to find the reports that hold the words, newest first, each cheap where the other is not:
// - walk: the next reports of the filter in order (the documents_newest index), each text searched with strpos.
//   A word in most reports is found in the first few dozen texts, however large the library.
// - index: the reports whose trigram sets hold all the words' trigrams (migration 006), from the GIN index alone
//   and without reading a text, then sorted; only those are searched. A rare word costs a few index pages.
// Search starts walking; when a batch shows the words in fewer than one report in eight, it turns to the index
// for the rest. Walking a word that rare would read eight texts per match; the index's cost, sorting its
// candidates, is then at most an eighth of the library's reports, and falls with the word's frequency.
import { sql } from 'kysely';
import type { PostgresLibrary } from '../db.js';
import { docConditions } from '../queries/filters.js';
import { afterCursor, COLS, documentReads, type Candidate, type Cursor, type SearchQuery, type SearchSource } from '../search-source.js';

/** Below this share of matches in a walked batch, the index finds the rest. */
const DENSE = 1 / 8;

export function postgresSource(lib: PostgresLibrary, q: SearchQuery, terms: string[], long: string[], mode: 'fts' | 'scan'): SearchSource {
  // Every word as written (strpos: exact, case and all; no pattern to escape). Each call unpacks the text anew,
  // so short words, which the index cannot narrow, are tested after the long ones.
  const holds = sql.join(
    [...long, ...terms.filter((t) => !long.includes(t))].map((t) => sql`strpos(t.text, ${t}) > 0`),
    sql` AND `,
  );
  let useIndex = false;
  let keys: Promise<number[]> | null = null;
  // The long words' trigrams, asked once; none (no three letters or digits in a row: 2.5%) means no index.
  const trigramKeys = () =>
    (keys ??= sql<{ keys: number[] }>`SELECT array(SELECT DISTINCT unnest(workreport_trigram_keys(w)) FROM unnest(${long}::text[]) w ORDER BY 1) AS keys`
      .execute(lib.db)
      .then((r) => r.rows[0].keys));

  /** The batch: `size` reports of the filter after `after`, or only those the trigram index keeps; each tested. */
  async function batch(after: Cursor | null, size: number, indexKeys: number[] | null) {
    let inner = lib.db
      .selectFrom('documents')
      .select(COLS)
      .where((eb) => eb.and([docConditions(eb, q), afterCursor(eb, after)]));
    if (indexKeys) {
      inner = inner
        .innerJoin('document_texts as dt', 'dt.document_id', 'documents.id')
        .where(sql<boolean>`workreport_trigrams(dt.text) @> ${indexKeys}::int4[]`);
    }
    const page = inner.orderBy('documents.year', 'desc').orderBy('documents.id').limit(size);
    // The page first (its LIMIT keeps it a query of its own), then the texts of its reports only: asked for by id,
    // as an array, each text partition (migration 008) is searched by its key for them; as a plain join, the
    // planner read every partition's keys and hashed them (50 partitions at 100,000 reports).
    const rows = (await lib.db
      .with('page', () => page)
      .selectFrom('page as documents')
      .innerJoin('document_texts as t', 't.document_id', 'documents.id')
      .where(sql<boolean>`t.document_id = ANY(ARRAY(SELECT id FROM page))`)
      .select(['documents.id', 'documents.region', 'documents.region_code', 'documents.level', 'documents.year', 'documents.title', 'documents.chars'])
      .select(sql<boolean>`${holds}`.as('holds'))
      .orderBy('documents.year', 'desc')
      .orderBy('documents.id')
      .execute()) as Array<Candidate & { holds: boolean }>;
    const last = rows.at(-1);
    return {
      matches: rows.filter((r) => r.holds).map(({ holds: _h, ...c }) => c),
      last: last ? { year: last.year, id: last.id } : after,
      done: rows.length < size,
      seen: rows.length,
    };
  }

  return {
    async next(after, size) {
      if (useIndex) return batch(after, size, await trigramKeys());
      const b = await batch(after, size, null);
      if (mode === 'fts' && !b.done && b.matches.length < b.seen * DENSE && (await trigramKeys()).length) useIndex = true;
      return b;
    },
    async counts(ids) {
      if (ids.length === 0) return new Map();
      // Occurrences not overlapping, leftmost first, as analysis/search.ts counts them: what replace() removes.
      const counts = sql.join(terms.map((w) => sql`(length(t.text) - length(replace(t.text, ${w}, ''))) / length(${w})`));
      const rows = await sql<{ id: string; counts: number[] }>`SELECT t.document_id AS id, ARRAY[${counts}] AS counts
        FROM document_texts t WHERE t.document_id = ANY(${ids}::text[])`.execute(lib.db);
      return new Map(rows.rows.map((r) => [r.id, r.counts.map(Number)]));
    },
    ...documentReads(lib),
  };
}

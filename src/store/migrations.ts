// Versioned migrations, provided in code (no migration folder to ship): portable DDL for both backends, and
// PostgreSQL's own objects (its search index, text partitions, indexes for scale) in migrations wrapped by
// postgresOnly. SQLite's FTS5 search index is no migration: store/search.ts builds it on first use.
import { Kysely, Migrator, SqliteAdapter, sql, type Migration, type MigrationProvider } from 'kysely';
import { markSuperseded } from './same-report.js';
import { objectOf } from './tables/commitments.js';
import { quantitiesOf } from './tables/quantities.js';
import { fromRow as itemFromRow } from './tables/items.js';
import type { CommitmentsTable, ItemsTable } from './schema.js';
import { pack, textOf, type TextRow } from './texts.js';
import { createTextPartition, GIN_PENDING_KB, noStatistics, TEXTS_PER_PARTITION } from './postgres/text-partitions.js';

const DOUBLE = 'double precision';

/** A migration of PostgreSQL's alone (its search, partitions and indexes): on SQLite it does nothing. */
function postgresOnly(m: Migration): Migration {
  const onSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;
  return {
    up: async (db) => (onSqlite(db) ? undefined : m.up(db)),
    down: async (db) => (onSqlite(db) ? undefined : m.down?.(db)),
  };
}

// Migration 001's tables, in the order it makes them (split for reading; its SQL is as it always was).
async function createDocuments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('text_hash', 'text', (c) => c.notNull().unique())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('format', 'text')
    .addColumn('encoding', 'text')
    .addColumn('genre', 'text', (c) => c.notNull().defaultTo('work_report'))
    .addColumn('region', 'text')
    .addColumn('region_code', 'text')
    .addColumn('level', 'text')
    .addColumn('parent_region', 'text')
    .addColumn('parent_code', 'text')
    .addColumn('year', 'integer')
    .addColumn('review_year', 'integer')
    .addColumn('date', 'text')
    .addColumn('meeting', 'text')
    .addColumn('speaker', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('chars', 'integer', (c) => c.notNull())
    .addColumn('hints', 'text')
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_sha256').on('documents').column('sha256').execute();
  await db.schema.createIndex('documents_region_year').on('documents').columns(['region_code', 'year']).execute();
  await db.schema.createIndex('documents_level_year').on('documents').columns(['level', 'year']).execute();
  await db.schema.createIndex('documents_parent_year').on('documents').columns(['parent_code', 'year']).execute();
  await db.schema.createIndex('documents_year').on('documents').column('year').execute();
  await db.schema.createIndex('documents_extractor').on('documents').column('extractor_version').execute();
}

async function createSectionsAndFacts(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sections')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('parent_ord', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('marker', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sections_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('facts')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('value', DOUBLE)
    .addColumn('low', DOUBLE)
    .addColumn('high', DOUBLE)
    .addColumn('unit', 'text')
    .addColumn('qualifier', 'text')
    .addColumn('stretch', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('headline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('period', 'text')
    .addColumn('statement', 'text')
    .addColumn('section_ord', 'integer')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('facts_pk', ['document_id', 'ord'])
    .execute();
  await db.schema.createIndex('facts_indicator_kind_year').on('facts').columns(['indicator', 'kind', 'year']).execute();
}

async function createPlanTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('commitments')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('section_ord', 'integer')
    .addColumn('section_path', 'text', (c) => c.notNull())
    .addColumn('action', 'text')
    .addColumn('object', 'text')
    .addColumn('quantities', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('stretch', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('commitments_pk', ['document_id', 'ord'])
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('stage', 'text')
    .addColumn('mentions', 'text', (c) => c.notNull())
    .addColumn('section_ord', 'integer')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('projects_pk', ['document_id', 'ord'])
    .execute();
  await db.schema.createIndex('projects_name').on('projects').column('name').execute();

  await db.schema
    .createTable('items')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('section_ord', 'integer')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('items_pk', ['document_id', 'kind', 'ord'])
    .execute();
  await db.schema.createIndex('items_kind').on('items').column('kind').execute();
}

const m001_initial: Migration = {
  async up(db: Kysely<any>) {
    await createDocuments(db);
    await createSectionsAndFacts(db);
    await createPlanTables(db);
  },
  async down(db: Kysely<any>) {
    for (const t of ['items', 'projects', 'commitments', 'facts', 'sections', 'documents']) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};

/** A field of a JSON text column, in the connection's dialect (SQLite json_extract, PostgreSQL jsonb). */
function jsonField(db: Kysely<any>, column: string, key: string | -1) {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (key === -1) return sqlite ? sql`json_extract(${sql.ref(column)}, '$[#-1]')` : sql`(${sql.ref(column)}::jsonb ->> -1)`;
  return sqlite ? sql`json_extract(${sql.ref(column)}, ${'$.' + key})` : sql`(${sql.ref(column)}::jsonb ->> ${key})`;
}

/**
 * Leaner plan rows. The commitments table was half the library and its writes the ingest bottleneck, mostly
 * for text stored twice: commitments lose quote and section_path, projects and items their quote (quotes are
 * documents.text.slice(span_start, span_end); the section chain is section_ord in the sections table). What the
 * path held beyond the section tree, a paragraph's run-in heading (发展新型工业。), stays as commitments.topic:
 * the path's last label. The commitment payload becomes columns (part, verb, year; projects as a JSON array or
 * null), so they can be filtered on; `quantified` was quantities ≠ [].
 * Two indexes go too: items_kind (three values; no query filters on it alone) and projects_name, whose random
 * keys put every document's 170 project rows on uncached pages and slowed ingest as the library grew
 * (4 → 7 ms a document by 3,000 reports); project names are found through search.
 */
const m002_lean_plan_rows: Migration = {
  async up(db: Kysely<any>) {
    const add = (name: string, type: 'text' | 'integer') => db.schema.alterTable('commitments').addColumn(name, type).execute();
    for (const [name, type] of [['topic', 'text'], ['part', 'text'], ['verb', 'text'], ['year', 'integer'], ['projects', 'text']] as const) {
      await add(name, type);
    }
    const projects = jsonField(db, 'payload', 'projects');
    await db
      .updateTable('commitments')
      .set({
        topic: jsonField(db, 'section_path', -1),
        part: jsonField(db, 'payload', 'part'),
        verb: jsonField(db, 'payload', 'verb'),
        year: sql`cast(${jsonField(db, 'payload', 'year')} as integer)`,
        projects: sql`case when ${projects} = '[]' then null else ${projects} end`,
      })
      .execute();
    await db.schema.dropIndex('items_kind').ifExists().execute();
    await db.schema.dropIndex('projects_name').ifExists().execute();
    for (const [table, columns] of [
      ['commitments', ['section_path', 'quote', 'payload']],
      ['projects', ['quote']],
      ['items', ['quote']],
    ] as const) {
      for (const c of columns) await db.schema.alterTable(table).dropColumn(c).execute();
    }
  },
  async down(db: Kysely<any>) {
    // The dropped columns come back with empty defaults: their values are not kept anywhere once dropped.
    await db.schema.alterTable('commitments').addColumn('section_path', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('commitments').addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    for (const t of ['commitments', 'projects', 'items']) {
      await db.schema.alterTable(t).addColumn('quote', 'text', (c) => c.notNull().defaultTo('')).execute();
    }
    for (const c of ['topic', 'part', 'verb', 'year', 'projects']) await db.schema.alterTable('commitments').dropColumn(c).execute();
    await db.schema.createIndex('items_kind').on('items').column('kind').execute();
    await db.schema.createIndex('projects_name').on('projects').column('name').execute();
  },
};

/**
 * Texts in their own table. Inline, a 50 KB text made each documents row fill a page of its own, so a filter over
 * documents (region, level, year) read one page per report: 10,000 reports meant 40 MB read for a panel query.
 */
const m003_document_texts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('document_texts')
      .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    await db.insertInto('document_texts').columns(['document_id', 'text']).expression(db.selectFrom('documents').select(['id', 'text'])).execute();
    await db.schema.alterTable('documents').dropColumn('text').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('documents').addColumn('text', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db
      .updateTable('documents')
      .set({ text: (eb: any) => eb.selectFrom('document_texts').select('text').whereRef('document_texts.document_id', '=', 'documents.id') })
      .execute();
    await db.schema.dropTable('document_texts').execute();
  },
};

/**
 * Corrections (the workbench's review): their own table, anchored by document, span and the extracted indicator
 * and measure, so that re-extraction (which rewrites facts and commitments) can apply them again; and a `review`
 * column on the rows they change.
 */
const m004_corrections: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('corrections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('anchor_indicator', 'text')
      .addColumn('anchor_measure', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('before', 'text', (c) => c.notNull())
      .addColumn('after', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('corrections_document').on('corrections').columns(['document_id', 'created_at']).execute();
    await db.schema.alterTable('facts').addColumn('review', 'text').execute();
    await db.schema.alterTable('commitments').addColumn('review', 'text').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('commitments').dropColumn('review').execute();
    await db.schema.alterTable('facts').dropColumn('review').execute();
    await db.schema.dropTable('corrections').execute();
  },
};

/**
 * What PostgreSQL needs beyond the portable tables (a no-op on SQLite, whose FTS5 index search.ts builds):
 * - a trigram index (pg_trgm, in Debian's postgresql-contrib) over each document's text: Chinese has no spaces,
 *   and trigrams find any substring of ≥ 3 characters with no dictionary, like SQLite's FTS5 trigram tokenizer;
 * - a statement trigger that NOTIFYs `workreport_changes` on every committed write, so a server's read cache
 *   learns of another machine's ingest (SQLite's PRAGMA data_version does this for a file).
 */
const m005_postgres_search = postgresOnly({
  async up(db: Kysely<any>) {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE INDEX document_texts_trgm ON document_texts USING gin (text gin_trgm_ops)`.execute(db);
    await sql`CREATE FUNCTION workreport_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('workreport_changes', TG_TABLE_NAME); RETURN NULL; END $$`.execute(db);
    for (const t of ['documents', 'facts', 'commitments', 'corrections']) {
      await sql`CREATE TRIGGER ${sql.raw(t + '_notify')} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(t)}
        FOR EACH STATEMENT EXECUTE FUNCTION workreport_notify()`.execute(db);
    }
  },
  async down(db: Kysely<any>) {
    for (const t of ['documents', 'facts', 'commitments', 'corrections']) await sql`DROP TRIGGER IF EXISTS ${sql.raw(t + '_notify')} ON ${sql.table(t)}`.execute(db);
    await sql`DROP FUNCTION IF EXISTS workreport_notify()`.execute(db);
    await sql`DROP INDEX IF EXISTS document_texts_trgm`.execute(db);
  },
});

/**
 * Search on PostgreSQL without reading texts to find candidates (a no-op on SQLite, whose FTS5 index search.ts
 * builds). pg_trgm's own index answers LIKE only "maybe": PostgreSQL re-reads the text of every candidate, so a word
 * in most reports meant reading most texts (4.5 s at 20,000 reports). This index holds each text's trigram set
 * (pg_trgm's show_trgm, as int4 hashes) and answers `@>` (contains all of these trigrams) exactly as a set
 * question, from the index alone: the reports holding a word's trigrams, which include every report holding the
 * word (search confirms each in its text, and only the few it lists). workreport_trigram_keys(word) gives a word's
 * inner trigrams in the same form (a trigram of the word, not padded as at a word's edge); a word with none (no
 * run of three letters or digits: 2.5%) cannot use the index, and search reads texts with LIKE instead.
 * - The index's column gets no statistics: ANALYZE would compute the trigrams of 30,000 sampled texts.
 * - pg_trgm's GIN index goes: it cost as much to keep up at every insert and no query uses it now.
 * - documents_newest: search walks a filter's reports newest first (postgres/search.ts).
 * - New texts are compressed with LZ4 where the server has it: reading one back (to confirm and show hits) costs a
 *   third of pglz's decompression.
 */
const m006_postgres_trigram_sets = postgresOnly({
  async up(db: Kysely<any>) {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    // show_trgm by its schema: an index expression may be evaluated under another search_path (PostgreSQL 17's
    // maintenance commands use a safe one).
    const ext = await sql<{ schema: string }>`SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`.execute(db);
    const showTrgm = sql.raw(`${ext.rows[0].schema}.show_trgm`);
    await sql`CREATE FUNCTION workreport_trigrams(t text) RETURNS int4[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT array(SELECT hashtext(g) FROM unnest(${showTrgm}(t)) g) $$`.execute(db);
    // A trigram abc of the word is the one of show_trgm('abc') that neither show_trgm('ab') nor show_trgm('bc')
    // has (those are the padded ones a word's edges give); a window with a space or a sign gives none.
    await sql`CREATE FUNCTION workreport_trigram_keys(w text) RETURNS int4[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT array(SELECT DISTINCT hashtext(g) FROM generate_series(1, length(w) - 2) i,
        LATERAL (SELECT unnest(${showTrgm}(substr(w, i, 3))) EXCEPT SELECT unnest(${showTrgm}(substr(w, i, 2)))
                 EXCEPT SELECT unnest(${showTrgm}(substr(w, i + 1, 2)))) k(g) ORDER BY 1) $$`.execute(db);
    await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(db);
    await sql`CREATE INDEX document_texts_trigrams ON document_texts USING gin (workreport_trigrams(text))`.execute(db);
    await sql`ALTER INDEX document_texts_trigrams ALTER COLUMN 1 SET STATISTICS 0`.execute(db);
    await sql`DROP INDEX IF EXISTS document_texts_trgm`.execute(db);
    // Search walks a filter's reports newest first (year descending, unknown years last, then id).
    await sql`CREATE INDEX documents_newest ON documents (year DESC NULLS LAST, id)`.execute(db);
    const lz4 = await sql<{ ok: boolean }>`SELECT 'lz4' = ANY(enumvals) AS ok FROM pg_settings WHERE name = 'default_toast_compression'`.execute(db);
    if (lz4.rows[0]?.ok) await sql`ALTER TABLE document_texts ALTER COLUMN text SET COMPRESSION lz4`.execute(db);
  },
  async down(db: Kysely<any>) {
    await sql`ALTER TABLE document_texts ALTER COLUMN text SET COMPRESSION default`.execute(db);
    await sql`CREATE INDEX IF NOT EXISTS document_texts_trgm ON document_texts USING gin (text gin_trgm_ops)`.execute(db);
    await sql`DROP INDEX IF EXISTS documents_newest`.execute(db);
    await sql`DROP INDEX IF EXISTS document_texts_trigrams`.execute(db);
    await sql`DROP FUNCTION IF EXISTS workreport_trigram_keys(text)`.execute(db);
    await sql`DROP FUNCTION IF EXISTS workreport_trigrams(text)`.execute(db);
  },
});

/**
 * The headline facts by kind and year: compare reads one kind's headline figures of one year across a level, and
 * without this index a library of 100,000 reports (3.7 million facts) was scanned whole for them. Partial, so it
 * holds only the headline rows (a tenth).
 */
const m007_headline_facts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('facts_headline_kind_year').on('facts').columns(['kind', 'year']).where(sql.ref('headline'), '=', 1).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('facts_headline_kind_year').execute();
  },
};

/**
 * Texts on PostgreSQL in partitions of TEXTS_PER_PARTITION reports, each with its own trigram index, so that storing
 * a report costs the same at 100,000 reports as at 2,000 (postgres/text-partitions.ts). A sequence numbers the texts
 * in storage order (the partition key; the primary key must hold it). Existing texts are copied into partitions
 * that are indexed after they are filled, in bulk. A no-op on SQLite.
 */
const m008_postgres_text_partitions = postgresOnly({
  async up(db: Kysely<any>) {
    await sql`DROP INDEX IF EXISTS document_texts_trigrams`.execute(db);
    await sql`ALTER TABLE document_texts RENAME TO document_texts_flat`.execute(db);
    await sql`ALTER TABLE document_texts_flat RENAME CONSTRAINT document_texts_pkey TO document_texts_flat_pkey`.execute(db);
    await sql`CREATE SEQUENCE document_texts_seq`.execute(db);
    await sql`CREATE TABLE document_texts (
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      text text NOT NULL,
      seq bigint NOT NULL DEFAULT nextval('document_texts_seq'),
      PRIMARY KEY (document_id, seq)
    ) PARTITION BY RANGE (seq)`.execute(db);
    await sql`ALTER SEQUENCE document_texts_seq OWNED BY document_texts.seq`.execute(db);
    const lz4 = await sql<{ ok: boolean }>`SELECT 'lz4' = ANY(enumvals) AS ok FROM pg_settings WHERE name = 'default_toast_compression'`.execute(db);
    if (lz4.rows[0]?.ok) await sql`ALTER TABLE document_texts ALTER COLUMN text SET COMPRESSION lz4`.execute(db);
    const n = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM document_texts_flat`.execute(db)).rows[0].n);
    for (let k = 0; k * TEXTS_PER_PARTITION < n; k++) await createTextPartition(db, k, false);
    await sql`INSERT INTO document_texts (document_id, text) SELECT document_id, text FROM document_texts_flat ORDER BY document_id`.execute(db);
    await sql`DROP TABLE document_texts_flat`.execute(db);
    await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(db);
    await sql`CREATE INDEX document_texts_trigrams ON document_texts USING gin (workreport_trigrams(text))`.execute(db);
    const parts = await sql<{ index: string }>`SELECT c.relname AS index FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'document_texts_trigrams'::regclass`.execute(db);
    for (const p of parts.rows) await noStatistics(db, p.index);
  },
  async down(db: Kysely<any>) {
    await sql`ALTER TABLE document_texts RENAME TO document_texts_parted`.execute(db);
    await sql`ALTER TABLE document_texts_parted RENAME CONSTRAINT document_texts_pkey TO document_texts_parted_pkey`.execute(db);
    await sql`ALTER INDEX document_texts_trigrams RENAME TO document_texts_parted_trigrams`.execute(db);
    await sql`CREATE TABLE document_texts (document_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, text text NOT NULL)`.execute(db);
    await sql`INSERT INTO document_texts SELECT document_id, text FROM document_texts_parted`.execute(db);
    await sql`DROP TABLE document_texts_parted`.execute(db);
    await sql`CREATE INDEX document_texts_trigrams ON document_texts USING gin (workreport_trigrams(text))`.execute(db);
    await noStatistics(db, 'document_texts_trigrams');
  },
});

/**
 * The facts index that panel, track and compare filter by (indicator, kind, year) now also holds the other columns
 * they filter on and the fact's key, so a query finds which facts match from the index alone: on PostgreSQL a
 * panel of 30,000 facts at 100,000 reports visited 30,000 heap pages for that (150–300 ms), before reading any
 * row it returns (a page of them: selectFactPage).
 */
const m009_facts_filter_index: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('facts_filter')
      .on('facts')
      .columns(['indicator', 'kind', 'year', 'measure', 'headline', 'period', 'review', 'document_id', 'ord'])
      .execute();
    await db.schema.dropIndex('facts_indicator_kind_year').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.createIndex('facts_indicator_kind_year').on('facts').columns(['indicator', 'kind', 'year']).execute();
    await db.schema.dropIndex('facts_filter').execute();
  },
};

/**
 * Each report's facts of one indicator, by report: compare and the ranking ask for a level's or a province's reports
 * (about 1,100 of them for a level and two years at 100,000 reports) and then for their facts of one indicator.
 * Without it PostgreSQL read every report's facts of that indicator (300,000 at 100,000 reports) and kept the
 * 3,000 that matched (200–500 ms); with it, three facts a report (20 ms). PostgreSQL only: SQLite's planner took it
 * for panels without a kind and probed every report's facts with it (panels of 4,000 facts at 10,000 reports went
 * from 60–70 ms to 170–200), and its compare and ranking were fast without it.
 */
const m010_facts_document_indicator = postgresOnly({
  async up(db: Kysely<any>) {
    await db.schema.createIndex('facts_document_indicator').on('facts').columns(['document_id', 'indicator', 'kind', 'headline']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('facts_document_indicator').execute();
  },
});

/**
 * The report columns that the fact queries filter and sort by, beside each report's id: PostgreSQL reads them from
 * this index alone. A panel's page is sorted by region and year, which only the reports hold, so every matching fact
 * (16,000–44,000 of them at 100,000 reports) is joined to its report first: by 20 µs lookups in the wide documents
 * table (panel p95 211 ms) or, with this 7.5 MB index, by one ordered read of it merged with the facts (110 ms).
 * PostgreSQL only (SQLite has no INCLUDE, and its panels meet their goal without).
 */
const m011_documents_keys = postgresOnly({
  async up(db: Kysely<any>) {
    await sql`CREATE INDEX documents_keys ON documents (id) INCLUDE (genre, level, region_code, year, region)`.execute(db);
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('documents_keys').execute();
  },
});

/**
 * Each fact carries its report's genre, level, region, region code and year (schema.ts, FactReportColumns). A
 * panel's page is ordered by region code and report year: with those on the reports alone, every matching fact
 * (16,000–44,000 at 100,000 reports) was joined to its report before the sort kept 1,000 (p95 110–123 ms); from the
 * facts alone, the page's keys come from one index on PostgreSQL (013). Existing facts get their report's values here.
 */
const m012_fact_report_columns: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('facts').addColumn('report_genre', 'text', (c) => c.notNull().defaultTo('work_report')).execute();
    for (const c of ['report_level', 'report_region', 'report_region_code']) await db.schema.alterTable('facts').addColumn(c, 'text').execute();
    await db.schema.alterTable('facts').addColumn('report_year', 'integer').execute();
    // UPDATE … FROM: PostgreSQL, and SQLite since 3.33.
    await sql`UPDATE facts SET report_genre = d.genre, report_level = d.level, report_region = d.region,
      report_region_code = d.region_code, report_year = d.year FROM documents d WHERE d.id = facts.document_id`.execute(db);
  },
  async down(db: Kysely<any>) {
    for (const c of ['report_genre', 'report_level', 'report_region', 'report_region_code', 'report_year'])
      await db.schema.alterTable('facts').dropColumn(c).execute();
  },
};

/**
 * A panel's page read in its own order: each indicator's facts by report region code and year (migration 012 put
 * them on the facts), with the columns the filter reads. PostgreSQL walks it from the first matching region code and
 * stops at the page's last row, however many facts match (16,000–52,000 for one indicator over five years at
 * 100,000 reports, each joined to its report and sorted before: p95 110–123 ms). NULLS FIRST as the queries sort
 * (postgres/plugins.ts: SQLite's order); an index in PostgreSQL's default order cannot serve that ORDER BY. PostgreSQL
 * only: INCLUDE.
 */
const m013_facts_panel = postgresOnly({
  async up(db: Kysely<any>) {
    await sql`CREATE INDEX facts_panel ON facts (indicator, report_region_code NULLS FIRST, report_year NULLS FIRST, document_id NULLS FIRST, ord NULLS FIRST)
      INCLUDE (kind, year, measure, headline, period, review, report_genre, report_level, report_region)`.execute(db);
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('facts_panel').execute();
  },
});

/** The child tables keyed by (document_id, ord) (items: kind too), which SQLite can store by that key alone. */
const KEYED_TABLES = ['sections', 'facts', 'commitments', 'projects', 'items'] as const;

/** A SQLite table rebuilt with other columns or constraints (rebuildSqliteTable): SQLite cannot alter them in place. */
interface TableChange {
  /** The new table's columns and constraints, "(…)". */
  columns: string;
  /** Fills table `to` from table `from`, inside the rebuild's transaction. */
  copy(trx: Kysely<any>, from: string, to: string): Promise<void>;
}

/**
 * Rebuilds SQLite table `name` as it is (columns, keys, references), or with `change`'s columns, with or without
 * rowids, its indexes made anew. In one transaction: an interruption leaves the table as it was.
 */
async function rebuildSqliteTable(db: Kysely<any>, name: string, withoutRowid: boolean, change?: TableChange): Promise<void> {
  const objects = await sql<{ type: string; name: string; sql: string | null }>`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ${name}`.execute(db);
  const table = objects.rows.find((o) => o.type === 'table')!.sql!;
  if (!change && /\bwithout\s+rowid\s*$/i.test(table) === withoutRowid) return;
  const body = change
    ? `CREATE TABLE "${name}_new" ${change.columns}`
    : table.replace(/\s*without\s+rowid\s*$/i, '').replace(/^CREATE TABLE\s+("?)[\w]+\1/i, `CREATE TABLE "${name}_new"`);
  await db.transaction().execute(async (trx) => {
    await sql.raw(withoutRowid ? `${body} WITHOUT ROWID` : body).execute(trx);
    if (change) await change.copy(trx, name, `${name}_new`);
    else await sql.raw(`INSERT INTO "${name}_new" SELECT * FROM "${name}"`).execute(trx);
    await sql.raw(`DROP TABLE "${name}"`).execute(trx);
    await sql.raw(`ALTER TABLE "${name}_new" RENAME TO "${name}"`).execute(trx);
    for (const index of objects.rows) if (index.type === 'index' && index.sql) await sql.raw(index.sql).execute(trx);
  });
}

/**
 * A commitment's topic (the paragraph's run-in heading) by its place in the text: the same heading was stored with
 * each of its 13 commitments on average (real reports: 420 commitments a report, 42 bytes of topic each, a quarter
 * of the commitments table). `topic` stays for a topic the text does not hold as written (and in rows written
 * before); see rows.ts, commitmentTopic.
 * SQLite: the tables keyed by document and ord are stored by that key (WITHOUT ROWID): a rowid table kept every
 * row twice, in the table and in its primary-key index (20 of the commitments' 117 MB for 1,530 real reports), and
 * an insert wrote both. PostgreSQL has no such choice; it gets the columns.
 */
const m014_compact_rows: Migration = {
  async up(db: Kysely<any>) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    // SQLite runs migrations outside a transaction: a rerun after an interruption finds the columns there.
    const has = sqlite ? (await sql<{ name: string }>`SELECT name FROM pragma_table_info('commitments')`.execute(db)).rows.map((r) => r.name) : [];
    for (const c of ['topic_start', 'topic_end']) if (!has.includes(c)) await db.schema.alterTable('commitments').addColumn(c, 'integer').execute();
    if (sqlite) for (const t of KEYED_TABLES) await rebuildSqliteTable(db, t, true);
  },
  async down(db: Kysely<any>) {
    await sql`UPDATE commitments SET topic = substr(t.text, commitments.topic_start + 1, commitments.topic_end - commitments.topic_start)
      FROM document_texts t WHERE t.document_id = commitments.document_id AND commitments.topic IS NULL AND commitments.topic_start IS NOT NULL`.execute(db);
    for (const c of ['topic_start', 'topic_end']) await db.schema.alterTable('commitments').dropColumn(c).execute();
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    for (const t of KEYED_TABLES) await rebuildSqliteTable(db, t, false);
  },
};

/**
 * One report per region-year (issue 21): a report that gives way to a later-ingested one of its region, level and
 * year names it in superseded_by, and the tables leave its facts out (store/same-report.ts). A library holding such
 * pairs already is settled here by the same rule.
 */
const m015_superseded_reports: Migration = {
  async up(db: Kysely<any>) {
    // SQLite runs migrations outside a transaction: a rerun after an interruption finds the column there.
    const has = db.getExecutor().adapter instanceof SqliteAdapter ? (await sql<{ name: string }>`SELECT name FROM pragma_table_info('documents')`.execute(db)).rows.some((r) => r.name === 'superseded_by') : false;
    if (!has) await db.schema.alterTable('documents').addColumn('superseded_by', 'text').execute();
    await db.schema.createIndex('documents_superseded').ifNotExists().on('documents').column('superseded_by').execute();
    await markSuperseded(db);
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('documents_superseded').execute();
    await db.schema.alterTable('documents').dropColumn('superseded_by').execute();
  },
};

/**
 * Who made a correction (the workbench's 审核人, optional): follow-up statuses are confirmed by a person, and the
 * audit trail names them beside when, before and after.
 */
const m016_correction_author: Migration = {
  async up(db: Kysely<any>) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    const has = sqlite ? (await sql<{ name: string }>`SELECT name FROM pragma_table_info('corrections')`.execute(db)).rows.map((r) => r.name) : [];
    if (!has.includes('author')) await db.schema.alterTable('corrections').addColumn('author', 'text').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable('corrections').dropColumn('author').execute();
  },
};

/**
 * The trigram indexes of the text partitions made before take the longer pending list that new ones get
 * (postgres/text-partitions.ts, GIN_PENDING_KB): the ingest's largest cost on the server. A no-op on SQLite.
 */
const m017_postgres_gin_pending = postgresOnly({
  async up(db: Kysely<any>) {
    for (const index of await trigramPartitionIndexes(db)) {
      await sql`ALTER INDEX ${sql.table(index)} SET (gin_pending_list_limit = ${sql.lit(GIN_PENDING_KB)})`.execute(db);
    }
  },
  async down(db: Kysely<any>) {
    for (const index of await trigramPartitionIndexes(db)) await sql`ALTER INDEX ${sql.table(index)} RESET (gin_pending_list_limit)`.execute(db);
  },
});

/**
 * Rows closer to the text (issue 22: a library at most twice its text): a commitment's object as its place in the
 * commitment's quote (object_offset, object_length; `object` stays for an object the quote does not hold as
 * written, for a reader's edit, and in rows written before), quantities and an achievement's fields as tuples
 * without their keys, a project's payload empty when it holds nothing (tables/commitments.ts, quantities.ts,
 * items.ts, projects.ts). Rows written before are read as they are; nothing is rewritten on the way up. Down
 * writes every row back in the old form.
 */
const m018_rows_as_places: Migration = {
  async up(db: Kysely<any>) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    // SQLite runs migrations outside a transaction: a rerun after an interruption finds the columns there.
    const has = sqlite ? (await sql<{ name: string }>`SELECT name FROM pragma_table_info('commitments')`.execute(db)).rows.map((r) => r.name) : [];
    for (const c of ['object_offset', 'object_length']) if (!has.includes(c)) await db.schema.alterTable('commitments').addColumn(c, 'integer').execute();
  },
  async down(db: Kysely<any>) {
    const ids: string[] = (await db.selectFrom('documents').select('id').execute()).map((r: { id: string }) => r.id);
    for (const id of ids) {
      const text: string = (await db.selectFrom('document_texts').select('text').where('document_id', '=', id).executeTakeFirst())?.text ?? '';
      for (const c of await db.selectFrom('commitments').selectAll().where('document_id', '=', id).execute()) {
        await db
          .updateTable('commitments')
          .set({ object: objectOf(c as CommitmentsTable, text), quantities: JSON.stringify(quantitiesOf(c.quantities, c.span_start)) })
          .where('document_id', '=', id)
          .where('ord', '=', c.ord)
          .execute();
      }
      for (const i of await db.selectFrom('items').selectAll().where('document_id', '=', id).where('payload', 'like', '[%').execute()) {
        const { kind: _k, span: _s, quote: _q, ...own } = itemFromRow(i as ItemsTable, text);
        await db.updateTable('items').set({ payload: JSON.stringify(own) }).where('document_id', '=', id).where('kind', '=', i.kind).where('ord', '=', i.ord).execute();
      }
    }
    await db.updateTable('projects').set({ payload: '{"investment":null,"related":[]}' }).where('payload', '=', '{}').execute();
    for (const c of ['object_offset', 'object_length']) await db.schema.alterTable('commitments').dropColumn(c).execute();
  },
};

/** Texts converted a batch at a time (a batch of 50 KB texts in memory, not the library's). */
const TEXTS_PER_BATCH = 200;

/** Copies document_texts from `from` to `to`, each text in the form `form` gives it (texts.ts), in key order. */
async function copyTexts(trx: Kysely<any>, from: string, to: string, form: (row: TextRow) => Partial<TextRow>): Promise<void> {
  for (let after = ''; ; ) {
    const rows = (await sql<TextRow & { document_id: string }>`SELECT * FROM ${sql.table(from)} WHERE document_id > ${after} ORDER BY document_id LIMIT ${TEXTS_PER_BATCH}`.execute(trx)).rows;
    if (rows.length === 0) return;
    await trx.insertInto(to).values(rows.map((r) => ({ document_id: r.document_id, ...form(r) }))).execute();
    after = rows[rows.length - 1].document_id;
  }
}

const TEXT_KEY = '"document_id" text primary key references "documents" ("id") on delete cascade';

/**
 * Texts packed on SQLite (issue 22: the library was 2.5 times its text, and its texts 40% of it): document_texts
 * holds each text deflated as UTF-16LE in `packed`, `text` null (store/texts.ts owns the format and every read;
 * 1,528 real reports: texts 80.3 → 31 MB). The table is rebuilt (text loses NOT NULL; one of the two columns holds
 * the text) and every stored text packed, a batch at a time, in the rebuild's one transaction; then VACUUM gives
 * the pages the plain texts held back to the disk.
 * PostgreSQL keeps plain text, which TOAST compresses and its trigram index reads: it gets the column, unused, so
 * that one schema serves both backends.
 */
const m019_packed_texts: Migration = {
  async up(db: Kysely<any>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
      await sql`ALTER TABLE document_texts ADD COLUMN IF NOT EXISTS packed bytea`.execute(db);
      return;
    }
    // SQLite runs migrations outside a transaction: a rerun after an interruption finds the table rebuilt.
    const has = (await sql<{ name: string }>`SELECT name FROM pragma_table_info('document_texts')`.execute(db)).rows.some((r) => r.name === 'packed');
    if (has) return;
    await rebuildSqliteTable(db, 'document_texts', false, {
      columns: `(${TEXT_KEY}, "text" text, "packed" blob, check (("text" is null) <> ("packed" is null)))`,
      copy: (trx, from, to) => copyTexts(trx, from, to, (r) => ({ text: null, packed: pack(textOf(r)) })),
    });
    // The plain texts' pages back to the disk: kept free in the file, they made it larger than before by the packed
    // texts (1,528 real reports: 198.6 → 230.9 MB; 150.5 after). Best effort: a disk too full for VACUUM's copy
    // leaves them free for the rows written next.
    await sql`VACUUM`.execute(db).catch(() => undefined);
  },
  async down(db: Kysely<any>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
      await sql`ALTER TABLE document_texts DROP COLUMN packed`.execute(db);
      return;
    }
    await rebuildSqliteTable(db, 'document_texts', false, {
      columns: `(${TEXT_KEY}, "text" text not null)`,
      copy: (trx, from, to) => copyTexts(trx, from, to, (r) => ({ text: textOf(r) })),
    });
  },
};

async function trigramPartitionIndexes(db: Kysely<any>): Promise<string[]> {
  const parts = await sql<{ index: string }>`SELECT c.relname AS index FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = to_regclass('document_texts_trigrams')`.execute(db);
  return parts.rows.map((p) => p.index);
}

/** Portable migrations, in order. Names sort lexically: keep the numeric prefix. */
export const MIGRATIONS: Record<string, Migration> = {
  '001_initial': m001_initial,
  '002_lean_plan_rows': m002_lean_plan_rows,
  '003_document_texts': m003_document_texts,
  '004_corrections': m004_corrections,
  '005_postgres_search': m005_postgres_search,
  '006_postgres_trigram_sets': m006_postgres_trigram_sets,
  '007_headline_facts': m007_headline_facts,
  '008_postgres_text_partitions': m008_postgres_text_partitions,
  '009_facts_filter_index': m009_facts_filter_index,
  '010_facts_document_indicator': m010_facts_document_indicator,
  '011_documents_keys': m011_documents_keys,
  '012_fact_report_columns': m012_fact_report_columns,
  '013_facts_panel': m013_facts_panel,
  '014_compact_rows': m014_compact_rows,
  '015_superseded_reports': m015_superseded_reports,
  '016_correction_author': m016_correction_author,
  '017_postgres_gin_pending': m017_postgres_gin_pending,
  '018_rows_as_places': m018_rows_as_places,
  '019_packed_texts': m019_packed_texts,
};

class InCodeProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

/** Brings the database to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>, extra: Record<string, Migration> = {}): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeProvider({ ...MIGRATIONS, ...extra }) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${why}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of applied migrations, oldest first. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeProvider(MIGRATIONS) });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt).map((m) => m.name);
}

// The library's tables as Kysely types. One schema for SQLite (today) and PostgreSQL (later):
// only portable column types (text, integer, double precision; one binary column, document_texts.packed: blob on
// SQLite, bytea on PostgreSQL), JSON kept as text, booleans as 0/1 integers,
// no autoincrement (ids are derived from content so that any two builds of a library agree).
// Column names avoid SQL keywords (span_start/span_end, not start/end) so hand-written SQL needs no quoting.
import type { ColumnType } from 'kysely';
import type { CorrectionRecord, FactRecord } from '../model/rows.js';
/** One report (or congress resolution). id = first 16 hex chars of text_hash. */
export interface DocumentsTable {
  id: string;
  /** sha256 (hex) of the normalised text: the deduplication key. */
  text_hash: string;
  /** sha256 (hex) of the original file bytes; for a collection row, of the row's text field (UTF-8). */
  sha256: string;
  /** Path as given on the command line (absolute), for a collection row `path#row` (1-based data row). */
  source_path: string;
  /** Collection row id column, or null. */
  source_id: string | null;
  url: string | null;
  title: string | null;
  /** 'txt' | 'html' | 'docx' | 'pdf' | 'jsonl' | 'csv' … as reported by the loader. */
  format: string | null;
  encoding: string | null;
  /** 'work_report' | 'resolution' (决议 on a work report; queries normally exclude them). */
  genre: string;
  region: string | null;
  region_code: string | null;
  /** 'national' | 'province' | 'city' | 'county' */
  level: string | null;
  parent_region: string | null;
  parent_code: string | null;
  year: number | null;
  review_year: number | null;
  /** ISO yyyy-mm-dd */
  date: string | null;
  meeting: string | null;
  speaker: string | null;
  /** The text's length (UTF-16 code units, like the spans). */
  chars: number;
  /** JSON {region,year,title} given at ingest (collection columns); reused by reindex. */
  hints: string | null;
  extractor_version: string;
  /** ISO timestamp of the last (re)extraction. */
  ingested_at: string;
  /**
   * Another report of the same region, level and year that the tables use instead of this one (the later-ingested
   * of two texts that are not the same report: store/same-report.ts, migration 015); null for the one they use.
   */
  superseded_by?: string | null;
}

/**
 * The normalised text of a document; every span points into it. Its own table (migration 003): inline, each
 * 50 KB text filled a page per documents row, so every filter over documents read a page per report.
 * Stored in one of two forms (migration 019; store/texts.ts owns them, and every read goes through its textOf):
 * - SQLite: `packed` (deflated UTF-16LE, 2.5× smaller: the texts were 40% of a library at 2.5× its text), `text`
 *   null. SQLite compresses nothing itself.
 * - PostgreSQL: `text`, and `packed` null. TOAST compresses the column already (LZ4 where the server has it,
 *   migrations 006 and 008), and the trigram index and search's LIKE read it as text. The column is there, unused,
 *   so that both backends keep this one schema (and an export copies a row as the target stores it).
 */
export interface DocumentTextsTable {
  document_id: string;
  text: string | null;
  packed?: Uint8Array | null;
}

/** Flattened section tree, pre-order. ord 0.. within a document. */
export interface SectionsTable {
  document_id: string;
  ord: number;
  /** ord of the enclosing section, null at top level. */
  parent_ord: number | null;
  kind: string;
  level: number;
  marker: string | null;
  title: string;
  span_start: number;
  span_end: number;
  /** JSON array of titles from the top-level section down to this one. */
  path: string;
}

/** One fact. Stable id: `${document_id}:${ord}`. The columns are the model's (src/model/rows.ts); `review` is set
 * by corrections only, so ingest never writes it. */
export type FactsTable = Omit<FactRecord, 'review'> &
  FactReportColumns & { review: ColumnType<string | null, string | null | undefined, string | null> };

/**
 * The report's own columns that queries filter and sort facts by, copied onto each fact (migration 012): a panel's
 * page, ordered by region code and report year, is then read from the facts alone. A report's columns never change
 * once stored (another text is another report), so the copies cannot drift from documents'.
 */
export interface FactReportColumns {
  report_genre: string;
  report_level: string | null;
  report_region: string | null;
  report_region_code: string | null;
  report_year: number | null;
}

/** Corrections and their audit trail (migration 004). */
export type CorrectionsTable = CorrectionRecord;

/** A work-plan commitment (issue 3). No quote or section path columns (migration 002): the quote is
 * documents.text.slice(span_start, span_end) and the path is the sections chain from section_ord plus `topic`. */
export interface CommitmentsTable {
  document_id: string;
  ord: number;
  section_ord: number | null;
  /** The most specific label above it: the paragraph's run-in heading (发展新型工业) or its section's title. Null when
   * topic_start/topic_end give it as a span of the text (migration 014; rows.ts, commitmentTopic). */
  topic: string | null;
  topic_start: number | null;
  topic_end: number | null;
  /** 'plan' | 'self_building' */
  part: string | null;
  /** Normalised verb (开工, 建成, 推进 …). */
  action: string | null;
  /** The verb as written (开工建设, 加快推进). */
  verb: string | null;
  /** Null when object_offset/object_length give it as a slice of the quote (migration 018; tables/commitments.ts). */
  object: string | null;
  /** Where the object starts in the quote (from span_start), and its length. */
  object_offset: number | null;
  object_length: number | null;
  /** JSON array: tuples (migration 018, tables/quantities.ts) or, in rows written before, objects. */
  quantities: string;
  deadline: string | null;
  /** The plan's year (the report year). */
  year: number | null;
  stretch: number;
  /** JSON array of the project names the clause mentions, or null. */
  projects: string | null;
  span_start: number;
  span_end: number;
  /** As facts.review (migration 004). */
  review: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A named project (issue 3); span = its first mention (quote = text.slice(span_start, span_end)). */
export interface ProjectsTable {
  document_id: string;
  ord: number;
  name: string;
  stage: string | null;
  /** JSON array of mentions as extracted. */
  mentions: string;
  section_ord: number | null;
  span_start: number;
  span_end: number;
  payload: string;
}

/** Pledges (为民办实事), achievements and problems: kind + JSON payload (without span, quote and section path,
 * which the columns and the sections table give). */
export interface ItemsTable {
  document_id: string;
  kind: string;
  ord: number;
  section_ord: number | null;
  span_start: number;
  span_end: number;
  payload: string;
}

export interface Database {
  documents: DocumentsTable;
  document_texts: DocumentTextsTable;
  sections: SectionsTable;
  facts: FactsTable;
  commitments: CommitmentsTable;
  projects: ProjectsTable;
  items: ItemsTable;
  corrections: CorrectionsTable;
}

export type ItemKind = 'pledge' | 'achievement' | 'problem';

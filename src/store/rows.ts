// Report -> table rows, one toRow per table (src/store/tables, beside each its fromRow back to the API's shape).
// Pure: runs in the extraction workers so the main thread only writes.
import { createHash } from 'node:crypto';
import type { Span } from '../types.js';
import type { FullReport } from '../extract/report.js';
import type { CommitmentsTable, DocumentsTable, DocumentTextsTable, FactsTable, ItemKind, ItemsTable, ProjectsTable, SectionsTable } from './schema.js';
import * as documents from './tables/documents.js';
import * as sections from './tables/sections.js';
import * as facts from './tables/facts.js';
import * as commitments from './tables/commitments.js';
import * as projects from './tables/projects.js';
import * as items from './tables/items.js';
import { storedText } from './texts.js';

/** A report as the store keeps it: facts plus the work plan read as a task list. */
export type StoredReport = FullReport;

export interface Hints {
  region?: string | null;
  year?: number | null;
  title?: string | null;
}

/** Where a document came from (everything but the text, which comes from the Report). */
export interface Source {
  sha256: string;
  sourcePath: string;
  sourceId?: string | null;
  url?: string | null;
  title?: string | null;
  format?: string | null;
  encoding?: string | null;
  hints?: Hints | null;
}

export interface DocumentRows {
  document: DocumentsTable;
  /** One row: the normalised text (plain, or packed for SQLite: texts.ts). */
  document_texts: DocumentTextsTable[];
  sections: SectionsTable[];
  /** As extracted: no review yet (corrections set it afterwards). */
  facts: Omit<FactsTable, 'review'>[];
  commitments: Omit<CommitmentsTable, 'review'>[];
  projects: ProjectsTable[];
  items: ItemsTable[];
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Document id: a prefix of the normalised-text hash, so every build of a library agrees on it. */
export function documentId(textHash: string): string {
  return textHash.slice(0, 16);
}

/** packTexts: the text as SQLite stores it (texts.ts), packed here in the extraction worker rather than by the writer. */
export function reportToRows(report: StoredReport, source: Source, extractorVersion: string, now: string, packTexts = false): DocumentRows {
  const textHash = sha256Hex(report.text);
  const id = documentId(textHash);
  const document = documents.toRow(report, source, { id, textHash }, extractorVersion, now);
  const sectionRows = sections.toRows(report.sections ?? [], id);
  const topicAt = commitments.topicSpans(report.text);
  const sectionOf = (pos: number): number | null => sections.innermostSection(sectionRows, pos);
  const itemRows: ItemsTable[] = [];
  const kinds: Array<[ItemKind, Array<{ span: Span; quote: string }> | undefined]> = [
    ['pledge', report.pledges],
    ['achievement', report.achievements],
    ['problem', report.problems],
  ];
  for (const [kind, list] of kinds) (list ?? []).forEach((it, ord) => itemRows.push(items.toRow(kind, it, ord, id, sectionOf(it.span[0]), report.text)));
  return {
    document,
    document_texts: [storedText(id, report.text, packTexts ? 'sqlite' : 'postgres')],
    sections: sectionRows,
    facts: (report.facts ?? []).map((f, ord) => facts.toRow(f, ord, document, sectionOf(f.span[0]))),
    commitments: (report.commitments ?? []).map((c, ord) => commitments.toRow(c, ord, id, sectionOf(c.span[0]), topicAt, report.text)),
    // A project's row points at its first mention.
    projects: (report.projects ?? []).map((p, ord) => projects.toRow(p, ord, id, sectionOf(p.mentions[0].span[0]))),
    items: itemRows,
  };
}

export type ChildTable = (typeof CHILD_TABLES)[number];
export const CHILD_TABLES = ['document_texts', 'sections', 'facts', 'commitments', 'projects', 'items'] as const;

/** One table's rows as a flat row-major list of values: `columns.length` values per row. */
export interface PackedTable {
  table: ChildTable;
  columns: string[];
  values: unknown[];
}

/** A document's rows as they cross from a worker to the writer: flat value lists clone several times faster
 * than ~700 small objects (whose keys are copied for every row), and bind straight into multi-row inserts. */
export interface PackedRows {
  document: DocumentsTable;
  tables: PackedTable[];
}

export function packRows(rows: DocumentRows): PackedRows {
  const tables: PackedTable[] = [];
  for (const table of CHILD_TABLES) {
    const list = rows[table] as unknown as Array<Record<string, unknown>>;
    if (list.length === 0) continue;
    const columns = Object.keys(list[0]);
    const values: unknown[] = new Array(list.length * columns.length);
    let i = 0;
    for (const row of list) for (const c of columns) values[i++] = row[c];
    tables.push({ table, columns, values });
  }
  return { document: rows.document, tables };
}

// Report -> table rows. Pure: runs in the extraction workers so the main thread only writes.
import { createHash } from 'node:crypto';
import type { SectionNode, Span } from '../types.js';
import type { FullReport } from '../extract/report.js';
import type {
  CommitmentsTable,
  DocumentsTable,
  DocumentTextsTable,
  FactsTable,
  ItemKind,
  ItemsTable,
  ProjectsTable,
  SectionsTable,
} from './schema.js';
import { parentOf } from '../lexicon/divisions.js';

/** A report as the store keeps it: facts plus the work plan read as a task list. */
export type StoredReport = FullReport;

/** An item's own fields: span has its columns, quote and section path are derived from them. */
function ownFields<T extends { span: Span; quote: string; sectionPath?: unknown }>(it: T): Omit<T, 'span' | 'quote' | 'sectionPath'> {
  const { span: _span, quote: _quote, sectionPath: _path, ...rest } = it;
  return rest;
}

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
  /** One row: the normalised text. */
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

const RESOLUTION = /关于.{0,20}政府工作报告的决议|政府工作报告的决议/;

/** A congress resolution on a work report rather than the report itself. */
export function genreOf(title: string | null, text: string): 'work_report' | 'resolution' {
  if (title && RESOLUTION.test(title)) return 'resolution';
  return RESOLUTION.test(text.slice(0, 200)) ? 'resolution' : 'work_report';
}

const b = (x: unknown): number => (x ? 1 : 0);

/**
 * The innermost section containing `pos`. Sections are in pre-order and nest, so their starts never decrease:
 * take the last one starting at or before pos, then climb to the first ancestor that still contains it.
 */
function innermostSection(sections: SectionsTable[], pos: number): number | null {
  let lo = 0;
  let hi = sections.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].span_start <= pos) [at, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  for (let s = at >= 0 ? sections[at] : undefined; s; s = s.parent_ord === null ? undefined : sections[s.parent_ord]) {
    if (pos < s.span_end) return s.ord;
  }
  return null;
}

export function reportToRows(report: StoredReport, source: Source, extractorVersion: string, now: string): DocumentRows {
  const textHash = sha256Hex(report.text);
  const id = documentId(textHash);
  const { meta } = report;
  const parent = meta.regionCode ? parentOf(meta.regionCode) : null;
  const title = source.title ?? source.hints?.title ?? null;
  const hints = source.hints && Object.values(source.hints).some((v) => v != null) ? JSON.stringify(source.hints) : null;
  const document: DocumentsTable = {
    id,
    text_hash: textHash,
    sha256: source.sha256,
    source_path: source.sourcePath,
    source_id: source.sourceId ?? null,
    url: source.url ?? null,
    title,
    format: source.format ?? null,
    encoding: source.encoding ?? null,
    genre: genreOf(title, report.text),
    region: meta.region,
    region_code: meta.regionCode,
    level: meta.level,
    parent_region: parent?.name ?? null,
    parent_code: parent?.code ?? null,
    year: meta.year,
    review_year: meta.reviewYear,
    date: meta.date,
    meeting: meta.meeting,
    speaker: meta.speaker,
    chars: report.text.length,
    hints,
    extractor_version: extractorVersion,
    ingested_at: now,
  };

  const sections: SectionsTable[] = [];
  const walk = (nodes: SectionNode[], parentOrd: number | null, path: string[]) => {
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      const ord = sections.length;
      const p = [...path, node.title];
      sections.push({
        document_id: id,
        ord,
        parent_ord: parentOrd,
        kind: node.kind,
        level: node.level,
        marker: node.marker,
        title: node.title,
        span_start: node.span[0],
        span_end: node.span[1],
        path: JSON.stringify(p),
      });
      walk(node.children.filter((c): c is SectionNode => c.type === 'section'), ord, p);
    }
  };
  walk(report.sections ?? [], null, []);

  const sectionOf = (pos: number): number | null => innermostSection(sections, pos);

  const facts: DocumentRows['facts'] = (report.facts ?? []).map((f, ord) => ({
    document_id: id,
    ord,
    report_genre: document.genre,
    report_level: document.level,
    report_region: document.region,
    report_region_code: document.region_code,
    report_year: document.year,
    indicator: f.indicator,
    kind: f.kind,
    year: f.year,
    measure: f.measure,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    stretch: b(f.stretch),
    headline: b(f.headline),
    period: f.period,
    statement: f.statement,
    section_ord: sectionOf(f.span[0]),
    span_start: f.span[0],
    span_end: f.span[1],
    quote: f.quote,
  }));

  const topicAt = topicSpans(report.text);
  const commitments: DocumentRows['commitments'] = (report.commitments ?? []).map((c, ord) => ({
    document_id: id,
    ord,
    section_ord: sectionOf(c.span[0]),
    ...topicAt(c.sectionPath.at(-1) ?? null, c.span[0]),
    part: c.part,
    action: c.action,
    verb: c.verb,
    object: c.object,
    quantities: JSON.stringify(c.quantities),
    deadline: c.deadline,
    year: c.year,
    stretch: c.stretch ? 1 : 0,
    projects: c.projects.length ? JSON.stringify(c.projects) : null,
    span_start: c.span[0],
    span_end: c.span[1],
  }));

  // A project's row points at its first mention; every mention is in `mentions`.
  const projects: ProjectsTable[] = (report.projects ?? []).map((p, ord) => ({
    document_id: id,
    ord,
    name: p.name,
    stage: p.stage,
    // Mentions as [start, end, kind, stage]: their quotes are slices of the document text.
    mentions: JSON.stringify(p.mentions.map((m) => [m.span[0], m.span[1], m.kind, m.stage])),
    section_ord: sectionOf(p.mentions[0].span[0]),
    span_start: p.mentions[0].span[0],
    span_end: p.mentions[0].span[1],
    payload: JSON.stringify({ investment: p.investment, related: p.related }),
  }));

  const items: ItemsTable[] = [];
  const kinds: Array<[ItemKind, Array<{ span: Span; quote: string }> | undefined]> = [
    ['pledge', report.pledges],
    ['achievement', report.achievements],
    ['problem', report.problems],
  ];
  for (const [kind, list] of kinds) {
    (list ?? []).forEach((it, ord) =>
      items.push({
        document_id: id,
        kind,
        ord,
        section_ord: sectionOf(it.span[0]),
        span_start: it.span[0],
        span_end: it.span[1],
        payload: JSON.stringify(ownFields(it)),
      }),
    );
  }

  return { document, document_texts: [{ document_id: id, text: report.text }], sections, facts, commitments, projects, items };
}

/**
 * A commitment's topic as stored: by its place in the text when the text holds it before the commitment (a run-in
 * heading, a section title; the same place for every commitment under it), else as written. Per document: each
 * distinct topic is looked up once.
 */
function topicSpans(text: string) {
  const places = new Map<string, number>();
  return (topic: string | null, before: number): { topic: string | null; topic_start: number | null; topic_end: number | null } => {
    if (!topic) return { topic: null, topic_start: null, topic_end: null };
    let at = places.get(topic);
    if (at === undefined || at > before) places.set(topic, (at = text.lastIndexOf(topic, before)));
    return at < 0 ? { topic, topic_start: null, topic_end: null } : { topic: null, topic_start: at, topic_end: at + topic.length };
  };
}

/** A stored commitment's topic: the column, or the text at its span (migration 014). */
export function commitmentTopic(row: { topic: string | null; topic_start: number | null; topic_end: number | null }, text: string): string | null {
  return row.topic ?? (row.topic_start === null || row.topic_end === null ? null : text.slice(row.topic_start, row.topic_end));
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

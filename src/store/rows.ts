// Report -> table rows. Pure: runs in the extraction workers so the main thread only writes.
import { createHash } from 'node:crypto';
import type { SectionNode, Span } from '../types.js';
import type { FullReport } from '../extract/report.js';
import type {
  CommitmentsTable,
  DocumentsTable,
  FactsTable,
  ItemKind,
  ItemsTable,
  ProjectsTable,
  SectionsTable,
} from './schema.js';
import { parentOf } from '../lexicon/divisions.js';

/** A report as the store keeps it: facts plus the work plan read as a task list. */
export type StoredReport = FullReport;

/** An item's own fields; span and quote have their columns. */
function withoutSpan<T extends { span: Span; quote: string }>(it: T): Omit<T, 'span' | 'quote'> {
  const { span: _span, quote: _quote, ...rest } = it;
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
  sections: SectionsTable[];
  facts: FactsTable[];
  commitments: CommitmentsTable[];
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
    text: report.text,
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

  // Innermost section containing an offset: pre-order, so the last match is the deepest.
  const sectionOf = (pos: number): number | null => {
    let found: number | null = null;
    for (const s of sections) {
      if (s.span_start <= pos && pos < s.span_end) found = s.ord;
      else if (s.span_start > pos) break;
    }
    return found;
  };

  const facts: FactsTable[] = (report.facts ?? []).map((f, ord) => ({
    document_id: id,
    ord,
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

  const commitments: CommitmentsTable[] = (report.commitments ?? []).map((c, ord) => ({
    document_id: id,
    ord,
    section_ord: sectionOf(c.span[0]),
    section_path: JSON.stringify(c.sectionPath),
    action: c.action,
    object: c.object,
    quantities: JSON.stringify(c.quantities),
    deadline: c.deadline,
    stretch: c.stretch ? 1 : 0,
    span_start: c.span[0],
    span_end: c.span[1],
    quote: c.quote,
    payload: JSON.stringify({ part: c.part, verb: c.verb, year: c.year, quantified: c.quantified, projects: c.projects }),
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
    quote: p.mentions[0].quote,
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
        quote: it.quote,
        payload: JSON.stringify(withoutSpan(it)),
      }),
    );
  }

  return { document, sections, facts, commitments, projects, items };
}

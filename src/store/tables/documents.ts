// documents: a report's row (who wrote it, when, where it came from) and the meta the API gives of it.
import type { FullReport } from '../../extract/report.js';
import type { DocumentMeta } from '../../model/api/index.js';
import { parentOf } from '../../lexicon/divisions.js';
import type { DocumentsTable } from '../schema.js';
import type { Source } from '../rows.js';

const RESOLUTION = /关于.{0,20}政府工作报告的决议|政府工作报告的决议/;

/** A congress resolution on a work report rather than the report itself. */
export function genreOf(title: string | null, text: string): 'work_report' | 'resolution' {
  if (title && RESOLUTION.test(title)) return 'resolution';
  return RESOLUTION.test(text.slice(0, 200)) ? 'resolution' : 'work_report';
}

/** The report's row; `id` and `textHash` from its normalised text (rows.ts). */
export function toRow(report: FullReport, source: Source, ids: { id: string; textHash: string }, extractorVersion: string, now: string): DocumentsTable {
  const { meta } = report;
  const parent = meta.regionCode ? parentOf(meta.regionCode) : null;
  const title = source.title ?? source.hints?.title ?? null;
  const hints = source.hints && Object.values(source.hints).some((v) => v != null) ? JSON.stringify(source.hints) : null;
  return {
    id: ids.id,
    text_hash: ids.textHash,
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
}

/** Every column but the ingest hints (which only reindex reads). */
export function fromRow(row: DocumentsTable): DocumentMeta {
  const { hints: _hints, ...meta } = row;
  return { ...meta, superseded_by: row.superseded_by ?? null };
}

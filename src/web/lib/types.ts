// The JSON the workbench reads. Shapes of the pure analysis modules are imported as they are; those built in
// src/store (which the browser build cannot type-check: it imports Node) are restated here, and
// test/web/api-types.ts checks at compile time that the store's results still fit them.
export type { CompareResult, CompareColumn, CompareRow, CompareCell } from '../../analysis/compare.js';
export type { TrackRow, Verdict } from '../../analysis/track.js';
export type { SearchHit } from '../../analysis/search.js';
export type { Candidate } from '../../analysis/followup.js';
import type { SearchHit } from '../../analysis/search.js';
import type { Candidate } from '../../analysis/followup.js';
import type { TrackRow } from '../../analysis/track.js';

export type Span = [number, number];

export interface DocumentSummary {
  id: string;
  title: string | null;
  region: string | null;
  region_code: string | null;
  level: string | null;
  parent_region: string | null;
  year: number | null;
  date: string | null;
  format: string | null;
  source_path: string;
  chars: number;
  facts: number;
  commitments: number;
  ingested_at: string;
}

export interface DocumentList {
  total: number;
  documents: DocumentSummary[];
}

export interface RegionSummary {
  region: string | null;
  code: string | null;
  level: string | null;
  parent: string | null;
  years: number[];
  documents: number;
}

export interface Section {
  ord: number;
  parent_ord: number | null;
  kind: string;
  level: number;
  marker: string | null;
  title: string;
  span: Span;
}

export interface FactOut {
  id: string;
  indicator: string;
  kind: string;
  year: number | null;
  measure: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  stretch: boolean;
  headline: boolean;
  period: string | null;
  statement: string | null;
  review: string | null;
  section_ord: number | null;
  span: Span;
  quote: string;
}

export interface Quantity {
  value: number | null;
  low: number;
  high: number;
  unit: string | null;
  qualifier: string;
  span: Span;
}

export interface CommitmentOut {
  id: string;
  section_ord: number | null;
  topic: string | null;
  part: string | null;
  action: string | null;
  verb: string | null;
  object: string | null;
  quantities: Quantity[];
  deadline: string | null;
  year: number | null;
  stretch: boolean;
  projects: string[];
  review: string | null;
  span: Span;
  quote: string;
}

export interface ProjectOut {
  id: string;
  name: string;
  stage: string | null;
  mentions: Array<{ span: Span; kind: string; stage: string | null }>;
  span: Span;
  investment?: unknown;
  related?: unknown;
}

export interface DocumentMeta {
  id: string;
  title: string | null;
  region: string | null;
  region_code: string | null;
  level: string | null;
  parent_region: string | null;
  year: number | null;
  review_year: number | null;
  date: string | null;
  meeting: string | null;
  speaker: string | null;
  format: string | null;
  source_path: string;
  chars: number;
}

export interface DocumentDetail {
  meta: DocumentMeta;
  text: string;
  sections: Section[];
  facts: FactOut[];
  commitments: CommitmentOut[];
  projects: ProjectOut[];
}

export interface TasksResult {
  document: DocumentMeta;
  sections: Section[];
  commitments: Array<CommitmentOut & { path: string }>;
}

export interface TrackResult {
  mode: 'series' | 'ranking';
  indicator: string;
  rows: TrackRow[];
}

export interface SearchResult {
  query: string;
  terms: string[];
  mode: 'fts' | 'scan';
  hits: SearchHit[];
}

export interface YoyCell {
  text: string;
  fact_id: string;
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
}

export interface WordShift {
  word: string;
  before: number;
  after: number;
  before_per10k: number;
  after_per10k: number;
  change: number;
}

export interface FollowUpItem {
  region: string | null;
  year: number;
  commitment_id: string;
  commitment: string;
  section: string | null;
  next_document: string | null;
  status: '已完成' | '有进展' | '未见回应';
  confidence: number;
  candidates: Candidate[];
}

export interface YearOverYear {
  region: string | null;
  documents: { before: { id: string; year: number } | null; after: { id: string; year: number } | null };
  targets: Array<{ indicator: string; measure: string; before: YoyCell | null; after: YoyCell | null }>;
  followUp: FollowUpItem[];
  rising: WordShift[];
  falling: WordShift[];
  note: string | null;
}

export interface Correction {
  id: string;
  target: string;
  document_id: string;
  span_start: number;
  span_end: number;
  anchor_indicator: string | null;
  anchor_measure: string | null;
  action: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  note: string | null;
  created_at: string;
  region: string | null;
  year: number | null;
  title: string | null;
}

export interface UploadResult {
  file: string;
  added: number;
  unchanged: number;
  failed: number;
  errors: string[];
  documents: Array<{ id: string; region: string | null; year: number | null; title: string | null }>;
}

export interface IndicatorInfo {
  id: string;
  name: string;
  core: boolean;
  aliases: string[];
}

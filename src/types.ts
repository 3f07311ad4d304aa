// The data model shared by every stage. Pure data: no classes, no I/O.
// Offsets are JavaScript string indices (UTF-16 code units) into the report's normalised text.

/** Half-open interval [start, end) into the normalised text. */
export type Span = [number, number];

export type SectionKind =
  | 'preamble' // title, date, speaker, 各位代表
  | 'review' // last year's results
  | 'five_year_review' // a closing five-year plan period
  | 'targets' // this year's 主要预期目标 and general requirements
  | 'plan' // this year's work plan
  | 'five_year_plan' // targets and tasks of a new five-year plan
  | 'self_building' // 政府自身建设
  | 'other';

export interface SentenceNode {
  type: 'sentence';
  span: Span;
}

export interface ParagraphNode {
  type: 'paragraph';
  span: Span;
  children: SentenceNode[];
}

export interface SectionNode {
  type: 'section';
  kind: SectionKind;
  /** 1 for 一、, 2 for （一）, 3 for 1./（1）, … */
  level: number;
  /** The heading marker as written, e.g. "一、" or "（三）"; null for the preamble and run-in titles without one. */
  marker: string | null;
  title: string;
  titleSpan: Span | null;
  span: Span;
  children: Array<SectionNode | ParagraphNode>;
}

export type Level = 'national' | 'province' | 'city' | 'county';

export interface ReportMeta {
  /** Official full name: 钦州市, 广西壮族自治区, 中华人民共和国. */
  region: string | null;
  /** GB/T 2260 six-digit code; 100000 for the whole country. */
  regionCode: string | null;
  level: Level | null;
  /** The year the report plans for. */
  year: number | null;
  /** The year the report reviews (normally year - 1). */
  reviewYear: number | null;
  /** Delivery date as ISO yyyy-mm-dd. */
  date: string | null;
  meeting: string | null;
  speaker: string | null;
}

/** growth: signed % change; change: an absolute change (增加100亿元, 提高1.2个百分点); level: an amount or rate. */
export type Measure = 'growth' | 'level' | 'rank' | 'avg_growth' | 'share' | 'change';
export type Qualifier = 'about' | 'at_least' | 'at_most' | 'exact' | 'range';
export type FactKind = 'target' | 'actual';

export interface Fact {
  indicator: string;
  kind: FactKind;
  year: number | null;
  measure: Measure;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  stretch: boolean;
  headline: boolean;
  /** For avg_growth and other multi-year figures: e.g. "2021-2025" or "十四五". */
  period: string | null;
  /** For qualitative targets (value null): the statement as written. */
  statement: string | null;
  span: Span;
  quote: string;
}

export interface Report {
  meta: ReportMeta;
  text: string;
  sections: SectionNode[];
  facts: Fact[];
}

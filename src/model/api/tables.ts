// The tables the API serves as JSON (and, with ?format=csv|xlsx, as downloads): compare, panel, track, follow-up,
// search, terms and the year-over-year comparison, with their parameters.
import { z } from '@hono/zod-openapi';
import { figure, FormatQuery, KINDS, list, MEASURES, RegionQuery, Span, whole, year, yearRange } from './common.js';

const str = z.string().nullable();
const num = z.number().nullable();

export const CompareCell = z
  .object({
    fact_id: z.string(),
    measure: z.string(),
    ...figure,
    stretch: z.boolean(),
    base_value: num.openapi({ description: 'the amount in base units (元, 人, 吨 …): one scale for every region of the column' }),
    base_low: num,
    base_high: num,
    base_unit: str,
    text: z.string().openapi({ description: 'as written: 6.5 左右, ≥5.5, 5–5.5, 0.8万人' }),
    quote: z.string(),
  })
  .openapi('CompareCell');
export type CompareCell = z.infer<typeof CompareCell>;

/** One column: one indicator in one measure (a growth rate and a level never share a column). */
export const CompareColumn = z
  .object({ key: z.string().openapi({ example: 'gdp:growth' }), indicator: z.string(), measure: z.string(), unit: str.openapi({ description: 'the base unit of the column, when its cells agree' }) })
  .openapi('CompareColumn');
export type CompareColumn = z.infer<typeof CompareColumn>;

export const CompareRow = z
  .object({ region: str, code: str, level: str, document_id: z.string(), cells: z.record(z.string(), CompareCell.nullable()).openapi({ description: 'by column key' }) })
  .openapi('CompareRow');
export type CompareRow = z.infer<typeof CompareRow>;

export const CompareResult = z.object({ indicators: z.array(z.string()), columns: z.array(CompareColumn), rows: z.array(CompareRow) }).openapi('CompareResult');
export type CompareResult = z.infer<typeof CompareResult>;

/** One fact of the panel (the columns of `workreport panel`). */
export const PanelRow = z
  .object({
    fact_id: z.string(),
    document_id: z.string(),
    region: str,
    code: str,
    level: str,
    parent: str,
    parent_code: str,
    report_year: num,
    year: num,
    indicator: z.string(),
    kind: z.string(),
    measure: z.string(),
    ...figure,
    value_base: num.openapi({ description: 'value in unit_base, the panel unit of its kind (亿元, 万人, 万吨, % …)' }),
    low_base: num,
    high_base: num,
    unit_base: str,
    stretch: z.number(),
    headline: z.number(),
    period: str,
    period_start: num.openapi({ description: 'first year the figure covers' }),
    period_end: num.openapi({ description: 'last year the figure covers' }),
    statement: str,
    quote: z.string(),
    span_start: z.number(),
    span_end: z.number(),
    corrected: z.number().openapi({ description: '1 when a reader edited the figure' }),
  })
  .openapi('PanelRow');
export type PanelRow = z.infer<typeof PanelRow>;
export const PanelPage = z.array(PanelRow).openapi('PanelPage');

export const VERDICTS = ['met', 'missed', 'no target', 'no result', 'no verdict'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const TrackRow = z
  .object({
    region: str,
    code: str,
    year: z.number(),
    indicator: z.string(),
    measure: str,
    target: str,
    target_fact: str,
    target_value: num,
    target_low: num,
    target_high: num,
    target_qualifier: str,
    target_unit: str,
    threshold: num.openapi({ description: 'the line the result is judged against, when there is a verdict' }),
    result: num,
    result_text: str,
    result_fact: str,
    gap: num,
    shortfall: num,
    verdict: Verdict,
    rule: str,
    target_quote: str,
    result_quote: str,
  })
  .openapi('TrackRow');
export type TrackRow = z.infer<typeof TrackRow>;

export const TrackResult = z.object({ mode: z.enum(['series', 'ranking']), indicator: z.string(), rows: z.array(TrackRow) }).openapi('TrackResult');
export type TrackResult = z.infer<typeof TrackResult>;

export const Candidate = z.object({ span: Span, text: z.string(), score: z.number() }).openapi('Candidate');
export type Candidate = z.infer<typeof Candidate>;

/** What the next review says became of a commitment: 未见回应 when no sentence reports on it. */
export const FollowUpStatus = z.enum(['已完成', '有进展', '未见回应']).openapi('FollowUpStatus');
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;
/** A status a person confirmed (action confirm: the matcher's) or corrected (edit), kept in the audit trail. */
export const StatusReview = z
  .object({
    status: FollowUpStatus,
    matched: FollowUpStatus.openapi({ description: 'what the matcher gives' }),
    action: z.enum(['confirm', 'edit']),
    author: str,
    note: str,
    at: z.string(),
    correction_id: z.string(),
  })
  .openapi('StatusReview');
export type StatusReview = z.infer<typeof StatusReview>;
export const FollowUpItem = z
  .object({
    region: str,
    year: z.number(),
    commitment_id: z.string(),
    commitment: z.string(),
    section: str,
    next_document: str,
    status: FollowUpStatus,
    /** 0–1: how sure the first candidate reports on it (the best score found when none is shown). */
    confidence: z.number(),
    /** The evidence, best first; empty for 未见回应. */
    candidates: z.array(Candidate),
    /** A person's status (then `status` is theirs): the latest follow-up correction of this commitment against this next report. */
    review: StatusReview.nullable(),
  })
  .openapi('FollowUpItem');
export type FollowUpItem = z.infer<typeof FollowUpItem>;
export const FollowUp = z.object({ note: str, items: z.array(FollowUpItem) }).openapi('FollowUp');
export type FollowUp = z.infer<typeof FollowUp>;

export const SearchHit = z
  .object({
    rank: z.number(),
    document_id: z.string(),
    region: str,
    code: str,
    level: str,
    year: num,
    title: str,
    part: str.openapi({ description: 'the top-level part: review, targets, plan, five_year_review, self_building, preamble, other' }),
    section: str,
    span: Span,
    snippet: z.string().openapi({ description: 'the words in 【】' }),
    html: z.string().openapi({ description: 'HTML-escaped, the words in <mark></mark>' }),
  })
  .openapi('SearchHit');
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResult = z
  .object({ query: z.string(), terms: z.array(z.string()), mode: z.enum(['fts', 'scan']), hits: z.array(SearchHit) })
  .openapi('SearchResult');
export type SearchResult = z.infer<typeof SearchResult>;

export const TermsRow = z
  .object({
    document_id: z.string(),
    region: str,
    code: str,
    year: num,
    chars: z.number(),
    counts: z.record(z.string(), z.number()),
    per10k: z.record(z.string(), z.number()).openapi({ description: 'count per 10,000 characters' }),
  })
  .openapi('TermsRow');
export type TermsRow = z.infer<typeof TermsRow>;
export const TermsResult = z.object({ rows: z.array(TermsRow) }).openapi('TermsResult');
export type TermsResult = z.infer<typeof TermsResult>;

export const YoyCell = z
  .object({ text: z.string(), fact_id: z.string(), quote: z.string(), ...figure })
  .openapi('YoyCell');
export type YoyCell = z.infer<typeof YoyCell>;
export const YoyTarget = z.object({ indicator: z.string(), measure: z.string(), before: YoyCell.nullable(), after: YoyCell.nullable() }).openapi('YoyTarget');
export type YoyTarget = z.infer<typeof YoyTarget>;
export const WordShift = z
  .object({ word: z.string(), before: z.number(), after: z.number(), before_per10k: z.number(), after_per10k: z.number(), change: z.number() })
  .openapi('WordShift');
export type WordShift = z.infer<typeof WordShift>;
const YearDoc = z.object({ id: z.string(), year: z.number() }).nullable();
export const YearOverYear = z
  .object({
    region: str,
    documents: z.object({ before: YearDoc, after: YearDoc }),
    targets: z.array(YoyTarget),
    followUp: z.array(FollowUpItem),
    rising: z.array(WordShift),
    falling: z.array(WordShift),
    note: str,
  })
  .openapi('YearOverYear');
export type YearOverYear = z.infer<typeof YearOverYear>;

export const CompareQuery = RegionQuery.merge(FormatQuery).extend({
  indicator: list('indicator ids or names (gdp, 地区生产总值)'),
  kind: z.enum(KINDS).default('target'),
  year,
  measure: z.enum(MEASURES).optional(),
  all: z.enum(['true', 'false']).optional().openapi({ description: 'not only headline facts' }),
});

export const PanelQuery = RegionQuery.merge(FormatQuery).extend({
  indicator: list('indicator ids or names'),
  kind: list('target, actual'),
  measure: list('measures'),
  year: yearRange.openapi({ description: 'the years the figures are about' }),
  report_year: yearRange,
  headline: z.enum(['true', 'false']).optional(),
  limit: whole(1, 100_000).optional().openapi({ description: 'rows (default: 1,000 as JSON, 100,000 as a csv or xlsx download)' }),
  offset: whole(0, Number.MAX_SAFE_INTEGER).default(0).openapi({ description: 'rows to skip; X-Next-Offset gives the next page' }),
});

export const TrackQuery = RegionQuery.merge(FormatQuery).extend({
  indicator: z.string().max(40).default('gdp'),
  measure: z.enum(MEASURES).optional(),
  year: yearRange.openapi({ description: 'one year with level/within ranks the regions; a range limits a series' }),
  tolerance: z.coerce.number<string | number>().min(0).max(10).optional(),
});

export const FollowUpQuery = RegionQuery.merge(FormatQuery).extend({ year, top: whole(1, 10).default(3), limit: whole(1, 2000).optional() });

export const SearchQuery = RegionQuery.merge(FormatQuery).extend({
  q: z.string().min(1).max(200).openapi({ description: 'words to find (all in one paragraph); any characters are data', example: '平陆运河' }),
  year: yearRange,
  part: list('parts: review, targets, plan, five_year_review, five_year_plan, self_building'),
  limit: whole(1, 200).default(20),
});

export const TermsQuery = RegionQuery.merge(FormatQuery).extend({
  words: list('words to count').openapi({ example: '生态,环保' }),
  year: yearRange,
  exact: z.enum(['true', 'false']).optional(),
});

export const YoyQuery = z.object({
  region: z.string().min(1).max(40).openapi({ example: '中华人民共和国' }),
  year: year.openapi({ description: 'the later report’s year', example: 2024 }),
  words: whole(1, 100).default(15),
});

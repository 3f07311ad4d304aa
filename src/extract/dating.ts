// The date context of a figure: the frame its paragraph and sentence set (the year under review, the target year,
// a five-year period), and within a segment the years and periods its clauses name (2011年达到…, 五年累计…,
// 由2015年的…增长到2020年的…), which date the figures after them.
import type { ReportMeta, Span } from '../types.js';
import { SEGMENT_MULTIYEAR } from '../lexicon/grammar.js';
import { findFigures } from './numbers.js';
import { sectionFrame, sentenceFrame, type Frame } from './timeframe.js';
import type { Paragraph } from './segments.js';

/** 2011年达到…: the year a clause names for its figure (not 比2010年, 2010年以来, 2003年到2023年). */
const NAMED_YEAR = /(?<![比较与同到至—－-])((?:19|20)\d\d)年(?!以来|来|至|到|—|-|－|度|代|的基础)/g;
/** The last year named in the text before a figure, or null. */
export function lastYear(before: string): number | null {
  if (!before.includes('年')) return null;
  let year: number | null = null;
  NAMED_YEAR.lastIndex = 0;
  for (let m = NAMED_YEAR.exec(before); m !== null; m = NAMED_YEAR.exec(before)) year = Number(m[1]);
  return year;
}

/** 增长到2020年的, 提高到: the predicate that takes a 由/从 figure to its end. */
export const TO_END = /(?:到|至)(?:(?:19|20)\d\d年(?:底|末)?的?)?$/;
/** The year a 由/从…到 pair ends in: 增长到2020年的 → 2020. */
export function lastToYear(s: string): number | null {
  const m = /(?:到|至)((?:19|20)\d\d)年(?:底|末)?的?(?=[\d.]|$)/.exec(s);
  return m ? Number(m[1]) : null;
}

/** Where the first figure of a sentence starts (its end when it has none). */
function firstFigureAt(text: string, sent: Span): number {
  const end = Math.min(sent[1], sent[0] + 80);
  const f = findFigures(text, sent[0], end).find((x) => !x.rank);
  return f ? f.numStart : sent[0];
}

/**
 * The frame of each paragraph and sentence, read in text order. In a five-year review, a sentence that turns to
 * the year (各位代表，2017年是本届政府的收官之年…) speaks for the paragraphs after it too, until another time
 * phrase: the year's results follow it, paragraph by paragraph. So does a time phrase in a part that reviews the
 * year together with its five-year period (“十三五”时期是…五年。… 城镇新增就业700万人): there, until the section
 * ends or another time phrase comes.
 */
export class FrameReader {
  private carried: { frame: Frame; part: number; section: number } | null = null;
  private para: Paragraph | null = null;
  private base: Frame = { kind: 'actual', year: null, period: null };
  private sticky = false;
  /** The frame of the sentence last entered. */
  frame: Frame = this.base;

  constructor(
    private readonly text: string,
    private readonly meta: ReportMeta,
    /** Start of the year's target statement, if any: parts before it review, parts after it plan. */
    private readonly statementStart: number | null,
  ) {}

  enterParagraph(para: Paragraph): void {
    const beforeTargets = this.statementStart === null || para.span[0] < this.statementStart;
    this.para = para;
    this.base = sectionFrame(para.kind, this.meta, beforeTargets);
    this.sticky = para.kind === 'five_year_review' || para.mixed;
    const c = this.carried;
    const same = c !== null && c.part === para.part && (para.kind === 'five_year_review' || c.section === para.section);
    this.frame = this.sticky && same ? c!.frame : this.base;
  }

  /** The frame of a sentence of the current paragraph (a time phrase at its start turns it and what follows). */
  enterSentence(sent: Span): Frame {
    const { text, meta } = this;
    const opened = sentenceFrame(text.slice(sent[0], Math.min(sent[1], sent[0] + 40)), meta, this.frame, this.base);
    if (opened) this.turn(opened);
    else if (this.frame.period !== null && this.frame.kind === 'actual') {
      // 综合经济实力大幅提升，2012年全省生产总值26575亿元…: in a multi-year passage, a sentence that dates its
      // first figure turns the rest of the paragraph to that year.
      const year = lastYear(text.slice(sent[0], firstFigureAt(text, sent)));
      if (year !== null && meta.year !== null && year < meta.year) this.turn({ kind: 'actual', year, period: null });
    }
    return this.frame;
  }

  private turn(frame: Frame): void {
    this.frame = frame;
    if (this.sticky && this.para) this.carried = { frame, part: this.para.part, section: this.para.section };
  }
}

/** The dates a segment's clauses have named so far. */
export interface SegmentDates {
  /** 五年累计吸收合同外资…，实际利用外资189.2亿美元: a multi-year word covers the clauses after it, until one names a year again. */
  period: string | null;
  /** 地区生产总值跨越两个千亿元台阶，2011年达到4243.4亿元: a year named before a figure dates it and those after it. */
  year: number | null;
  /** 全省生产总值从2015年的2.6万亿元增长到2020年的3.62万亿元: the year a 由/从…到 pair ends in. */
  to: number | null;
}

export const NO_DATES: SegmentDates = { period: null, year: null, to: null };

/** A clause that names a year again (其中预计2011年…, 2023年…) ends a multi-year run. */
const SEGMENT_YEAR = /(?:19|20)\d\d年|全年|去年|上年/;
/** A clause that opens with last year (去年对外贸易总额达到2.97万亿美元). */
const LAST_YEAR_LEAD = /^(?:其中|而|但)?(?:去年|上年)(?!同期|以来|底以来)/;

/** The segment's dates after a clause (its text, and the part of it before its first figure). */
export function datesAfter(prev: SegmentDates, clauseText: string, lead: string, reviewYear: number | null): SegmentDates {
  let { period, year, to } = prev;
  // Every pattern below needs a 年 (or 本届政府): most clauses name none, and only a pair's end carries on.
  if (!clauseText.includes('年') && !lead.includes('本届政府')) return to !== null && year !== to ? { period, year: to, to } : prev;
  if (SEGMENT_YEAR.test(clauseText)) period = null;
  // 2011年达到…, and in a five-year passage 去年达到1.09万亿斤: the year a clause names for its figures.
  const named = lastYear(lead) ?? (LAST_YEAR_LEAD.test(clauseText) ? reviewYear : null);
  if (named !== null) year = named;
  // After a pair dated to its end (…增加到2015年的7.28万亿元), the segment's later figures are that year's
  // (…，财政总收入达20934亿元).
  if (to !== null && named === null && year !== to) year = to;
  const toYear = lastToYear(clauseText);
  if (toYear !== null) to = toYear;
  const multi = SEGMENT_MULTIYEAR.exec(lead);
  if (multi) period = multi[0];
  return { period, year, to };
}

/**
 * The year of one figure: the year named right before it (由2007年的1.4%提高到2012年的1.97%), else the
 * segment's; the second figure of a pair (…增长到2020年的3.62万亿元, …增长到3826.4亿元) has the pair's end year.
 * `before` is the clause's text up to the figure, `gap` the predicate before it.
 */
export function figureYear(gap: string, before: string, dates: SegmentDates): number | null {
  const toEnd = TO_END.test(gap);
  const pairEnd = toEnd && /由|从/.test(before) ? (lastToYear(gap) ?? dates.to) : null;
  return pairEnd ?? lastYear(gap) ?? (toEnd && dates.to !== null ? dates.to : dates.year);
}

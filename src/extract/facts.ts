// Indicator facts: subject + predicate + figure, read clause by clause, each tied to its exact span.
// Pure: (normalised text, section tree, metadata) -> Fact[]. The steps, each in its own module:
//   segments.ts  the clause walk (paragraphs, segments between 。；, clauses between ，：) and a segment's figures
//   dating.ts    the date context (the frame of a paragraph and sentence, the years a segment's clauses name)
//   subject.ts   the subject resolver (which indicators a clause's figures are of)
//   pairing.ts   the pairing of figures with the subject's indicators
//   measure.ts   what a figure measures (level, growth, change, share, rank)
//   draft.ts     building a fact
// This module walks them in order and keeps the state that runs from clause to clause within a segment.
import type { Measure, ReportMeta, SectionNode, Span } from '../types.js';
import { COMPARISON_PATTERN, REMARK_PATTERN, STRETCH_WORDS, SUBAREA_LEAD } from '../lexicon/grammar.js';
import { includesAnyWord } from '../text/chars.js';
import type { Figure } from './numbers.js';
import { topicIn, type Subject } from './mentions.js';
import type { Frame } from './timeframe.js';
import { findTargetStatements } from './statement.js';
import { clauseFigures, clausesOf, collectParagraphs, segmentFigures, segmentPieces, segmentsOf } from './segments.js';
import { datesAfter, figureYear, FrameReader, NO_DATES, type SegmentDates } from './dating.js';
import { gapOk, resolveSubject, type ClauseView, type Resolved } from './subject.js';
import { distribute, groupFigures, pairFigures } from './pairing.js';
import { classify } from './measure.js';
import { makeFact, qualitative, type DraftFact, type FigureContext } from './draft.js';
import { relabelAggregates } from './aggregate.js';

export type { DraftFact } from './draft.js';
export { gapOk } from './subject.js';

/** What every step of one report reads, and where its facts go. */
interface Report {
  text: string;
  meta: ReportMeta;
  reviewYear: number | null;
  /** Spans of the year's target statements. */
  statements: Span[];
  /** The target statement speaks of the report's year wherever it stands. */
  statementFrame: Frame;
  facts: DraftFact[];
  /** The most facts kept; reached, the walk stops. */
  cap: FactCap;
}

/** How many facts a walk keeps at most, and whether it stopped there. */
export interface FactCap {
  limit: number;
  hit: boolean;
}

/** What runs from clause to clause within a segment. */
interface SegmentState {
  no: number;
  frame: Frame;
  figures: Figure[];
  /** Of a part of the region (新区全年…): never the headline. */
  partial: boolean;
  subject: Subject | null;
  weak: boolean;
  growth: boolean;
  /** The measure of the subject's last figure (a rank without its own word follows it). */
  lastMeasure: Measure | null;
  dates: SegmentDates;
  topic: string | null;
  /** The subjects of the segment's clauses with figures, in order (null for one the lexicon does not know). */
  recent: Array<string | null>;
  /** Shared by the segments of a sentence: after a 力争…目标： the rest of the sentence spells out stretch goals. */
  sentence: { stretchToEnd: boolean };
}

interface Clause extends ClauseView {
  text: string;
  stretch: boolean;
}

/** The facts of a report, at most `cap.limit` of them (the walk stops there and says so in `cap.hit`). */
export function extractFacts(text: string, sections: SectionNode[], meta: ReportMeta, cap: FactCap = { limit: Infinity, hit: false }): DraftFact[] {
  const statements = findTargetStatements(text, sections, meta.year);
  const report: Report = {
    text,
    meta,
    reviewYear: meta.reviewYear ?? (meta.year !== null ? meta.year - 1 : null),
    statements,
    statementFrame: { kind: 'target', year: meta.year, period: null },
    facts: [],
    cap,
  };
  const frames = new FrameReader(text, meta, statements[0]?.[0] ?? null);
  let segmentNo = 0;
  for (const para of collectParagraphs(sections)) {
    frames.enterParagraph(para);
    for (const sent of para.sentences) {
      const frame = frames.enterSentence(sent);
      const sentence = { stretchToEnd: false };
      for (const seg of segmentsOf(text, sent)) {
        for (const piece of segmentPieces(text, seg)) {
          readSegment(report, piece, { no: ++segmentNo, frame, sentence });
          if (cap.hit) return finish(report);
        }
      }
    }
  }
  return finish(report);
}

/** The walk's facts cut to the cap (the clause that went over it may have given several), aggregates relabelled. */
function finish(report: Report): DraftFact[] {
  const { facts, cap } = report;
  if (facts.length > cap.limit) facts.length = cap.limit;
  return relabelAggregates(report.text, facts);
}

function readSegment(report: Report, seg: Span, at: Pick<SegmentState, 'no' | 'frame' | 'sentence'>): void {
  const { text } = report;
  const figures = segmentFigures(text, seg);
  if (figures.length === 0 && statesNothing(report, seg, at.sentence)) return;
  const partial = SUBAREA_LEAD.test(text.slice(seg[0], Math.min(seg[1], seg[0] + 16)));
  // (Spelled out: a spread of `at` here cost a fifth of the engine's time.)
  const st: SegmentState = {
    no: at.no,
    frame: at.frame,
    sentence: at.sentence,
    figures,
    partial,
    subject: null,
    weak: false,
    growth: false,
    lastMeasure: null,
    dates: NO_DATES,
    topic: null,
    recent: [],
  };
  for (const cl of clausesOf(text, seg, figures)) {
    readClause(report, st, cl);
    // One fact over the cap: the walk stops (the extra ones are cut), and says that it did.
    if (report.facts.length > report.cap.limit) {
      report.cap.hit = true;
      return;
    }
  }
}

/**
 * A segment without figures (most of a report) adds no fact unless it lies in a target statement (a qualitative
 * target); all else it can leave behind is the sentence's stretch block, opened by a clause with a 力争 and a 目标
 * (see readClause). The state its clauses build (subject, topic, dates) ends with the segment.
 */
function statesNothing(report: Report, seg: Span, sentence: SegmentState['sentence']): boolean {
  if (report.statements.some(([a, b]) => a < seg[1] && seg[0] < b)) return false;
  if (sentence.stretchToEnd) return true;
  const segText = report.text.slice(seg[0], seg[1]);
  return !segText.includes('目标') || !includesAnyWord(segText, STRETCH_WORDS);
}

function readClause(report: Report, st: SegmentState, span: Span): void {
  const { text, statements } = report;
  const figs = clauseFigures(st.figures, span);
  const firstFig = figs[0]?.start ?? span[1];
  const clauseText = text.slice(span[0], span[1]);
  st.dates = datesAfter(st.dates, clauseText, text.slice(span[0], firstFig), report.reviewYear);
  // Figures that spell out a 力争…目标 block are stretch goals, not the year's statement.
  const inStatement = !st.sentence.stretchToEnd && statements.some(([a, b]) => span[0] >= a && span[1] <= b);
  const stretch = st.sentence.stretchToEnd || includesAnyWord(clauseText, STRETCH_WORDS);
  // 增速比全区平均水平高1.5个百分点: a comparison keeps the subject and states no figure of it.
  if (st.subject !== null && COMPARISON_PATTERN.test(clauseText)) return;
  const cl: Clause = { span, figs, firstFig, inStatement, text: clauseText, stretch };
  const found = resolveSubject(text, cl, st.topic);
  st.topic = topicIn(text, span[0], firstFig) ?? st.topic;
  if (!found && readDistributed(report, st, cl)) return;
  followSubject(text, st, cl, found);
  // (力争实现今年…的主要预期目标：地区生产总值增长7.5%左右…: a 力争 that opens the statement is no stretch block.)
  // (Nor is 力争实现三年行动计划确定的目标； that ends its segment: only a 力争…目标 that goes on to figures opens one.)
  if (stretch && !found && /目标/.test(clauseText) && /[：:，,]/.test(text[span[1]] ?? '') && !statements.some(([a]) => a >= span[1] && a - span[1] <= 2)) {
    st.sentence.stretchToEnd = true;
  }
  if (st.subject === null) return;
  if (figs.length > 0) readFigures(report, st, cl, st.subject, found?.end ?? span[0]);
  else if (inStatement && found && !found.subject.ids.includes(null)) {
    for (const id of found.subject.ids) report.facts.push(qualitative(text, span, id!, st.frame, report.meta, stretch, st.no));
  }
}

/** The running subject after a clause: the one it names, kept through a remark, ended by another noun's figure. */
function followSubject(text: string, st: SegmentState, cl: Clause, found: Resolved | null): void {
  const ownSubject = cl.figs.length > 0 && !gapOk(text.slice(cl.span[0], cl.firstFig));
  if (cl.figs.length > 0) {
    if (found) st.recent.push(...found.subject.ids);
    else if (ownSubject) st.recent.push(null);
  }
  if (found) {
    st.subject = found.subject;
    st.weak = found.weak;
    st.growth = found.growth;
    st.lastMeasure = null;
  } else if (cl.figs.length > 0 ? ownSubject : !REMARK_PATTERN.test(cl.text)) {
    // A clause with its own, non-indicator subject (全年民生支出221.4亿元) ends the run; a remark on the same
    // subject (高于全国、全区平均水平) does not.
    st.subject = null;
  }
}

/** 分别增长13%和15.6% after clauses that each named an indicator: true when the clause's figures went to them. */
function readDistributed(report: Report, st: SegmentState, cl: Clause): boolean {
  const d = distribute(report.text, cl.span, cl.text, cl.figs, st.recent);
  if (d === null) return false;
  const ctx: FigureContext = { clause: cl.span, clauseText: cl.text, gap: d.gap, frame: st.frame, stretch: cl.stretch, segment: st.no, inStatement: cl.inStatement };
  for (const [id, fig] of d.pairs) {
    const c = id === null ? null : classify(d.gap, fig, id, null);
    if (id === null || !c) continue;
    const f = makeFact(report.text, id, fig, c, ctx);
    if (st.dates.period !== null && f.period === null) f.period = st.dates.period;
    if (st.dates.year !== null && f.kind === 'actual' && st.dates.year < (report.meta.year ?? Infinity)) f.year = st.dates.year;
    f.fromPeriod = st.frame.period !== null;
    f.partial = st.partial;
    report.facts.push(f);
  }
  st.recent = [];
  st.subject = null;
  return true;
}

/** The clause's figure lists, each paired with the subject's indicators while the words between are predicates. */
function readFigures(report: Report, st: SegmentState, cl: Clause, subject: Subject, subjectEnd: number): void {
  const { text } = report;
  let cursor = subjectEnd;
  for (const group of groupFigures(text, cl.figs)) {
    const gap = text.slice(cursor, group[0].start);
    if (!gapOk(gap)) break;
    cursor = group[group.length - 1].end;
    for (const [id, fig] of pairFigures(subject.ids, group, gap) ?? []) {
      if (id !== null) readFigure(report, st, cl, [id, fig], gap, subject);
    }
  }
}

function readFigure(report: Report, st: SegmentState, cl: Clause, [id, fig]: [string, Figure], gap: string, subject: Subject): void {
  const { text, meta } = report;
  // 经济增长7%左右: the name itself says growth.
  const c = classify((st.growth ? '增长' : '') + gap, fig, id, st.lastMeasure);
  if (!c) return;
  if (c.measure !== 'rank') st.lastMeasure = c.measure;
  const frame = cl.inStatement ? report.statementFrame : st.frame;
  const clause: Span = [Math.min(subject.start, cl.span[0]), cl.span[1]];
  const f = makeFact(text, id, fig, c, { clause, clauseText: cl.text, gap, frame, stretch: cl.stretch, segment: st.no, inStatement: cl.inStatement });
  if (st.dates.period !== null && f.period === null && !cl.inStatement) f.period = st.dates.period;
  const ownYear = figureYear(gap, text.slice(cl.span[0], fig.start), st.dates);
  if (ownYear !== null && !cl.inStatement && f.kind === 'actual' && ownYear < (meta.year ?? Infinity) && !/(由|从)$/.test(gap)) {
    f.year = ownYear;
    // A five-year part's period gives way to the named year; 年均 and sub-year words keep theirs.
    if (f.period !== null && f.period === st.frame.period && f.measure !== 'avg_growth') f.period = null;
  }
  f.weak = st.weak;
  f.fromPeriod = st.frame.period !== null;
  f.partial = st.partial;
  report.facts.push(f);
}

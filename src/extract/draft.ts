// Building a fact: an indicator, a figure and what it measures, dated by its frame and the words before it, with
// the quote from the subject to the figure's end (text.slice(span) is the quote).
import type { Fact, ReportMeta, Span } from '../types.js';
import { MULTIYEAR_PATTERN, SUBYEAR_PATTERN } from '../lexicon/grammar.js';
import type { Figure } from './numbers.js';
import { isAverage, type Classified } from './measure.js';
import { comparedSpan, type Frame } from './timeframe.js';

/** A fact before headline selection, with what the selection needs to know. */
export interface DraftFact extends Fact {
  /** Index of the segment (text between 。；) it came from: headline results prefer the first segment. */
  segment: number;
  /** For ranks: whether the position is of the growth rate or of the total. */
  rankOf: 'growth' | 'level' | null;
  inStatement: boolean;
  /** Named by a form that may mean something else (经济总量, 地方财政收入): a firmer name's figure wins the headline. */
  weak: boolean;
  /** Read in a multi-year passage (由X增加到Y, 五年累计…): the year's own sentence wins the headline. */
  fromPeriod: boolean;
  /** Of a part of the region (新区全年…固定资产投资完成355亿元): never the headline. */
  partial: boolean;
}

/** Where a figure was read: its clause, the words before it, its frame and the clause's flags. */
export interface FigureContext {
  /** From the subject's start (or the clause's) to the clause's end. */
  clause: Span;
  clauseText: string;
  /** The predicate between the subject (or the previous figure) and this figure. */
  gap: string;
  frame: Frame;
  stretch: boolean;
  segment: number;
  inStatement: boolean;
}

/** The sentence up to and including the character at `at` (from the last 。 or line break before it). */
const sentenceBefore = (text: string, at: number): string =>
  text.slice(Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1, at + 1);

const signed = (v: number | null, sign: 1 | -1): number | null => (v === null ? null : v === 0 ? 0 : v * sign);

/** The year and period of a figure: its frame's, turned by the words before it. */
function dateOf(text: string, c: Classified, ctx: FigureContext): { year: number | null; period: string | null } {
  const { gap, frame } = ctx;
  let period = frame.period;
  let year = frame.year;
  // 由103.97亿元增加到1117.56亿元 over 2003-2023: the first figure is 2003's level, the second 2023's.
  const span = period ? /^(\d{4})-(\d{4})$/.exec(period) : null;
  if (period && c.measure === 'level' && /(由|从)$/.test(gap)) {
    year = span ? Number(span[1]) : null;
    period = span ? null : period;
  } else if (period && c.measure === 'level' && /到|至|达到|为/.test(gap)) period = null;
  // 由2476元增加到4140元, 从世界第六位上升到第四位: the first figure is where the change started, not the year's.
  const from = /(?:由|从)([^，。；\d]{0,8})$/.exec(gap);
  if (period === null && from) {
    const named = /((?:19|20)\d\d)年/.exec(from[1]);
    if (named) year = Number(named[1]);
    else period = 'start';
  }
  const sub = SUBYEAR_PATTERN.exec(ctx.clauseText);
  if (sub) period = sub[0];
  const multi = MULTIYEAR_PATTERN.exec(gap);
  // 总量连续32年位居全国第一: a streak's rank is the year's rank too (the streak runs through it).
  if (multi && !(c.measure === 'rank' && multi[0].startsWith('连续'))) period = multi[0];
  const base = /比(\d{4})年/.exec(gap);
  if (base && year !== null && Number(base[1]) !== year - 1) period = `${base[1]}-${year}`;
  if (c.measure === 'avg_growth' && period === null) period = 'multi-year';
  // 1986年同1978年相比，…按可比价格计算增长102%: a growth over the span compared, not the year's.
  const compared = c.measure === 'growth' ? comparedSpan(sentenceBefore(text, ctx.clause[0])) : null;
  if (compared && period === null) period = compared;
  // 城镇新增就业年均超过140万人: a yearly average over a period is not the year's figure.
  if (period === null && isAverage(gap)) period = 'multi-year';
  return { year, period };
}

/** A figure's fact. */
export function makeFact(text: string, indicator: string, fig: Figure, c: Classified, ctx: FigureContext): DraftFact {
  const { year, period } = dateOf(text, c, ctx);
  const low = signed(fig.low, c.sign)!;
  const high = signed(fig.high, c.sign)!;
  // The quote runs from the subject to the figure's end, so it reads as a statement.
  const start = Math.min(ctx.clause[0], fig.start);
  return {
    indicator,
    kind: ctx.frame.kind,
    year,
    measure: c.measure,
    value: signed(fig.value, c.sign),
    low: Math.min(low, high),
    high: Math.max(low, high),
    unit: fig.unit,
    qualifier: fig.qualifier,
    stretch: ctx.stretch,
    headline: false,
    period,
    statement: null,
    span: [start, fig.end],
    quote: text.slice(start, fig.end),
    segment: ctx.segment,
    rankOf: c.rankOf,
    inStatement: ctx.inStatement,
    weak: false,
    fromPeriod: false,
    partial: false,
  };
}

/** A target of the statement without a figure (居民人均可支配收入与经济增长基本同步): its clause is its statement. */
export function qualitative(text: string, cl: Span, indicator: string, frame: Frame, meta: ReportMeta, stretch: boolean, segment: number): DraftFact {
  const quote = text.slice(cl[0], cl[1]);
  return {
    indicator,
    kind: 'target',
    year: meta.year ?? frame.year,
    measure: /增长|同步|增|减|持平|降/.test(quote) ? 'growth' : 'level',
    value: null,
    low: null,
    high: null,
    unit: null,
    qualifier: null,
    stretch,
    headline: false,
    period: null,
    statement: quote,
    span: [cl[0], cl[1]],
    quote,
    segment,
    rankOf: null,
    inStatement: true,
    weak: false,
    fromPeriod: false,
    partial: false,
  };
}

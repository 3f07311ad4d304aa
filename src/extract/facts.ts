// Indicator facts: subject + predicate + figure, read clause by clause, each tied to its exact span.
// Pure: (normalised text, section tree, metadata) -> Fact[].
import type { Fact, Measure, ReportMeta, SectionKind, SectionNode, Span } from '../types.js';
import {
  ADJUSTED_BASIS,
  AVERAGE_WORDS,
  COMPARISON_PATTERN,
  FALL_VERBS,
  GAP_TOKENS,
  MULTIYEAR_PATTERN,
  RANK_OF_GROWTH,
  RANK_OF_LEVEL,
  RISE_VERBS,
  STRETCH_WORDS,
  SUBAREA_LEAD,
  SUBYEAR_PATTERN,
  unitScale,
} from '../lexicon/grammar.js';
import { INDICATOR_BY_ID, WEAK_ALIASES } from '../lexicon/indicators.js';
import { charTable } from '../text/chars.js';
import { findFigures, type Figure } from './numbers.js';
import { aliasId, findMentions, headElided, mentionAt, readSubject, topicIn, topicSubject, type Subject } from './mentions.js';
import { comparedSpan, sectionFrame, sentenceFrame, type Frame } from './timeframe.js';
import { findTargetStatements } from './statement.js';

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

const GAP_RE = new RegExp(`^(?:${GAP_TOKENS.join('|')})*$`);
/** Clauses without a figure that still speak of the running subject. */
const REMARK_RE = /^(?:按|扣除|剔除|考虑|在上年|总额|历史性|突破|跨越|跨入|跨上|迈上|跃上|登上|站上|成为|跻身|迈入|进入|高于|低于|快于|慢于|好于|优于|超过|比|较|居|位|排|连续|首次|创|保持|继续|实现|增速|总量|规模|占|为|是|均|也|再|同比|增幅|稳居|跑赢|领跑|名列)/;
const FIGURE_LIST_SEP = /^ ?(?:、|和|及|与) ?$/;
function has(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true; // a loop, not some(): no callback allocated per clause
  return false;
}
const TO_RE = /(增加|提高|上升|增长|下降|降|回落|提升|扩大|跃升|升)(到|至)|由|从/;

/** Longest predicate between a subject and its figure (占一般公共预算支出的比重 is about 20). */
const MAX_GAP = 80;

export function gapOk(gap: string): boolean {
  return gap.length <= MAX_GAP && GAP_RE.test(gap);
}

interface Paragraph {
  span: Span;
  sentences: Span[];
  kind: SectionKind;
  /** Index of the top-level part it belongs to. */
  part: number;
  /** Start of the innermost section it is in. */
  section: number;
  /** Its part reviews a five-year period and the year together (“十三五”时期发展成就和2020年主要工作). */
  mixed: boolean;
}

/** A review part that names a five-year period beside its year. */
const MIXED_REVIEW = /十[一二三四五六七八九]五|过去五年|五年来/;

function collectParagraphs(sections: SectionNode[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (node: SectionNode, kind: SectionKind, part: number, mixed: boolean): void => {
    for (const child of node.children) {
      if (child.type === 'section') walk(child, child.kind ?? kind, part, mixed);
      else out.push({ span: child.span, sentences: child.children.map((s) => s.span), kind, part, section: node.span[0], mixed });
    }
  };
  sections.forEach((s, i) => walk(s, s.kind, i, s.kind === 'review' && MIXED_REVIEW.test(s.title)));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** Separators as code-unit tables: tested on every character of every paragraph. */
const SEGMENT_SEPS = charTable('；;。！？!?');
const CLAUSE_SEPS = charTable('，,：:');

const COMMA = ','.charCodeAt(0);
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** A thousands separator (3,680亿斤) is not a clause break. */
function inNumber(text: string, i: number): boolean {
  return text.charCodeAt(i) === COMMA && isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}

/** Splits [start, end) at the given separator characters, keeping offsets. */
function splitSpan(text: string, start: number, end: number, seps: Uint8Array): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (seps[text.charCodeAt(i)] === 1 && !inNumber(text, i)) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out;
}

const LIST_COMMA = '、'.charCodeAt(0);
/** After 、: a further figure or ordinal continues the list (5%、6%; 第一、第二) rather than starting a clause. */
const LIST_GOES_ON = charTable('0123456789第');

/** Clauses of a segment: split at ，：, and at 、 right after a figure (43539元、增长4.4%). */
function clauses(text: string, seg: Span, figures: Figure[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of splitSpan(text, seg[0], seg[1], CLAUSE_SEPS)) {
    let from = s;
    for (const f of figures) {
      if (f.end > s && f.end < e && text.charCodeAt(f.end) === LIST_COMMA && LIST_GOES_ON[text.charCodeAt(f.end + 1)] !== 1 && f.end + 1 > from) {
        out.push([from, f.end]);
        from = f.end + 1;
      }
    }
    if (e > from) out.push([from, e]);
  }
  return out;
}

/**
 * Figures separated only by 、/和 form one list (分别增长5%、6.5%). A bound written before the first
 * (分别突破7亿吨、3000万标箱) bounds them all.
 */
function groupFigures(text: string, figs: Figure[]): Figure[][] {
  const groups: Figure[][] = [];
  for (const f of figs) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && FIGURE_LIST_SEP.test(text.slice(prev.end, f.start)) && prev.rank === f.rank) {
      const head = last[0];
      last.push(head.start < head.numStart && head.qualifier !== 'exact' && f.qualifier === 'exact' && f.start === f.numStart ? { ...f, qualifier: head.qualifier } : f);
    } else groups.push([f]);
  }
  return groups;
}

/** 年均增长 is a multi-year average; 全年平均为5.45% (a monthly rate averaged over the year) is the year's own. */
const isAverage = (gap: string): boolean => has(gap.replace(/全年平均/g, ''), AVERAGE_WORDS);

function classify(
  gap: string,
  fig: Figure,
  indicator: string,
  previous: Measure | null,
): { measure: Measure; sign: 1 | -1; rankOf: 'growth' | 'level' | null } | null {
  gap = gap.replace(ADJUSTED_BASIS, '');
  if (fig.rank) {
    const of = has(gap, RANK_OF_GROWTH) ? 'growth' : has(gap, RANK_OF_LEVEL) ? 'level' : previous === 'growth' ? 'growth' : previous ? 'level' : null;
    return { measure: 'rank', sign: 1, rankOf: of };
  }
  // 占地区生产总值比重提高1个百分点 moves a share: no measure of the indicator itself says that.
  if (/占|比重|占比/.test(gap)) return fig.unit === '个百分点' ? null : { measure: 'share', sign: 1, rankOf: null };
  // 增速高于全国0.7个百分点: a margin over another region's figure, not this one's.
  if (fig.unit === '个百分点' && COMPARED_GAP.test(gap)) return null;
  const entry = INDICATOR_BY_ID.get(indicator);
  const rate = entry?.rate === true;
  const percent = fig.unit === '%' || fig.unit === '‰';
  const points = fig.unit === '个百分点';
  const fall = has(gap, FALL_VERBS);
  const rise = has(gap, RISE_VERBS);
  if (isAverage(gap) && (percent || !fig.unit)) return { measure: 'avg_growth', sign: fall ? -1 : 1, rankOf: null };
  if (points) return { measure: 'change', sign: fall ? -1 : 1, rankOf: null }; // 提高1.2个百分点, 增速回落0.5个百分点
  if (percent) {
    if (/降幅/.test(gap)) return { measure: 'growth', sign: -1, rankOf: null };
    if (/涨幅|增速|增幅/.test(gap)) return { measure: 'growth', sign: 1, rankOf: null };
    if (TO_RE.test(gap)) return { measure: 'level', sign: 1, rankOf: null };
    if (fall) return { measure: 'growth', sign: -1, rankOf: null };
    if (rise) return { measure: 'growth', sign: 1, rankOf: null };
    if (entry?.percentIsGrowth) return { measure: 'growth', sign: 1, rankOf: null };
    if (rate) return { measure: 'level', sign: 1, rankOf: null };
    return null; // a bare percentage of an amount indicator says nothing clear
  }
  if (fig.unit === '倍' || fig.unit === null) return null;
  // An amount in a unit the indicator is never counted in belongs to another noun (播种面积…新增202.9万亩).
  if (entry?.units && !entry.units.includes(unitScale(fig.unit).base ?? '')) return null;
  if (TO_RE.test(gap)) return { measure: 'level', sign: 1, rankOf: null };
  if (fall) return { measure: 'change', sign: -1, rankOf: null };
  if (rise) return { measure: 'change', sign: 1, rankOf: null };
  return { measure: 'level', sign: 1, rankOf: null };
}

/** A figure measured against another (高于全国, 快于城镇): see classify. */
const COMPARED_GAP = /(?:比|较|高于|低于|快于|慢于)(?:全[国省区市州盟]|全球|世界|同期|平均|城镇|农村|全体)/;

/** 500万元以上项目固定资产投资: a figure that describes the noun after it is part of the subject, not a value. */
const ATTRIBUTIVE_AFTER = /^(?:的)?(?:项目|重点项目|工业企业|企业|工程)|^[\u4e00-\u9fff]{0,4}(?:城市|省份|省区市|地市|国家|经济体)中|^的[\u4e00-\u9fff]{0,4}(?:县|市|区|镇|乡|村|企业|项目|园区|城市|产业|集群|家庭|户)/;
function attributive(text: string, f: Figure): boolean {
  if (f.rank || f.unit === null || f.unit === '%') return false;
  if (ATTRIBUTIVE_AFTER.test(text.slice(f.end, f.end + 10))) return true;
  // 500万元以上固定资产投资2895亿元, 500万元口径固定资产投资: the figure names the scope of the indicator after it.
  let p = f.end;
  if (text.startsWith('口径', p)) p += 2;
  if (text[p] === '的') p++;
  return f.qualifier !== 'exact' || p > f.end ? mentionAt(text, p) !== null : false;
}

/** 分别增长13%和15.6% after clauses that each named an indicator: one figure per subject, in order. */
const DISTRIBUTE_RE = /^[^，。；]{0,6}分别/;
/** 实际利用外资、对外直接投资分别增长…, …、全部工业总产值均突破…: list elements after the last name the lexicon knows. */
const LIST_TAIL = /^((?:[、和及与][^，。；、和及与\d%]{1,12}?)+)((?:分别|均|都).*)$/;

/** 2011年达到…: the year a clause names for its figure (not 比2010年, 2010年以来, 2003年到2023年). */
const NAMED_YEAR = /(?<![比较与同到至—－-])((?:19|20)\d\d)年(?!以来|来|至|到|—|-|－|度|代|的基础)/g;
function lastYear(before: string): number | null {
  if (!before.includes('年')) return null;
  let year: number | null = null;
  NAMED_YEAR.lastIndex = 0;
  for (let m = NAMED_YEAR.exec(before); m !== null; m = NAMED_YEAR.exec(before)) year = Number(m[1]);
  return year;
}

/** 增长到2020年的, 提高到: the predicate that takes a 由/从 figure to its end. */
const TO_END = /(?:到|至)(?:(?:19|20)\d\d年(?:底|末)?的?)?$/;
/** The year a 由/从…到 pair ends in: 增长到2020年的 → 2020. */
function lastToYear(s: string): number | null {
  const m = /(?:到|至)((?:19|20)\d\d)年(?:底|末)?的?(?=[\d.]|$)/.exec(s);
  return m ? Number(m[1]) : null;
}

/** Words that make a whole run of clauses multi-year (五年累计…，…): not 累计 alone (累计发放消费券 is the year's). */
const SEGMENT_MULTIYEAR = /(?:五|(?<![\d两三四六七八九十])[\d两三四六七八九十]+)年(?:来|累计|间|中)|过去五年|这五年|本届政府(?!的?最后一年|的?收官之年)/;

/** A clause that opens with last year (去年对外贸易总额达到2.97万亿美元). */
const LAST_YEAR_LEAD = /^(?:其中|而|但)?(?:去年|上年)(?!同期|以来|底以来)/;

/** Where the first figure of a sentence starts (its end when it has none). */
function firstFigureAt(text: string, sent: Span): number {
  const end = Math.min(sent[1], sent[0] + 80);
  const f = findFigures(text, sent[0], end).find((x) => !x.rank);
  return f ? f.numStart : sent[0];
}

/** 经济增长7%左右, 经济增长速度的调控目标定为8%: the name itself says growth. */
const NAMED_GROWTH = /(?:增长|增速|增幅)$/;

/** A clause that names a year again (其中预计2011年…, 2023年…) ends a multi-year run. */
const SEGMENT_YEAR = /(?:19|20)\d\d年|全年|去年|上年/;

const signed = (v: number | null, sign: 1 | -1): number | null => (v === null ? null : v === 0 ? 0 : v * sign);

export function extractFacts(text: string, sections: SectionNode[], meta: ReportMeta): DraftFact[] {
  const facts: DraftFact[] = [];
  const reviewYear = meta.reviewYear ?? (meta.year !== null ? meta.year - 1 : null);
  const statements = findTargetStatements(text, sections, meta.year);
  const statement = statements[0] ?? null;
  const paragraphs = collectParagraphs(sections);
  // The target statement speaks of the report's year wherever it stands.
  const statementFrame: Frame = { kind: 'target', year: meta.year, period: null };
  let segmentNo = 0;
  // In a five-year review, a sentence that turns to the year (各位代表，2017年是本届政府的收官之年…) speaks for the
  // paragraphs after it too, until another time phrase: the year's results follow it, paragraph by paragraph.
  // So does a time phrase in a part that reviews the year together with its five-year period (“十三五”时期是…
  // 五年。… 城镇新增就业700万人): there, until the section ends or another time phrase comes.
  let carried: { frame: Frame; part: number; section: number } | null = null;
  for (const para of paragraphs) {
    const beforeTargets = statement === null || para.span[0] < statement[0];
    const base: Frame = sectionFrame(para.kind, meta, beforeTargets);
    const sticky = para.kind === 'five_year_review' || para.mixed;
    const same = carried !== null && carried.part === para.part && (para.kind === 'five_year_review' || carried.section === para.section);
    let frame: Frame = sticky && same ? carried!.frame : base;
    for (const sent of para.sentences) {
      const opened = sentenceFrame(text.slice(sent[0], Math.min(sent[1], sent[0] + 40)), meta, frame, base);
      if (opened) {
        frame = opened;
        if (sticky) carried = { frame, part: para.part, section: para.section };
      } else if (frame.period !== null && frame.kind === 'actual') {
        // 综合经济实力大幅提升，2012年全省生产总值26575亿元…: in a multi-year passage, a sentence that dates its
        // first figure turns the rest of the paragraph to that year.
        const year = lastYear(text.slice(sent[0], firstFigureAt(text, sent)));
        if (year !== null && meta.year !== null && year < meta.year) {
          frame = { kind: 'actual', year, period: null };
          if (sticky) carried = { frame, part: para.part, section: para.section };
        }
      }
      let stretchToEnd = false;
      for (const seg of splitSpan(text, sent[0], sent[1], SEGMENT_SEPS)) {
        segmentNo++;
        const figures = findFigures(text, seg[0], seg[1]).filter((f) => !attributive(text, f));
        const partial = SUBAREA_LEAD.test(text.slice(seg[0], Math.min(seg[1], seg[0] + 16)));
        let subject: Subject | null = null;
        let subjectWeak = false;
        // 经济增长7%左右, 经济增长速度的宏观调控目标，定为百分之八至九: the name itself says growth.
        let subjectGrowth = false;
        let lastMeasure: Measure | null = null;
        // 五年累计吸收合同外资…，实际利用外资189.2亿美元，其中预计2011年…: a multi-year word covers the clauses after
        // it, until one names a year again.
        let segPeriod: string | null = null;
        // 地区生产总值跨越两个千亿元台阶，2011年达到4243.4亿元，比上年增长12.3%: a year named before a figure dates
        // it and the figures after it in the segment, whatever the part's default.
        let segYear: number | null = null;
        // 全省生产总值从2015年的2.6万亿元增长到2020年的3.62万亿元，一般公共预算收入从2649.2亿元增长到3826.4亿元: the
        // year a 由/从…到 pair ends in dates the second figure of that pair and of the pairs after it in the segment.
        let segTo: number | null = null;
        let topic: string | null = null;
        // The subjects of the segment's clauses with figures, in order (null for one the lexicon does not know).
        let recent: Array<string | null> = [];
        for (const cl of clauses(text, seg, figures)) {
          const figs = figures.length === 0 ? figures : figures.filter((f) => f.start >= cl[0] && f.end <= cl[1]);
          const firstFig = figs[0]?.start ?? cl[1];
          const clauseText = text.slice(cl[0], cl[1]);
          if (SEGMENT_YEAR.test(clauseText)) segPeriod = null;
          // 2011年达到…, and in a five-year passage 去年达到1.09万亿斤: the year a clause names for its figures.
          const named = lastYear(text.slice(cl[0], firstFig)) ?? (LAST_YEAR_LEAD.test(clauseText) ? reviewYear : null);
          if (named !== null) segYear = named;
          // After a pair dated to its end (…增加到2015年的7.28万亿元), the segment's later figures are that year's
          // (…，财政总收入达20934亿元).
          if (segTo !== null && named === null && segYear !== segTo) segYear = segTo;
          const toYear = lastToYear(clauseText);
          if (toYear !== null) segTo = toYear;
          const multi = SEGMENT_MULTIYEAR.exec(clauseText.slice(0, Math.max(0, firstFig - cl[0])));
          if (multi) segPeriod = multi[0];
          // Figures that spell out a 力争…目标 block are stretch goals, not the year's statement.
          const inStatement = !stretchToEnd && statements.some(([a, b]) => cl[0] >= a && cl[1] <= b);
          const stretch = stretchToEnd || has(clauseText, STRETCH_WORDS);
          // 增速比全区平均水平高1.5个百分点: a comparison keeps the subject and states no figure of it.
          if (subject !== null && COMPARISON_PATTERN.test(clauseText)) continue;
          const mentions = findMentions(text, cl[0], firstFig);
          let subjectEnd = cl[0];
          let found: Subject | null = null;
          let foundWeak = false;
          let foundGrowth = false;
          for (let i = mentions.length - 1; i >= 0 && !found; i--) {
            const m = mentions[i];
            let gap = text.slice(m.end, firstFig);
            // (全市地区生产总值、固定资产投资、全部工业总产值均突破4000亿元: one figure for them all.)
            const listTail = !gapOk(gap) ? LIST_TAIL.exec(gap) : null;
            const tail = listTail && (figs.length > 1 || /^[均都]/.test(listTail[2])) ? listTail : null;
            if (tail && gapOk(tail[2]) && i === mentions.length - 1) {
              const s = readSubject(text, cl[0], m.end);
              if (s) {
                // The elements after it: 万元地区生产总值能耗、二氧化碳排放分别下降… restores the head they share.
                const first = text.slice(s.start, m.end);
                const extra = tail[1].split(/[、和及与]/).filter(Boolean).map((e) => aliasId(e) ?? headElided(e, first));
                found = { ids: [...s.ids, ...extra], start: s.start, end: m.end + tail[1].length };
                subjectEnd = found.end;
                foundWeak = m.needsValue;
              }
              continue;
            }
            // 今年经济增长速度的宏观调控目标，定为百分之八至九: in the statement, a name that needs a figure may
            // wait for it in the next clause when its own ends with 目标.
            if (m.needsValue && figs.length === 0 && !(inStatement && /目标$/.test(text.slice(m.end, cl[1])))) continue;
            // 地区生产总值跨越两个千亿元台阶，2011年达到4243.4亿元: a clause that opens with the name and has no
            // figure of its own still sets the subject of the clauses after it.
            // So does one whose own figure is not the indicator's (全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元).
            const opens = (figs.length === 0 || (!gapOk(gap) && !m.needsValue)) && i === 0 && readSubject(text, cl[0], m.end) !== null;
            if (!gapOk(gap) && !(figs.length === 0 && inStatement) && !opens) continue;
            const s = readSubject(text, cl[0], m.end);
            if (s) {
              found = s;
              subjectEnd = m.end;
              foundWeak = m.needsValue || WEAK_ALIASES.has(text.slice(m.start, m.end));
              foundGrowth = NAMED_GROWTH.test(text.slice(m.start, m.end));
            }
          }
          if (!found && topic !== null && figs.length > 0) {
            const t = topicSubject(text, topic, cl[0], firstFig);
            if (t && gapOk(text.slice(t.end, firstFig))) {
              found = t;
              subjectEnd = t.end;
            }
          }
          topic = topicIn(text, cl[0], firstFig) ?? topic;
          if (!found && figs.length >= 2 && recent.length >= 2 && DISTRIBUTE_RE.test(clauseText)) {
            const group = groupFigures(text, figs)[0];
            const gap = text.slice(cl[0], group[0].start);
            if (group.length >= 2 && group.length <= recent.length && gapOk(gap)) {
              const ids = recent.slice(-group.length);
              group.forEach((fig, k) => {
                const id = ids[k];
                const c = id === null ? null : classify(gap, fig, id, null);
                if (id === null || !c) return;
                const f = makeFact(text, id, fig, c, gap, clauseText, frame, stretch, segmentNo, inStatement, [cl[0], cl[1]]);
                if (segPeriod !== null && f.period === null) f.period = segPeriod;
                if (segYear !== null && f.kind === 'actual' && segYear < (meta.year ?? Infinity)) f.year = segYear;
                f.fromPeriod = frame.period !== null;
                f.partial = partial;
                facts.push(f);
              });
              recent = [];
              subject = null;
              continue;
            }
          }
          if (figs.length > 0) {
            if (found) recent.push(...found.ids);
            else if (!gapOk(text.slice(cl[0], firstFig))) recent.push(null);
          }
          if (found) {
            subject = found;
            subjectWeak = foundWeak;
            subjectGrowth = foundGrowth;
            lastMeasure = null;
          } else if (figs.length > 0 ? !gapOk(text.slice(cl[0], firstFig)) : !REMARK_RE.test(clauseText)) {
            // A clause with its own, non-indicator subject (全年民生支出221.4亿元) ends the run; a remark on
            // the same subject (高于全国、全区平均水平) does not.
            subject = null;
          }
          // (力争实现今年…的主要预期目标：地区生产总值增长7.5%左右…: a 力争 that opens the statement is no stretch block.)
          // (Nor is 力争实现三年行动计划确定的目标； that ends its segment: only a 力争…目标 that goes on to figures opens one.)
          if (stretch && !found && /目标/.test(clauseText) && /[：:，,]/.test(text[cl[1]] ?? '') && !statements.some(([a]) => a >= cl[1] && a - cl[1] <= 2)) stretchToEnd = true;
          if (subject === null) continue;
          if (figs.length === 0) {
            if (inStatement && found && !found.ids.includes(null)) {
              for (const id of found.ids) facts.push(qualitative(text, cl, id!, frame, meta, stretch, segmentNo));
            }
            continue;
          }
          let cursor = subjectEnd;
          for (const group of groupFigures(text, figs)) {
            const gap = text.slice(cursor, group[0].start);
            if (!gapOk(gap)) break;
            cursor = group[group.length - 1].end;
            const ids = subject.ids;
            let pairs: Array<[string | null, Figure]>;
            if (group.length === ids.length) pairs = ids.map((id, i) => [id, group[i]]);
            // One figure for several indicators (城乡居民收入均增长8%, 城镇和农村居民收入分别增长10%以上, 城乡居民收入增长8%).
            else if (group.length === 1 && ids.length > 1) pairs = ids.map((id) => [id, group[0]]);
            else if (group.length === 1 && ids.length === 1) pairs = [[ids[0], group[0]]];
            else if (ids.length === 1 && /由|从/.test(gap) && group.length === 2) pairs = [[ids[0], group[1]]];
            else continue;
            for (const [id, fig] of pairs) {
              if (id === null) continue;
              // 经济增长7%左右: the name itself says growth.
              const named = subjectGrowth ? '增长' : '';
              const c = classify(named + gap, fig, id, lastMeasure);
              if (!c) continue;
              lastMeasure = c.measure === 'rank' ? lastMeasure : c.measure;
              const f = makeFact(text, id, fig, c, gap, clauseText, inStatement ? statementFrame : frame, stretch, segmentNo, inStatement, [Math.min(subject.start, cl[0]), cl[1]]);
              if (segPeriod !== null && f.period === null && !inStatement) f.period = segPeriod;
              // The year named right before this figure (由2007年的1.4%提高到2012年的1.97%), else the segment's.
              // The second figure of a pair (…增长到2020年的3.62万亿元, …增长到3826.4亿元) has the pair's end year.
              const toEnd = TO_END.test(gap);
              const pairEnd = toEnd && /由|从/.test(text.slice(cl[0], fig.start)) ? (lastToYear(gap) ?? segTo) : null;
              const ownYear = pairEnd ?? lastYear(gap) ?? (toEnd && segTo !== null ? segTo : segYear);
              if (ownYear !== null && !inStatement && f.kind === 'actual' && ownYear < (meta.year ?? Infinity) && !/(由|从)$/.test(gap)) {
                f.year = ownYear;
                // A five-year part's period gives way to the named year; 年均 and sub-year words keep theirs.
                if (f.period !== null && f.period === frame.period && f.measure !== 'avg_growth') f.period = null;
              }
              f.weak = subjectWeak;
              f.fromPeriod = frame.period !== null;
              f.partial = partial;
              facts.push(f);
            }
          }
        }
      }
    }
  }
  return facts;
}

function makeFact(
  text: string,
  indicator: string,
  fig: Figure,
  c: { measure: Measure; sign: 1 | -1; rankOf: 'growth' | 'level' | null },
  gap: string,
  clauseText: string,
  frame: Frame,
  stretch: boolean,
  segment: number,
  inStatement: boolean,
  clause: Span,
): DraftFact {
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
  const sub = SUBYEAR_PATTERN.exec(clauseText);
  if (sub) period = sub[0];
  const multi = MULTIYEAR_PATTERN.exec(gap);
  // 总量连续32年位居全国第一: a streak's rank is the year's rank too (the streak runs through it).
  if (multi && !(c.measure === 'rank' && multi[0].startsWith('连续'))) period = multi[0];
  const base = /比(\d{4})年/.exec(gap);
  if (base && year !== null && Number(base[1]) !== year - 1) period = `${base[1]}-${year}`;
  if (c.measure === 'avg_growth' && period === null) period = 'multi-year';
  // 1986年同1978年相比，…按可比价格计算增长102%: a growth over the span compared, not the year's.
  const compared = c.measure === 'growth' ? comparedSpan(text.slice(Math.max(text.lastIndexOf('。', clause[0]), text.lastIndexOf('\n', clause[0])) + 1, clause[0] + 1)) : null;
  if (compared && period === null) period = compared;
  // 城镇新增就业年均超过140万人: a yearly average over a period is not the year's figure.
  if (period === null && isAverage(gap)) period = 'multi-year';
  const low = signed(fig.low, c.sign)!;
  const high = signed(fig.high, c.sign)!;
  // The quote runs from the subject to the figure's end, so it reads as a statement.
  const start = Math.min(clause[0], fig.start);
  return {
    indicator,
    kind: frame.kind,
    year,
    measure: c.measure,
    value: signed(fig.value, c.sign),
    low: Math.min(low, high),
    high: Math.max(low, high),
    unit: fig.unit,
    qualifier: fig.qualifier,
    stretch,
    headline: false,
    period,
    statement: null,
    span: [start, fig.end],
    quote: text.slice(start, fig.end),
    segment,
    rankOf: c.rankOf,
    inStatement,
    weak: false,
    fromPeriod: false,
    partial: false,
  };
}

function qualitative(text: string, cl: Span, indicator: string, frame: Frame, meta: ReportMeta, stretch: boolean, segment: number): DraftFact {
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

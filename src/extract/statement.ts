// The headline target statement: "今年经济社会发展主要预期目标是：…" — the year's most-cited passage.
// It starts after the opener and lasts as long as its sentences keep listing the year's targets: often one
// sentence, but also several (GDP first, then the industries, investment, prices, jobs), a first sentence that
// ends with a stretch clause (…，在实际工作中努力争取更好结果。), or a list on the following lines.
import type { ParagraphNode, SectionNode, Span } from '../types.js';
import { STATEMENT_END, STATEMENT_LONG_RANGE, STATEMENT_OPENER, STATEMENT_PERIOD_CUE, STATEMENT_YEAR_CUE } from '../lexicon/grammar.js';
import { paragraphs, sectionAt } from '../parse/query.js';
import { findMentions } from './mentions.js';
import { findFigures } from './numbers.js';
import { speaksOfPast } from './timeframe.js';
import { scanner } from '../text/scan.js';

const LIST_ITEM = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、．.]|[一二三四五六七八九十]是|——|-|•)/;
/** Longest run of sentences (or list lines) after the first: a list of 14 indicators, one per line, is not rare. */
const MAX_SENTENCES = 30;

const FUTURE_YEAR = /^.{0,6}到20\d\d年/;
/** A sentence about one year: 2021年是…开局之年, 2017年，是新一届政府的开局之年. */
const YEAR_TOPIC = /^(?:(?:19|20)\d\d年|今年|明年)[，,]?是/;
/** A multi-year goal: 年均增长8%以上，到2020年地区生产总值突破2000亿元. */
const MULTI_YEAR_GOAL = /年均|到20\d\d年/;
/** The opener tried only where one can start (its lookbehinds made a global exec run the matcher everywhere). */
const OPENER = scanner(STATEMENT_OPENER);

/**
 * Does text[s, e) list at least one of the year's targets (an indicator with a figure, or a qualitative one)?
 * Once the statement runs (`within`), an item with a figure continues it even if its indicator is not one the
 * lexicon knows (实际利用内资增长8%；).
 */
function listsTargets(text: string, s: number, e: number, within: boolean, year: number | null): boolean {
  const head = text.slice(s, Math.min(e, s + 24));
  // A sentence about a past year or period (1986年同1978年相比，…增长102%; 去年…) lists its results, not targets.
  if (speaksOfPast(text.slice(s, Math.min(e, s + 40)), year)) return false;
  // (A comment on the targets ends a statement that runs; the opener's own sentence may read like one:
  // 中央提出今年经济增长预期目标为7%左右.)
  if ((within && STATEMENT_END.test(head) && !dutyListingTargets(text, s, e, head)) || STATEMENT_LONG_RANGE.test(head) || FUTURE_YEAR.test(head)) return false;
  const mentions = findMentions(text, s, e);
  const figures = findFigures(text, s, e);
  if (mentions.length === 0) return within && figures.some((f) => f.unit !== null && !f.rank);
  return figures.length > 0 || mentions.some((m) => !m.needsValue);
}

/** A sentence of duties that still lists the year's figures (要坚守底线…，城镇登记失业率控制在3.5%以内，居民消费价格涨幅3.5%左右): two or more. */
function dutyListingTargets(text: string, s: number, e: number, head: string): boolean {
  return DUTY_LEAD.test(head) && targetCount(text, s, e) >= 2;
}
const DUTY_LEAD = /^(?:要|需要|必须)/;

interface Sentence {
  span: Span;
  para: number;
}

function sentencesFrom(paras: ParagraphNode[]): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, i) => {
    for (const s of p.children) out.push({ span: s.span, para: i });
  });
  return out;
}

/**
 * The year's target statements: the main one ([0], as above), then the further sentences that state one
 * indicator's target on their own, the way older reports scatter them (经济增长速度的宏观调控目标，定为百分之八至九。
 * … 物价上涨幅度…控制在百分之十五左右; 今年全社会固定资产投资调控目标为25300亿元). Empty when there is none.
 */
export function findTargetStatements(text: string, sections: SectionNode[], year: number | null = null): Span[] {
  let all: Sentence[] = [];
  let paras: ParagraphNode[] = [];
  const out: Span[] = [];
  for (let m = OPENER(text, 0); m !== null; m = OPENER(text, m.index + m[0].length)) {
    if (out.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', m.index) + 1, text.lastIndexOf('。', m.index) + 1);
    // Five-year or long-range targets are not the year's ("十五五"时期主要目标, 2035年远景目标), unless the
    // clause right before the opener says this year's (对接“十四五”规划，提出今年…的主要预期目标是).
    const clauseStart = Math.max(lineStart, text.lastIndexOf('，', m.index) + 1);
    const clauseLead = text.slice(clauseStart, m.index);
    if (STATEMENT_LONG_RANGE.test(clauseLead)) continue;
    // (2021年是实施“十四五”规划的开局之年，经济社会发展主要预期目标为：… is the year's: the sentence is about a year.)
    if (STATEMENT_LONG_RANGE.test(text.slice(lineStart, clauseStart)) && !/今年|明年/.test(clauseLead) && !YEAR_TOPIC.test(text.slice(lineStart, clauseStart))) continue;
    // Inside a five-year part, 主要预期目标是： states the period's targets, unless the year was named last.
    const path = sectionAt(sections, m.index);
    const fiveYear = path.find((p) => p.kind === 'five_year_plan' || p.kind === 'five_year_review');
    const yearOwn = fiveYear?.kind === 'five_year_plan' && yearNamedLast(text, fiveYear.span[0], m.index);
    if (fiveYear && !/今年|明年|\d{4}年/.test(clauseLead) && !yearOwn) continue;
    // 经济增长预期目标为7%左右: the indicator stands before the opener, so the statement is the whole sentence.
    // (今年国民生产总值计划增长…: the name is inside the opener.)
    const named = findMentions(text, lineStart, /^今年/.test(m[0]) ? m.index + m[0].length : m.index).length > 0;
    // After the main statement, only such one-indicator statements, in the year's own parts.
    if (out.length > 0 && !(named && path.some((p) => p.kind === 'plan' || p.kind === 'targets'))) continue;
    if (/^今年/.test(m[0]) && !/[，,：:]$/.test(m[0]) && !named) continue;
    // 建议奋力实现地区生产总值增长6.5%左右, 初步安排今年…: the opener's clause is the statement.
    let start = named ? lineStart : /^(?:建议|初步|计划安排)/.test(m[0]) ? clauseStart : m.index + m[0].length;
    while (start < text.length && /\s/.test(text[start])) start++;
    if (all.length === 0) {
      paras = paragraphs(sections);
      all = sentencesFrom(paras);
    }
    // The sentence that holds the start (or, for "目标是：" ending its line, the next one). A sentence or two of
    // qualitative goals may come first (改革取得新突破。…，全市生产总值预期增长7.5%左右).
    let i = all.findIndex((s) => s.span[1] > start);
    if (i < 0) continue;
    let first = all[i];
    for (let skip = 0; skip < 2 && !listsTargets(text, Math.max(start, first.span[0]), first.span[1], false, year); skip++) {
      const next = all[i + 1];
      if (!next || next.para !== first.para) break;
      i++;
      first = next;
    }
    if (!listsTargets(text, Math.max(start, first.span[0]), first.span[1], false, year)) continue;
    // The main statement lists the year's figures, not a plan period's averages and end points.
    if (out.length === 0 && MULTI_YEAR_GOAL.test(text.slice(Math.max(start, first.span[0]), first.span[1]))) continue;
    out.push(out.length === 0 ? extend(text, paras, all, i, start, year) : oneSentence(text, start, first.span[1]));
  }
  if (out.length === 0) {
    const f = fallback(text, sections, paras, all, year);
    if (f) out.push(f);
  }
  return out;
}

/** Within text[from, to), is the last time cue the year's (今年, 2008年是) rather than a period's (今后五年)? */
function yearNamedLast(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(from, to - 800), to);
  const last = (re: RegExp): number => {
    let at = -1;
    for (const m of before.matchAll(re)) at = m.index;
    return at;
  };
  const year = last(STATEMENT_YEAR_CUE);
  return year >= 0 && year > last(STATEMENT_PERIOD_CUE);
}

/** [start, end) of the year's main target statement, or null. */
export function findTargetStatement(text: string, sections: SectionNode[]): Span | null {
  return findTargetStatements(text, sections)[0] ?? null;
}

function oneSentence(text: string, start: number, end: number): Span {
  while (end > start && /[。！？\s]/.test(text[end - 1])) end--;
  return [start, end];
}

/** Runs the statement on from sentence i (which lists targets) while the following sentences do too. */
function extend(text: string, paras: ParagraphNode[], all: Sentence[], i: number, start: number, year: number | null): Span {
  const first = all[i];
  let end = first.span[1];
    // The opener's own paragraph goes on sentence by sentence. A following paragraph continues the statement
    // only as a list: after a line left open (目标是： / …增长6%； / a line cut off by a stray break), or item
    // after numbered item (1.… 2.…).
    for (let n = 0; n < MAX_SENTENCES && i + 1 < all.length; n++) {
      const prev = all[i];
      const next = all[i + 1];
      if (next.para !== prev.para) {
        const before = text.slice(prev.span[0], prev.span[1]).trimEnd();
        const prevPara = text.slice(paras[prev.para].span[0], paras[prev.para].span[1]);
        const nextPara = text.slice(next.span[0], next.span[1]);
        const open = !/[。！？!?]$/.test(before);
        const numbered = LIST_ITEM.test(prevPara) && LIST_ITEM.test(nextPara);
        const startsWithName = findMentions(text, next.span[0], Math.min(next.span[1], next.span[0] + 16)).length > 0;
        // A list line: short, or opening with a marker or an indicator.
        const item = nextPara.length <= 40 || startsWithName || LIST_ITEM.test(nextPara);
        // (A line cut mid-clause by a stray break, 第二产业增长⏎10%…, goes on whatever its length.)
        const cut = !/[。！？!?；;，,：:、]$/.test(before);
        if (!(numbered || (open && (item || cut)))) break;
      }
      if (!listsTargets(text, next.span[0], next.span[1], true, year)) break;
      end = next.span[1];
      i++;
    }
    // Keep the end off a closing 。 so that a statement reads like the sentence(s) it is.
    while (end > start && /[。！？\s]/.test(text[end - 1])) end--;
  return [start, end];
}

/** Distinct indicators stated with a figure right after their name in text[s, e). */
function targetCount(text: string, s: number, e: number): number {
  const figures = findFigures(text, s, e);
  if (figures.length === 0) return 0; // (no figure: no name stated with one, and no need to look for names)
  const ids = new Set<string>();
  // Mentions and figures both run left to right: one pass over each (a sentence of a 40 MB line has millions).
  let j = 0;
  for (const m of findMentions(text, s, e)) {
    while (j < figures.length && figures[j].start < m.end) j++;
    if (j < figures.length && figures[j].start - m.end <= 10) ids.add(m.id);
  }
  return ids.size;
}

/**
 * No opener (今年，…。要力争地区生产总值增长10%以上；固定资产投资增长23%；…): the first sentence of the year's
 * targets or plan part, before its first subsection, that states three or more indicators with figures.
 */
function fallback(text: string, sections: SectionNode[], paras: ParagraphNode[], all: Sentence[], year: number | null): Span | null {
  if (all.length === 0) {
    paras = paragraphs(sections);
    all = sentencesFrom(paras);
  }
  const intro: Array<[number, number]> = [];
  for (const s of sections) {
    if (s.kind !== 'targets' && s.kind !== 'plan') continue;
    const firstSub = s.children.find((c) => c.type === 'section');
    intro.push([s.span[0], firstSub ? firstSub.span[0] : s.span[1]]);
    for (const c of s.children) if (c.type === 'section' && c.kind === 'targets') intro.push([c.span[0], c.span[1]]);
  }
  for (let i = 0; i < all.length; i++) {
    const [a, b] = all[i].span;
    if (!intro.some(([s, e]) => a >= s && b <= e)) continue;
    if (speaksOfPast(text.slice(a, Math.min(b, a + 40)), year)) continue;
    if (targetCount(text, a, b) >= 3 && !STATEMENT_LONG_RANGE.test(text.slice(a, Math.min(b, a + 30)))) return extend(text, paras, all, i, a, year);
  }
  return null;
}

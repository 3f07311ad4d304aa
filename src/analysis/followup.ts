// Commitment follow-up: which sentences of next year's review report on a commitment, how sure that is, and what
// they say became of it (已完成, 有进展, or 未见回应 when no sentence reports on it). Pure.
//
// A sentence is scored by what the commitment is about (followup-terms.ts, followup-match.ts): the share of the
// commitment's terms it holds, each weighted by how rare it is among the review's sentences and in the genre (a word
// every report uses says little), and its figures with the term they measure (followup-measures.ts). A sentence that
// names one of the commitment's named items whole (杭衢高铁, with its head and variants) is likely to report on it
// however long the commitment's list; a commitment that names items is not followed by a sentence holding none.
import type { SectionKind, Span } from '../types.js';
import type { Candidate, FollowUpStatus } from '../model/api/index.js';
import { DISCRETE_EVENT, DONE_BY, FIGURE_PREDICATES, OPEN_LEAD, OUTCOME_STAGES, PLEDGE_LIST, PLEDGES_DONE } from '../lexicon/followup.js';
import { canonical, kindWord, type Item, type Term } from './followup-terms.js';
import { figuresIn, measured, reached, type Measure } from './followup-measures.js';
import { nearSentences, namedWhole, pairs, scorer, sentenceScore, type Review, type ReviewSentence } from './followup-match.js';

export type { Review } from './followup-match.js';

export type { FollowUpStatus } from '../model/api/index.js';

export interface Sentence {
  span: Span;
  text: string;
}

export type { Candidate } from '../model/api/index.js';

/** What the matcher reads of a commitment (an extracted one, or a stored row). */
export interface FollowUpCommitment {
  quote: string;
  /** The normalised action (actions.ts): 开工, 建成, 新增, 推进… */
  action: string;
  /** An item of the year's livelihood-pledge list (民生实事): see isPledgeItem. */
  pledge?: boolean;
}

export interface FollowUpResult {
  status: FollowUpStatus;
  /** 0–1; below FOLLOWUP_THRESHOLD nothing is shown. */
  confidence: number;
  /** The evidence, best first; empty for 未见回应. */
  candidates: Candidate[];
}

/** A sentence is shown as a follow-up from this confidence on. */
export const FOLLOWUP_THRESHOLD = 0.5;

/** Clauses of text[start,end): split after 。！？；; and at line ends; trimmed, at least 6 characters. */
export function clauses(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；;!?\n]+[。！？；;!?]?/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length < 6) continue;
    const s = start + m.index + lead;
    out.push({ span: [s, s + t.length], text: t });
  }
  return out;
}

/** The sentences of a report's review parts (its top-level review and five-year review sections). */
export function reviewSentences(text: string, sections: ReadonlyArray<{ kind: SectionKind | string; span: Span }>): Sentence[] {
  return sections.filter((s) => s.kind === 'review' || s.kind === 'five_year_review').flatMap((s) => clauses(text, s.span[0], s.span[1]));
}

/**
 * Whether a commitment is an item of the plan's livelihood-pledge list: a section on its path names the list
 * (2024年省十件民生实事), or its paragraph is a numbered item (1、医疗卫生) after a paragraph of its section that
 * announces the list (办好十方面民生实事).
 */
export function isPledgeItem(text: string, sectionPath: readonly string[], sectionStart: number, start: number): boolean {
  if (sectionPath.some((t) => PLEDGE_LIST.test(t))) return true;
  const heading = sectionPath[sectionPath.length - 1] ?? '';
  return /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/.test(heading) && PLEDGE_LIST.test(text.slice(sectionStart, start));
}

export function prepareReview(text: string, sentences: Sentence[]): Review {
  const index = new Map<string, number[]>();
  const prepared = sentences.map((s, i) => {
    const match = canonical(s.text);
    const grams = new Set(pairs(match));
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
    return { ...s, match, grams, figures: figuresIn(match) };
  });
  return {
    sentences: prepared,
    index,
    df: new Map(),
    pledgesDone: sentences.find((s) => PLEDGES_DONE.test(s.text)) ?? null,
  };
}

/** The review's sentences that report on a commitment, best first, with a confidence and a status. */
export function followUp(c: FollowUpCommitment, review: Review, top = 3, threshold = FOLLOWUP_THRESHOLD): FollowUpResult {
  const k = scorer(c.quote, review);
  const scored: Array<Candidate & { sentence: ReviewSentence }> = [];
  for (const i of nearSentences(k, review)) {
    const s = review.sentences[i];
    const score = sentenceScore(k, s);
    if (score > 0) scored.push({ span: s.span, text: s.text, score, sentence: s });
  }
  scored.sort((a, b) => b.score - a.score || a.span[0] - b.span[0]);
  const shown = scored.filter((x) => x.score >= threshold).slice(0, top);
  const evidence = shown.map(({ span, text, score }) => ({ span, text, score }));
  if (c.pledge && review.pledgesDone) {
    // An item of the pledge list the review says was carried out: done, with its own sentence first when it has one.
    const done = review.pledgesDone;
    const listed = evidence.some((x) => x.span[0] === done.span[0]) ? evidence : [...evidence, { span: done.span, text: done.text, score: FOLLOWUP_THRESHOLD }];
    return { status: '已完成', confidence: Math.max(FOLLOWUP_THRESHOLD, evidence[0]?.score ?? 0), candidates: listed.slice(0, Math.max(top, 1)) };
  }
  if (shown.length === 0) return { status: '未见回应', confidence: scored[0]?.score ?? 0, candidates: [] };
  return { status: statusOf(c, k.items, k.measures, shown.map((x) => x.sentence), k.terms), confidence: shown[0].score, candidates: evidence };
}

/**
 * 已完成 when the evidence shown states the commitment's end: every item it names is named, every figure it sets is
 * reached in the same unit, or, with no figure, an outcome word of the stage its action asks for is written (开工 for
 * a 开工, 建成/通车/投产 for a 建成…). The stage is the action's or an outcome word of the clause itself (推动…建成投产,
 * 推动…尽快发行). Open-ended tasks (推进, 加强, 完善… with no figure and no outcome) are 有进展 whatever the review says.
 */
function statusOf(c: FollowUpCommitment, items: Item[], measures: Measure[], evidence: ReviewSentence[], terms: Term[]): FollowUpStatus {
  // Every item must be reported, not one of several (中鸿新材料、甘电入浙、金七门核电…全部开工); what a figure counts
  // (电源项目装机) is judged by the figure.
  const named = items.filter((it) => !measures.some((m) => it.text.includes(m.subject.text)));
  if (!named.every((it) => evidence.some((s) => namedWhole(it, s) || s.match.includes(it.core)))) return '有进展';
  // An event or campaign named by the review was held.
  if (named.length > 0 && measures.length === 0 && DISCRETE_EVENT.test(c.quote)) return '已完成';
  // A kind of a set (配售型 of 配售型保障性住房) no sentence shown names: the set's figure says nothing of the kind's.
  if (terms.some((t) => kindWord(t) && !evidence.some((s) => s.match.includes(t.text)))) return '有进展';
  if (measures.length > 0) {
    // Each figure as the best sentence giving it says (not a larger one of another sentence shown after it).
    // A figure of a broader set (保障性住房 for 保租房) says nothing of the item's own being reached.
    const judged = measures.map((m) => reached(m, evidence.map((s) => measured(m, s, false)).find((fs) => fs.length > 0) ?? []));
    if (judged.every((r) => r === true)) return '已完成';
    if (judged.some((r) => r === false)) return '有进展';
    // A figure of a thing no sentence shown names (隐形冠军 beside 单项冠军 and 小巨人 reached) is not reported reached.
    if (judged.some((r, i) => r === null && !evidence.some((s) => s.match.includes(measures[i].subject.text)))) return '有进展';
  }
  const written = OUTCOME_STAGES.filter(([, ws]) => ws.some((w) => !FIGURE_PREDICATES.includes(w) && c.quote.includes(w)));
  // 推进城中村改造: the open verb governs the result word, which names the work; no end is written.
  if (written.length === 0 && OPEN_LEAD.test(c.quote)) return '有进展';
  const stages = new Set([...(DONE_BY[c.action] ?? []), ...written.map(([stage]) => stage)]);
  if (stages.size === 0) return '有进展';
  const words = OUTCOME_STAGES.filter(([stage]) => stages.has(stage)).flatMap(([, ws]) => ws);
  return evidence.some((s) => words.some((w) => s.match.includes(w))) ? '已完成' : '有进展';
}


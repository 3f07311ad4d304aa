// Commitment follow-up: which sentences of next year's review report on a commitment, how sure that is, and what
// they say became of it (已完成, 有进展, or 未见回应 when no sentence reports on it). Pure.
//
// A sentence is scored by what the commitment is about (followup-terms.ts): the share of the commitment's terms it
// holds, each term weighted by how rare it is among the review's sentences and in the genre (a word every report
// uses says little), its units of measure as terms too. A sentence that names one of the commitment's named items
// whole (杭衢高铁, with its head and variants) is likely to report on it however long the commitment's list; a
// commitment that names items is not followed by a sentence that holds none of them.
import type { SectionKind, Span } from '../types.js';
import type { Quantity } from '../extract/plan/types.js';
import { quantitiesIn } from '../extract/plan/clauses.js';
import { unitScale } from '../lexicon/grammar.js';
import { ACTION_WORDS } from '../lexicon/actions.js';
import { DONE_BY, GENRE_WORDS, OUTCOME_STAGES, PHASE, PLEDGE_LIST, PLEDGES_DONE } from '../lexicon/followup.js';
import { canonical, commitmentTerms, headAt, sameKind, type Item, type Term } from './followup-terms.js';

export type FollowUpStatus = '已完成' | '有进展' | '未见回应';

export interface Sentence {
  span: Span;
  text: string;
}

export interface Candidate {
  span: Span;
  text: string;
  score: number;
}

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

type Figure = Pick<Quantity, 'low' | 'high' | 'unit' | 'qualifier'> & { at: number; end: number };

interface ReviewSentence extends Sentence {
  /** The text with short forms (canonical), which terms and figures are read in. */
  match: string;
  /** Its character pairs: a piece of a term can be in the sentence only if each of its pairs is. */
  grams: Set<string>;
  figures: Figure[];
}

/** A review prepared once for all the commitments matched against it. */
export interface Review {
  sentences: ReviewSentence[];
  /** Character pair -> the sentences holding it, in order. */
  index: Map<string, number[]>;
  /** How many sentences hold a term (filled as terms are met). */
  df: Map<string, number>;
  /** The sentence saying the year's livelihood-pledge list was carried out, if any. */
  pledgesDone: Sentence | null;
}

/** A commitment's figure and the term it measures (投资 of 完成年度投资1万亿元). */
interface Measure extends Figure {
  base: string;
  subject: Term;
}

/** A sentence is shown as a follow-up from this confidence on. */
export const FOLLOWUP_THRESHOLD = 0.5;
/** A sentence naming one of the commitment's items whole is at least this sure. */
const NAMED_FLOOR = 0.6;
/**
 * A sentence that shares only common words with the commitment (no rare word, name or figure) keeps this share of its
 * score: the review's general sentences share such words by chance (推动制造业投资稳定增长 and a list of 投资促进大会,
 * 制造大会…).
 */
const GENERIC_ONLY = 0.8;
/** A sentence holding none of the commitment's names keeps this share of its score. */
const UNNAMED_SHARE = 0.5;
/** A sentence using the commitment's own verbs (推进…建设, 开工) ranks above an otherwise equal one. */
const VERB_BONUS = 0.01;
/** How far before a figure its subject may stand in a sentence (完成投资1.4万亿元, 新增城镇就业13.93万人). */
const SUBJECT_WINDOW = 10;
/** Terms of one phrase more than this many characters apart in a sentence count for SCATTERED of their weight. */
const PHRASE_GAP = 6;
const SCATTERED = 0.5;
/** A piece names an item whole when it holds this share of the item's core. */
const CORE_SHARE = 0.6;
/** Outcome words that state an endpoint when a commitment writes them (建成投产, 尽快发行); 达/超/实现 do not. */
const ENDPOINTS = /^(?!达$|超$|实现$|达到$|超过$|突破$|通过$)/;
const PHASE_AT = new RegExp(`^(?:${PHASE.source})`);
const VERB_RE = new RegExp([...ACTION_WORDS].map((a) => a.word).sort((a, b) => b.length - a.length).join('|'), 'g');

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
    for (const g of grams) index.set(g, [...(index.get(g) ?? []), i]);
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
  const { text, terms, items } = commitmentTerms(c.quote);
  const measures = measuresOf(text, terms);
  const weights = terms.map((t) => weight(review, t));
  const measureDfs = measures.map((m) => measureDf(review, m));
  const measureWeights = measureDfs.map((df) => idf(review.sentences.length, df, 0));
  const mass = sum(weights) + sum(measureWeights);
  const verbs = verbsIn(c.quote);
  const scored: Array<Candidate & { sentence: ReviewSentence }> = [];
  // Only the sentences sharing a character pair with a term can score.
  const near = new Set(terms.flatMap((t) => pairs(t.text)).flatMap((g) => review.index.get(g) ?? []));
  if (mass > 0) {
    for (const i of [...near].sort((a, b) => a - b)) {
      const s = review.sentences[i];
      const score = sentenceScore({ terms, items, weights, measures, measureWeights, measureDfs, mass, verbs }, s);
      if (score > 0) scored.push({ span: s.span, text: s.text, score, sentence: s });
    }
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
  return { status: statusOf(c, items, measures, shown.map((x) => x.sentence)), confidence: shown[0].score, candidates: evidence };
}

interface Scoring {
  terms: Term[];
  items: Item[];
  weights: number[];
  measures: Measure[];
  measureWeights: number[];
  /** How many sentences give each measure. */
  measureDfs: number[];
  mass: number;
  verbs: string[];
}

function sentenceScore(k: Scoring, s: ReviewSentence): number {
  let got = 0;
  let rare = 0;
  let rareSeen = 0;
  const parts = k.terms.map((t) => termPart(t, s));
  let specific = false;
  k.terms.forEach((t, i) => {
    const part = parts[i] * (apart(k.terms, parts, i, s.match) ? SCATTERED : 1);
    got += k.weights[i] * part;
    if (!t.common && part > 0) specific = true;
    if (!t.common) {
      rare++;
      if (part > 0) rareSeen++;
    }
  });
  let named = false;
  k.measures.forEach((m, i) => {
    const figures = measured(m, s);
    if (figures.length === 0) return;
    if (!m.subject.common) specific = true;
    // A figure of the same size (within a factor of two) is more likely the year's report on the target; one of a
    // rare thing (装机) the review gives in no other sentence reports on it as surely as the item's name would.
    const same = figures.some((f) => sameSize(m, f));
    got += k.measureWeights[i] * (same ? 1 : 0.5);
    if (same && k.measureDfs[i] <= 1 && !m.subject.common && s.match.includes(m.subject.text)) named = true;
  });
  const share = (got * (specific ? 1 : GENERIC_ONLY)) / k.mass;
  if (k.items.some((it) => namedWhole(it, s))) named = true;
  if (named) specific = true;
  const score = named ? Math.max(share, NAMED_FLOOR + (1 - NAMED_FLOOR) * share) : rare > 0 && rareSeen === 0 ? share * UNNAMED_SHARE : share;
  return score > 0 ? round(score + VERB_BONUS * Math.min(3, k.verbs.filter((v) => s.match.includes(v)).length)) : 0;
}

function sameSize(m: Measure, f: Figure): boolean {
  const a = m.high * unitScale(m.unit).scale;
  const b = f.high * unitScale(f.unit).scale;
  return a > 0 && b > 0 && b / a <= 2 && a / b <= 2;
}

/**
 * Whether a sentence names an item whole: by one of its forms (杭衢高铁, 汕漳高铁, a quoted name), by the most of a
 * long item in one piece (中欧班列集结中心 of 长三角中欧班列集结中心), or by the name of a physical project of three
 * characters or more; never followed by a head of another kind of work (新生圩码头 for 新生圩过江通道) or another phase.
 */
function namedWhole(it: Item, s: ReviewSentence): boolean {
  if (it.quoted) return s.match.includes(it.core);
  if (it.forms.some((f) => foundAs(it, s.match, f))) return true;
  // The piece may run into the generic words at the item's ends (中心 of …集结中心), but must be mostly its core.
  const piece = longestPiece(it.text, s);
  const ofCore = Math.min(piece.at + piece.text.length, it.coreAt + it.core.length) - Math.max(piece.at, it.coreAt);
  if (piece.text.length >= 4 && ofCore >= CORE_SHARE * it.core.length && foundAs(it, s.match, piece.text)) return true;
  const name = it.head && it.core.endsWith(it.head) ? it.core.slice(0, -it.head.length) : it.core;
  return !!it.head && name.length >= 3 && foundAs(it, s.match, name, true);
}

/**
 * How much of a term a sentence holds: a quoted name whole or not; a common word by its longest piece (重大 of 重大项目);
 * a rare stretch by all its pieces (宁波舟山港…集装箱吞吐量); squared, so that half a word counts little.
 */
function termPart(t: Term, s: ReviewSentence): number {
  if (t.quoted || t.text.length === 2) return s.match.includes(t.text) ? 1 : 0;
  if (t.common) return (longestPiece(t.text, s).text.length / t.text.length) ** 2;
  return covered(t.text, s) ** 2;
}

/**
 * Whether a term found in the sentence stands apart from every other found term of its phrase: 制造业 and 投资 of
 * 制造业投资 far apart in a long sentence are not that phrase.
 */
function apart(terms: Term[], parts: number[], i: number, sentence: string): boolean {
  const t = terms[i];
  if (t.run < 0 || parts[i] < 1) return false;
  const mates = terms.filter((u, j) => j !== i && u.run === t.run && parts[j] === 1);
  if (mates.length === 0) return false;
  const at = positions(sentence, t.text);
  return !mates.some((u) => positions(sentence, u.text).some((b) => at.some((a) => Math.abs(a - b) <= PHRASE_GAP + Math.max(t.text.length, u.text.length))));
}

function positions(sentence: string, text: string): number[] {
  const out: number[] = [];
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) out.push(at);
  return out;
}

/**
 * Whether the sentence holds the text with no head of another kind, nor another phase, right after it (with a head
 * of the same kind when `headed`).
 */
function foundAs(it: Item, sentence: string, text: string, headed = false): boolean {
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const after = at + text.length;
    const head = headAt(sentence, after);
    if (it.head && head && !sameKind(head, it.head)) continue;
    if (headed && !head) continue;
    const phase = PHASE_AT.exec(sentence.slice(after, after + 4))?.[0];
    if (it.phase && phase && phase !== it.phase) continue;
    return true;
  }
  return false;
}

/** The longest stretch (two characters or more) of the text the sentence holds, and where it starts in the text. */
function longestPiece(text: string, s: ReviewSentence): { text: string; at: number } {
  let best = { text: '', at: 0 };
  for (let i = 0; i + Math.max(best.text.length, 1) < text.length; i++) {
    let n = 1;
    while (i + n < text.length && s.grams.has(text.slice(i + n - 1, i + n + 1))) n++;
    while (n > best.text.length && n >= 2 && !s.match.includes(text.slice(i, i + n))) n--;
    if (n >= 2 && n > best.text.length) best = { text: text.slice(i, i + n), at: i };
  }
  return best;
}

/**
 * The figures of a commitment, each with the term it measures: the nearest in the same phrase, before it (新增学位
 * 6000个, 完成投资1万亿元) or after it (实施105个老旧小区改造). A figure with no term near it is not matched on.
 */
function measuresOf(quote: string, terms: Term[]): Measure[] {
  const out: Measure[] = [];
  for (const f of figuresIn(quote)) {
    if (!f.unit) continue;
    let subject: Term | null = null;
    let gap = SUBJECT_WINDOW + 1;
    for (const t of terms) {
      for (let at = quote.indexOf(t.text); at >= 0; at = quote.indexOf(t.text, at + 1)) {
        if (at + t.text.length > f.at && at < f.end) continue;
        // After a count (3个省级以上产业集群) the phrase's last term is what is counted.
        const before = at < f.at;
        const between = before ? quote.slice(at + t.text.length, f.at) : quote.slice(f.end, at);
        if (/[，；。、]/.test(between) || between.length > SUBJECT_WINDOW) continue;
        const distance = before ? between.length : 0.5;
        if (distance < gap || (!before && gap === 0.5)) [subject, gap] = [t, distance];
      }
    }
    if (subject) out.push({ ...f, base: baseUnit(f.unit), subject });
  }
  return out;
}

/**
 * The sentence's figures in a measure's unit with its subject written near them, in the same phrase. The subject is
 * known by its head, its last two characters (住房 of 配售型保障性住房 in 新筹建各类保障性住房28.6万套).
 */
function measured(m: Measure, s: ReviewSentence): Figure[] {
  const head = m.subject.text.slice(-2);
  return s.figures.filter((f) => {
    if (baseUnit(f.unit) !== m.base) return false;
    const before = s.match.slice(Math.max(0, f.at - SUBJECT_WINDOW - head.length), f.at);
    const after = s.match.slice(f.end, f.end + SUBJECT_WINDOW + head.length);
    const b = before.lastIndexOf(head);
    const a = after.indexOf(head);
    return (b >= 0 && !/[，；。]/.test(before.slice(b))) || (a >= 0 && !/[，；。]/.test(after.slice(0, a)));
  });
}

/**
 * 已完成 when the evidence shown states the commitment's end: every item it names is named, every figure it sets is
 * reached in the same unit, or, with no figure, an outcome word of the stage its action asks for is written (开工 for
 * a 开工, 建成/通车/投产 for a 建成…). The stage is the action's or an outcome word of the clause itself (推动…建成投产,
 * 推动…尽快发行). Open-ended tasks (推进, 加强, 完善… with no figure and no outcome) are 有进展 whatever the review says.
 */
function statusOf(c: FollowUpCommitment, items: Item[], measures: Measure[], evidence: ReviewSentence[]): FollowUpStatus {
  // Every item must be reported, not one of several (中鸿新材料、甘电入浙、金七门核电…全部开工); what a figure counts
  // (电源项目装机) is judged by the figure.
  const named = items.filter((it) => !measures.some((m) => it.text.includes(m.subject.text)));
  if (!named.every((it) => evidence.some((s) => namedWhole(it, s) || s.match.includes(it.core)))) return '有进展';
  if (measures.length > 0) {
    const judged = measures.map((m) => reached(m, evidence.flatMap((s) => measured(m, s))));
    if (judged.every((r) => r === true)) return '已完成';
    if (judged.some((r) => r === false)) return '有进展';
  }
  const stages = new Set([...(DONE_BY[c.action] ?? []), ...OUTCOME_STAGES.filter(([, ws]) => ws.some((w) => ENDPOINTS.test(w) && c.quote.includes(w))).map(([stage]) => stage)]);
  if (stages.size === 0) return '有进展';
  const words = OUTCOME_STAGES.filter(([stage]) => stages.has(stage)).flatMap(([, ws]) => ws);
  return evidence.some((s) => words.some((w) => s.match.includes(w))) ? '已完成' : '有进展';
}

/** Whether one of the figures reaches the commitment's; null when there is none to judge by. */
function reached(m: Measure, figures: Figure[]): boolean | null {
  if (figures.length === 0) return null;
  const inBase = (v: number, unit: string | null): number => v * unitScale(unit).scale;
  if (m.qualifier === 'at_most') return figures.some((f) => inBase(f.low, f.unit) <= inBase(m.high, m.unit));
  return figures.some((f) => inBase(f.high, f.unit) >= inBase(m.low, m.unit) * 0.999);
}

/** The action verbs as written in a clause (actions.ts), each once. */
function verbsIn(quote: string): string[] {
  return [...new Set(quote.match(VERB_RE) ?? [])];
}

function figuresIn(text: string): Figure[] {
  return quantitiesIn(text, [0, text.length]).map((q) => ({ low: q.low, high: q.high, unit: q.unit, qualifier: q.qualifier, at: q.span[0], end: q.span[1] }));
}

/** The share of a name's characters found in the sentence as pieces of at least two characters. */
function covered(name: string, s: ReviewSentence): number {
  let hit = 0;
  for (let i = 0; i < name.length - 1; ) {
    if (!s.grams.has(name.slice(i, i + 2))) {
      i++;
      continue;
    }
    let n = 2;
    while (i + n < name.length && s.grams.has(name.slice(i + n - 1, i + n + 1)) && s.match.includes(name.slice(i, i + n + 1))) n++;
    hit += n;
    i += n;
  }
  return hit / name.length;
}

/** The pairs of adjacent characters of a text. */
function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

function weight(review: Review, t: Term): number {
  let df = review.df.get(t.text);
  if (df === undefined) {
    df = review.sentences.reduce((n, s) => n + (s.match.includes(t.text) ? 1 : 0), 0);
    review.df.set(t.text, df);
  }
  return idf(review.sentences.length, df, GENRE_WORDS.get(t.text) ?? 0);
}

/**
 * Inverse sentence frequency over the review, with the genre's share as a prior: the count observed here averaged
 * with the count a review of this length would hold by the genre's rate.
 */
function idf(n: number, df: number, genreShare: number): number {
  return Math.max(0, Math.log((n + 1) / ((df + n * genreShare) / 2 + 0.5)));
}

/** How many sentences give a figure of the measure: its unit with its subject near it. */
function measureDf(review: Review, m: Measure): number {
  const key = `\u0000${m.subject.text.slice(-2)}\u0000${m.base}`;
  let df = review.df.get(key);
  if (df === undefined) {
    df = review.sentences.reduce((n, s) => n + (measured(m, s).length > 0 ? 1 : 0), 0);
    review.df.set(key, df);
  }
  return df;
}

const baseUnit = (unit: string | null): string => unitScale(unit).base ?? '';
const round = (x: number): number => Math.round(x * 1000) / 1000;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

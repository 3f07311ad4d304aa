// How surely a review sentence reports on a commitment: the share of what the commitment is about that it holds,
// each term weighted by its rarity in the review and in the genre, with names and figures of the same thing counting
// as a name does. Pure; followup.ts runs it over a review.
import { ACTION_WORDS } from '../lexicon/actions.js';
import { CONTENT_VERBS, GENRE_WORDS, NAME_HEADS, PHASE, SEPARATORS } from '../lexicon/followup.js';
import { commitmentTerms, headAt, kindWord, sameKind, type Item, type Term } from './followup-terms.js';
import { baseUnit, measured, measuresOf, sameSize, sameValue, type Figure, type Measure } from './followup-measures.js';
import type { Sentence } from './followup.js';
import { unitScale } from '../lexicon/grammar.js';

export interface ReviewSentence extends Sentence {
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
  /** How many sentences hold a term or give a measure (filled as they are met). */
  df: Map<string, number>;
  /** The sentence saying the year's livelihood-pledge list was carried out, if any. */
  pledgesDone: Sentence | null;
}

/** What a commitment is about, weighed against one review. */
export interface Scorer {
  terms: Term[];
  items: Item[];
  measures: Measure[];
  /** Per measure, its subject with the term written right before it (租赁补贴, 城镇新增就业), or null. */
  compounds: Array<string | null>;
  /** Per compound, how many sentences of the review write it. */
  compoundDfs: number[];
  /** Per item, the measure whose figure counts it (its index), or -1. */
  countedBy: number[];
  /** Each term's and each measure's weight, and how many sentences give each measure. */
  weights: number[];
  measureWeights: number[];
  measureDfs: number[];
  mass: number;
  verbs: string[];
  /** The commitment as the kind of a batch alone, its examples left out (小松涛巷等一批城市更新试点项目), or null. */
  batch: Scorer | null;
}

/** A sentence naming one of the commitment's items whole is at least this sure. */
const NAMED_FLOOR = 0.6;
/**
 * A sentence that shares only common words with the commitment (no rare word, name or figure of a rare thing) keeps
 * this share of its score: the review's general sentences share such words by chance (推动制造业投资稳定增长 and a
 * list of 投资促进大会, 制造大会…).
 */
const GENERIC_ONLY = 0.8;
/** A sentence giving no figure of any of the commitment's measures, naming none of its items, keeps this share. */
const NO_FIGURE = 0.7;
/** A sentence holding none of the commitment's rare words keeps this share of its score. */
const UNNAMED_SHARE = 0.5;
/** A commitment's exact figure (value and unit) given by at most this many sentences names what it measures. */
const EXACT_DF = 2;
/** …of a hundred or more in its base unit (8条 of 8条地铁线路, 10家 of 10家经开区 are counts any sentence may give). */
const EXACT_MIN = 100;
/** A sentence using the commitment's own verbs (推进…建设, 开工) ranks above an otherwise equal one. */
const VERB_BONUS = 0.01;
/** Terms of one phrase more than this many characters apart in a sentence count for SCATTERED of their weight. */
const PHRASE_GAP = 6;
const SCATTERED = 0.5;
/** A piece names an item whole when it holds this share of the item's core. */
const CORE_SHARE = 0.6;
/** At most this many characters (a verb: 新增) between a figure's subject and the term before it in its name. */
const COMPOUND_GAP = 2;
/** How far an item a figure counts may stand from it (市属国企 + 新增投资 + 1000亿元). */
const COUNT_GAP = 4;
const PHASE_AT = new RegExp(`^(?:${PHASE.source})`);
const VERB_RE = new RegExp([...ACTION_WORDS].map((a) => a.word).sort((a, b) => b.length - a.length).join('|'), 'g');

/** The commitment's terms, items and figures, weighted by their rarity in this review. */
export function scorer(quote: string, review: Review): Scorer {
  const { text, terms, items } = commitmentTerms(quote);
  const measures = measuresOf(text, terms);
  const weights = terms.map((t) => idf(review.sentences.length, df(review, t.text, (s) => s.match.includes(t.text)), GENRE_WORDS.get(t.text) ?? 0));
  const measureDfs = measures.map((m) => df(review, `\u0000${m.subject.text.slice(-2)}\u0000${m.base}`, (s) => measured(m, s).length > 0));
  const measureWeights = measureDfs.map((n) => idf(review.sentences.length, n, 0));
  const mass = sum(weights) + sum(measureWeights);
  const compounds = measures.map((m) => {
    const before = terms.find((t) => t.run === m.subject.run && t.at + t.text.length === m.subject.at);
    if (before) return before.text.length + m.subject.text.length >= 4 ? before.text + m.subject.text : null;
    // …or with a short verb between (城镇新增就业 of 城镇新增就业60万人): the indicator's name as written, which a
    // review writes before its figure.
    const gapped = terms.find((t) => t.at + t.text.length < m.subject.at && m.subject.at - t.at - t.text.length <= COMPOUND_GAP && !/[，；。、]/.test(text.slice(t.at, m.subject.at)));
    return gapped ? text.slice(gapped.at, m.subject.at + m.subject.text.length) : null;
  });
  const compoundDfs = compounds.map((c) => (c ? df(review, `\u0001${c}`, (s) => s.match.includes(c)) : 0));
  // A rate (货邮吞吐量分别增长6%) is the item's change, which a review gives by the level reached (突破100万吨): it does
  // not hold back the item's name.
  const countedBy = items.map((it) => (it.quoted ? -1 : measures.findIndex((m) => m.base !== '%' && counts(text, it, m))));
  const verbs = [...new Set(quote.match(VERB_RE) ?? [])];
  const k: Scorer = { terms, items, measures, compounds, compoundDfs, countedBy, weights, measureWeights, measureDfs, mass, verbs, batch: null };
  // Examples of a batch (19号线等5条地铁, 小松涛巷等一批…项目): a sentence giving another batch of that kind, with
  // examples of its own (15号线等9个地铁项目), reports on it; the batch is then scored by its kind alone.
  const b = BATCH.exec(text);
  if (b) {
    const at = b.index + b[0].length;
    const keep = terms.map((t) => t.at >= at);
    const keptItems = items.map((it) => text.lastIndexOf(it.text) >= at);
    const w = weights.filter((_, i) => keep[i]);
    // The batch's own count (5条 of 等5条地铁) is its size, which the sentence gives of its own batch.
    const keepM = measures.map((m) => m.at < b.index || m.at >= at);
    const mw = measureWeights.filter((_, i) => keepM[i]);
    if (w.length > 0 && keep.some((x) => !x)) {
      const kept = items.map((_, j) => j).filter((j) => keptItems[j]);
      const newIndex = measures.map((_, i) => keepM.slice(0, i).filter(Boolean).length);
      k.batch = {
        ...k,
        terms: terms.filter((_, i) => keep[i]),
        weights: w,
        items: kept.map((j) => items[j]),
        countedBy: kept.map((j) => (countedBy[j] >= 0 && keepM[countedBy[j]] ? newIndex[countedBy[j]] : -1)),
        measures: measures.filter((_, i) => keepM[i]),
        compounds: compounds.filter((_, i) => keepM[i]),
        compoundDfs: compoundDfs.filter((_, i) => keepM[i]),
        measureWeights: mw,
        measureDfs: measureDfs.filter((_, i) => keepM[i]),
        mass: sum(w) + sum(mw),
      };
    }
  }
  return k;
}

/** A batch after its examples: 等 and a count or 一批 (等5条, 等一批, 等1100个). */
const BATCH = /等(?:一批|[\d一二三四五六七八九十百千万]+(?:个|条|座|家|项|所|处|批))/;

/**
 * Whether a figure counts an item: the item stands next to it in its phrase, no list mark between (市属国企新增投资
 * 1000亿元, 新增规上工业企业1000家, 完成老旧小区改造200个; not 19号线 of 19号线等5条地铁).
 */
function counts(text: string, it: Item, m: Measure): boolean {
  for (let at = text.indexOf(it.text); at >= 0; at = text.indexOf(it.text, at + 1)) {
    const end = at + it.text.length;
    const between = end <= m.at ? text.slice(end, m.at) : m.end <= at ? text.slice(m.end, at) : null;
    if (between !== null && between.length <= COUNT_GAP && !/[等、，；。和及与]/.test(between)) return true;
  }
  return false;
}

/** Whether the sentence gives a figure of the measure's unit for a list holding the item (老旧小区、城中村…36.9万户). */
function listCounted(it: Item, m: Measure, s: ReviewSentence): boolean {
  for (let at = s.match.indexOf(it.core); at >= 0; at = s.match.indexOf(it.core, at + 1)) {
    const end = s.match.slice(at).search(/[，；。]/);
    const clauseEnd = end < 0 ? s.match.length : at + end;
    if (s.figures.some((f) => f.at > at && f.at < clauseEnd && baseUnit(f.unit) === m.base && s.match.slice(at, f.at).includes('、'))) return true;
  }
  return false;
}

/** The sentences sharing a character pair with one of the terms: only these can score. */
export function nearSentences(k: Scorer, review: Review): number[] {
  return [...new Set(k.terms.flatMap((t) => pairs(t.text)).flatMap((g) => review.index.get(g) ?? []))].sort((a, b) => a - b);
}

/** 0–1 (a little over with the verb bonus): how surely the sentence reports on the commitment. */
export function sentenceScore(k: Scorer, s: ReviewSentence): number {
  const own = ownScore(k, s);
  // A sentence giving a batch with examples of its own (…等9个…, …等一批…).
  return k.batch && BATCH.test(s.match) ? Math.max(own, ownScore(k.batch, s)) : own;
}

function ownScore(k: Scorer, s: ReviewSentence): number {
  if (k.mass === 0) return 0;
  const parts = k.terms.map((t) => termPart(t, s));
  // A kind of a set (配售型 of 配售型保障性住房6000套) the sentence does not name, when it gives the set's figure
  // (保障性住房…8.4万套): the broader set is reported on; the kind's word is left out of what the sentence must hold.
  const kindOf = k.terms.map((t, i) => parts[i] === 0 && kindWord(t) && k.measures.some((m) => m.subject.run === t.run && m.subject.at > t.at && measured(m, s).length > 0));
  const mass = k.mass - sum(k.weights.filter((_, i) => kindOf[i]));
  if (mass <= 0) return 0;
  let got = 0;
  let rareSeen = false;
  k.terms.forEach((t, i) => {
    const part = parts[i] * (apart(k.terms, parts, i, s.match) ? SCATTERED : 1);
    got += k.weights[i] * part;
    if (!t.common && part > 0) rareSeen = true;
  });
  // An item a figure counts (市属国企 of 市属国企新增投资1000亿元) is named only with a figure of that measure.
  // …or with a figure of that measure's unit given for a list holding it (开工改造老旧小区、城中村…36.9万户 for
  // 开工改造城镇老旧小区22万户以上).
  let named = k.items.some((it, j) => namedWhole(it, s) && (k.countedBy[j] < 0 || measured(k.measures[k.countedBy[j]], s).length > 0 || listCounted(it, k.measures[k.countedBy[j]], s)));
  let measuredRare = false;
  // A figure's subject written with the word before it (国际班列 of 开行国际班列4500列), in this sentence only, is the
  // thing measured even when the review gives another figure of it (累计开行量超3.1万列) — unless the figure counts an
  // item, which is named only with a figure of its own (老旧小区 of 完成老旧小区改造200个).
  if (k.compounds.some((c, i) => c && k.compoundDfs[i] <= 1 && !k.countedBy.includes(i) && s.match.includes(c))) named = true;
  k.measures.forEach((m, i) => {
    const figures = measured(m, s);
    if (figures.length === 0) return;
    // A figure of the same size is more likely the year's report on the target; one of a rare thing (装机) the
    // review gives in no other sentence reports on it as surely as the item's name would.
    const same = figures.some((f) => sameSize(m, f));
    got += k.measureWeights[i] * (same ? 1 : 0.5);
    // The target's very figure (200万户 with 经营主体), not a share nor a small count, in few sentences: the review
    // reports on it.
    if (m.base !== '%' && m.high * unitScale(m.unit).scale >= EXACT_MIN && k.measureDfs[i] <= EXACT_DF && figures.some((f) => sameValue(m, f))) named = true;
    // …or of its subject's whole phrase (租赁补贴 of 公租房租赁补贴不少于4万户 in 发放租赁补贴惠及6.2万户).
    if (same && k.measureDfs[i] <= 1 && k.compounds[i] && s.match.includes(k.compounds[i]!)) named = true;
    if (m.subject.common) return;
    measuredRare = true;
    if (same && k.measureDfs[i] <= 1 && s.match.includes(m.subject.text)) named = true;
  });
  // A target's subject without any figure of it (市属国企利润总额 for 市属国企新增投资1000亿元) is less sure.
  const unfigured = k.measures.length > 0 && !named && k.measures.every((m) => measured(m, s).length === 0) ? NO_FIGURE : 1;
  const share = (got / mass) * (rareSeen || measuredRare || named ? 1 : GENERIC_ONLY) * unfigured;
  const unnamed = !rareSeen && k.terms.some((t, i) => !t.common && !kindOf[i]);
  const score = named ? Math.max(share, NAMED_FLOOR + (1 - NAMED_FLOOR) * share) : unnamed ? share * UNNAMED_SHARE : share;
  return score > 0 ? round(score + VERB_BONUS * Math.min(3, k.verbs.filter((v) => s.match.includes(v)).length)) : 0;
}

/**
 * Whether a sentence names an item whole: by one of its forms (杭衢高铁, 汕漳高铁, a quoted name), by the most of a
 * long item in one piece (中欧班列集结中心 of 长三角中欧班列集结中心), or by the name of a physical project of three
 * characters or more; never followed by a head of another kind of work (新生圩码头 for 新生圩过江通道) or another phase.
 */
export function namedWhole(it: Item, s: ReviewSentence): boolean {
  if (it.quoted) return s.match.includes(it.core);
  if (it.forms.some((f) => foundAs(it, s.match, f))) return true;
  // The piece may run into the generic words at the item's ends (中心 of …集结中心), but must be mostly its core.
  const piece = longestPiece(it.text, s);
  const ofCore = Math.min(piece.at + piece.text.length, it.coreAt + it.core.length) - Math.max(piece.at, it.coreAt);
  // A piece short of the core's start must open a name in the sentence: 东路北延 of 侨城东路北延 is not 沙河东路北延.
  const open = piece.at > it.coreAt;
  // A piece short of the item's end, followed by another word, names another item (规上工业企业数字化 for …绿色化,
  // 儿童友好社区 for 儿童友好公园; not 惠州埃克森美孚一期 for 惠州埃克森美孚乙烯一期).
  const short = piece.at + piece.text.length < it.text.length;
  if (piece.text.length >= 4 && ofCore >= CORE_SHARE * it.core.length && foundAs(it, s.match, piece.text, false, open, short)) return true;
  const name = it.head && it.core.endsWith(it.head) ? it.core.slice(0, -it.head.length) : it.core;
  if (!it.head && it.work && it.core === it.text && it.core.length === 3 && listMember(s.match, it.core, it.work)) return true;
  return !!it.head && name.length >= 3 && foundAs(it, s.match, name, true);
}

/**
 * How much of a term a sentence holds: a quoted name or a two-character word whole or not; a longer common word by
 * its longest piece from its start (重大 of 重大项目, not 项目); a rare stretch by all its pieces (宁波舟山港…集装箱吞吐量), not by its head alone;
 * squared, so that half a word counts little.
 */
function termPart(t: Term, s: ReviewSentence): number {
  if (t.quoted) return s.match.includes(t.text) ? 1 : 0;
  if (t.text.length === 2) return positions(s.match, t.text).some((at) => !insideVerb(t.text, s.match, at)) ? 1 : 0;
  if (t.common) {
    // Its head alone is another thing of that kind (更新 of 城市更新 in 工业功能区有机更新): only a piece from its
    // start counts.
    const piece = longestPiece(t.text, s);
    return piece.at > 0 ? 0 : (piece.text.length / t.text.length) ** 2;
  }
  // A name's head alone is another project of its kind (灌区 of 向家坝灌区 in 亭子口灌区).
  const head = NAME_HEADS.find((h) => t.text.endsWith(h) && t.text.length >= h.length + 2);
  if (head && covered(t.text.slice(0, -head.length), s) === 0) return 0;
  // A kind of X (民营型, 跨国型) is reported as X (民营经济总部).
  if (t.text.length === 3 && t.text.endsWith('型') && s.match.includes(t.text.slice(0, 2))) return 1;
  return covered(t.text, s) ** 2;
}

/**
 * Whether a word of the commitment opens, in the sentence, a longer action verb of the lexicon (投入 of 投入使用,
 * 投入运营: put into use, not funding): the verb, not the word. (Not a verb of the work itself: 修复 of 修复治理 is the work.)
 */
function insideVerb(word: string, sentence: string, at: number): boolean {
  if (CONTENT_VERBS.has(word)) return false;
  let verbs = VERBS_HOLDING.get(word);
  if (!verbs) VERBS_HOLDING.set(word, (verbs = [...ACTION_WORD_SET].filter((v) => v.length > word.length && v.startsWith(word))));
  return verbs.some((v) => sentence.startsWith(v, at));
}
const ACTION_WORD_SET = new Set(ACTION_WORDS.map((a) => a.word));
const VERBS_HOLDING = new Map<string, string[]>();

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
  const near = (u: Term): boolean => positions(sentence, u.text).some((b) => at.some((a) => Math.abs(a - b) <= PHRASE_GAP + Math.max(t.text.length, u.text.length)));
  return !mates.some(near);
}

/**
 * Whether the sentence holds the text with no head of another kind, nor another phase, right after it (with a head
 * of the same kind when `headed`; with no other word after it when `ends`).
 */
function foundAs(it: Item, sentence: string, text: string, headed = false, open = false, ends = false): boolean {
  for (const at of positions(sentence, text)) {
    if (open && !opensName(sentence, at)) continue;
    const after = at + text.length;
    const head = headAt(sentence, after);
    if (it.head && head && !sameKind(head, it.head)) continue;
    if (headed && !head) continue;
    const phase = PHASE_AT.exec(sentence.slice(after, after + 4))?.[0];
    if (it.phase && phase && phase !== it.phase) continue;
    // The name must end there: another word after it makes another item, and so does a head of a kind of work the
    // item does not name (成都国际铁路港 for 成都国际友谊公园).
    if (ends && !(head && it.head) && !phase && HAN.test(sentence[after] ?? '') && !SEPARATORS.some((w) => sentence.startsWith(w, after)) && !PREDICATE_OPENERS.some((w) => sentence.startsWith(w, after))) continue;
    return true;
  }
  return false;
}

/** Whether a name may start at a position of the sentence: after no Han character, or after a verb or manner word. */
function opensName(sentence: string, at: number): boolean {
  if (at === 0 || !HAN.test(sentence[at - 1])) return true;
  const before = sentence.slice(Math.max(0, at - 6), at);
  return SEPARATORS.some((w) => before.endsWith(w));
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether the sentence writes the word as a member of a list of its own in a clause with the work the commitment
 * does on it (改造 of 城中村改造 in 开工改造老旧小区、城中村、农村危房): a short rare word the list sets apart is that
 * thing, not part of another name (青少年、孕产妇 of a list of groups does no work).
 */
function listMember(sentence: string, word: string, work: string): boolean {
  return positions(sentence, word).some((at) => {
    const before = sentence[at - 1] ?? '';
    const after = sentence[at + word.length] ?? '';
    if (!((before === '、' && /^[、等和及]/.test(after)) || (after === '、' && /^[、，：；]/.test(before)))) return false;
    const start = Math.max(...['，', '；', '。'].map((c) => sentence.lastIndexOf(c, at)));
    const end = sentence.slice(at).search(/[，；。]/);
    return sentence.slice(start + 1, end < 0 ? sentence.length : at + end).includes(work);
  });
}

/**
 * Words that open the predicate after a name, no word of another item (哈尔滨机场被列入…, 机场已…, 二者均…): the name
 * ends before them.
 */
const PREDICATE_OPENERS = ['被', '已', '均', '首次'];

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

function positions(sentence: string, text: string): number[] {
  const out: number[] = [];
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) out.push(at);
  return out;
}

/** The pairs of adjacent characters of a text. */
export function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** How many of the review's sentences pass a test, counted once per key. */
function df(review: Review, key: string, holds: (s: ReviewSentence) => boolean): number {
  let n = review.df.get(key);
  if (n === undefined) {
    n = review.sentences.reduce((k, s) => k + (holds(s) ? 1 : 0), 0);
    review.df.set(key, n);
  }
  return n;
}

/**
 * Inverse sentence frequency over the review, with the genre's share as a prior: the count observed here averaged
 * with the count a review of this length would hold by the genre's rate.
 */
function idf(n: number, count: number, genreShare: number): number {
  return Math.max(0, Math.log((n + 1) / ((count + n * genreShare) / 2 + 0.5)));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

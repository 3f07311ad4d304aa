// Commitment follow-up: which sentences of next year's review most likely report on a commitment. Pure scoring,
// for a person to confirm: character-bigram overlap (Dice over CJK/alphanumeric bigrams, so no segmenter
// disagreement can hide a match) plus a bonus for every shared number and shared quoted/named project.
import type { SectionKind, Span } from '../types.js';

export type FollowUpStatus = '已完成' | '有进展' | '未见回应';

export interface Sentence {
  span: Span;
  text: string;
}

/** Clauses of text[start,end): split after 。！？；; and at line ends; trimmed, at least 6 characters. */
export function clauses(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；;!?\n]+[。！？；;!?]?/g;
  re.lastIndex = 0;
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

const WORDCHAR = /[\p{Script=Han}A-Za-z0-9]/u;

export function bigrams(s: string): Set<string> {
  const chars = [...s].filter((c) => WORDCHAR.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** Numbers as written (200, 6000, 1.5), ignoring years-like 4-digit 19xx/20xx that every sentence shares. */
export function numbers(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) if (!/^(19|20)\d\d$/.test(m[0])) out.add(m[0]);
  return out;
}

/** Names worth matching exactly: quoted 「…」“…” and …项目/工程/运河/港/园区 style runs. */
export function names(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(/[“"「《]([^”"」》]{2,20})[”"」》]/g)) out.add(m[1]);
  for (const m of s.matchAll(/[\p{Script=Han}A-Za-z0-9]{2,12}?(?:项目|工程|运河|铁路|高速|港区|园区|基地|大桥|机场|医院|学校)/gu)) out.add(m[0]);
  return out;
}

export interface Prepared {
  bigrams: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
}

export function prepare(s: string): Prepared {
  return { bigrams: bigrams(s), numbers: numbers(s), names: names(s) };
}

/** Dice(bigrams) + 0.15 per shared number (max 0.45) + 0.25 per shared name (max 0.5). */
export function score(a: Prepared, b: Prepared): number {
  let common = 0;
  const [small, big] = a.bigrams.size <= b.bigrams.size ? [a.bigrams, b.bigrams] : [b.bigrams, a.bigrams];
  for (const g of small) if (big.has(g)) common++;
  const dice = a.bigrams.size + b.bigrams.size ? (2 * common) / (a.bigrams.size + b.bigrams.size) : 0;
  let nums = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) nums++;
  let nm = 0;
  for (const n of a.names) if (b.names.has(n) || [...b.names].some((x) => x.includes(n) || n.includes(x))) nm++;
  return Math.round((dice + Math.min(0.45, 0.15 * nums) + Math.min(0.5, 0.25 * nm)) * 1000) / 1000;
}

export interface Candidate {
  span: Span;
  text: string;
  score: number;
}

/** The `top` best sentences for one commitment (score > 0 only), best first. */
export function bestMatches(commitment: string, sentences: Array<Sentence & { prepared?: Prepared }>, top = 3): Candidate[] {
  const c = prepare(commitment);
  return sentences
    .map((s) => ({ span: s.span, text: s.text, score: score(c, s.prepared ?? prepare(s.text)) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.span[0] - y.span[0])
    .slice(0, top);
}

// Paragraphs with their section path, and clauses cut at ，；。：！？ but never inside “…”, 《…》, （…） or a number.
import type { ParagraphNode, SectionKind, SectionNode, Span } from '../../types.js';
import { ACTION_WORDS, NOT_AFTER, type ActionWord } from '../../lexicon/actions.js';
import { findFigures } from '../numbers.js';
import type { Quantity } from './types.js';

export interface PlanParagraph {
  span: Span;
  kind: SectionKind;
  path: string[];
  /** Where the body starts: after the run-in section title or the paragraph's own heading sentence. */
  bodyStart: number;
}

const OPEN = '“《（(【「『‘';
const CLOSE = '”》）)】」』’';
const CUT = new Set(['，', '；', '。', '：', '！', '？', ';', '!', '?']);

/** A short first sentence with no comma is the paragraph's heading: 推动公共服务优质共享。 */
export function headingEnd(text: string, start: number, end: number): number | null {
  const limit = Math.min(end, start + 32);
  for (let i = start; i < limit; i++) {
    const c = text[i];
    if (c === '，' || c === '；' || c === '：' || c === ',') return null;
    if (c === '。') return i - start >= 4 && i + 1 < end ? i + 1 : null;
  }
  return null;
}

const sectionLabel = (s: SectionNode): string => `${s.marker ?? ''}${s.title}`;

/** Every paragraph in document order with its section kind and path (titles below the top level). */
export function planParagraphs(text: string, sections: SectionNode[]): PlanParagraph[] {
  const out: PlanParagraph[] = [];
  const walk = (node: SectionNode, path: string[]): void => {
    for (const child of node.children) {
      if (child.type === 'section') {
        walk(child, [...path, sectionLabel(child)]);
        continue;
      }
      out.push(paragraphOf(text, child, node, path));
    }
  };
  for (const s of sections) walk(s, []);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

function paragraphOf(text: string, p: ParagraphNode, node: SectionNode, path: string[]): PlanParagraph {
  const [start, end] = p.span;
  // A run-in section title (（一）聚力…。) opens its first paragraph; the body starts after it.
  if (node.titleSpan && node.titleSpan[0] >= start && node.titleSpan[1] <= end) {
    let b = node.titleSpan[1];
    while (b < end && /[。：:！!\s]/.test(text[b])) b++;
    return { span: p.span, kind: node.kind, path, bodyStart: b };
  }
  const h = headingEnd(text, start, end);
  if (h !== null) return { span: p.span, kind: node.kind, path: [...path, text.slice(start, h - 1)], bodyStart: h };
  return { span: p.span, kind: node.kind, path, bodyStart: start };
}

/** Clauses of text[from, to): cut at clause punctuation outside brackets and quotes, trimmed. */
export function splitClauses(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = from;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CUT.has(c)) {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, to);
  return out;
}

/** The clause with quoted and bracketed text blanked out (same length), so verbs in slogans and titles are not read. */
export function masked(text: string, span: Span): string {
  let depth = 0;
  let out = '';
  for (let i = span[0]; i < span[1]; i++) {
    const c = text[i];
    if (OPEN.includes(c)) {
      depth++;
      out += c;
    } else if (CLOSE.includes(c)) {
      depth = Math.max(0, depth - 1);
      out += c;
    } else out += depth > 0 ? '□' : c;
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VERB_RE = new RegExp(ACTION_WORDS.map((a) => escape(a.word)).join('|'), 'g');
const BY_WORD = new Map(ACTION_WORDS.map((a) => [a.word, a]));

export interface VerbHit extends ActionWord {
  start: number;
  end: number;
}

/** Action words in a (masked) clause string; offsets are relative to the clause start `base`. */
export function findVerbs(clause: string, base: number): VerbHit[] {
  const out: VerbHit[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(clause); m !== null; m = VERB_RE.exec(clause)) {
    const w = BY_WORD.get(m[0])!;
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (NOT_AFTER[w.word]?.test(after)) continue;
    out.push({ ...w, start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** The clause's action: the first specific verb, else the first generic one. */
export function mainVerb(verbs: VerbHit[]): VerbHit | null {
  return verbs.find((v) => v.specific) ?? verbs[0] ?? null;
}

/** Figures that are amounts (a unit, not a date, not part of a name such as 20万吨级 or 3号机组). */
export function quantitiesIn(text: string, span: Span, exclude: Span[] = []): Quantity[] {
  const figs = findFigures(text, span[0], span[1]).filter((f) => {
    if (f.rank || f.unit === null) return false;
    if (/[级号型期版代线届]/.test(text[f.end] ?? '')) return false;
    if (text[f.numStart - 1] === '第') return false;
    return !exclude.some(([a, b]) => f.numStart >= a && f.end <= b);
  });
  const qs: Quantity[] = figs.map((f) => ({
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    span: [f.start, f.end] as Span,
  }));
  // 284.5万亩、18.98亿斤以上: the trailing qualifier covers the whole list.
  for (let i = qs.length - 2; i >= 0; i--) {
    const next = qs[i + 1];
    if (text.slice(qs[i].span[1], next.span[0]) === '、' && qs[i].qualifier === 'exact' && next.qualifier !== 'exact' && next.qualifier !== 'range') {
      qs[i] = { ...qs[i], qualifier: next.qualifier };
    }
  }
  return qs;
}

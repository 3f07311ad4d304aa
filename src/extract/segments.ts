// The clause walk: a report's paragraphs in order, each sentence cut into segments (between 。；！？) and each
// segment into clauses (between ，：, and after a figure closed by 、), every piece kept as offsets into the text.
import type { SectionKind, SectionNode, Span } from '../types.js';
import { ATTRIBUTIVE_AFTER, MIXED_REVIEW_TITLE } from '../lexicon/grammar.js';
import { charTable } from '../text/chars.js';
import { findFigures, type Figure } from './numbers.js';
import { mentionAt } from './mentions.js';

export interface Paragraph {
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

/** The paragraphs of a section tree in text order, each with the kind of the innermost section that names one. */
export function collectParagraphs(sections: SectionNode[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (node: SectionNode, kind: SectionKind, part: number, mixed: boolean): void => {
    for (const child of node.children) {
      if (child.type === 'section') walk(child, child.kind ?? kind, part, mixed);
      else out.push({ span: child.span, sentences: child.children.map((s) => s.span), kind, part, section: node.span[0], mixed });
    }
  };
  sections.forEach((s, i) => walk(s, s.kind, i, s.kind === 'review' && MIXED_REVIEW_TITLE.test(s.title)));
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

/** A segment longer than this is read in pieces (a real one, 。 to 。, is a few hundred characters). */
export const MAX_SEGMENT = 20_000;

/**
 * A segment in pieces of at most `max` characters, each cut after a clause's ，or ： (or at `max` when there is
 * none): text that is no report (a 40 MB line without a 。) is read a piece at a time, its figures never all held.
 */
export function* segmentPieces(text: string, seg: Span, max = MAX_SEGMENT): Generator<Span> {
  let from = seg[0];
  while (seg[1] - from > max) {
    let cut = from + max;
    while (cut > from + max / 2 && CLAUSE_SEPS[text.charCodeAt(cut - 1)] !== 1) cut--;
    if (cut <= from + max / 2) cut = from + max;
    yield [from, cut];
    from = cut;
  }
  yield [from, seg[1]];
}

/** The segments of a sentence: the text between 。；！？ (a thousands comma never splits). */
export function segmentsOf(text: string, sentence: Span): Span[] {
  return splitSpan(text, sentence[0], sentence[1], SEGMENT_SEPS);
}

const LIST_COMMA = '、'.charCodeAt(0);
/** After 、: a further figure or ordinal continues the list (5%、6%; 第一、第二) rather than starting a clause. */
const LIST_GOES_ON = charTable('0123456789第');

/**
 * Clauses of a segment: split at ，：, and at 、 right after a figure (43539元、增长4.4%). The 、 cuts are found
 * once and walked with the clauses (a segment of a million figures and clauses is read in one pass, not one per clause).
 */
export function clausesOf(text: string, seg: Span, figures: Figure[]): Span[] {
  const cuts: number[] = [];
  for (const f of figures) {
    if (text.charCodeAt(f.end) === LIST_COMMA && LIST_GOES_ON[text.charCodeAt(f.end + 1)] !== 1) cuts.push(f.end);
  }
  cuts.sort((a, b) => a - b);
  const out: Span[] = [];
  let k = 0;
  for (const [s, e] of splitSpan(text, seg[0], seg[1], CLAUSE_SEPS)) {
    let from = s;
    while (k < cuts.length && cuts[k] <= s) k++;
    for (; k < cuts.length && cuts[k] < e; k++) {
      if (cuts[k] + 1 > from) {
        out.push([from, cuts[k]]);
        from = cuts[k] + 1;
      }
    }
    if (e > from) out.push([from, e]);
  }
  return out;
}

/** 500万元以上项目固定资产投资: a figure that describes the noun after it is part of the subject, not a value. */
export function attributive(text: string, f: Figure): boolean {
  if (f.rank || f.unit === null || f.unit === '%') return false;
  if (ATTRIBUTIVE_AFTER.test(text.slice(f.end, f.end + 10))) return true;
  // 500万元以上固定资产投资2895亿元, 500万元口径固定资产投资: the figure names the scope of the indicator after it.
  let p = f.end;
  if (text.startsWith('口径', p)) p += 2;
  if (text[p] === '的') p++;
  return f.qualifier !== 'exact' || p > f.end ? mentionAt(text, p) !== null : false;
}

/** The figures of a segment that are values (not 500万元以上 describing the noun after it). */
export function segmentFigures(text: string, seg: Span): Figure[] {
  return findFigures(text, seg[0], seg[1]).filter((f) => !attributive(text, f));
}

/** The figures inside a clause (the segment's own list when it has none). */
export function clauseFigures(figures: Figure[], cl: Span): Figure[] {
  if (figures.length === 0) return figures;
  // The segment's figures are in text order: a binary search to the clause, then its own (not a scan of them all).
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < cl[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < figures.length && figures[i].start < cl[1]; i++) if (figures[i].end <= cl[1]) out.push(figures[i]);
  return out;
}

// Paragraphs with their section path, and clauses cut at ，；。：！？ but never inside “…”, 《…》, （…） or a number.
import type { ParagraphNode, SectionKind, SectionNode, Span } from '../../types.js';
import {
  ACTION_WORDS,
  ADVERBIAL,
  CHANNEL_AFTER,
  FIGURE_NEXT,
  GOVERNED_STAGES,
  GRADE_AFTER,
  LIST_OF_PROJECTS_AFTER,
  GOVERNING_RESULT,
  NOMINAL_AFTER,
  NOMINAL_DEMO,
  NOMINAL_DEMO_ACTIONS,
  NOT_AFTER,
  NOT_AFTER_ANY,
  NOT_BEFORE,
  SHARE_OR_STANDARD_NEXT,
  SHARE_OR_STANDARD_PREDICATES,
  SIZE_CLASS_AFTER,
  SIZE_CLASS_UNITS,
  STRETCH_ALONE,
  STRETCH_FRAME,
  STRETCH_MARKERS,
  TARGET_PREDICATES,
  type ActionWord,
} from '../../lexicon/actions.js';
import { findFigures } from '../numbers.js';
import { candidatesAt, charTable, hasAny, wordIndex } from '../../text/chars.js';
import { startTable } from '../../text/scan.js';
import type { Quantity } from './types.js';

export interface PlanParagraph {
  span: Span;
  kind: SectionKind;
  path: string[];
  /** Where the body starts: after the run-in section title or the paragraph's own heading sentence. */
  bodyStart: number;
}

// Character classes as code-unit tables, for the hot loops (text[i] on a two-byte string allocates).
const OPEN_C = charTable('“《（(【「『‘');
const CLOSE_C = charTable('”》）)】」』’');
const CUT_C = charTable('，；。：！？;!?');
const BLANK_C = charTable(' \n\t\r\u3000\u00a0');
/** The three as one table (one load per character in splitClauses): 1 opens, 2 closes, 3 cuts. */
const OPEN = 1;
const CLOSE = 2;
const CUT = 3;
const CLAUSE_C = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLAUSE_C[c] = OPEN_C[c] === 1 ? OPEN : CLOSE_C[c] === 1 ? CLOSE : CUT_C[c] === 1 ? CUT : 0;

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

/** Every paragraph in document order with its section kind and path (titles below the top level, or the top-level title for its own paragraphs). */
export function planParagraphs(text: string, sections: SectionNode[]): PlanParagraph[] {
  const out: PlanParagraph[] = [];
  const walk = (node: SectionNode, path: string[]): void => {
    for (const child of node.children) {
      if (child.type === 'section') {
        walk(child, [...path, sectionLabel(child)]);
        continue;
      }
      // Directly under a top-level part (三、全面加强政府自身建设 with no subsections): the part is the path.
      const label = sectionLabel(node);
      out.push(paragraphOf(text, child, node, path.length > 0 || label === '' ? path : [label]));
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

/** Clauses of text[from, to): cut at clause punctuation outside brackets and quotes, trimmed; the first `max`. */
export function splitClauses(text: string, from: number, to: number, max = Infinity): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = from;
  const push = (a: number, b: number): void => {
    while (a < b && BLANK_C[text.charCodeAt(a)] === 1) a++;
    while (b > a && BLANK_C[text.charCodeAt(b - 1)] === 1) b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = from; i < to; i++) {
    const k = CLAUSE_C[text.charCodeAt(i)];
    if (k === 0) continue;
    if (k === OPEN) depth++;
    else if (k === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      push(s, i);
      s = i + 1;
      if (out.length >= max) return out;
    }
  }
  push(s, to);
  return out;
}

/** The clause with quoted and bracketed text blanked out (one □ per character), so verbs in slogans and titles are not read. */
export function masked(text: string, span: Span): string {
  const plain = text.slice(span[0], span[1]);
  if (!hasAny(OPEN_C, plain)) return plain;
  let depth = 0;
  const out: string[] = [];
  let run = 0; // start of the verbatim run not yet copied
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (OPEN_C[c] === 1) depth++;
    else if (CLOSE_C[c] === 1) depth = Math.max(0, depth - 1);
    else if (depth > 0) {
      if (i > run) out.push(plain.slice(run, i));
      out.push('□');
      // A surrogate pair is one character: one □.
      if (c >= 0xd800 && c <= 0xdbff && (plain.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      run = i + 1;
    }
  }
  out.push(plain.slice(run));
  return out.join('');
}

/** An action word with its own exceptions (NOT_AFTER, NOT_BEFORE) looked up once. */
interface IndexedVerb {
  w: ActionWord;
  notAfter: RegExp | undefined;
  /** What notAfter can start with (null: anything), so that the text after is read only when it may match. */
  notAfterStart: Uint8Array | null;
  notBefore: RegExp | undefined;
}
/** Action words by their first characters, longest first: a scan tries only the words that can start at a position. */
const VERBS = wordIndex<IndexedVerb>(
  ACTION_WORDS.map((w) => {
    const notAfter = NOT_AFTER[w.word];
    return { w, notAfter, notAfterStart: notAfter ? startTable(notAfter) : null, notBefore: NOT_BEFORE[w.word] };
  }),
  (a) => a.w.word,
);
/** What NOT_AFTER_ANY and NOMINAL_AFTER can start with: most verbs are followed by neither, and no slice is taken. */
const NOT_AFTER_ANY_START = startTable(NOT_AFTER_ANY);
const NOMINAL_START = startTable(NOMINAL_AFTER);
// First characters these tails can start with: most verbs are followed by none, and then no tail is cut to test.
const LIST_START = startTable(LIST_OF_PROJECTS_AFTER);
const CHANNEL_START = startTable(CHANNEL_AFTER);

export interface VerbHit extends ActionWord {
  start: number;
  end: number;
  /** Followed by 项目/工程/任务…: possibly part of a noun phrase (全域土地综合整治项目). */
  nominal: boolean;
}

/** Target predicates (达到, 突破, 增长…), read only before a figure. */
const TARGETS = wordIndex(TARGET_PREDICATES, (a) => a.word);
const BRACKET_OPEN = charTable('（(');
/** Code units an action word or a target predicate starts with: every other position is passed over at once. */
const STARTS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (VERBS.first[c] !== 0 || TARGETS.first[c] !== 0) STARTS[c] = 1;

/** Whether a match of the pattern whose start table this is may begin at code unit c (always, without a table). */
const mayStart = (table: Uint8Array | null, c: number): boolean => table === null || table[c] === 1;

/** The action word at clause[i], with its length as written; `null` when none. */
function verbAt(clause: string, i: number, brackets: boolean): { w: ActionWord; len: number } | null {
  const cands = candidatesAt(VERBS, clause, i);
  if (cands) {
    for (const { w, notAfter, notAfterStart, notBefore } of cands) {
      if (!clause.startsWith(w.word, i)) continue;
      const end = i + w.word.length;
      // 机组建成: 组建 is rejected here and 建成 is found one character on; 保障性住房 is a noun.
      const next = clause.charCodeAt(end);
      if ((notAfter && mayStart(notAfterStart, next)) || mayStart(NOT_AFTER_ANY_START, next)) {
        const after = clause.slice(end, end + 4);
        if (notAfter && notAfter.test(after)) continue;
        // 建成投产率 is a rate: the shorter 建成 at the same place is part of it too.
        if (NOT_AFTER_ANY.test(after)) break;
      }
      if (notBefore && notBefore.test(clause.slice(Math.max(0, i - 2), i))) continue;
      return { w, len: w.word.length };
    }
  }
  // (新（改）建: a bracket one or two characters on.)
  if (brackets && (BRACKET_OPEN[clause.charCodeAt(i + 1)] === 1 || BRACKET_OPEN[clause.charCodeAt(i + 2)] === 1)) {
    const b = bracketVerb(clause, i);
    if (b) return b;
  }
  return TARGETS.first[clause.charCodeAt(i)] === 0 ? null : targetAt(clause, i);
}

/** A verb split by a bracketed alternative: 新（改）建 is 新建, 改（扩）建 is 改建. */
function bracketVerb(clause: string, i: number): { w: ActionWord; len: number } | null {
  if (VERBS.first[clause.charCodeAt(i)] === 0) return null; // the joined word starts with clause[i]
  for (let pre = 1; pre <= 2; pre++) {
    if (BRACKET_OPEN[clause.charCodeAt(i + pre)] !== 1) continue;
    const close = clause.slice(i + pre + 1, i + pre + 5).search(/[）)]/);
    if (close < 1) continue;
    const rest = i + pre + 1 + close + 1;
    const joined = clause.slice(i, i + pre) + clause.slice(rest, rest + 4);
    const cands = candidatesAt(VERBS, joined, 0);
    const w = cands?.find((x) => x.w.word.length > pre && joined.startsWith(x.w.word))?.w;
    if (w) return { w, len: rest - i + w.word.length - pre };
  }
  return null;
}

/** …达到X, …增长X%以上, 力争…突破X: a target predicate followed by a figure. */
function targetAt(clause: string, i: number): { w: ActionWord; len: number } | null {
  const cands = candidatesAt(TARGETS, clause, i);
  if (!cands) return null;
  for (const w of cands) {
    if (!clause.startsWith(w.word, i)) continue;
    const end = i + w.word.length;
    if (!FIGURE_NEXT.test(clause.slice(end, end + 4)) && !(SHARE_OR_STANDARD_PREDICATES.has(w.word) && SHARE_OR_STANDARD_NEXT.test(clause.slice(end)))) continue;
    const nb = NOT_BEFORE[w.word]; // 总投资500亿元 describes projects
    if (!nb || !nb.test(clause.slice(Math.max(0, i - 2), i))) return { w, len: w.word.length };
  }
  return null;
}

/**
 * Action words in a (masked) clause string; offsets are relative to the clause start `base`. `text`, the text the
 * clause is of, reads what a quote holds after a verb (引进“绿色通道”).
 */
export function findVerbs(clause: string, base: number, text?: string): VerbHit[] {
  const out: VerbHit[] = [];
  // Most clauses hold no bracket: the split verbs (新（改）建) are looked for only in those that do.
  const brackets = hasAny(BRACKET_OPEN, clause);
  for (let i = 0; i < clause.length; ) {
    if (STARTS[clause.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const hit = verbAt(clause, i, brackets);
    if (hit) {
      const prev = out[out.length - 1];
      const nominal =
        (mayStart(NOMINAL_START, clause.charCodeAt(i + hit.len)) && NOMINAL_AFTER.test(clause.slice(i + hit.len, i + hit.len + 5))) ||
        (NOMINAL_DEMO_ACTIONS.has(hit.w.action) && NOMINAL_DEMO.test(clause.slice(i + hit.len, i + hit.len + 4))) ||
        (hit.w.specific && prev !== undefined && mayStart(LIST_START, clause.charCodeAt(i + hit.len)) && LIST_OF_PROJECTS_AFTER.test(clause.slice(i + hit.len))) ||
        (hit.w.specific && text !== undefined && mayStart(CHANNEL_START, text.charCodeAt(base + i + hit.len)) && CHANNEL_AFTER.test(text.slice(base + i + hit.len, base + i + hit.len + 5)));
      // 整治提升五年行动: a verb run on by another that is part of a noun is part of it too.
      if (nominal && prev && prev.end === base + i && prev.specific) prev.nominal = true;
      out.push({ word: hit.w.word, action: hit.w.action, specific: hit.w.specific, start: base + i, end: base + i + hit.len, nominal });
      i += hit.len;
    } else i++;
  }
  if (out.length === 0) {
    const m = STRETCH_ALONE.exec(clause);
    if (m && !STRETCH_FRAME.test(clause.slice(m[0].length))) out.push({ word: m[1], action: '争取', specific: false, start: base + m.index + m[0].length - m[1].length, end: base + m.index + m[0].length, nominal: false });
  }
  return out;
}

const STRETCH = new Set(STRETCH_MARKERS);
/** Actions that state a result reached: 改造完成 is a 完成. */
const COMPLETION = new Set(['完成', '建成', '投产']);

/** The clause's action: the first specific verb, else the first generic one. */
export function mainVerb(verbs: VerbHit[]): VerbHit | null {
  const first = verbs[0];
  const lead = first && ADVERBIAL.has(first.word) && verbs[1]?.start === first.end ? verbs[1] : first;
  // A result verb inside a noun phrase (实施一批…综合整治项目) does not outrank the verb that governs it;
  // as the first real verb it does (争取新开工项目80项以上).
  const firstReal = verbs.find((v) => !STRETCH.has(v.word));
  const v = verbs.find((x) => x.specific && (!x.nominal || x === firstReal)) ?? lead ?? null;
  // 启动…开工: a result verb governing a later stage, its object between, gives way to it (启动并建成 stays 启动).
  if (v && GOVERNING_RESULT.has(v.word)) {
    const later = verbs.find((x) => x.start > v.end + 1 && GOVERNED_STAGES.has(x.action) && !x.nominal);
    if (later) return later;
  }
  // 棚户区全部改造完成: a completion right after the verb is the clause's result.
  const next = v ? verbs[verbs.indexOf(v) + 1] : undefined;
  return next && next.start === v!.end && COMPLETION.has(next.action) ? next : v;
}

const BOX = '□'.charCodeAt(0);
const ORDINAL = '第'.charCodeAt(0);
const JI = '及'.charCodeAt(0);
const NAME_AFTER = charTable('级号型期版代线届');

/** 30户以上自然村寨, 10万人口以上城镇: the figure (with 以上/以下 in it or after it) sizes the settlement that follows. */
function isSizeClass(text: string, start: number, end: number): boolean {
  const m = SIZE_CLASS_AFTER.exec(text.slice(end, end + 10));
  return m !== null && (/以[上下]/.test(m[0]) || /以[上下]$/.test(text.slice(start, end)));
}

/** Figures that are amounts (a unit, not a date, not part of a name such as 20万吨级 or 3号机组). */
export function quantitiesIn(text: string, span: Span, exclude: Span[] = [], mask?: string): Quantity[] {
  const all = findFigures(text, span[0], span[1]);
  if (all.length === 0) return [];
  const m = mask ?? masked(text, span);
  const figs = all.filter((f) => {
    if (f.rank || f.unit === null) return false;
    if (m.charCodeAt(f.numStart - span[0]) === BOX) return false; // inside a slogan or a title: “6个100”, “4个200”工程
    if (NAME_AFTER[text.charCodeAt(f.end)] === 1) return false;
    if (text.charCodeAt(f.numStart - 1) === ORDINAL) return false;
    if (f.unit !== null && SIZE_CLASS_UNITS.has(f.unit) && isSizeClass(text, f.start, f.end)) return false;
    if (text.charCodeAt(f.end) === JI && GRADE_AFTER.test(text.slice(f.end, f.end + 5))) return false;
    return !exclude.some(([a, b]) => f.numStart >= a && f.end <= b);
  });
  const qs: Quantity[] = figs.map((f) => {
    // 至少储备土地1000亩: a floor written before the predicate, which the number grammar does not read.
    const floor = f.qualifier === 'exact' && text.slice(span[0], f.start).includes('至少');
    return {
      value: f.value,
      low: f.low,
      high: f.high,
      unit: f.unit,
      qualifier: floor ? 'at_least' : f.qualifier,
      span: [f.start, f.end] as Span,
    };
  });
  // 284.5万亩、18.98亿斤以上: the trailing qualifier covers the whole list.
  for (let i = qs.length - 2; i >= 0; i--) {
    const next = qs[i + 1];
    if (text.slice(qs[i].span[1], next.span[0]) === '、' && qs[i].qualifier === 'exact' && next.qualifier !== 'exact' && next.qualifier !== 'range') {
      qs[i] = { ...qs[i], qualifier: next.qualifier };
    }
  }
  return qs;
}

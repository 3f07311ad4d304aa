// The grammar of figures: a number with its unit, range and qualifiers, found at exact offsets.
// Pure functions over the normalised text (digits are ASCII there).
import type { Qualifier } from '../types.js';
import { QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, UNITS } from '../lexicon/grammar.js';
import { charTable } from '../text/chars.js';

export interface Figure {
  /** Span of the whole expression: prefix qualifier, number(s), unit, suffix qualifier. */
  start: number;
  end: number;
  /** Where the first number begins (the text before it is the predicate). */
  numStart: number;
  value: number | null;
  low: number;
  high: number;
  unit: string | null;
  qualifier: Qualifier;
  /** A position (第4位, 第一) rather than an amount. */
  rank: boolean;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十二 -> 12, 一百零五 -> 105, 三 -> 3; null when the string is not a plain Chinese numeral below 10,000. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit >= 0 && digit !== 0) return null; // two digits in a row (一二) is not a numeral
      digit = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      total += (digit < 0 ? 1 : digit) * CN_UNITS[ch];
      digit = -1;
    } else {
      return null;
    }
  }
  return total + (digit > 0 ? digit : 0);
}

/** "1,035.61" -> 1035.61 */
export function parseArabic(s: string): number {
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const UNIT_ALT = [...UNITS].map(([u]) => u).sort((a, b) => b.length - a.length).join('|');
const SUFFIX_ALT = QUALIFIER_SUFFIXES.map(([w]) => w).join('|');
// A figure: number, optional 多/余, optional unit, optional range to a second number, optional suffix (after a space
// in texts that set numbers off by spaces: 增长 8% 以上).
const FIGURE_RE = new RegExp(
  String.raw`(${NUM})(多|余)?(${UNIT_ALT})?(?:\s?([-－—–~～至到])\s?(${NUM})(多|余)?(${UNIT_ALT})?)?(?:[ \u3000]?(${SUFFIX_ALT}))?`,
  'g',
);
const RANK_BEFORE = /(?:位居|居|排名|排在|排|位列|列|稳居|跃居|升至)[^，。；]{0,10}$/;
const ORDINAL_LIST = /^(?:[、和及与]第?[一二三四五六七八九十]+)+产/;
const RANK_RE = /第([一二三四五六七八九十]+|\d+)(位|名)?/g;
/** First place without a number: 保持全球首位, 居全国榜首, 五市之首. */
const FIRST_RE = /(?:首位|榜首|之首)/g;
// Percentages written out, as older reports do: 百分之八, 百分之七点五, 百分之八至九.
const CN_NUM = '[零〇一二两三四五六七八九十百点]+';
const PERCENT_CN_RE = new RegExp(`百分之(${CN_NUM})(?:(?:至|到|—|－|-)(?:百分之)?(${CN_NUM}))?(${SUFFIX_ALT})?`, 'g');

/** 七点五 -> 7.5 */
export function parseChineseDecimal(s: string): number | null {
  const [int, frac] = s.split('点');
  const whole = int === '' ? 0 : parseChineseNumeral(int);
  if (whole === null) return null;
  if (frac === undefined) return whole;
  let digits = '';
  for (const ch of frac) {
    const d = parseChineseNumeral(ch);
    if (d === null || d > 9) return null;
    digits += String(d);
  }
  return digits === '' ? null : Number(`${whole}.${digits}`);
}

const SUFFIX_MAP = new Map(QUALIFIER_SUFFIXES);
const PREFIXES_BY_LENGTH = [...QUALIFIER_PREFIXES].sort((a, b) => b[0].length - a[0].length);

/** A qualifier word written right before `pos` (allowing a 在 in between: 保持在, 控制在). */
function prefixQualifier(text: string, pos: number, floor: number): { q: Qualifier; start: number } | null {
  for (const [word, q] of PREFIXES_BY_LENGTH) {
    const s = pos - word.length;
    if (s >= floor && text.startsWith(word, s)) return { q, start: s };
  }
  return null;
}

// Character classes by code unit (text[i] allocates a string per test).
const DIGITS = '0123456789';
const LATIN = charTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const DIGIT_OR_DOT = charTable(`${DIGITS}.`);
const DATE_AFTER = charTable('年月日号届时期季');
const NOT_RANK_AFTER = charTable(`批产届次期轮类个条部章节季阶步家项座号一二三四五六七八九十${DIGITS}方梯`);

const ITEM_DOT = charTable('.、．');
const ITEM_OPEN = charTable('（(');
const ITEM_CLOSE = charTable('）)');
const LINE_OR_CLAUSE_START = charTable('\n：:；;，,。');

/** A list item's number (1.地区生产总值…, （2）规上工业…) at the start of a line or clause, not a figure. */
function isItemMarker(text: string, numStart: number, numEnd: number): boolean {
  const before = numStart === 0 ? 0x0a : text.charCodeAt(numStart - 1);
  const after = text.charCodeAt(numEnd);
  if (ITEM_OPEN[before] === 1 && ITEM_CLOSE[after] === 1) return true;
  return (LINE_OR_CLAUSE_START[before] === 1 || numStart === 0) && ITEM_DOT[after] === 1 && DIGIT_OR_DOT[text.charCodeAt(numEnd + 1)] !== 1;
}

function isDateOrCode(text: string, numStart: number, numEnd: number): boolean {
  if (LATIN[text.charCodeAt(numStart - 1)] === 1 || LATIN[text.charCodeAt(numEnd)] === 1) return true; // C919, 5G, G75
  return DATE_AFTER[text.charCodeAt(numEnd)] === 1; // 2023年, 3月, 第14届
}

/** What each pattern needs to find anything: a digit (FIGURE_RE), 第 (RANK_RE), the 百 of 百分之 (PERCENT_CN_RE). */
const MARK_DIGIT = 1;
const MARK_RANK = 2;
const MARK_PERCENT = 4;
const MARK_FIRST = 8;
const MARKS = new Uint8Array(0x10000);
for (const d of DIGITS) MARKS[d.charCodeAt(0)] = MARK_DIGIT;
MARKS['第'.charCodeAt(0)] = MARK_RANK;
MARKS['百'.charCodeAt(0)] = MARK_PERCENT;
MARKS['首'.charCodeAt(0)] = MARK_FIRST;

function marksIn(text: string, from: number, to: number): number {
  let marks = 0;
  for (let i = from; i < to && marks !== 15; i++) marks |= MARKS[text.charCodeAt(i)];
  return marks;
}

/** All figures in text[from, to), in order, each with exact offsets. */
export function findFigures(text: string, from: number, to: number): Figure[] {
  // Most clauses hold no figure, and few a rank or a written-out percentage: a pattern runs only where it can match.
  const marks = marksIn(text, from, Math.min(to, text.length));
  if (marks === 0) return [];
  const out: Figure[] = [];
  const region = text.slice(from, to);
  FIGURE_RE.lastIndex = 0;
  for (let m = marks & MARK_DIGIT ? FIGURE_RE.exec(region) : null; m !== null; m = FIGURE_RE.exec(region)) {
    const [whole, n1, more1, unit1, sep, n2, more2, unit2, suffix] = m;
    const numStart = from + m.index;
    const firstEnd = numStart + n1.length;
    if (m.index > 0 && DIGIT_OR_DOT[text.charCodeAt(numStart - 1)] === 1) continue;
    if (isDateOrCode(text, numStart, firstEnd) || isItemMarker(text, numStart, firstEnd)) continue;
    const first = parseArabic(n1);
    // A range needs the second figure's unit to agree with the first's, or the first to have none
    // (4.5-5%, 6%－6.5%); "5%到10亿元" or "3%-4" keep only their first figure.
    const rangeOk = sep !== undefined && (!unit1 || unit1 === unit2);
    if (sep !== undefined && !rangeOk) {
      const end = firstEnd + (more1?.length ?? 0) + (unit1?.length ?? 0);
      out.push(figure(text, from, numStart, end, { value: first, low: first, high: first, unit: unit1 ?? null, qualifier: more1 ? 'at_least' : 'exact' }));
      continue;
    }
    const end = numStart + whole.length;
    if (rangeOk) {
      // 6.5%－7%, 5%—5.5%, 6%至6.5% (a from-to like 由X增加到Y has a verb between, so never gets here)
      const second = parseArabic(n2!);
      out.push(figure(text, from, numStart, end, {
        value: null,
        low: Math.min(first, second),
        high: Math.max(first, second),
        unit: unit2 ?? unit1 ?? null,
        qualifier: 'range',
      }));
      continue;
    }
    let qualifier: Qualifier = more1 || more2 ? 'at_least' : 'exact'; // 6800多万, 2000余人
    if (suffix) qualifier = SUFFIX_MAP.get(suffix) ?? qualifier;
    const f = figure(text, from, numStart, end, { value: first, low: first, high: first, unit: unit1 ?? null, qualifier }, suffix === undefined);
    // 位居世界港口19位: a position written without 第.
    if (unit1 === '位' && text[numStart - 1] !== '第' && RANK_BEFORE.test(text.slice(Math.max(from, numStart - 12), numStart))) f.rank = true;
    out.push(f);
  }
  RANK_RE.lastIndex = 0;
  for (let m = marks & MARK_RANK ? RANK_RE.exec(region) : null; m !== null; m = RANK_RE.exec(region)) {
    const raw = m[1];
    const value = /\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (value === null) continue;
    const start = from + m.index;
    // 第一批, 第三产业, 第14届 are not ranks; nor 第一、二、三产业 (an ordinal list of industries).
    if (!m[2] && NOT_RANK_AFTER[text.charCodeAt(start + m[0].length)] === 1) continue;
    if (!m[2] && ORDINAL_LIST.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    out.push({ start, end: start + m[0].length, numStart: start, value, low: value, high: value, unit: '位', qualifier: 'exact', rank: true });
  }
  FIRST_RE.lastIndex = 0;
  for (let m = marks & MARK_FIRST ? FIRST_RE.exec(region) : null; m !== null; m = FIRST_RE.exec(region)) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, numStart: start, value: 1, low: 1, high: 1, unit: '位', qualifier: 'exact', rank: true });
  }
  PERCENT_CN_RE.lastIndex = 0;
  for (let m = marks & MARK_PERCENT ? PERCENT_CN_RE.exec(region) : null; m !== null; m = PERCENT_CN_RE.exec(region)) {
    const a = parseChineseDecimal(m[1]);
    const b = m[2] !== undefined ? parseChineseDecimal(m[2]) : null;
    if (a === null || (m[2] !== undefined && b === null)) continue;
    const start = from + m.index;
    const amount: Amount =
      b !== null
        ? { value: null, low: Math.min(a, b), high: Math.max(a, b), unit: '%', qualifier: 'range' }
        : { value: a, low: a, high: a, unit: '%', qualifier: m[3] ? (SUFFIX_MAP.get(m[3]) ?? 'exact') : 'exact' };
    out.push(figure(text, from, start, start + m[0].length, amount, m[3] === undefined));
  }
  // Digits inside a rank (第14位) were also read as plain figures; drop those.
  const inRank = rankCover(out.filter((f) => f.rank));
  const figures = out.filter((f) => f.rank || !inRank(f.numStart)).sort((a, b) => a.start - b.start);
  return shareListUnits(text, figures);
}

/** Whether a position is inside one of the ranks: a binary search, not a scan of them all per figure. */
function rankCover(ranks: Figure[]): (at: number) => boolean {
  if (ranks.length === 0) return () => false;
  ranks.sort((a, b) => a.start - b.start);
  // The furthest end of the ranks up to each one (ranks may overlap).
  const reach: number[] = [];
  for (let k = 0; k < ranks.length; k++) reach.push(Math.max(ranks[k].end, k > 0 ? reach[k - 1] : 0));
  return (at) => {
    let lo = 0;
    let hi = ranks.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranks[mid].start <= at) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last] > at;
  };
}

const LIST_JOIN = /^(?:、|和|及|与|或)$/;
/**
 * A list writes the unit once, at the end: 分别提高1.6个和1.4个百分点, 分别增长7.5、8%. Each element before the
 * last takes the unit of the one after it (个 of 1.6个 is the start of 个百分点, not a count).
 */
function shareListUnits(text: string, figs: Figure[]): Figure[] {
  for (let i = figs.length - 2; i >= 0; i--) {
    const a = figs[i];
    const b = figs[i + 1];
    if (a.rank || b.rank || b.unit === null || !LIST_JOIN.test(text.slice(a.end, b.start))) continue;
    if (a.unit === null || (a.unit === '个' && b.unit === '个百分点')) figs[i] = { ...a, unit: b.unit };
  }
  return figs;
}

interface Amount {
  value: number | null;
  low: number;
  high: number;
  unit: string | null;
  qualifier: Qualifier;
}

/** Completes a figure with a qualifier written before it (超过126万亿元, 控制在4.6%). */
function figure(text: string, floor: number, numStart: number, end: number, a: Amount, mayTakePrefix = true): Figure {
  let start = numStart;
  let qualifier = a.qualifier;
  if (a.qualifier !== 'range') {
    const pre = prefixQualifier(text, numStart, floor) ?? (text[numStart - 1] === '在' ? prefixQualifier(text, numStart - 1, floor) : null);
    if (pre) {
      start = Math.min(start, pre.start);
      if (mayTakePrefix && qualifier === 'exact') qualifier = pre.q;
    }
  }
  // Spelled out rather than spread: one figure per number of the report. Same key order as { ...a }.
  return { start, end, numStart, value: a.value, low: a.low, high: a.high, unit: a.unit, qualifier, rank: false };
}

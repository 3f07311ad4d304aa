// normaliseText: the one canonical form of a report's text. Every Span in the project indexes into its output,
// so it is pure, deterministic and idempotent (normaliseText(normaliseText(x)) === normaliseText(x)).
//
// Decisions (see also test/text/normalise.test.ts):
// - Lines are trimmed at both ends (indentation such as "\u3000\u3000各位代表：" carries no meaning); the whole text
//   is trimmed; paragraphs are separated by exactly one blank line ("\n\n").
// - Every Unicode space (ideographic U+3000, NBSP, U+2000–U+200A, tab…) becomes an ASCII space; runs collapse to one.
//   Spaces are then removed next to CJK punctuation, between a CJK character and a digit, and inside numbers
//   ("8.6 %" -> "8.6%"; a Unicode space between digits is a thousands separator: "1\u2009035" -> "1035"; a plain
//   ASCII space between digits is kept, since it may separate table cells: "1035.61 8.6").
//   Spaces between multi-character CJK words are kept in short lines ("露营天堂 自在贵港", "市长 黄江"); in a
//   line of prose (60+ characters with sentence punctuation) a space between two characters is removed. Runs of single
//   spaced-out characters are closed up: "市长 黄 江" -> "市长 黄江", "李 强" -> "李强",
//   "政 府 工 作 报 告" -> "政府工作报告" (name padding and PDF letter-spacing).
// - Full-width digits, Latin letters and the number signs ％．＋－～／＜＞＝ become ASCII; the full-width punctuation
//   that structures Chinese text (（）、，。；：！？“” …) is kept as is. U+2212 minus becomes '-'; en/em dashes stay.
// - Kangxi radicals and CJK compatibility ideographs (PDF extraction artefacts: "⼀" U+2F00 for "一") are folded to
//   the unified ideograph.
// - Traditional characters are converted to simplified with OpenCC (HK and TW variants, then T->S), only when the
//   text contains a traditional-only character (a cheap regex test first). OpenCC costs ~10 ms once to build its
//   dictionaries, then ~1 ms per 50 KB on top of the ~1 ms per 50 KB of the rest.
// - A full-width comma used as a thousands separator (3，680亿斤) becomes ','; every other ，stays.
// - Stray line breaks inside a sentence are joined (see shouldJoin).

import * as OpenCC from 'opencc-js';
import { charTable, hasAny } from './chars.js';

const ZW = '\\u200B-\\u200D\\u2060\\uFEFF';
const HAN = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
// CJK punctuation and symbols that never want a space next to them.
const CJKP = '\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2018\\u2019\\u201C\\u201D\\u2014\\u2015\\u2026\\u00B7\\u2027\\u2E3A';

const RE_CR = /\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g;
// A line made only of zero-width characters (and spaces) is an artefact (wikisource "人\n\u200b\n民"): drop the line.
const RE_ZW_LINE = new RegExp(`(?:^|\\n)[\\t \\u00A0\\u3000]*[${ZW}][${ZW}\\t \\u00A0\\u3000]*(?=\\n|$)`, 'g');
const RE_ZW = new RegExp(`[${ZW}\\u00AD]`, 'g');
const RE_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const RE_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Full-width digits, letters and number signs ％＋－．／＜＝＞～ -> ASCII (offset 0xFEE0).
const RE_FULLWIDTH = /[\uFF05\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF21-\uFF3A\uFF41-\uFF5A\uFF5E]/g;
const RE_MINUS = /\u2212/g;
const RE_RADICAL = /[\u2F00-\u2FD5\uF900-\uFAD9]/g;

const RE_MULTISPACE = / {2,}/g;
const RE_LINE_EDGE_SPACE = /^ +| +$/gm;
// Runs of single spaced-out CJK characters: "黄 江", "政 府 工 作", "内 容 ，".
const RE_SPACED_SINGLES = new RegExp(`(?<=^| )[${HAN}${CJKP}](?: [${HAN}${CJKP}])+(?= |$)`, 'gm');
// The space rules open with the space itself and look behind from there: a pattern that starts with a literal
// is found by a fast scan, one that starts with a lookbehind is tried at every position of the text.
const RE_SPACE_NEAR_PUNCT = new RegExp(` (?:(?<=[${CJKP}] )|(?=[${CJKP}]))`, 'g');
const RE_SPACE_HAN_DIGIT = new RegExp(` (?:(?<=[${HAN}] )(?=\\d)|(?<=\\d )(?=[${HAN}]))`, 'g');
// Inside numbers: "8.6 %", "8 .6", "8. 6". A plain space between two digits may separate table cells: kept.
const RE_SPACE_IN_NUMBER = / (?:(?<=\d )(?=[%‰]|\.\d)|(?<=\d\. )(?=\d))/g;
// Unicode spaces between digits are thousands separators or typesetting ("1\u2009035", "5\u30002%"): removed.
const WIDE = '[\\u00A0\\u2000-\\u200A\\u202F\\u3000]';
const RE_WIDE_SPACE_IN_DIGITS = new RegExp(`${WIDE}(?<=\\d${WIDE})${WIDE}*(?=\\d)`, 'g');
const RE_MANY_BREAKS = /\n{3,}/g;
const RE_DIGIT_SPACE_DIGIT = /\d (?=\d)/g;
const RE_DIGIT_DIGIT = /\d(?=\d)/g;
const RE_SPACE_AFTER_DIGIT = /(?<=\d) (?=[\d.%‰年月日号万亿元个])/g;
// Chinese prose has no spaces between words: inside a long line of sentences a space between two characters
// is a wrap or typesetting artefact ("主要预 期目标", "城镇登记 失业率"). Short lines (titles, names, slogans) keep theirs.
const RE_PROSE_LINE = /^[^\n]{60,}$/gm;
const RE_SPACE_HAN_HAN = new RegExp(` (?<=[${HAN}] )(?=[${HAN}])`, 'g');
// A full-width comma as a thousands separator ("3，680亿斤", "13，980，000，000元"): 1-3 digits, then groups of
// exactly three. Chinese never puts a list comma between bare digits like that.
const RE_WIDE_THOUSANDS = /(?<![\d.,])\d{1,3}(?:，\d{3})+(?![\d.，]\d|\d)/g;
// A full stop typed for a decimal point ("财政收入301。2亿元", "控制在4。5%以内"): between digits and followed by a
// percent sign or a unit, it cannot end a sentence (none begins with "2亿元"). The match starts at the digit before
// the stop (a pattern that opens with a lookbehind is tried at every position of the text: twice the time).
const RE_STOP_AS_POINT = /\d(?<=(?<![\d.])\d{1,5})。(?=\d{1,3}(?:[%‰]|[万亿]?(?:元|美元|吨|人|斤|亩|户|公里|千瓦)))/g;

// Common characters that exist only in traditional script (none of them is also a simplified form).
const TRAD_ONLY =
  '們個這來為會發經濟產業區國與際對開關時現實務項點還當從動將農長應進過導質總體標準數據設計劃環範圍團結權價億萬歲讓說話認識車馬門問間東書學習線條級組織顯興華護療醫藥衛傳統續優勢態勞稅費貿資營銷鐵橋灣電氣網絡訊後裡廣視員類計畫築統務屬區縣鄉鎮與'.replace(
    /(.)(?=.*\1)/gu,
    '',
  );
// A lookup table rather than a regex class: the test runs over the whole text of every report.
const TRAD = charTable(TRAD_ONLY);

let toSimplified: ((s: string) => string) | null = null;
// Built on first use only: building the dictionaries costs ~10 ms that plain simplified input never pays.
// The memo is invisible to callers (same input, same output), so normaliseText stays pure.
function simplify(text: string): string {
  const L = OpenCC.Locale;
  const convert = (toSimplified ??= OpenCC.ConverterFactory(L.from.hk, L.from.tw, L.to.cn));
  return convert(text);
}

function hasTraditional(text: string): boolean {
  return hasAny(TRAD, text);
}

const SENTENCE_END = new Set('。！？：；…”’」』!?;:'.split(''));
const OPENERS = new Set('（《“‘「『【〔(['.split(''));
const CLOSERS = new Set('，。、；：！？）》”’」』】〕'.split(''));
const RE_HEADING =
  /^(?:第[一二三四五六七八九十百零〇]+[部分章节条篇]|[一二三四五六七八九十百]+[、.]|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[、.](?!\d)|[（(]\d{1,2}[）)]|[\u2460-\u2473]|——|各位代表)/;
const RE_DATELINE = /^——.*(?:会议|\d{4}年\d{1,2}月\d{1,2}日)/;
const RE_INNER_PUNCT = /[，、。；！？,;]/;
const SHORT_LINE = 12;

function isCjk(c: string): boolean {
  const x = c.charCodeAt(0);
  return (
    (x >= 0x3400 && x <= 0x9fff) ||
    (x >= 0xf900 && x <= 0xfaff) ||
    (x >= 0x3000 && x <= 0x303f) ||
    (x >= 0xff00 && x <= 0xffef) ||
    (x >= 0x2014 && x <= 0x2026)
  );
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** A short line without sentence punctuation: a title, a date, a speaker's name. */
function isShortTitle(line: string): boolean {
  return line.length <= SHORT_LINE && !RE_INNER_PUNCT.test(line);
}

/**
 * Whether the single line break between `prev` and `next` is a stray break inside a sentence (PDF wrapping,
 * wiki links). Paragraph breaks (blank lines) are never joined.
 */
function shouldJoin(prev: string, next: string): boolean {
  const a = prev[prev.length - 1];
  const b = next[0];
  if (OPENERS.has(a) || CLOSERS.has(b)) return true; // "《\n中华…", "规划\n》"
  if (SENTENCE_END.has(a)) return false;
  if (!(isCjk(a) || isCjk(b) || isDigit(a) || isDigit(b))) return false; // Latin text needs a space, not a join
  if (RE_HEADING.test(next)) return false;
  if (RE_HEADING.test(prev) && !RE_INNER_PUNCT.test(prev.replace(RE_HEADING, ''))) return false; // a heading line, not a wrapped run-in paragraph
  if (RE_DATELINE.test(prev) && !prev.includes('。')) return false;
  if (isShortTitle(prev) || isShortTitle(next)) return false;
  return true;
}

function joinOnce(lines: string[]): { lines: string[]; joined: number } {
  const out: string[] = [];
  let joined = 0;
  let cur = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i];
    if (cur !== '' && next !== '' && shouldJoin(cur, next)) {
      cur += next;
      joined++;
    } else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  return { lines: out, joined };
}

function joinStrayBreaks(text: string): string {
  let lines = text.split('\n');
  // Decisions look at whole lines, and joining changes lines: iterate to a fixpoint so a second
  // normalisation finds nothing left to join (idempotence).
  for (;;) {
    const r = joinOnce(lines);
    lines = r.lines;
    if (r.joined === 0) break;
  }
  return lines.join('\n');
}

/**
 * A text set with a space after every digit ("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元"): when spaced digits
 * outnumber adjacent ones, the spaces are typesetting, not table cells, and go.
 */
function closeSpacedDigits(t: string): string {
  const spaced = t.match(RE_DIGIT_SPACE_DIGIT)?.length ?? 0;
  if (spaced < 20) return t;
  const joined = t.match(RE_DIGIT_DIGIT)?.length ?? 0;
  return spaced > joined ? t.replace(RE_SPACE_AFTER_DIGIT, '') : t;
}

export function normaliseText(raw: string): string {
  let t = raw.replace(RE_CR, '\n');
  t = t.replace(RE_ZW_LINE, '').replace(RE_ZW, '').replace(RE_CONTROL, '');
  t = t.replace(RE_FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(RE_MINUS, '-');
  t = t.replace(RE_RADICAL, (c) => c.normalize('NFKC'));
  if (hasTraditional(t)) t = simplify(t);
  t = t.replace(RE_WIDE_SPACE_IN_DIGITS, '').replace(RE_SPACE, ' ');
  if (t.includes('，')) t = t.replace(RE_WIDE_THOUSANDS, (m) => m.replace(/，/g, ','));
  t = t.replace(RE_STOP_AS_POINT, (m) => m[0] + '.');
  // Every space rule needs a space to act on; most reports have none left by now.
  if (t.includes(' ')) {
    t = t.replace(RE_MULTISPACE, ' ').replace(RE_LINE_EDGE_SPACE, '');
    t = t.replace(RE_SPACED_SINGLES, (m) => m.replace(/ /g, ''));
    t = t.replace(RE_SPACE_NEAR_PUNCT, '').replace(RE_SPACE_HAN_DIGIT, '').replace(RE_SPACE_IN_NUMBER, '');
    t = closeSpacedDigits(t);
  }
  t = joinStrayBreaks(t);
  // After joining: a wrapped paragraph is one long line only now.
  if (t.includes(' ')) t = t.replace(RE_PROSE_LINE, (line) => (RE_INNER_PUNCT.test(line) ? line.replace(RE_SPACE_HAN_HAN, '') : line));
  t = t.replace(RE_MANY_BREAKS, '\n\n');
  return t.trim();
}

/** Exposed for tests and for the loader's diagnostics. */
export function containsTraditional(text: string): boolean {
  return hasTraditional(text);
}

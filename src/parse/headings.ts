// Recognise a heading at the start of one line. Pure; works on the trimmed line string.
import { cnToInt } from './numerals.js';
import { ANNEX, PART_TITLE } from '../lexicon/sections.js';

/** Heading styles, outermost first. `bare` = an unnumbered short line such as 结束语 or 关于外交工作. */
export type HeadingStyle = 'bare' | 'cn' | 'paren' | 'arabic' | 'paren_arabic';

/** Nesting rank of each style: a heading closes open sections of equal or higher rank. */
export const RANK: Record<HeadingStyle, number> = { bare: 0, cn: 1, paren: 2, arabic: 3, paren_arabic: 4 };

export interface HeadingMatch {
  style: HeadingStyle;
  /** Ordinal of the marker (一 -> 1); 0 for bare headings. */
  n: number;
  /** Marker as written, e.g. "一、", "（三）", "第一部分"; null for bare headings. */
  marker: string | null;
  /** Title bounds relative to the line string. */
  titleStart: number;
  titleEnd: number;
  /** True when the line goes on after the title (（一）科学调度经济运行。着力…): the line stays a paragraph too. */
  runIn: boolean;
  /** An annex (附件2, 名词解释): a part of its own after the report, whatever is open. */
  annex?: boolean;
  /** A part's own title written without a marker (2024年工作安排): ranks as a part (一、). */
  part?: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: Array<[HeadingStyle, RegExp]> = [
  ['cn', new RegExp(`^第(${CN})部分[\\s、：:，]*`)],
  ['cn', new RegExp(`^(${CN})\\s*[、．.]\\s*`)],
  ['paren', new RegExp(`^[（(]\\s*(${CN})\\s*[）)][\\s、．.]*`)],
  ['arabic', /^(\d{1,2})\s*[.．、](?!\d)\s*/],
  ['paren_arabic', /^[（(](\d{1,2})[）)][\s、．.]*/],
];
const BARE_NUMERAL = new RegExp(`^(${CN})$`);
/** Where a run-in title ends. ；is left out: a clause list is not a title. */
const TITLE_END = /[。！？!?：:]/;
/** A line ending like this is a list item, not a heading. */
const LIST_END = /[；;，,、]$/;
const CLOSERS = /^[”’」』）)】"'\s]*$/;
/** An unnumbered heading: short, no punctuation except quotes and the book-title marks. */
const BARE_LINE = /^[\u4e00-\u9fff“”"《》、0-9]{2,24}$/;
const NOT_BARE = /^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]|各位代表|政府工作报|本作品)|[是了的：]$/;

/** Match a heading on a trimmed line; prevBlank/nextBlank tell whether it stands alone between blank lines. */
export function matchHeading(s: string, prevBlank: boolean, nextBlank: boolean): HeadingMatch | null {
  if (s.length <= 40 && ANNEX.test(s)) return { style: 'bare', n: 0, marker: null, titleStart: 0, titleEnd: s.length, runIn: false, annex: true };
  const bare = BARE_NUMERAL.exec(s);
  if (bare) return { style: 'cn', n: cnToInt(bare[1]), marker: s, titleStart: s.length, titleEnd: s.length, runIn: false };
  for (const [style, re] of MARKERS) {
    const m = re.exec(s);
    if (!m) continue;
    const n = cnToInt(m[1]);
    const markerText = m[0].trimEnd();
    return titled(style, n, markerText, m[0].length, s);
  }
  if (prevBlank && nextBlank && BARE_LINE.test(s) && !NOT_BARE.test(s) && /[\u4e00-\u9fff]{2}/.test(s)) {
    return { style: 'bare', n: 0, marker: null, titleStart: 0, titleEnd: s.length, runIn: false };
  }
  // A part's own title without a marker, between lines that are not blank, or glued to its first sentence
  // (2023年工作回顾过去一年，…): the title is the known part name.
  const part = PART_TITLE.exec(s);
  if (part) {
    let end = part[0].length;
    while (end < s.length && /[。：:！\s]/.test(s[end])) end++;
    return { style: 'bare', n: 0, marker: null, titleStart: 0, titleEnd: part[0].length, runIn: end < s.length, part: true };
  }
  return null;
}

function titled(style: HeadingStyle, n: number, marker: string, start: number, s: string): HeadingMatch | null {
  if (LIST_END.test(s)) return null;
  const rest = s.slice(start);
  const outer = style === 'cn';
  const t = TITLE_END.exec(rest);
  // A known part name glued to its first sentence (一、2023年工作回顾过去一年，面对…): the title is the name.
  // Only when what follows is too long for a title (2024年工作安排和主要任务 is one title).
  const part = outer && (t === null ? rest.length > 40 : t.index > 30) ? PART_TITLE.exec(rest) : null;
  if (part) return { style, n, marker, titleStart: start, titleEnd: start + part[0].length, runIn: true };
  if (!t) {
    // No terminator: a title line, unless it is a whole paragraph that lost its punctuation.
    if (rest.length > 60) return outer ? null : { style, n, marker, titleStart: start, titleEnd: s.length, runIn: true };
    return { style, n, marker, titleStart: start, titleEnd: s.length, runIn: false };
  }
  const after = rest.slice(t.index + 1);
  const titleEnd = start + t.index;
  if (CLOSERS.test(after)) {
    if (outer && rest.length > 60) return null;
    return { style, n, marker, titleStart: start, titleEnd, runIn: false };
  }
  // Run-in title: the part-level (一、) ones are rare and short; longer ones are numbered list items.
  if (outer && t.index > 30) return null;
  return { style, n, marker, titleStart: start, titleEnd, runIn: true };
}

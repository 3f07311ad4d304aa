// Enumerations as reports write them: 一是…二是…, （一）…（二）…, 一、…二、…, （1）…（2）…, 1.…2.…, ①…②…
// Pure: finds the run of items 1, 2, 3… of one style from a given first item.
import type { Span } from '../../types.js';
import { parseChineseNumeral } from '../numbers.js';

export type EnumStyle = 'shi' | 'paren-cn' | 'cn-dun' | 'paren-num' | 'num' | 'circle';

interface Marker {
  style: EnumStyle;
  n: number;
  /** Where the marker starts and where its item's text starts. */
  start: number;
  textStart: number;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '一二三四五六七八九十';
/** Where a marker may open: a line start only, after a sentence or clause end, or after a comma too. */
type Opener = 'line' | 'clause' | 'comma';

const STYLES: ReadonlyArray<readonly [EnumStyle, RegExp, Opener]> = [
  // [style, pattern at the position, where it may open]; 一是… may follow a comma (办好六件实事：一是…，二是…)
  ['shi', new RegExp(`^(?:第)?([${CN}]{1,3})是`), 'comma'],
  ['paren-cn', new RegExp(`^[（(]([${CN}]{1,3})[）)]`), 'clause'],
  ['cn-dun', new RegExp(`^([${CN}]{1,3})[、.．]`), 'line'],
  ['paren-num', /^[（(](\d{1,2})[）)]/, 'clause'],
  ['num', /^(\d{1,2})(?:[.．、](?!\d)|\s)/, 'clause'],
  ['circle', new RegExp(`^([${CIRCLED}])`), 'clause'],
];

/** Characters a marker can start with: a quick reject for the scans. */
const MAY_OPEN = new Set(`*第（(0123456789${CN}${CIRCLED}`);

const numberOf = (style: EnumStyle, s: string): number | null =>
  style === 'circle' ? CIRCLED.indexOf(s) + 1 : /\d/.test(s) ? Number(s) : parseChineseNumeral(s);

/** Whether text[i] may open an item: a line start, or after a sentence or clause end (inline lists). */
function opensAt(text: string, i: number, opener: Opener): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === '*' || text[j] === ' ' || text[j] === '\u3000' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n') return true;
  if (opener === 'line') return false;
  return /[。；;：:！!？?）)]/.test(text[j]) || (opener === 'comma' && /[，,]/.test(text[j]));
}

/** The enumeration marker at text[i] (bold marks skipped), if any. */
export function markerAt(text: string, i: number): Marker | null {
  if (!MAY_OPEN.has(text[i])) return null;
  let k = i;
  while (text[k] === '*') k++;
  const head = text.slice(k, k + 6);
  for (const [style, re, opener] of STYLES) {
    const m = re.exec(head);
    if (!m || !opensAt(text, i, opener)) continue;
    const n = numberOf(style, m[1]);
    if (n === null || n < 1) continue;
    let t = k + m[0].length;
    while (text[t] === '*' || text[t] === ' ') t++;
    return { style, n, start: i, textStart: t };
  }
  return null;
}

/** The first marker numbered 1 in text[from, to), of any style. */
export function firstMarker(text: string, from: number, to: number): Marker | null {
  for (let i = from; i < to; i++) {
    const m = markerAt(text, i);
    if (m && m.n === 1) return m;
  }
  return null;
}

/** The next marker of `style` numbered `n` in text[from, to). */
function nextMarker(text: string, style: EnumStyle, n: number, from: number, to: number): Marker | null {
  for (let i = from; i < to; i++) {
    const m = markerAt(text, i);
    if (m && m.style === style && m.n === n) return m;
  }
  return null;
}

/** An item's text: from after its marker to the first sentence end or line end (or the next item). */
function itemSpan(text: string, m: Marker, limit: number): Span {
  let e = m.textStart;
  while (e < limit && !/[。；;！!？?\n]/.test(text[e])) e++;
  let b = m.textStart;
  while (e > b && /[*\s：:，,]/.test(text[e - 1])) e--;
  while (b < e && /[*\s]/.test(text[b])) b++;
  return [b, e];
}

/** The markers 1, 2, 3… of the enumeration that `first` opens, each within `gap` characters of the one before. */
function markersFrom(text: string, first: Marker, end: number, max: number, gap: number): Marker[] {
  const markers = [first];
  for (let n = 2; n <= max; n++) {
    const prev = markers[markers.length - 1];
    const next = nextMarker(text, first.style, n, prev.textStart, Math.min(end, prev.textStart + gap));
    if (!next) break;
    markers.push(next);
  }
  return markers;
}

/**
 * The items 1, 2, 3… of the enumeration that `first` opens, each found within `gap` characters of the one before,
 * at most `max` of them, none past `end`. Headings over a list numbered through (一、交通 1．… 2．… 二、教育 3．…) give
 * way to the numbered items under them.
 */
export function enumeration(text: string, first: Marker, end: number, max = 40, gap = 2500): Span[] {
  let markers = markersFrom(text, first, end, max, gap);
  if (markers.length >= 2) {
    const sub = firstMarker(text, markers[0].textStart, markers[1].start);
    if (sub && sub.style !== first.style) {
      const inner = markersFrom(text, sub, end, 200, gap);
      if (inner.length > markers.length && inner[inner.length - 1].start > markers[1].start) markers = inner;
    }
  }
  return markers.map((m, i) => itemSpan(text, m, i + 1 < markers.length ? markers[i + 1].start : end));
}

// Report text -> section tree. Pure. Lines are the unit: a heading is a line (or the start of one),
// every other non-blank line is a paragraph. Sections nest by marker style (一、 > （一） > 1. > （1）),
// a marker is accepted only if it continues its siblings' numbering, so list items that restart at 一 stay paragraphs.
import type { ParagraphNode, SectionNode } from '../types.js';
import { classifySections } from './classify.js';
import { matchHeading, RANK, type HeadingStyle } from './headings.js';
import { isSpace, paragraph } from './sentences.js';

export { sectionAt, paragraphs, sentences, allSections } from './query.js';

interface Line {
  start: number; // line start (after the previous \n)
  cs: number; // content start, leading blanks skipped
  ce: number; // content end, trailing blanks skipped
}

function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let cs = start;
    while (cs < end && isSpace(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    lines.push({ start, cs, ce });
    start = end + 1;
  }
  return lines;
}

/** Headings are not looked for before the salutation (title, date, speaker lines). */
function salutationLine(text: string, lines: Line[]): number {
  for (let i = 0, seen = 0; i < lines.length && seen < 40; i++) {
    const l = lines[i];
    if (l.cs === l.ce) continue;
    seen++;
    // 各位代表： opens the speech; 各位代表，一年来… further on is a paragraph of the review, not the salutation.
    if (text.startsWith('各位代表', l.cs) && /^各位代表[！!]?(?:[：:]|$)/.test(text.slice(l.cs, Math.min(l.ce, l.cs + 8)))) return i;
  }
  return -1;
}

interface Open {
  node: SectionNode;
  rank: number;
  /** Last accepted ordinal per child marker style. */
  counters: Map<HeadingStyle, number>;
}

function continues(counters: Map<HeadingStyle, number>, style: HeadingStyle, n: number): boolean {
  if (style === 'bare') return true;
  const last = counters.get(style);
  if (last === undefined) return n === 1;
  return n > last && n <= last + 2; // one skipped number is tolerated (the 2007 report has no （三）)
}

/**
 * Unnumbered headings have no rank of their own. 结束语 closes everything; a report whose first part is
 * unnumbered (1964, 1983, 1984, 1988) uses them as its parts, with 一、 items inside; 首先报告…的工作 (2002)
 * is a sibling of the 一、 parts that follow; anywhere else it is a sub-heading of the open section.
 */
function bareRank(title: string, stack: Open[]): number {
  if (/^结束?语$/.test(title)) return 0;
  if (stack.length === 0) return /^首先/.test(title) ? RANK.cn : 0;
  if (stack[0].rank === 0) return 0;
  return stack[stack.length - 1].rank + 0.5;
}

export function parseReport(text: string): SectionNode[] {
  const lines = scanLines(text);
  const firstHeadingLine = salutationLine(text, lines) + 1;
  const preamble: SectionNode = {
    type: 'section', kind: 'preamble', level: 1, marker: null, title: '', titleSpan: null, span: [0, 0], children: [],
  };
  const top: SectionNode[] = [];
  const rootCounters = new Map<HeadingStyle, number>();
  const stack: Open[] = [];
  const close = (o: Open, at: number): void => {
    o.node.span[1] = at;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.cs === l.ce) continue;
    let h = null;
    if (i >= firstHeadingLine) {
      const prevBlank = i === 0 || lines[i - 1].cs === lines[i - 1].ce;
      const nextBlank = i + 1 >= lines.length || lines[i + 1].cs === lines[i + 1].ce;
      h = matchHeading(text.slice(l.cs, l.ce), prevBlank, nextBlank);
    }
    // 附件2 then 名词解释: the second line names the annex just opened.
    if (h?.annex && stack.length === 1 && stack[0].rank === -1 && stack[0].node.children.length === 0) h = { ...h, annex: false };
    if (h) {
      const rank = h.annex
        ? -1
        : h.part
          ? (stack.length === 0 || stack[0].rank <= 0 ? 0 : RANK.cn)
          : h.style === 'bare'
            ? bareRank(text.slice(l.cs, l.cs + h.titleEnd), stack)
            : RANK[h.style];
      let depth = stack.length;
      while (depth > 0 && stack[depth - 1].rank >= rank) depth--;
      const counters = depth > 0 ? stack[depth - 1].counters : rootCounters;
      if (continues(counters, h.style, h.n)) {
        counters.set(h.style, h.n);
        while (stack.length > depth) close(stack.pop()!, l.start);
        const titleSpan: [number, number] = [l.cs + h.titleStart, l.cs + h.titleEnd];
        const node: SectionNode = {
          type: 'section',
          kind: 'other',
          level: depth + 1,
          marker: h.marker,
          title: text.slice(titleSpan[0], titleSpan[1]).trim(),
          titleSpan,
          span: [l.start, text.length],
          children: [],
        };
        if (depth > 0) stack[depth - 1].node.children.push(node);
        else top.push(node);
        stack.push({ node, rank, counters: new Map() });
        if (h.runIn) node.children.push(paragraph(text, l.cs, l.ce));
        continue;
      }
    }
    const p: ParagraphNode = paragraph(text, l.cs, l.ce);
    (stack.length > 0 ? stack[stack.length - 1].node : preamble).children.push(p);
  }
  while (stack.length > 0) close(stack.pop()!, text.length);
  if (top.length === 0) top.push(...headlessBody(text, lines, firstHeadingLine, preamble));
  preamble.span[1] = top.length > 0 ? top[0].span[0] : text.length;
  const sections = [preamble, ...top];
  classifySections(text, sections);
  return sections;
}

/** No headings at all (some 1950s-70s reports): keep title and salutation as the preamble, the rest is one body section. */
function headlessBody(text: string, lines: Line[], firstBodyLine: number, preamble: SectionNode): SectionNode[] {
  let i = firstBodyLine;
  while (i < lines.length && lines[i].cs === lines[i].ce) i++;
  if (i >= lines.length) return [];
  const start = lines[i].start;
  const body: SectionNode = {
    type: 'section', kind: 'other', level: 1, marker: null, title: '', titleSpan: null, span: [start, text.length],
    children: preamble.children.filter((c) => c.span[0] >= start),
  };
  preamble.children = preamble.children.filter((c) => c.span[0] < start);
  return [body];
}

// Livelihood pledges (民生实事): the list a report announces for its year (办好十方面民生实事, 实施20项民生工程,
// 十件民生实事, 为民办实事项目), its stated count and its items wherever they are set out: inline after the
// announcement (一是…二是…), as numbered paragraphs or under a heading of its own, or in an annex (附件) at the end.
// An announcement without enumeration gives the count and no items. Pure over the text and its paragraphs.
import type { Span } from '../../types.js';
import { BUDGET_PATTERN, GLOSSARY_HEADING, PLEDGE_COUNT, PLEDGE_GENERIC, PLEDGE_NOUNS, PLEDGE_PAST } from '../../lexicon/actions.js';
import { parseChineseNumeral } from '../numbers.js';
import { quantitiesIn, splitClauses, type PlanParagraph } from './clauses.js';
import { enumeration, firstMarker } from './enumeration.js';
import type { Pledge, PledgeItem } from './types.js';

interface Announcement {
  para: PlanParagraph;
  /** The announcing phrase: from the stated count (or the noun) to the end of the noun. */
  span: Span;
  /** The end of its clause, where an enumeration may start. */
  clauseEnd: number;
  count: number | null;
  /** The 、-separated names before 等 in the same clause (实施A、B、C等十大惠民工程). */
  listed: Span[];
}

/** Announcements of this year's list in the paragraphs outside the review, before any glossary. */
function announcements(text: string, paras: PlanParagraph[], year: number | null, stop: number): Announcement[] {
  const out: Announcement[] = [];
  for (const p of paras) {
    if (p.kind === 'review' || p.span[0] >= stop) continue;
    for (const [a, b] of splitClauses(text, p.span[0], p.span[1])) {
      const cl = text.slice(a, b);
      PLEDGE_NOUNS.lastIndex = 0;
      let noun: RegExpExecArray | null = null;
      for (let m = PLEDGE_NOUNS.exec(cl); m !== null; m = PLEDGE_NOUNS.exec(cl)) noun = m; // the last: 省20项…和市10件民生实事
      if (!noun || PLEDGE_PAST.test(cl) || pastYear(cl, year) || quoted(cl, noun.index) || PLEDGE_GENERIC.test(cl.slice(0, noun.index))) continue;
      const nounEnd = noun.index + noun[0].length;
      const { count, from } = countBefore(cl, noun.index);
      out.push({ para: p, span: [a + (from ?? noun.index), a + nounEnd], clauseEnd: b, count, listed: listedBefore(text, a, a + (from ?? noun.index)) });
    }
  }
  return out;
}

/** The noun inside “…”: a programme's slogan (为教师办好“十件实事”), not the government's list. */
function quoted(clause: string, at: number): boolean {
  return clause.lastIndexOf('“', at) > clause.lastIndexOf('”', at);
}

/** A year before the report's in the clause: last year's list. */
function pastYear(clause: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of clause.matchAll(/(\d{4})年/g)) if (Number(m[1]) < year) return true;
  return false;
}

/** The first stated count within 12 characters before the noun: 十件, 10项, 十方面(30项). */
function countBefore(clause: string, nounAt: number): { count: number | null; from: number | null } {
  const from = Math.max(0, nounAt - 12);
  PLEDGE_COUNT.lastIndex = 0;
  const window = clause.slice(from, nounAt);
  for (let m = PLEDGE_COUNT.exec(window); m !== null; m = PLEDGE_COUNT.exec(window)) {
    // Only a count the noun closes: no clause break or 、-list between them.
    if (/[、和与及“”]/.test(window.slice(m.index + m[0].length))) continue;
    const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (n !== null && n >= 1 && n <= 200) return { count: n, from: from + m.index };
  }
  return { count: null, from: null };
}

/** 实施A、B、C等十大惠民工程: the names before 等, from the clause's verb on. */
function listedBefore(text: string, clauseStart: number, at: number): Span[] {
  const head = text.slice(clauseStart, at);
  const deng = head.lastIndexOf('等');
  if (deng < 0 || !head.slice(0, deng).includes('、')) return [];
  const verb = /^(?:[^、]{0,8}?(?:实施|推进|办好|完成|抓好|建设|做好|落实))/.exec(head);
  const out: Span[] = [];
  let from = clauseStart + (verb ? verb[0].length : 0);
  for (let i = from; i <= clauseStart + deng; i++) {
    if (i === clauseStart + deng || text[i] === '、') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/** The enumeration right after the announcement (its clause ends in ：, or the next paragraphs are numbered). */
function itemsAfter(text: string, a: Announcement, stop: number): Span[] {
  // The first item opens within the paragraph's next sentence or at the start of the next paragraph.
  const gapEnd = Math.min(a.para.span[1], a.clauseEnd + 60);
  let first = firstMarker(text, a.clauseEnd, gapEnd);
  if (first && /。/.test(text.slice(a.clauseEnd + 1, first.start)) && !/[：:]\s*\**$/.test(text.slice(a.clauseEnd, first.start))) first = null;
  if (!first && a.para.span[1] - a.clauseEnd <= 2) {
    // The next line (a paragraph or a numbered heading the parser made a section) opens the list.
    let n = a.para.span[1];
    while (n < text.length && /\s/.test(text[n])) n++;
    first = firstMarker(text, n, n + 3);
  }
  if (!first) return [];
  // Another announcement between: the enumeration is its own (办好民生实事。重点办好十件民生实事：一是…).
  PLEDGE_NOUNS.lastIndex = 0;
  if (PLEDGE_NOUNS.test(text.slice(a.clauseEnd, first.start))) return [];
  const end = a.count === null ? Math.min(stop, first.textStart + 20_000) : stop;
  return enumeration(text, first, end);
}

/** 附件…(民生实事) at the end of the report: the enumeration under that title. */
function itemsInAnnex(text: string, from: number): Span[] {
  const re = /(?:^|\n)\**附件\s*\d*\**[：:\s]*/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const titleEnd = text.indexOf('\n', m.index + m[0].length + 1);
    const head = text.slice(m.index, Math.min(text.length, m.index + m[0].length + 80));
    PLEDGE_NOUNS.lastIndex = 0;
    if (!PLEDGE_NOUNS.test(head)) continue;
    const next = re.exec(text);
    const end = next ? next.index : text.length;
    const first = firstMarker(text, titleEnd < 0 ? m.index : titleEnd, Math.min(end, (titleEnd < 0 ? m.index : titleEnd) + 400));
    return first ? enumeration(text, first, end) : [];
  }
  return [];
}

function budgetOf(text: string, p: PlanParagraph): Pledge['budget'] {
  const body = text.slice(p.span[0], p.span[1]);
  const bm = BUDGET_PATTERN.exec(body);
  if (!bm) return null;
  const from = p.span[0] + bm.index + bm[0].length;
  return quantitiesIn(text, [from, Math.min(p.span[1], from + 20)]).find((q) => q.unit !== null && /元/.test(q.unit) && q.span[0] <= from + 2) ?? null;
}

/** The year's announced pledge list: the first announcement with items, else the first with a stated count. */
export function readPledges(text: string, paras: PlanParagraph[], year: number | null = null): Pledge[] {
  const glossary = GLOSSARY_HEADING.exec(text);
  const stop = glossary ? glossary.index : text.length;
  let best: { a: Announcement; items: Span[] } | null = null;
  for (const a of announcements(text, paras, year, stop)) {
    let items = itemsAfter(text, a, stop);
    // A 、-list before 等 is the list itself only when it is as long as the stated count; else it names fields.
    if (items.length === 0 && a.count !== null && a.listed.length === a.count) items = a.listed;
    if (items.length === 0 && (a.count !== null || best === null)) items = itemsInAnnex(text, a.clauseEnd);
    if (items.length === 0 && a.count === null) continue; // 办好民生实事 alone announces no list
    if (items.length > 0) {
      best = { a, items };
      break;
    }
    best ??= { a, items };
  }
  if (!best) return [];
  const { a, items } = best;
  const p = a.para;
  const heading = text.slice(p.span[0], p.bodyStart).replace(/[。：\s]+$/, '');
  PLEDGE_NOUNS.lastIndex = 0;
  const title = heading !== '' && (a.span[0] < p.bodyStart || PLEDGE_NOUNS.test(heading)) ? heading : null;
  const pledgeItems: PledgeItem[] = items.map(([s, e]) => ({ text: text.slice(s, e), span: [s, e] }));
  const announced = { span: a.span, quote: text.slice(a.span[0], a.span[1]) };
  return [{ title, announced, budget: budgetOf(text, p), count: a.count, items: pledgeItems, span: p.span, quote: text.slice(p.span[0], p.span[1]) }];
}

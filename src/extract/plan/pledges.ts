// Livelihood pledges (民生实事): the list a report announces for its year (办好十方面民生实事, 实施20项民生工程,
// 十件民生实事, 为民办实事项目), its stated count and its items wherever they are set out: inline after the
// announcement (一是…二是…), as numbered paragraphs or under a heading of its own, or in an annex (附件) at the end.
// An announcement without enumeration gives the count and no items. Pure over the text and its paragraphs.
import type { SectionNode, Span } from '../../types.js';
import {
  BUDGET_PATTERN,
  GLOSSARY_HEADING,
  NOTE_ENTRY,
  NOTE_LIST_LEAD,
  PLEDGE_ANNEX_PAST,
  PLEDGE_AREA_LABEL,
  PLEDGE_BATCH,
  PLEDGE_CANDIDATES,
  PLEDGE_COUNT,
  PLEDGE_COUNT_SUBJECT,
  PLEDGE_GENERIC,
  PLEDGE_LIST_LEAD,
  PLEDGE_NOUNS,
  PLEDGE_PAST,
  PLEDGE_QUOTED_COUNT,
  PLEDGE_TABLE_NAME,
  PLEDGE_TOTAL_AFTER,
  PLEDGE_VOTE_CHOSEN,
} from '../../lexicon/actions.js';
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
  /** 实事 lists outrank 民生工程 programmes (继续实施“十大民生工程”…为民办好“十件实事”). */
  shishi: boolean;
  /** 一批民生实事: announced with no count. */
  batch: boolean;
  /** Candidates put to the vote: the list only when enumerated. */
  candidates: boolean;
}

/** Announcements of this year's list in the paragraphs outside the review, before any glossary. */
function announcements(text: string, paras: PlanParagraph[], year: number | null, stop: number): Announcement[] {
  const out: Announcement[] = [];
  for (const p of paras.slice().sort((x, y) => x.span[0] - y.span[0])) {
    if (p.kind === 'review' || p.span[0] >= stop) continue;
    // A clause that names a list names it in its paragraph too (a clause ends at punctuation, which no noun's
    // lookahead reads as 求是): most paragraphs name none and are not cut into clauses.
    PLEDGE_NOUNS.lastIndex = 0;
    if (!PLEDGE_NOUNS.test(text.slice(p.span[0], p.span[1]))) continue;
    for (const [a, b] of splitClauses(text, p.span[0], p.span[1])) {
      const cl = text.slice(a, b);
      PLEDGE_NOUNS.lastIndex = 0;
      // The last with a stated count (省20项…和市10件民生实事; 九大类40项民生实事和一批民生微实事), else the last.
      let noun: RegExpExecArray | null = null;
      let counted: RegExpExecArray | null = null;
      for (let m = PLEDGE_NOUNS.exec(cl); m !== null; m = PLEDGE_NOUNS.exec(cl)) {
        noun = m;
        if (countBefore(cl, m.index).count !== null) counted = m;
      }
      noun = counted ?? noun;
      if (!noun || PLEDGE_PAST.test(cl) || pastYear(cl, year) || PLEDGE_GENERIC.test(cl.slice(0, noun.index))) continue;
      let nounEnd = noun.index + noun[0].length;
      let { count, from } = countBefore(cl, noun.index);
      // 十大为民办实事工程共30个项目: the pledges' count over the areas'.
      const total = PLEDGE_TOTAL_AFTER.exec(cl.slice(nounEnd));
      const totalN = total ? numeral(total[1]) : null;
      if (total && totalN !== null) {
        count = totalN;
        from ??= noun.index;
        nounEnd += total[0].length;
      }
      // 遴选了12件民生实事，待人大票决选定10件: the number chosen is the list's.
      const chosen = count === null ? null : PLEDGE_VOTE_CHOSEN.exec(text.slice(a + nounEnd, a + nounEnd + 30));
      const chosenN = chosen ? numeral(chosen[1]) : null;
      if (chosen && chosenN !== null) {
        count = chosenN;
        nounEnd += chosen[0].length;
      }
      const batch = PLEDGE_BATCH.test(cl.slice(0, noun.index));
      if (count === null && noun[0] === '实事' && !batch) continue; // 办实事 with no count: any good deed, not a list
      const start = a + (from ?? noun.index);
      out.push({
        para: p,
        span: [start, a + nounEnd],
        clauseEnd: b,
        count,
        listed: listedBefore(text, a, start),
        shishi: /实事|候选/.test(noun[0]),
        batch,
        candidates: PLEDGE_CANDIDATES.test(cl.slice(noun.index)),
      });
    }
  }
  return out;
}

/** Section titles as one-line units: a list is often announced in a heading (（七）…，扎实办好“十项惠民实事”). */
function titleUnits(sections: SectionNode[]): PlanParagraph[] {
  const out: PlanParagraph[] = [];
  const walk = (s: SectionNode): void => {
    if (s.titleSpan) out.push({ span: s.titleSpan, kind: s.kind, path: [], bodyStart: s.titleSpan[0] });
    for (const c of s.children) if (c.type === 'section') walk(c);
  };
  sections.forEach(walk);
  return out;
}

/** A year before the report's in the clause: last year's list. */
function pastYear(clause: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of clause.matchAll(/(\d{4})年/g)) if (Number(m[1]) < year) return true;
  return false;
}

/**
 * The stated count within 14 characters before the noun: 十件, 10项, 十大; of 20个方面69件 the pledges' count (件, 项, 个)
 * rather than the areas' (方面, 类).
 */
function countBefore(clause: string, nounAt: number): { count: number | null; from: number | null } {
  const head = clause.slice(0, nounAt);
  // 民生“十心”实事: a quoted count as the list's brand.
  const quoted = PLEDGE_QUOTED_COUNT.exec(head);
  const quotedN = quoted ? numeral(quoted[1]) : null;
  if (quoted && quotedN !== null) return { count: quotedN, from: quoted.index };
  const found = countNear(clause, nounAt);
  if (found.count !== null) return found;
  // 以下10件确定为市政府2020年度民生实事项目: the count as the subject, further back.
  const subject = PLEDGE_COUNT_SUBJECT.exec(head);
  const subjectN = subject ? numeral(subject[1]) : null;
  return subject && subjectN !== null ? { count: subjectN, from: subject.index } : found;
}

/** A count of 1 to 200 in digits or Chinese numerals. */
function numeral(s: string): number | null {
  const n = /\d/.test(s) ? Number(s) : parseChineseNumeral(s);
  return n === null || n < 1 || n > 200 ? null : n;
}

function countNear(clause: string, nounAt: number): { count: number | null; from: number | null } {
  const from = Math.max(0, nounAt - 14);
  PLEDGE_COUNT.lastIndex = 0;
  const window = clause.slice(from, nounAt);
  let best = null as { count: number; from: number; areas: boolean } | null;
  for (let m = PLEDGE_COUNT.exec(window); m !== null; m = PLEDGE_COUNT.exec(window)) {
    // Only a count the noun closes: no clause break or 、-list between them.
    if (/[、和与及“”]/.test(window.slice(m.index + m[0].length))) continue;
    const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (n === null || n < 1 || n > 200) continue;
    const areas = /方面|类$/.test(m[0]);
    if (best === null) best = { count: n, from: from + m.index, areas };
    else if (best.areas && !areas) best = { count: n, from: best.from, areas };
  }
  return best ? { count: best.count, from: best.from } : { count: null, from: null };
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
    // It may open with a short heading sentence of its own (抓好就业和社保工作。（1）…).
    const lead = /^[^，。\n]{0,20}。/.exec(text.slice(n, n + 24));
    first = firstMarker(text, n, n + 3) ?? (lead ? firstMarker(text, n + lead[0].length, n + lead[0].length + 3) : null);
  }
  if (!first) {
    // Items after 包括： separated by ；, areas labelled in turn (就业促进方面，…), run-in titles as many as the count,
    // or one quantified run.
    const listed = semicolonItems(text, a);
    if (listed.length > 0) return listed;
    const areas = areaLabels(text, a);
    if (areas.length > 0) return areas;
    return a.count === null ? quantifiedSentence(text, a) : titleSentences(text, a);
  }
  // Another announcement between: the enumeration is its own (办好民生实事。重点办好十件民生实事：一是…).
  PLEDGE_NOUNS.lastIndex = 0;
  if (PLEDGE_NOUNS.test(text.slice(a.clauseEnd, first.start))) return [];
  const end = a.count === null ? Math.min(stop, first.textStart + 20_000) : stop;
  return enumeration(text, first, end);
}

/**
 * Items set out in one sentence after the announcement's ： or after a lead-in of their own (…一批重点民生实事。包括：
 * A；B；C。), separated by ；: each ；-part is one item, whatever it joins with a comma. At least three, as many as a
 * stated count.
 */
function semicolonItems(text: string, a: Announcement): Span[] {
  const end = a.para.span[1];
  let from = -1;
  if (text[a.clauseEnd] === '：' || text[a.clauseEnd] === ':') from = a.clauseEnd + 1;
  else if (text[a.clauseEnd] === '。') {
    const lead = PLEDGE_LIST_LEAD.exec(text.slice(a.clauseEnd + 1, a.clauseEnd + 16));
    if (lead) from = a.clauseEnd + 1 + lead[0].length;
  }
  if (from < 0) return [];
  // The sentence's end, outside quotes and brackets (创建100家“渝馨家园（残疾人之家）”).
  const e = topLevelEnd(text, from, end, '。！!？?\n');
  const items = topLevelSplit(text, from, e, '；;');
  return items.length >= 3 && (a.count === null || items.length === a.count) ? items : [];
}

/**
 * The list set out by areas: sentences of the announcement's paragraph opening with an area label (为民兴办十类24件
 * 实事。就业促进方面，…。社会救助方面，…), the first right after the announcement; at least three.
 */
function areaLabels(text: string, a: Announcement): Span[] {
  const end = a.para.span[1];
  let i = a.clauseEnd;
  if (text[i] !== '。' && text[i] !== '：' && text[i] !== ':') return [];
  const out: Span[] = [];
  while (i < end) {
    let s = i + 1;
    while (s < end && /[\s*]/.test(text[s])) s++;
    const m = PLEDGE_AREA_LABEL.exec(text.slice(s, Math.min(end, s + 16)));
    if (m) out.push([s, s + m[0].length]);
    else if (out.length === 0) return []; // the sentence after the announcement opens with no label
    const next = text.indexOf('。', s);
    if (next < 0) break;
    i = next;
  }
  return out.length >= 3 ? out : [];
}

/**
 * Items as run-in titles of the sentences after the announcement (办好十大民生实事。提升教育惠民质量，采取…；新建…。
 * 推进创业社区建设，建设…): the short first clause, with no figure, of each sentence of the paragraph that goes on
 * after it; taken only when there are as many as the stated count (a sentence opening with a figure continues an item).
 */
function titleSentences(text: string, a: Announcement): Span[] {
  if (a.count === null || a.count < 3) return [];
  const out: Span[] = [];
  let s = a.clauseEnd + 1;
  for (let i = s; i <= a.para.span[1]; i++) {
    if (i < a.para.span[1] && !/[。！!？?]/.test(text[i])) continue;
    const [first, second] = splitClauses(text, s, i, 2);
    if (first && second && first[1] - first[0] <= 12 && !/[\d一二三四五六七八九十百千万]/.test(text.slice(first[0], first[1]))) out.push(first);
    s = i + 1;
  }
  return out.length === a.count ? out : [];
}

/**
 * A list of no stated count under a short heading sentence of its own (办好重点民生实事。): the next sentence of the
 * paragraph when it is a run of at least five clauses all but one quantified (新增停车位15万个，新改建农村公路600公里，…);
 * a sentence naming another list between (…等省定重点民生实事。, the province's) is passed over.
 */
function quantifiedSentence(text: string, a: Announcement): Span[] {
  const [pa, pe] = a.para.span;
  let s = a.span[0];
  while (s > pa && !/[。！!？?]/.test(text[s - 1])) s--;
  if (text[a.clauseEnd] !== '。' || a.clauseEnd - Math.max(s, a.para.bodyStart) > 12 || s < a.para.bodyStart) return [];
  let from = a.clauseEnd + 1;
  for (let named = 0; from < pe; ) {
    let end = from;
    while (end < pe && !/[。！!？?]/.test(text[end])) end++;
    const clauses = splitClauses(text, from, end);
    PLEDGE_NOUNS.lastIndex = 0;
    if (PLEDGE_NOUNS.test(text.slice(from, end)) && named++ === 0) {
      from = end + 1;
      continue;
    }
    const bare = clauses.filter((c) => quantitiesIn(text, c).length === 0).length;
    return clauses.length >= 5 && bare <= 1 ? clauses : [];
  }
  return [];
}

/**
 * 附件…(民生实事) at the end of the report: the enumeration (or the table) under that title, with the count its title
 * states (2018年为民办18件实事). An annex reporting on a list (2019年十件民生实事完成情况, a year before the report's) is
 * last year's and passed over.
 */
function itemsInAnnex(text: string, from: number, year: number | null): { items: Span[]; count: number | null } {
  const re = /(?:^|\n)\**附件\s*\d*\**[：:\s]*/g;
  re.lastIndex = from;
  const none = { items: [], count: null };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const titleStart = m.index + m[0].length;
    const titleEnd = text.indexOf('\n', titleStart + 1);
    const head = text.slice(m.index, Math.min(text.length, titleStart + 80));
    PLEDGE_NOUNS.lastIndex = 0;
    if (!PLEDGE_NOUNS.test(head)) continue;
    const title = text.slice(titleStart, titleEnd < 0 ? text.length : titleEnd);
    if (pastYear(title, year) || PLEDGE_ANNEX_PAST.test(title)) continue;
    PLEDGE_NOUNS.lastIndex = 0;
    const noun = PLEDGE_NOUNS.exec(title);
    const count = noun ? countBefore(title, noun.index).count : null;
    const lastIndex = re.lastIndex;
    const next = re.exec(text);
    re.lastIndex = lastIndex;
    const end = next ? next.index : text.length;
    const bodyStart = titleEnd < 0 ? m.index : titleEnd;
    const table = tableItems(text, bodyStart, end);
    if (table.length > 0) return { items: table, count };
    const first = firstMarker(text, bodyStart, Math.min(end, bodyStart + 400));
    return first ? { items: enumeration(text, first, end), count } : none;
  }
  return none;
}

/**
 * A table opening text[from, end), as the loader flattens one (a header line 序号 民生领域 事项名称 具体内容, then a line
 * a row, its cells run together: 1交通领域持续推进交通拥堵点改造（1）对…): rows numbered 1, 2, 3…, each item the row
 * from after its number to its details' first marker （1） or sentence end. The cells before the name column stay in
 * the item (交通领域持续推进…), the loader having joined them.
 */
function tableItems(text: string, from: number, end: number): Span[] {
  let i = from;
  while (i < end && /\s/.test(text[i])) i++;
  const headerEnd = text.indexOf('\n', i);
  if (headerEnd < 0 || headerEnd > end) return [];
  const header = text.slice(i, headerEnd);
  if (!/^序号/.test(header) || !PLEDGE_TABLE_NAME.test(header.slice(2))) return [];
  const out: Span[] = [];
  for (let line = headerEnd + 1; line > 0 && line < end; line = text.indexOf('\n', line) + 1) {
    const row = /^(\d{1,3})(?!\d)\s*/.exec(text.slice(line, line + 5));
    if (!row || Number(row[1]) !== out.length + 1) continue;
    const b = line + row[0].length;
    let e = b;
    while (e < end && !/[。；\n]/.test(text[e]) && !/^[（(]1[）)]/.test(text.slice(e, e + 3))) e++;
    while (e > b && /[\s，,：:]/.test(text[e - 1])) e--;
    if (e > b) out.push([b, e]);
  }
  return out;
}

/**
 * A note or glossary entry on the list ([44]9件为民办实事项目：A，B，…; 7.10件民生实事：2023年…为…；2024年…为A，B…):
 * its items separated by commas, taken only when there are as many as the stated count. An entry holding several
 * years' lists gives this year's (a part naming an earlier year is last year's list).
 */
function itemsInNote(text: string, a: Announcement, year: number | null): Span[] {
  if (a.count === null) return [];
  NOTE_ENTRY.lastIndex = a.clauseEnd;
  for (let m = NOTE_ENTRY.exec(text); m !== null; m = NOTE_ENTRY.exec(text)) {
    PLEDGE_NOUNS.lastIndex = 0;
    const noun = PLEDGE_NOUNS.exec(m[1]);
    if (!noun || countBefore(m[1], noun.index).count !== a.count) continue;
    const lineEnd = text.indexOf('\n', m.index + m[0].length);
    const parts = topLevelSplit(text, m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd, '；;');
    for (const [s, e] of parts.reverse()) {
      const lead = NOTE_LIST_LEAD.exec(text.slice(s, e));
      if (lead && pastYear(lead[0], year)) continue;
      PLEDGE_NOUNS.lastIndex = 0;
      const from = lead && PLEDGE_NOUNS.test(lead[0]) ? s + lead[0].length : s;
      const items = topLevelSplit(text, from, e, '，,');
      if (items.length === a.count) return items;
    }
  }
  return [];
}

/** text[from, to) cut at `seps` outside brackets and quotes, each piece trimmed of spaces and a closing 。. */
function topLevelSplit(text: string, from: number, to: number, seps: string): Span[] {
  const out: Span[] = [];
  for (let start = from; ; ) {
    const end = topLevelEnd(text, start, to, seps);
    let b = start;
    let e = end;
    while (b < e && /[\s*]/.test(text[b])) b++;
    while (e > b && /[\s*。]/.test(text[e - 1])) e--;
    if (e > b) out.push([b, e]);
    if (end >= to) return out;
    start = end + 1;
  }
}

/** Where the first of `stops` outside brackets and quotes stands in text[from, to), or `to`. */
function topLevelEnd(text: string, from: number, to: number, stops: string): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ('（(“《【'.includes(c)) depth++;
    else if ('）)”》】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && stops.includes(c)) return i;
  }
  return to;
}

function budgetOf(text: string, p: PlanParagraph): Pledge['budget'] {
  const body = text.slice(p.span[0], p.span[1]);
  const bm = BUDGET_PATTERN.exec(body);
  if (!bm) return null;
  const from = p.span[0] + bm.index + bm[0].length;
  return quantitiesIn(text, [from, Math.min(p.span[1], from + 20)]).find((q) => q.unit !== null && /元/.test(q.unit) && q.span[0] <= from + 2) ?? null;
}

/** The year's announced pledge list: the first announcement with items, else the first with a stated count. */
export function readPledges(text: string, paras: PlanParagraph[], year: number | null = null, sections: SectionNode[] = []): Pledge[] {
  paras = paras.concat(titleUnits(sections));
  const glossary = GLOSSARY_HEADING.exec(text);
  const stop = glossary ? glossary.index : text.length;
  const all = announcements(text, paras, year, stop);
  // 实事 lists first: a 民生工程 programme is the list only where no 实事 list is announced.
  const best = bestOf(text, all.filter((a) => a.shishi), stop, year) ?? bestOf(text, all.filter((a) => !a.shishi), stop, year);
  if (best) return [pledgeOf(text, best.a, best.items)];
  // Candidates for a vote still to come, with no list of its own announced (形成了开展食用农产品快检等12项民生实事候选项目。
  // 我们将在本次大会票决具体项目后…): the candidates' count is the list's.
  const candidates = all.find((a) => a.candidates && a.count !== null);
  return candidates ? [pledgeOf(text, candidates, [])] : [];
}

/** The first announcement with items, else the first with a stated count, else the first 一批. */
function bestOf(text: string, announced: Announcement[], stop: number, year: number | null): { a: Announcement; items: Span[] } | null {
  let best: { a: Announcement; items: Span[] } | null = null;
  for (let a of announced) {
    // （七）在办好为民实事上狠下功夫。…办好18件民生实事: the paragraph's counted announcement speaks for its heading.
    if (a.count === null && announced.some((b) => b.count !== null && b.span[0] > a.span[0] && b.para.span[0] <= a.span[0] && a.span[0] < b.para.span[1])) continue;
    let items = itemsAfter(text, a, stop);
    // A 、-list before 等 is the list itself only when it is as long as the stated count; else it names fields.
    if (items.length === 0 && a.count !== null && a.listed.length === a.count) items = a.listed;
    if (items.length === 0 && (a.count !== null || best === null)) {
      const annex = itemsInAnnex(text, a.clauseEnd, year);
      items = annex.items;
      // 办好为民实事 in the plan, 2018年为民办18件实事 over the annex: the annex's title states the count.
      if (items.length > 0 && a.count === null && annex.count !== null) a = { ...a, count: annex.count };
    }
    if (items.length === 0) items = itemsInNote(text, a, year);
    // 办好民生实事 alone announces no list; candidates for the vote are the list only when enumerated.
    if (items.length === 0 && ((a.count === null && !a.batch) || a.candidates)) continue;
    if (items.length > 0) return { a, items };
    // A stated count outranks 一批 (每年办成一批民生实事 in the five-year part, 办好今年9件为民办实事项目 in the plan).
    if (best === null || (best.a.count === null && a.count !== null)) best = { a, items };
  }
  return best;
}

function pledgeOf(text: string, a: Announcement, items: Span[]): Pledge {
  const p = a.para;
  const heading = text.slice(p.span[0], p.bodyStart).replace(/[。：\s]+$/, '');
  PLEDGE_NOUNS.lastIndex = 0;
  const title = heading !== '' && (a.span[0] < p.bodyStart || PLEDGE_NOUNS.test(heading)) ? heading : null;
  const pledgeItems: PledgeItem[] = items.map(([s, e]) => ({ text: text.slice(s, e), span: [s, e] }));
  const announced = { span: a.span, quote: text.slice(a.span[0], a.span[1]) };
  return { title, announced, budget: budgetOf(text, p), count: a.count, items: pledgeItems, span: p.span, quote: text.slice(p.span[0], p.span[1]) };
}

// What a commitment is about, as terms a review sentence can be searched for. The clause is cut at action verbs,
// manner words, figures and deadlines into runs (its items: 杭衢高铁, 长三角中欧班列集结中心, 城镇老旧小区); each
// run is segmented against the genre's common words, and the stretches no common word covers are its rare words
// and names (杭衢, 金七门核电, 甘电入浙). Items holding a name, and quoted names, are what a sentence must name for
// the commitment to be reported on by name; each with the head of its kind of work (杭衢 + 高铁) and the variants a
// review writes the same item in. Pure.
import { findFigures } from '../extract/numbers.js';
import { ACTION_WORDS, DEADLINE_PATTERNS } from '../lexicon/actions.js';
import { GENRE_WORDS, HEAD_CLASSES, KEEP_JOINED, LINE_HEADS, NAME_HEADS, PHASE, SAME_WORDS, SEPARATORS, SUFFIXES } from '../lexicon/followup.js';

export interface Term {
  text: string;
  /** A common word of the genre (GENRE_WORDS); otherwise a rare word or part of a name. */
  common: boolean;
  /** A quoted name: found only whole. */
  quoted: boolean;
  /** The content run the term is part of (its phrase), for proximity. */
  run: number;
  /** Where the term first occurs in the (canonical) clause. */
  at: number;
}

/** A named item of the commitment: a quoted name, or an item holding a rare word (杭衢高铁, 中欧班列集结中心). */
export interface Item {
  /** The item as written in the clause. */
  text: string;
  /** The item without generic words at its ends (宁波舟山港重大集疏运 of 宁波舟山港重大集疏运工程) and its phase. */
  core: string;
  /** Where the core starts in the item's text. */
  coreAt: number;
  /** Forms a sentence names it by whole: 杭衢高铁; 汕漳高铁 for 漳汕高铁; 南雄至信丰 for 信丰至南雄. */
  forms: string[];
  /** The kind of work (高铁, 核电, 码头…), or null. */
  head: string | null;
  /** 一期, 二期…, when the item names one. */
  phase: string | null;
  quoted: boolean;
  /** The action written right after it, the work done on it (改造 of 城中村改造), if any. */
  work?: string;
}

export interface CommitmentTerms {
  /** The clause with short forms (国企 for 国有企业), which positions refer to. */
  text: string;
  terms: Term[];
  items: Item[];
}

const SEPARATOR_RE = new RegExp(SEPARATORS.map(escape).join('|'), 'g');
const HEAD_ALT = NAME_HEADS.map(escape).join('|');
/** The rest of a list a short name is an item of, up to the list's head: 、深江、梅武等高铁. */
const LIST_HEAD = new RegExp(`^(?:[、和及与][\\p{Script=Han}A-Za-z0-9]{1,8}?)*等?(?:一批)?(${HEAD_ALT})`, 'u');
/** A route named by its two ends (信丰至南雄, 亚布力至雪乡). */
const ROUTE = /^(\p{Script=Han}+)至(\p{Script=Han}+)$/u;
/** The kind a route's list closes with, a word before it allowed: 亚布力至雪乡等旅游公路. */
const ROUTE_LIST_HEAD = new RegExp(`^等?\\p{Script=Han}{0,4}?(${HEAD_ALT})`, 'u');
const QUOTED = /[“"「]([^”"」]{2,20})[”"」]/g;
/** A five-year plan's period in quotes (“十四五”): a deadline, not what the commitment is about. */
const PLAN_PERIOD = /^十[一二三四五六七八九]五$/;
/** A quoted name of a series of things (“宁静系列”): its word before 系列. */
const SERIES = /^(\p{Script=Han}{2,6})系列$/u;
/** A label of digits or letters (“5210”, “1+N”): a code, not words. */
const CODE_LABEL = /^[0-9A-Za-z+＋]+$/;
/** A figure of a concentration: 29微克/立方米, 35微克每立方米, 0.5毫克/升. */
const CONCENTRATION = /\d+(?:\.\d+)?(?:微克|毫克)(?:\/|每)?(?:立方米|升)?/g;
/** A programme of a field joined to others (“光伏+”, “互联网＋”): its field. */
const PLUS_PROGRAMME = /^(\p{Script=Han}{2,6})[+＋]$/u;
/** The words around a code name the programme only as a phrase of this length or more (有效投资攻坚行动). */
const CODE_NAME_MIN = 6;
const PHASE_END = new RegExp(`(?:${PHASE.source})$`);
const MAX_WORD = 4;
/** Heads a review writes for the same railway line. */
const RAIL_SAME = ['铁路', '高铁', '高速铁路'];
/** A section of a line between two places of two characters, after the line's name: 隆黄铁路 + 隆昌至叙永段. */
const SECTION_ENDS = /^(.*?)(\p{Script=Han}{2})至(\p{Script=Han}{2})段$/u;
/** Generic words dropped from an item's ends (重大, 项目, 工程): more common than this share of sentences. */
const GENERIC_SHARE = 0.005;
const NAME_CHARS = /[\p{Script=Han}A-Za-z0-9.]/u;
const HEAD_CLASS = new Map(HEAD_CLASSES.flatMap(([cls, hs]) => hs.map((h) => [h, cls] as const)));
/** Each long form -> the shortest of its group, longest first. */
const SHORT_FORMS: ReadonlyArray<readonly [string, string]> = SAME_WORDS.flatMap((group) => {
  const short = [...group].sort((a, b) => a.length - b.length)[0];
  return group.filter((w) => w !== short).map((w) => [w, short] as const);
}).sort((a, b) => b[0].length - a[0].length);
const LONG_FORM_RE = new RegExp(SHORT_FORMS.map(([w]) => escape(w)).join('|'), 'g');
const SHORT_OF = new Map(SHORT_FORMS);
/** The action words, longest first: the work a clause does on an item written before one. */
const WORK_WORDS = [...new Set(ACTION_WORDS.map((a) => a.word))].sort((a, b) => b.length - a.length);

/** A rare word naming a kind of a set (配售型 of 配售型保障性住房, 民营型): a figure of the whole set does not report on it. */
export const kindWord = (t: Term): boolean => !t.common && t.text.length >= 3 && t.text.endsWith('型');

/** The long forms of a word written short at its end (保租房 -> 保障性租赁住房), for the head a review may write. */
export function longForms(word: string): string[] {
  return SHORT_FORMS.filter(([, short]) => word.endsWith(short)).map(([long]) => long);
}

/** The text with every long form written short (国有企业 -> 国企), so both forms of a word match. */
export function canonical(text: string): string {
  return text.replace(LONG_FORM_RE, (w) => SHORT_OF.get(w)!);
}

/** The terms and named items of a commitment's clause, each once, in order. */
export function commitmentTerms(quote: string): CommitmentTerms {
  const text = withAliases(canonical(quote));
  const terms: Term[] = [];
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    if (seen.has(m[1]) || PLAN_PERIOD.test(m[1])) continue;
    seen.add(m[1]);
    // “光伏+”, “互联网＋”: a programme joining its field to others is reported on by what it does in that field, written
    // without quotes or the sign (新增光伏装机…).
    const plus = PLUS_PROGRAMME.exec(m[1]);
    if (plus) {
      terms.push({ text: plus[1], common: false, quoted: false, run: -1, at: m.index });
      items.push({ text: plus[1], core: plus[1], coreAt: 0, forms: [plus[1]], head: null, phase: null, quoted: false });
      continue;
    }
    terms.push({ text: m[1], common: false, quoted: true, run: -1, at: m.index });
    items.push({ text: m[1], core: m[1], coreAt: 0, forms: [m[1]], head: null, phase: null, quoted: true });
    // A quoted series is named by any of its members, quoted with the series' word (“宁静系列” by “宁静小区”).
    const series = SERIES.exec(m[1]);
    if (series) items.push({ text: m[1], core: series[1], coreAt: 0, forms: [`“${series[1]}`], head: null, phase: null, quoted: false });
    // A quoted list of slogans (“保交楼、保民生、保稳定”) is named by any of its members quoted (“保交楼”项目实现全部交付).
    const members = m[1].split('、');
    if (members.length >= 2 && members.every((w) => /^\p{Script=Han}{2,6}$/u.test(w))) {
      for (const w of members) items.push({ text: m[1], core: w, coreAt: 0, forms: [`“${w}”`], head: null, phase: null, quoted: false });
    }
  }
  // A programme labelled by a code (扩大有效投资“5210”攻坚行动) is also written without it: the words around the code,
  // read as one run, are a name of the programme.
  for (const m of text.matchAll(QUOTED)) {
    if (!CODE_LABEL.test(m[1])) continue;
    const bare = text.slice(0, m.index) + text.slice(m.index + m[0].length);
    const run = contentRuns(bare).find((x) => x.start < m.index && m.index < x.start + x.text.length);
    if (run && run.text.length >= CODE_NAME_MIN && !seen.has(run.text)) items.push({ text: run.text, core: run.text, coreAt: 0, forms: [run.text], head: null, phase: null, quoted: false });
  }
  contentRuns(text).forEach((run, r) => {
    const parts = segment(run.text);
    for (const p of parts) {
      if (seen.has(p.text)) continue;
      seen.add(p.text);
      terms.push({ text: p.text, common: p.common, quoted: false, run: r, at: run.start + p.start });
    }
    if (parts.some((p) => !p.common)) items.push(itemOf(run.text, text, run.start));
  });
  return { text, terms: terms.sort((a, b) => a.at - b.at), items };
}

/** The head a sentence writes at a position (新生圩 + 长江大桥), or null. */
export function headAt(sentence: string, at: number): string | null {
  return NAME_HEADS.find((h) => sentence.startsWith(h, at)) ?? null;
}

/** Whether two heads are of the same kind of work (过江通道 and 长江大桥 are; 码头 and 通道 are not). */
export function sameKind(a: string, b: string): boolean {
  return HEAD_CLASS.get(a) === HEAD_CLASS.get(b);
}

/** 珠三角枢纽（广州新）机场 also as 广州新机场: a name with its other name in brackets. */
function withAliases(quote: string): string {
  return quote.replace(/([\p{Script=Han}]{2,8})（([\p{Script=Han}]{2,8})）([\p{Script=Han}]{1,4})/gu, '$1$3（$2$3）');
}

/** The clause with quoted names, figures, deadlines, action verbs and manner words blanked out, cut into runs. */
export function contentRuns(quote: string): Array<{ text: string; start: number }> {
  const chars = quote.split('').map((c) => (NAME_CHARS.test(c) ? c : ' '));
  const blank = (a: number, b: number): void => {
    for (let i = a; i < b; i++) chars[i] = ' ';
  };
  for (const m of quote.matchAll(QUOTED)) blank(m.index, m.index + m[0].length);
  for (const f of findFigures(quote, 0, quote.length)) if (f.unit !== null && !/[级号型期版代线届]/.test(quote[f.end] ?? '')) blank(f.start, f.end);
  // A concentration (29微克/立方米), whose unit the number grammar does not read: a figure too.
  for (const m of quote.matchAll(CONCENTRATION)) blank(m.index, m.index + m[0].length);
  for (const re of DEADLINE_PATTERNS) for (const m of quote.matchAll(new RegExp(re.source, 'g'))) blank(m.index, m.index + m[0].length);
  for (const m of quote.matchAll(/\d{4}年/g)) blank(m.index, m.index + m[0].length);
  const kept = new Set<number>();
  for (const m of quote.matchAll(new RegExp(KEEP_JOINED.source, 'g'))) for (let i = m.index; i < m.index + m[0].length; i++) kept.add(i);
  for (const m of quote.matchAll(SEPARATOR_RE)) {
    let free = !SUFFIXES.includes(quote[m.index + m[0].length] ?? ' '); // 开工率, 保障性住房: part of a noun
    for (let i = m.index; i < m.index + m[0].length; i++) if (kept.has(i)) free = false;
    if (free) blank(m.index, m.index + m[0].length);
  }
  const out: Array<{ text: string; start: number }> = [];
  for (const m of chars.join('').matchAll(/\S{2,}/g)) out.push({ text: m[0], start: m.index });
  return out;
}

/**
 * Cuts a run into the genre's common words (longest first, from the left) and the stretches between them, rare words
 * or names. A single character left over belongs to the word before it (自然村, 治理率) or else after it.
 */
export function segment(run: string): Array<{ text: string; start: number; common: boolean }> {
  const parts: Array<{ text: string; start: number; common: boolean; closed?: boolean }> = [];
  for (let i = 0; i < run.length; ) {
    let n = Math.min(MAX_WORD, run.length - i);
    while (n >= 2 && !GENRE_WORDS.has(run.slice(i, i + n))) n--;
    const last = parts[parts.length - 1];
    const suffix = SUFFIXES.includes(run[i]);
    if (n >= 2) parts.push({ text: run.slice(i, i + n), start: i, common: true });
    // 多样 + 化 is a word of its own (多样化): what follows starts another.
    else if (last && ((!last.common && !last.closed) || suffix)) parts[parts.length - 1] = { text: last.text + run[i], start: last.start, common: false, closed: suffix };
    else parts.push({ text: run[i], start: i, common: false });
    i += Math.max(n, 1);
  }
  // A single rare character joins the word before it, else the word after it; a rare word is never common.
  const out: Array<{ text: string; start: number; common: boolean }> = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.text.length > 1 || p.common) out.push({ text: p.text, start: p.start, common: p.common });
    else if (out.length > 0) out[out.length - 1] = { text: out[out.length - 1].text + p.text, start: out[out.length - 1].start, common: false };
    else if (k + 1 < parts.length) parts[k + 1] = { text: p.text + parts[k + 1].text, start: p.start, common: false };
  }
  return out;
}

/** An item: its core, head and phase, and the forms a review writes it in. */
function itemOf(run: string, quote: string, start: number): Item {
  const head = headAfter(quote, start + run.length, run.length <= 3, ROUTE.test(run));
  let core = run;
  let coreAt = 0;
  for (let p = segment(core); p.length > 1 && p[p.length - 1].common && (GENRE_WORDS.get(p[p.length - 1].text) ?? 0) >= GENERIC_SHARE; p = segment(core)) core = core.slice(0, p[p.length - 1].start);
  for (let p = segment(core); p.length > 1 && p[0].common && (GENRE_WORDS.get(p[0].text) ?? 0) >= GENERIC_SHARE; p = segment(core)) {
    coreAt += p[1].start;
    core = core.slice(p[1].start);
  }
  const phase = PHASE_END.exec(core)?.[0] ?? null;
  if (phase) core = core.slice(0, -phase.length);
  const work = WORK_WORDS.find((w) => quote.startsWith(w, start + run.length));
  return { text: run, core, coreAt, forms: formsOf(core, head), head, phase, quoted: false, ...(work ? { work } : {}) };
}

/**
 * The forms a sentence names an item whole by: the item with its head (杭衢 + 高铁; 广湛、深江…等高铁: each with the
 * list's head), a route named by its two ends in either order (漳汕 = 汕漳, 信丰至南雄 = 南雄至信丰). Without a head
 * only an item of four characters or more (青少年 is an ordinary word).
 */
function formsOf(core: string, head: string | null): string[] {
  let name = head && core.endsWith(head) && core.length > head.length ? core.slice(0, -head.length) : core;
  // 大 before a head says its size, not its name (出省大通道 = 出省通道).
  if (head && name.length >= 3 && name.endsWith('大')) name = name.slice(0, -1);
  const bases = [name];
  const route = ROUTE.exec(name);
  if (route) bases.push(`${route[2]}至${route[1]}`);
  // A road or line between two places is also written by their first characters (亚布力至雪乡公路 = 亚雪公路).
  if (route && head && route[1].length >= 2 && route[2].length >= 2) bases.push(route[1][0] + route[2][0]);
  if (name.length === 2 && head && LINE_HEADS.test(head)) bases.push(name[1] + name[0]);
  // A section of a line by its two ends is also written by their first characters (隆黄铁路隆昌至叙永段 = 隆黄铁路隆叙段).
  const section = SECTION_ENDS.exec(name);
  if (section && (section[1] === '' || NAME_HEADS.some((h) => section[1].endsWith(h)))) bases.push(`${section[1]}${section[2][0]}${section[3][0]}段`);
  // A line is called a 铁路 or a 高铁 alike (杭温铁路 = 杭温高铁).
  const heads = head && RAIL_SAME.includes(head) && name.length === 2 ? RAIL_SAME : head ? [head] : [];
  if (head) return bases.flatMap((b) => (b === head ? [b] : heads.map((h) => b + h)));
  return core.length >= 4 ? bases : [];
}

/** The head word ending a name or right after it, or the head of the list a short name is an item of (广湛、深江等高铁). */
function headAfter(quote: string, end: number, short: boolean, route = false): string | null {
  const own = NAME_HEADS.find((h) => quote.slice(0, end).endsWith(h));
  if (own) return own;
  const direct = headAt(quote, end);
  if (direct) return direct;
  // Only an abbreviation (广湛, 漳汕) shares the head of its list; 甘电入浙、金七门核电 are two names.
  if (short) return LIST_HEAD.exec(quote.slice(end))?.[1] ?? null;
  // A route by its two ends is an example of the kind its list closes with (亚布力至雪乡等旅游公路).
  return route ? (ROUTE_LIST_HEAD.exec(quote.slice(end))?.[1] ?? null) : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

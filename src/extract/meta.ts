// Report metadata (region, year, date, meeting, speaker) read from the header lines, headings and body. Pure.
import {
  divisionsByName,
  lookupDivision,
  mentionNames,
  NATIONAL,
  parentOf,
  shortName,
  type Division,
} from '../lexicon/divisions.js';
import { cnToInt, cnYear } from '../parse/numerals.js';
import { candidatesAt, wordIndex, type WordIndex } from '../text/chars.js';
import { sectionAt } from '../parse/query.js';
import type { Level, ReportMeta, SectionNode } from '../types.js';

const Y = '(\\d{4}|[〇○零一二三四五六七八九]{4})';
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** ——2024年2月1日在防城港市第七届人民代表大会第五次会议上 / （1978年2月26日在第五届全国人民代表大会第一次会议上） / 在州十四届人大四次会议上 */
const HEADER = new RegExp(`${Y}年${MD}月${MD}日\\s*在\\s*(.{0,40}?(?:人民代表大会|人大).{0,12}?会[议議])上`);
const TITLES = /^(?:国务院总理|国务院代总理|总理|(?:代理?|副)?(?:省长|市长|县长|区长|州长|盟长|旗长)|(?:自治区)?(?:人民政府)?(?:代理?)?主席)/;
const NAME = /^[\u4e00-\u9fff·]{2,5}$/;

/** Header zone: text before the salutation, or the first 400 characters. */
function headerZone(text: string): string {
  const i = text.indexOf('各位代表');
  return text.slice(0, i >= 0 && i < 1500 ? i : Math.min(400, text.length));
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readSpeaker(header: string): string | null {
  const lines = header.split('\n').map((l) => l.replace(/(?:[\s\u3000\u200b\ufeff]|\u200d)+/g, '')).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const t = TITLES.exec(lines[i]);
    if (!t) continue;
    const rest = lines[i].slice(t[0].length) || lines[i + 1] || '';
    if (NAME.test(rest)) return rest;
  }
  // 1957: a bare name line after the date line.
  const dateAt = lines.findIndex((l) => /年.{1,3}月.{1,3}日/.test(l));
  if (dateAt >= 0) for (const l of lines.slice(dateAt + 1)) if (NAME.test(l) && !/报告|代表/.test(l)) return l;
  return null;
}

const OWN_GOVERNMENT = /(?:我|现在)(?:代表|受)(中华人民共和国国务院|国务院|中央人民政府|[^，。、\n]{0,12}?(?:人民政府|政府|行政公署|行署))/;

/** 我代表上海市人民政府: a government that names itself names the region (上海市 is a province-level city). */
function ownGovernment(text: string): Division | null {
  const own = OWN_GOVERNMENT.exec(text.slice(0, 3000));
  const name = own ? own[1].replace(/^(?:中华人民共和国)?国务院$|^中央人民政府$/, '').replace(/(?:人民)?政府$|行政公署$|行署$/, '') : '';
  if (name.length < 2) return null;
  return divisionsByName(name).length > 0 || lookupDivision(name).length > 0 ? resolveRegion(name, text) : compoundRegion(name);
}

const PREFECTURE_GOVERNMENT = /自治州|(?:^|[^市县区])州(?:人民)?政府|盟|地区|行政公署|行署/;

/** Who is speaking, from 我代表X / 我受X: 国务院 -> national, 市人民政府 -> city. */
function levelCue(text: string): Level | null {
  const own = OWN_GOVERNMENT.exec(text.slice(0, 3000));
  const who = own ? own[1] : '';
  if (/国务院|中央人民政府/.test(who)) return 'national';
  if (/自治区|省/.test(who)) return 'province';
  // 我代表州人民政府, 恩施州人民政府, 盟行政公署, 地区行署: a prefecture, league or region (a city-level division).
  if (PREFECTURE_GOVERNMENT.test(who)) return 'city';
  if (/市/.test(who)) return 'city';
  if (/县|区|旗/.test(who)) return 'county';
  // Counted match by match: match() would hold every one at once (millions on a long repeated line).
  const count = (re: RegExp): number => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
    return n;
  };
  const scores: Array<[Level, number]> = [
    ['national', count(/国务院|全国人民代表大会|我国/g)],
    ['province', count(/全省|我省|省委|省人民政府|自治区/g)],
    ['city', count(/全市|我市|市委|市人民政府|市政府|全州|我州|州委|州人民政府|全盟|我盟|盟委|行署|行政公署|全地区|地委/g)],
    ['county', count(/全县|我县|县委|县人民政府/g)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] > 0 ? scores[0][0] : null;
}

function countOccurrences(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

type NameEntry = { name: string; division: Division };
/** Names of a level indexed by their first characters, so the body is scanned once, not once per name. */
const NAME_INDEX = new Map<Level, WordIndex<NameEntry>>();
function nameIndex(level: Level): WordIndex<NameEntry> {
  let index = NAME_INDEX.get(level);
  if (!index) {
    // 我代表市人民政府 from 重庆: a city-level cue may come from one of the four province-level cities.
    const names = level === 'city' ? [...mentionNames('city'), ...mentionNames('province').filter((e) => e.division.name.endsWith('市'))] : mentionNames(level);
    index = wordIndex(names, (e) => e.name);
    NAME_INDEX.set(level, index);
  }
  return index;
}

/** The most mentioned division of a level; full names count double. */
function regionFromBody(text: string, level: Level): Division | null {
  if (level === 'national') return NATIONAL;
  const index = nameIndex(level);
  const score = new Map<Division, number>();
  for (let i = 0; i < text.length; i++) {
    const candidates = candidatesAt(index, text, i);
    if (!candidates) continue;
    for (const { name, division } of candidates) {
      if (text.startsWith(name, i)) score.set(division, (score.get(division) ?? 0) + (name === division.name ? 2 : 1));
    }
  }
  let best: Division | null = null;
  let bestScore = 0;
  for (const [d, s] of score) if (s > bestScore) [best, bestScore] = [d, s];
  // A name several places share (鼓楼区 of 南京, 福州, 徐州, 开封): the one whose city the text names.
  return best && divisionsByName(best.name).length > 1 ? resolveRegion(best.name, text) : best;
}

/** Resolve a name from the meeting (防城港市, 广西壮族自治区, 朝阳区); ambiguity settled by which parent the body names. */
function resolveRegion(name: string, text: string): Division | null {
  const list = divisionsByName(name).length ? divisionsByName(name) : lookupDivision(name);
  if (list.length === 0) return compoundRegion(name);
  if (list.length <= 1) return list[0] ?? null;
  let best = list[0];
  let bestScore = -1;
  for (const d of list) {
    const p = parentOf(d.code);
    const s = p ? countOccurrences(text, p.name.replace(/市$|省$/, '')) : 0;
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return best;
}

/** 北京市海淀区, 南京市鼓楼区, 广西壮族自治区南宁市: a division written after the one that contains it. */
function compoundRegion(name: string): Division | null {
  for (let i = 2; i <= name.length - 2; i++) {
    const outer = name.slice(0, i);
    const inner = divisionsByName(name.slice(i));
    if (inner.length === 0) continue;
    const hit = inner.find((d) => {
      for (let p = parentOf(d.code); p; p = p.level === 'national' ? null : parentOf(p.code)) {
        if (p.name === outer || shortName(p.name) === outer) return true;
      }
      return false;
    });
    if (hit) return hit;
  }
  return null;
}

/** First session year of each National People's Congress; sessions then follow yearly (the 2nd NPC skipped 1961). */
const NPC_SESSIONS: Record<number, number[]> = {
  1: [1954, 1955, 1956, 1957, 1958],
  2: [1959, 1960, 1962, 1963],
  3: [1964],
  4: [1975],
};
function npcYear(term: number, session: number): number | null {
  const known = NPC_SESSIONS[term];
  if (known) return known[session - 1] ?? null;
  if (term >= 5 && session >= 1 && session <= 5) return 1978 + 5 * (term - 5) + session - 1;
  return null;
}

const YEAR_IN = /((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年/;
function yearOf(s: string): number | null {
  const m = YEAR_IN.exec(s.replace(/(\d)\s+(?=\d|年)/g, '$1'));
  if (!m) return null;
  const y = cnYear(m[1]);
  return Number.isFinite(y) ? y : null;
}

/** Plan year from top-level titles: 2024年工作安排 -> 2024; 2023年工作回顾 -> 2024. */
function yearFromHeadings(sections: SectionNode[]): { year: number | null; review: number | null } {
  let year: number | null = null;
  let review: number | null = null;
  for (const s of sections) {
    const y = yearOf(s.title);
    if (y === null) continue;
    if (s.kind === 'review' && review === null) review = y;
    else if ((s.kind === 'plan' || s.kind === 'targets') && year === null) year = y;
  }
  if (year === null && review !== null) year = review + 1;
  return { year, review };
}

const NPC = /第?([一二三四五六七八九十]{1,3})届(?:全国人民代表大会|全国人大|人大)第?([一二三四五六七八九十]{1,2})次会[议議]/g;

/** 向大会提出关于1980、1981年国民经济计划安排的报告 -> 1980 (a 决算 is of a past year, so it does not count). */
function yearFromOpening(opening: string): number | null {
  const about = new RegExp(`(?:关于|提出)${Y}(?:、${Y})?年度?(?:国民经济|国家)?(?:计划|预算)`).exec(opening);
  return about ? cnYear(about[1]) : null;
}

/** Delivery year from the text when there is no header: meetings, 刚刚过去的Y年, 关于Y年…计划. */
function yearFromBody(text: string, preamble: string, sections: SectionNode[]): number | null {
  // "this" meeting in the opening: 向第六届全国人民代表大会第一次会议作政府工作报告 / 向第五届全国人民代表大会作
  const self = /向第([一二三四五六七八九十]{1,3})届全国人民代表大会(?:第([一二三四五六七八九十]{1,2})次会议)?/.exec(preamble);
  if (self) {
    const y = npcYear(cnToInt(self[1]), self[2] ? cnToInt(self[2]) : 1);
    if (y) return y;
  }
  const since = /第([一二三四五六七八九十]{1,3})届全国人民代表大会第一次会议以来的五年/.exec(text);
  if (since) {
    const y = npcYear(cnToInt(since[1]), 1);
    if (y) return y + 5;
  }
  const last = new RegExp(`刚刚过去的${Y}年`).exec(text);
  if (last) return cnYear(last[1]) + 1;
  for (const m of text.matchAll(NPC)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!/去年|上年/.test(before)) continue;
    const y = npcYear(cnToInt(m[1]), cnToInt(m[2]));
    if (y) return y + 1;
  }
  const plan = new RegExp(`${Y}年(?:预计|的国民经济和社会发展计划|经济体制改革的主要任务|要)`).exec(text);
  if (plan) return cnYear(plan[1]);
  // Y年是…: the review year, unless it opens a part titled for this year (二、今年主要任务 / 2006年是实施…的第一年).
  const was = new RegExp(`${Y}年是`).exec(text.slice(0, Math.floor(text.length / 3)));
  if (was) {
    const part = sectionAt(sections, was.index)[0];
    const thisYear = part && /今年/.test(part.title) && (part.kind === 'plan' || part.kind === 'targets');
    return cnYear(was[1]) + (thisYear ? 0 : 1);
  }
  // Last resort: the most mentioned year is usually the one under review.
  const counts = new Map<number, number>();
  for (const m of text.matchAll(new RegExp(`${Y}年`, 'g'))) {
    const y = cnYear(m[1]);
    if (Number.isFinite(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) [best, n] = [y, c];
  return best === null ? null : best + 1;
}

export function readMeta(text: string, sections: SectionNode[]): ReportMeta {
  const header = headerZone(text);
  const flat = header.replace(/[\s\u3000]+/g, '');
  const h = HEADER.exec(flat);
  let date: string | null = null;
  let meeting: string | null = null;
  let region: Division | null = null;
  if (h) {
    date = isoDate(cnYear(h[1]), cnToInt(h[2]), cnToInt(h[3]));
    meeting = h[4];
    const where = /^(.*?)第[一二三四五六七八九十百\d]+届/.exec(meeting);
    if (/全国人民代表大会|全国人大/.test(meeting)) region = NATIONAL;
    else if (where && where[1]) region = resolveRegion(where[1], text);
  }
  if (!region) region = ownGovernment(text);
  if (!region) {
    const level = levelCue(text);
    region = level ? regionFromBody(text, level) : null;
  }
  const fromHeadings = yearFromHeadings(sections);
  const opening = text.slice(0, 600);
  // A report delivered in November or December (烟台, 2022-12-28) plans for the year after.
  const dateYear = date ? Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= 11 ? 1 : 0) : null;
  const year = dateYear ?? yearFromOpening(opening) ?? fromHeadings.year ?? yearFromBody(text, opening, sections);
  const reviewYear = fromHeadings.review ?? (year !== null ? year - 1 : null);
  return {
    region: region?.name ?? null,
    regionCode: region?.code ?? null,
    level: region?.level ?? null,
    year,
    reviewYear,
    date,
    meeting,
    speaker: h || /总理|市长|省长|县长|主席/.test(header) ? readSpeaker(header) : null,
  };
}

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
import { headDate, MD, readYear, Y } from './year.js';
import { candidatesAt, wordIndex, type WordIndex } from '../text/chars.js';
import type { Level, ReportMeta, SectionNode } from '../types.js';

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

/** Metadata of a report; `title` is what the file or collection calls it (front matter, a title column). */
export function readMeta(text: string, sections: SectionNode[], title: string | null = null): ReportMeta {
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
  // The date line without 在…会议上: （2004年2月12日 徐荣凯）, ——2003年1月10日…会议通过.
  const line = headDate(header);
  if (!date && line?.day) date = isoDate(line.year, line.month, line.day);
  const headAt = h && date ? { year: cnYear(h[1]), month: cnToInt(h[2]), day: cnToInt(h[3]), name: null } : line;
  const { year, reviewYear } = readYear(text, sections, { header, date: headAt, title });
  return {
    region: region?.name ?? null,
    regionCode: region?.code ?? null,
    level: region?.level ?? null,
    year,
    reviewYear,
    date,
    meeting,
    speaker: (h || /总理|市长|省长|县长|主席/.test(header) ? readSpeaker(header) : null) ?? line?.name ?? null,
  };
}

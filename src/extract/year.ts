// The year a report plans for, read from the strongest evidence there is. Pure.
//   1. the meeting's date line at the head: ——2024年2月1日在…会议上, （2004年2月12日 徐荣凯）, 2003年1月10日…会议通过
//      (a report delivered in November or December plans for the year after);
//   2. the opening's 关于1980年国民经济计划 (the early national reports);
//   3. the report's own part titles: 2024年工作安排 -> 2024, 2023年工作回顾 -> 2024;
//   4. the title (a file's front matter, a collection's column, a title line at the head): 天津市2003年政府工作报告;
//   5. the body: this meeting, 刚刚过去的Y年, Y年是…, the most mentioned year.
// A year in a range (2021—2025年, 2006-2010年) or a target (到2020年) is never evidence: a plan-opening report
// names its five years everywhere. Evidence at the head always beats a year in the body.
import { cnToInt, cnYear } from '../parse/numerals.js';
import { sectionAt } from '../parse/query.js';
import type { SectionNode } from '../types.js';

export const Y = '(\\d{4}|[〇○零一二三四五六七八九]{4})';
export const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

/** A date at the head of a report (day null when the line gives only the month). */
export interface HeadDate {
  year: number;
  month: number;
  day: number | null;
  /** What the line holds besides the date: a bare name (the speaker), or null. */
  name: string | null;
}

const DATE_LINE = new RegExp(`${Y}年${MD}月(?:${MD}日)?`);
const NAME = /^[\u4e00-\u9fff·]{2,5}$/;
/** What may stand beside a date on a date line: brackets, dashes, the meeting, 通过/召开. */
const MEETING_WORDS = /人民代表大会|人大|会[议議]/;

/**
 * The first date line of the header zone: a line that is the date (in brackets, after a dash), the date and a
 * name (（2010年1月22日 秦光荣）), or the date and the meeting (2003年1月10日沈阳市第十三届人民代表大会第一次会议通过).
 * A sentence with a date in it is not a date line.
 */
export function headDate(header: string): HeadDate | null {
  for (const raw of header.split('\n')) {
    const line = raw.replace(/[\s\u3000*#]+/g, '');
    if (!line || line.length > 80 || /[。；]/.test(line)) continue;
    const m = DATE_LINE.exec(line);
    if (!m) continue;
    const year = cnYear(m[1]);
    const month = cnToInt(m[2]);
    const day = m[3] ? cnToInt(m[3]) : null;
    if (!Number.isFinite(year) || year < 1949 || month < 1 || month > 12) continue;
    const rest = (line.slice(0, m.index) + line.slice(m.index + m[0].length)).replace(/[（）()【】〔〕[\]—─–\-－:：，,、]/g, '');
    // ——2012年1月10日在合肥市 (the meeting on the next line), （1999年12月29日，征求意见稿）: a date, no name.
    if (!rest || MEETING_WORDS.test(rest) || /^在|稿$/.test(rest)) return { year, month, day, name: null };
    if (NAME.test(rest)) return { year, month, day, name: rest };
  }
  return null;
}

/** The plan year a head date gives: the year of the meeting, the next one for a November or December meeting. */
export function dateYear(d: HeadDate): number {
  return d.year + (d.month >= 11 ? 1 : 0);
}

const YEAR_G = new RegExp(`${Y}年?`, 'g');
/** A year that is part of a range or a target: 2021—2025年, 2006-2010, 2021年至2025年, 到2020年, 至2035年. */
function outOfRange(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 2), start);
  const after = s.slice(end, end + 2);
  return /(?:[\d年][—─–\-－~～]|[至到])$/.test(before) || /^[—─–\-－~～至到][\d〇○零一二三四五六七八九]/.test(after);
}

/** The plausible single years a string names (ranges and targets left out), one by one. */
function* eachYear(s: string, needYearSign = true): Generator<number> {
  const re = new RegExp(YEAR_G.source, 'g');
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const at = m.index;
    if (needYearSign && !m[0].endsWith('年')) continue;
    // 12345 is no year: the digits must stand alone.
    if (/^\d/.test(m[1]) && (/\d/.test(s.charAt(at - 1)) || /\d/.test(s.charAt(at + 4)))) continue;
    const y = cnYear(m[1]);
    if (!Number.isFinite(y) || y < 1949 || y > 2100) continue;
    if (outOfRange(s, at, at + m[0].length)) continue;
    yield y;
  }
}

/** Every plausible single year a short string names (ranges and targets left out), in order. */
export function yearsIn(s: string, needYearSign = true): number[] {
  return [...eachYear(s.replace(/(\d)\s+(?=\d|年)/g, '$1'), needYearSign)];
}

/** The year a part's title leads with (ranges and targets left out); a year after its first comma is the body's. */
function yearOf(s: string): number | null {
  return yearsIn(s.split(/[，,。；;：:]/)[0])[0] ?? null;
}

/** 天津市2003年政府工作报告, 兰州市人民政府工作报告（2022）: the one year a title names (none if it names two). */
export function titleYear(title: string | null | undefined): number | null {
  if (!title) return null;
  const years = new Set([...yearsIn(title), ...yearsIn(title, false).filter((y) => new RegExp(`[（(]${y}[）)]`).test(title))]);
  return years.size === 1 ? [...years][0] : null;
}

/** A title line at the head of the text (**2007年政府工作报告**): the year it names, if it names one. */
function headTitleYear(header: string): number | null {
  for (const raw of header.split('\n')) {
    const line = raw.replace(/[\s\u3000*#]+/g, '');
    if (line.length > 0 && line.length <= 40 && /工作报告$|工作报告[（(]/.test(line)) {
      const y = titleYear(line);
      if (y !== null) return y;
    }
  }
  return null;
}

/**
 * Plan year from top-level titles: 2024年工作安排 -> 2024; 2023年工作回顾 -> 2024. Of several plan parts the year
 * most of them lead with (关于2019年工作 misread as a plan part beside two parts for 2020), the first on a tie.
 */
export function yearFromHeadings(sections: SectionNode[]): { year: number | null; review: number | null } {
  const plans = new Map<number, number>();
  let review: number | null = null;
  for (const s of sections) {
    const y = yearOf(s.title);
    if (y === null) continue;
    if (s.kind === 'review' && review === null) review = y;
    else if (s.kind === 'plan' || s.kind === 'targets') plans.set(y, (plans.get(y) ?? 0) + 1);
  }
  let year: number | null = null;
  let most = 0;
  for (const [y, n] of plans) if (n > most) [year, most] = [y, n];
  if (year === null && review !== null) year = review + 1;
  return { year, review };
}

/** 向大会提出关于1980、1981年国民经济计划安排的报告 -> 1980 (a 决算 is of a past year, so it does not count). */
function yearFromOpening(opening: string): number | null {
  const about = new RegExp(`(?:关于|提出)${Y}(?:、${Y})?年度?(?:国民经济|国家)?(?:计划|预算)`).exec(opening);
  return about ? cnYear(about[1]) : null;
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

const NPC = /第?([一二三四五六七八九十]{1,3})届(?:全国人民代表大会|全国人大|人大)第?([一二三四五六七八九十]{1,2})次会[议議]/g;

/** The meeting the report names: "this" one in the opening, or last year's (去年…第N次会议) in the body. */
function yearFromMeetings(text: string, preamble: string): number | null {
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
  return null;
}

/** Delivery year from the text when there is no header: what the body says, else the most mentioned year. */
function yearFromBody(text: string, preamble: string, sections: SectionNode[]): number | null {
  return yearSaid(text, preamble, sections) ?? mostMentioned(text);
}

/** What the body says of the year: meetings, 刚刚过去的Y年, Y年预计, Y年是…. */
function yearSaid(text: string, preamble: string, sections: SectionNode[]): number | null {
  const meeting = yearFromMeetings(text, preamble);
  if (meeting) return meeting;
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
  return null;
}

/** Last resort: the most mentioned single year (ranges and targets left out) is usually the one under review. */
function mostMentioned(text: string): number | null {
  const counts = new Map<number, number>();
  for (const y of eachYear(text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) [best, n] = [y, c];
  return best === null ? null : best + 1;
}

/**
 * The head's date and the title disagree (a source titles its reports by the year under review, or copied another
 * year's date line): the text decides between them, its part titles or else what its body says (not a count of years); if it
 * names neither, the date.
 */
function settle(date: number, title: number, fromText: () => number | null): number {
  const said = fromText();
  return said === title ? title : date;
}

/** The plan year and the review year, by the order of evidence above. */
export function readYear(
  text: string,
  sections: SectionNode[],
  head: { header: string; date: HeadDate | null; title?: string | null },
): { year: number | null; reviewYear: number | null } {
  const fromHeadings = yearFromHeadings(sections);
  const opening = text.slice(0, 600);
  const titled = titleYear(head.title) ?? headTitleYear(head.header);
  const fromText = () => yearFromOpening(opening) ?? fromHeadings.year ?? yearSaid(text, opening, sections);
  const dated = head.date ? dateYear(head.date) : null;
  let year: number | null;
  if (dated !== null && titled !== null && dated !== titled) year = settle(dated, titled, fromText);
  else year = dated ?? yearFromOpening(opening) ?? fromHeadings.year ?? titled ?? yearFromBody(text, opening, sections);
  return { year, reviewYear: fromHeadings.review ?? (year !== null ? year - 1 : null) };
}

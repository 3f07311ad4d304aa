// Finding indicators in text and reading a clause's subject: one indicator, or a list
// (城镇、农村居民人均可支配收入 / 一、二、三产增加值) whose elided heads are restored from the last element.
import { ALIAS_INDEX, COORDINATED, LEAD_REDIRECTS, TOPIC_PARTS } from '../lexicon/indicators.js';
import { charTable, hasAny, wordAt, wordIndex } from '../text/chars.js';

export interface Mention {
  id: string;
  start: number;
  end: number;
  needsValue: boolean;
}

// Longest alias first so that 单位国内生产总值能耗 wins over 国内生产总值 at the same position; indexed by first
// characters so a scan tries only the aliases that can start there (an alternation of hundreds tries them all).
const ALIASES = wordIndex([...ALIAS_INDEX.keys(), ...COORDINATED.keys()].sort((a, b) => b.length - a.length), (a) => a);

/** Every indicator mention in text[from, to), left to right, non-overlapping. */
export function findMentions(text: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i < to; ) {
    const alias = wordAt(ALIASES, text, i, to);
    if (alias === null) {
      i++;
      continue;
    }
    const hit = ALIAS_INDEX.get(alias) ?? { id: COORDINATED.get(alias)![0], needsValue: false };
    out.push({ id: hit.id, start: i, end: i + alias.length, needsValue: hit.needsValue });
    i += alias.length;
  }
  return out;
}

/** The indicator whose name starts exactly at i, if any. */
export function mentionAt(text: string, i: number): Mention | null {
  const alias = wordAt(ALIASES, text, i);
  if (alias === null) return null;
  const hit = ALIAS_INDEX.get(alias) ?? { id: COORDINATED.get(alias)![0], needsValue: false };
  return { id: hit.id, start: i, end: i + alias.length, needsValue: hit.needsValue };
}

/** The id of a whole phrase that is exactly one alias, else null. */
export function aliasId(phrase: string): string | null {
  return ALIAS_INDEX.get(phrase)?.id ?? null;
}

/** Words that may open a clause before its subject: 其中, 全市, 全年, 2023年, 力争 …, and markdown emphasis (**地区生产总值). */
const LEAD_RE =
  /^(?:\*{1,3}|[（(]?\d{1,2}[）)]|\d{1,2}[.、．]|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]是|正常年景下|[\u4e00-\u9fff（）()]{1,12}港(?=(?:完成|实现)?(?:货物|集装箱|港口))|\d+(?:\.\d+)?(?:万元|亿元)(?:以上)?(?:口径)?(?:的)?(?:项目|工业企业|企业)?|带动|有力推动|上年|全口径|[\u4e00-\u9fff]{2,5}(?:市|省)(?=港口|地区生产总值|生产总值|一般公共|地方一般|财政|固定资产|社会消费品|居民|城镇|农村|粮食|规模以上|规上|进出口|外贸|实际利用|实际使用)|来源于[\u4e00-\u9fff]{1,6}?的|按[\u4e00-\u9fff]{1,4}?口径(?:计算)?|(?:扣除|剔除)[^，。；\d%]{1,20}?因素后?|(?:中央|党中央|国务院|省委|市委|区委|县委)?(?:提出|确定|建议)的?|(?:[省市区县州]委)?(?:[省市区县州]?政府)?把|初步(?:安排|确定)|计划安排|[市省县区]级?(?=一般|地方|财政|城镇|农村|居民|生产总值|地区)|其中|同时|此外|另外|全年|今年的?|去年|年末|年底|全市|全省|全区|全县|全国|全州|全盟|全旗|全[疆藏闽粤桂琼滇黔川渝陕甘宁青蒙晋冀豫鲁苏浙皖赣湘鄂吉辽黑沪津京](?![社体部口])|[我本][市省区县州盟旗国]|初步核算|预计|预期|力争|争取|确保|全力|奋力|努力|实现|完成|推动|保持|各项|主要|全体|\d{4}年|一季度|第一季度|上半年|下半年|前三季度|前\d+个?月|\d+[-—－~至]\d+月)*/;

/** List separators inside a subject. */
const LIST_SEP = /、|和|及|与|以及/;

const MAX_SUBJECT = 120;

/** Length of the words that may open a clause before its subject (其中, 全年, 2023年 …). */
export function leadLength(text: string, start: number, end: number): number {
  return LEAD_RE.exec(text.slice(start, end))?.[0].length ?? 0;
}

export interface Subject {
  /** One entry per list element, null where the element is not an indicator. */
  ids: Array<string | null>;
  start: number;
  end: number;
}

/**
 * Reads the subject of a clause from text[start, end) where `end` is the end of its last indicator mention.
 * Returns null when the phrase is not a clean subject (对欧盟…进出口总额 is a partial, not the indicator).
 */
export function readSubject(text: string, start: number, end: number): Subject | null {
  // A subject is a few names with their lead words: a longer phrase is a sentence, never a clean subject (and
  // reading it for every name of a 20 MB line would be quadratic).
  if (end - start > MAX_SUBJECT) return null;
  const phrase = text.slice(start, end);
  // 占全市地区生产总值的比重达38.5%: the name after 占 is what a share is taken of, never the clause's subject.
  if (phrase.startsWith('占')) return null;
  const lead = LEAD_RE.exec(phrase)?.[0].length ?? 0;
  const body = phrase.slice(lead);
  if (body.length === 0) return null;
  const whole = aliasId(body);
  // 来源于广东的财政收入: a lead word that makes the name another indicator's.
  const redirect = whole === null ? undefined : LEAD_REDIRECTS.find((r) => r.id === whole && r.lead.test(phrase.slice(0, lead)));
  if (redirect) return { ids: [redirect.becomes], start: start + lead, end };
  if (whole !== null) return { ids: [whole], start: start + lead, end };
  const pair = COORDINATED.get(body);
  if (pair) return { ids: [...pair], start: start + lead, end };
  const elements = body.split(LIST_SEP).filter((e) => e.length > 0).flatMap(ordinalRun);
  const last = elements[elements.length - 1];
  const lastId = aliasId(last);
  if (lastId === null) {
    // 常住人口城镇化率和户籍人口城镇化率: a list whose last element is another indicator the lexicon lacks keeps
    // the elements it knows (a single element such as 对欧盟进出口总额 stays no subject).
    // (常住人口和户籍人口城镇化率: an elided head is restored from that last element too.)
    if (elements.length < 2) return null;
    const ids = elements.map((e, i) => (i === elements.length - 1 ? headElided(e, elements[0]) : aliasId(e) ?? elided(e, last) ?? (i > 0 ? headElided(e, elements[0]) : null)));
    return ids.some((id) => id !== null) ? { ids, start: start + lead, end } : null;
  }
  const ids = elements.map((e, i) => (i === elements.length - 1 ? lastId : aliasId(e) ?? elided(e, last) ?? (i > 0 ? headElided(e, elements[0]) : null)));
  return { ids, start: start + lead, end };
}

/** 一二三产增加值 -> 一产增加值, 二产增加值, 三产增加值 (ordinals run together, no separator). */
const ORDINAL_RUN = /^(第?)([一二三]{2,3})(产业?增加值)$/;
function ordinalRun(element: string): string[] {
  const m = ORDINAL_RUN.exec(element);
  return m ? [...m[2]].map((n) => m[1] + n + m[3]) : [element];
}

/**
 * Restores an elided head: 城镇 + 农村居民人均可支配收入 -> 城镇居民人均可支配收入; 一 + 三产增加值 -> 一产增加值;
 * 第一 + 三产业增加值 -> 第一产业增加值.
 */
function elided(element: string, last: string): string | null {
  // The head shared is usually the last element's last word or two (农业、服务业、规模以上工业增加值 -> 服务业增加值).
  const cuts = [element.length, 1, 2, 3, 4];
  for (let c = 5; c <= last.length - 2; c++) cuts.push(c);
  for (const cut of cuts) {
    if (cut >= last.length) continue;
    const id = aliasId(element + last.slice(cut));
    if (id) return id;
  }
  if (!element.startsWith('第')) {
    const id = aliasId('第' + element + last.slice(1));
    if (id) return id;
  }
  return null;
}

/**
 * Restores a head written once at the front: 万元地区生产总值能耗、二氧化碳排放 -> 万元地区生产总值二氧化碳排放 (the
 * first element's leading words before a later element).
 */
export function headElided(element: string, first: string): string | null {
  for (let cut = first.length - 2; cut >= 2; cut--) {
    const id = aliasId(first.slice(0, cut) + element);
    if (id) return id;
  }
  return null;
}

const TOPIC_FIRST = charTable(TOPIC_PARTS.map((t) => t.topic[0]).join(''));

/** The topic words named in text[from, to) (粮食, 服务业 …), last one wins. */
export function topicIn(text: string, from: number, to: number): string | null {
  // Most clauses hold no topic word: a table of their first characters rejects them without a copy.
  if (!hasAny(TOPIC_FIRST, text, from, to)) return null;
  const s = text.slice(from, to);
  let best: { topic: string; at: number } | null = null;
  for (const t of TOPIC_PARTS) {
    const at = s.lastIndexOf(t.topic);
    if (at >= 0 && (best === null || at > best.at)) best = { topic: t.topic, at };
  }
  return best?.topic ?? null;
}

/** A clause that opens with a part word of the running topic (…，总产达到526.8万吨): its subject. */
export function topicSubject(text: string, topic: string, start: number, end: number): Subject | null {
  const lead = leadLength(text, start, end);
  const entry = TOPIC_PARTS.find((t) => t.topic === topic);
  if (!entry) return null;
  for (const [word, id] of Object.entries(entry.parts).sort((a, b) => b[0].length - a[0].length)) {
    if (text.startsWith(word, start + lead)) return { ids: [id], start: start + lead, end: start + lead + word.length };
  }
  return null;
}

// What makes a phrase one named project rather than a category, a statement or a policy phrase
// (test/fixtures/plan/README.md, "Named projects"), and the words trimmed before a name.
import type { Span } from '../../types.js';
import {
  ACTION_WORDS,
  CODE_SUFFIXES,
  GENERIC_PROJECT,
  POLICY_PHRASE,
  PROJECT_SUFFIXES,
  PROJECT_CATEGORY_WORDS,
  STAGE_WORDS,
  STRETCH_MARKERS,
} from '../../lexicon/actions.js';
import { CATEGORY_CODES, COUNTED_AFTER, FACILITY_KINDS, DENG_WORDS, COUNTED_BEFORE, EVENT_SUFFIXES, INSTITUTION_PREFIX, LEAD_WORDS, NATURAL_FEATURES, TIME_LEADS, NAME_CONTINUES, PARTNER_BEFORE, PROGRAMME_SUFFIXES, ROLE_SCOPES, STATEMENT_VERBS, ROLE_SUFFIXES, ROLE_WORDS, TITLE_AFTER, TITLE_VERBS } from '../../lexicon/project-words.js';
import { GENRE_WORDS } from '../../lexicon/followup.js';
import { CATEGORY_WORDS_TEXT } from '../../lexicon/category-words.js';
import { mentionNames } from '../../lexicon/divisions.js';
import { charTable, wordAt, wordIndex, type WordIndex } from '../../text/chars.js';
import type { VerbHit } from './clauses.js';

export interface ClauseInfo {
  span: Span;
  /** The clause with quoted text blanked, same length as the span. */
  masked: string;
  verbs: VerbHit[];
  kind: string;
}

export interface Found {
  /** The project's name: the text of the span, or with a shared list head restored (平漯周 + 高铁). */
  name: string;
  span: Span;
  clause: ClauseInfo;
  /** The length of the project suffix the name ends in (0: a list item or a subject, read without one). */
  suffixLen?: number;
  /** An item of a list closed by its count (山阳、勉县、佛坪3个抽水蓄能电站): the count after it is the list's, not a kind's. */
  listCounted?: boolean;
}

const escapeAll = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/**
 * A name never opens with a stage (在建, 续建, 新开工, 竣工) or a time of the year (年内, 今年): the words of a sentence
 * about it. Not the stages a name can hold (规划, 储备, 建设: 规划建设…, 建设路).
 */
const STAGE_LEADS = [...STAGE_WORDS.flatMap(([, ws]) => ws).filter((w) => !/^(?:规划|建设|储备|前期|论证|可研)$/.test(w)), ...TIME_LEADS];
/** Leading quantities (12个, 20个以上), adverbs and verbs (力争, 推进实施): not part of the name. */
export const LEAD_TRIM = new RegExp(
  `^(?:\\*+|(?:全国|全省|国内|省内)?首[个家座条批]|（\\d+）|[①-⑳]|[一二三四五六七八九十]+是|聚焦|用于|抢抓|严控|严禁|限制|淘汰|筹建|洽谈|签约|落地|[\\d.一二三四五六七八九十两百千万]+(?:[个项批座条家所]|公里|千米)(?:以上|左右)?|${escapeAll(STRETCH_MARKERS)}|${escapeAll(LEAD_WORDS)}|${escapeAll(STAGE_LEADS)}|全面|加快|持续|深入|继续|实现|衔接|确保|重点|大力|积极|着力|全力|以(?![上下])|形成|让|统筹抓好|统筹|坚持|围绕|激活|设立|加入|精细化服务|独具|稳步|运营|我们|好(?=[^好])|${escapeAll(ACTION_WORDS.map((a) => a.word))})+`,
);

const TITLE_AFTER_STATE = /^(?:创建|争创)/;

const GENERIC_DISTRICTS = /^(?:矿区|城区|郊区|新区|市区|市中区|市辖区|开发区|高新区|新城区|中心区)$/;

/** A word index of names, longest first, built on first use (the division lists are large; many runs never ask). */
function lazyNames(names: () => Iterable<string>): () => WordIndex<string> {
  let index: WordIndex<string> | null = null;
  return () => (index ??= wordIndex([...new Set(names())].sort((a, b) => b.length - a.length), (n) => n));
}

/** Division names: full names, and short names of cities and provinces; not the short names of counties (城关, 东方). */
const places = lazyNames(function* () {
  for (const level of ['province', 'city', 'county'] as const) {
    for (const { name, division } of mentionNames(level)) {
      if (name.length < 2) continue;
      if (name !== division.name && level === 'county') continue; // short county names are too ambiguous
      if (level === 'county' && GENERIC_DISTRICTS.test(name)) continue; // districts named by a common noun (阳泉市矿区, 郊区)
      yield name;
    }
  }
});

/** County names, short ones too. */
const counties = lazyNames(function* () {
  for (const { name } of mentionNames('county')) if (name.length >= 2) yield name;
});

/**
 * Short county names (长汀, 宁化): too ambiguous to make a proper element in running text, but a list item that is one
 * of them, beside a name that opens with another, is a place (长汀、宁化长征国家文化公园).
 */
export function countyAt(s: string, at = 0): string | null {
  return wordAt(counties(), s, at);
}

const DENG_AT = new RegExp(`^(?:${DENG_WORDS.source})`);
/** Whether the 等 at s[i] is a word's (高等教育, 平等, 等级), not a list's close. */
export function wordDeng(s: string, i: number): boolean {
  return DENG_AT.test(s.slice(i, i + 6)) || (i > 0 && DENG_AT.test(s.slice(i - 1, i + 6)));
}
/** Whether a phrase holds a list's 等. */
const holdsListDeng = (s: string): boolean => {
  // 等级 stays: a grade names a kind (等级医院, 等级疾控中心).
  for (let i = s.indexOf('等'); i >= 0; i = s.indexOf('等', i + 1)) if (!wordDeng(s, i) || s[i + 1] === '级') return true;
  return false;
};

export function placesIn(s: string): string[] {
  const index = places();
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const hit = wordAt(index, s, i);
    if (hit) {
      out.push(hit);
      i += hit.length;
    } else i++;
  }
  return out;
}

/** Words that make a phrase a statement about a project, not its name (…产业园成为…园区, …获评为…). */
const NOT_NAME = /^(?:这|该|此)|\d+[余多]?[个所项家座条户批处件类台](?!子)|^\d+[余多]?[个所项家座条户批处件类台]子|依次|关于|根据|不出|每个|变成|^\d+\.|(?<![主重需纲首])要(?!素|求)|转化为|转型为|升级为|作为|达到|不低于|.用于|全部|者有|成为|获评|进入|享受|荣获|列入|入选|以.+为|为中心$|^修复|我们|的$|成功$|\d万?亩|元以上企业|模式|\d+岁|(?<![一二三四五六七八九十])是(?!否)|标准为|^“[^”]+[+＋][^”]*”$|^(?:全国|国内|世界|国际|省内)一流|^(?:从|当|宁可|是)|^(?:[^“”]*)从.{1,8}到|^(?:“[^”]+”){2,}$|.创(?=国家|省级|世界|全国)|宅基地$|^[东西南北]至|^[十百千万]+[场店铺户](?![\u4e00-\u9fff]?[路街])|申报|违法|犯罪|\d+名|[%％]|[三五]年行动计划|^“[^”]+制”$/;

/**
 * The words a category is made of: the genre's common words, the words many reports share (category-words.ts) and the
 * lexicon's category words.
 */
const CATEGORY_VOCABULARY = new Set([...GENRE_WORDS.keys(), ...CATEGORY_WORDS_TEXT.trim().split('\n'), ...PROJECT_CATEGORY_WORDS, ...FACILITY_KINDS]);
const LEXICON_CATEGORIES: ReadonlySet<string> = new Set(PROJECT_CATEGORY_WORDS);
/** The genre's common words and the lexicon's: what a quoted name or a role is a category in (“双百”, 区域应急救援中心 are names). */
const COMMON_CATEGORIES: ReadonlySet<string> = new Set([...GENRE_WORDS.keys(), ...PROJECT_CATEGORY_WORDS]);
const LONGEST_WORD = Math.max(...[...CATEGORY_VOCABULARY].map((w) => w.length));

/** Whether the head is made of category words alone (重大, 城市更新, 企业投资): DP over its characters. */
function categoryOnly(head: string, extra?: ReadonlySet<string>, vocabulary: ReadonlySet<string> = CATEGORY_VOCABULARY): boolean {
  const ok = new Uint8Array(head.length + 1);
  ok[0] = 1;
  for (let i = 1; i <= head.length; i++) {
    for (let k = 1; k <= Math.min(LONGEST_WORD, i) && ok[i] === 0; k++) {
      if (ok[i - k] === 1 && (vocabulary.has(head.slice(i - k, i)) || extra?.has(head.slice(i - k, i)) || /^[\d.~～-]+$/.test(head.slice(i - k, i)))) ok[i] = 1;
    }
  }
  return ok[head.length] === 1;
}

/**
 * The kind words before a name's suffix, shared by the items of a list without 等 (豫东、豫西水资源优化配置工程 → 水资源优化配置
 * 工程; 出山店、前坪水库灌区 → 水库灌区): the longest tail of the head made of category words of two characters or more,
 * leaving at least two characters of proper name. Returns the length of the tail with the suffix.
 */
export function kindTail(name: string, suffixLen: number, item: string): number {
  // Only for parallel items: the item bears no kind word of its own (鹤壁卫星、安阳无人机产业园 → 鹤壁卫星产业园) and is about
  // as long as the last item's proper part (长榆、都市圈西环线高速公路 → 长榆高速公路).
  // A longer item names its own kind (两岸妈祖文化史迹、闽南红砖建筑申遗 → 两岸妈祖文化史迹申遗); its places do not count
  // (重庆至越南、老挝国际铁路班列), nor does a route (甘孜—天府南—成都东、阿坝—成都东1000千伏特高压交流输电工程).
  if (item.length > 4 && !/[至—－-]/.test(item) && placesIn(item).reduce((n, p) => n - p.length, item.length) > 4) return suffixLen;
  for (let s = 2; s < item.length; s++) if (longWordsOnly(item.slice(s))) return suffixLen;
  const head = name.slice(0, name.length - suffixLen);
  for (let s = 2; s < head.length - 1 && s <= item.length + 1; s++) if (longWordsOnly(head.slice(s))) return name.length - s;
  return suffixLen;
}
function longWordsOnly(s: string): boolean {
  const ok = new Uint8Array(s.length + 1);
  ok[0] = 1;
  for (let i = 2; i <= s.length; i++) {
    for (let k = 2; k <= Math.min(LONGEST_WORD, i) && ok[i] === 0; k++) if (ok[i - k] === 1 && CATEGORY_VOCABULARY.has(s.slice(i - k, i))) ok[i] = 1;
  }
  return ok[s.length] === 1;
}

/** Whether a phrase is made of category words alone (一流大学, 重点商圈). */
export const categoryKind = (s: string): boolean => categoryOnly(s);

/** Morphemes that end a noun a verb opens (开发者, 保障性): a verb followed by one is inside a word, it cuts nothing. */
export const WORD_TAIL = charTable('者性');

/** A quoted name (“徽动消费”, “科大硅谷”), not a quoted category or period (“两高”, “十四五”, “5G+工业互联网”). */
function quotedName(name: string): boolean {
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(name); q !== null; q = QUOTED.exec(name)) {
    // A quoted coinage that heads a programme (“双百”工程, “331”工程, “双千计划”, “双百攻关”行动) is its name even when made of
    // numbers and common words, unless it is a national campaign (“双高工程”, “万企兴万村”行动) or a count of them (“三大工程”, “六个行动”, “四项行动”,
    // “节能减排十大工程”).
    const programme = PROGRAMME_AFTER.exec(name.slice(q.index + q[0].length)) ?? PROGRAMME_END.exec(q[1]);
    if (programme) {
      const core = q[1].replace(PROGRAMME_END, '');
      // Common words alone without a number are a description in quotes (“大企业”培育壮大行动), numbers a coinage (“双百”, “百千万”).
      const described = (categoryOnly(core, undefined, COMMON_CATEGORIES) || mostlyCategory(core)) && !/[一二三四五六七八九十两百千万亿双\d]/.test(core.replace(YEARS, ''));
      if (core.length >= 2 && !described && !COMMON_CATEGORIES.has(core) && !/^[一二三四五六七八九十两]+(?:大|个|项)|[一二三四五六七八九十百](?:大|强)/.test(core) && !/[+＋]/.test(core)) return true;
      // A coined count of a group or of numbers still is (“五个一百”, “四大群体”), a count of kinds not (“三大工程”).
      if (coinedCount(q[1])) return true;
      continue;
    }
    // A formula of parts joined by + (“跨境电商+产业带”, “1+4+3”, “5G+工业互联网”) is a policy model, not a name; a quoted
    // phrase holding 的 a description (“立起来的开发区”).
    if (/[^+＋]+[+＋]/.test(q[1]) || q[1].includes('的')) continue;
    // A quoted system of responsibility or of organisation (“赛马制”, “河长制”) is a mechanism.
    if (/制$/.test(q[1])) continue;
    const inner = q[1].replace(CATEGORY_CODES, '').replace(/[+＋·]/g, '');
    // A quote of one shared word (“一站式”) is a category too; a coined one of common words (“双百”) is a name.
    if (inner.length === 0 || CATEGORY_VOCABULARY.has(inner) || PERIOD.test(inner)) continue;
    // Two characters, a numeral and one word (“两违”, “三改”): a count of kinds abbreviated, a campaign's object.
    if (inner.length === 2 && /^[一二三四五六七八九十两]/.test(inner)) continue;
    if (countShaped(inner)) return true;
    // Counted parts side by side (“两专科一中心”, “四门四访”, “一城一都一地一中心”): a slogan of kinds, not a name.
    if (umbrella(inner)) continue;
    if (!categoryOnly(inner, undefined, COMMON_CATEGORIES)) return true;
  }
  return false;
}
const QUOTED = /[“"]([^”"]+)[”"]/g;
/** A span of years (三年, 五年): a programme's term, no coined number (“社区规范化标准化建设三年行动”). */
const YEARS = /[一二三四五六七八九十两]年/g;
/**
 * A long quoted phrase three quarters of whose characters are category words (“扩大内需提质升级行动”, “企业纾困帮扶专项行动”,
 * “防止返贫就业攻坚行动”): a measure described in the genre's words, no coined name (“规下企业上规攻坚计划”, “芙蓉人才行动计划”,
 * a third of it or more words of its own, stay).
 */
function mostlyCategory(core: string): boolean {
  // A place in it names the measure (“森林城乡、花园南昌”城郊生态绿化工程).
  if (core.length < 6 || placesIn(core).length > 0) return false;
  const covered = new Uint8Array(core.length + 1);
  for (let i = 1; i <= core.length; i++) {
    covered[i] = covered[i - 1];
    for (let k = 2; k <= Math.min(LONGEST_WORD, i); k++) if (CATEGORY_VOCABULARY.has(core.slice(i - k, i))) covered[i] = Math.max(covered[i], covered[i - k] + k);
  }
  return covered[core.length] * 4 >= core.length * 3;
}
/** A five-year period (“十四五”, “十三五”): a time, not a name. */
const PERIOD = /^十?[一二三四五六七八九十]五$/;
const COINED_COUNT = /^(?:[\d一二三四五六七八九十百千万两双]|[一二三四五六七八九十]个)/;
/**
 * A count of programmes or of one kind (“三大工程”, “八项工程”, “五大行动”, “三个一批”, “一平台”, “两高一低”): an umbrella
 * over categories, not one programme; a count of a group (“四大群体”) or of numbers (“五个一百”) is coined.
 */
const UMBRELLA = /^[一二三四五六七八九十两]+(?:大|项|类|个|张|条)?(工程|行动|举措|任务|专项行动|攻坚行动|战役|体系|平台|品牌|计划|项目|改革|机制|清单|中心|一批|网)$|^(?:[一二三四五六七八九十两双][^一二三四五六七八九十两双百千万]{1,2}){2,}$/;
const UMBRELLA_OF = /^[一二三四五六七八九十两]+(?:大|项|类)(.+?)(工程|行动|举措|任务|计划|项目)$/;
/** A coined count of three characters or more (“十百千万”, “3212”, “五个一百”, “四大群体”), read without its own suffix (“千万工程”: 千万). */
function coinedCount(inner: string): boolean {
  return !CATEGORY_VOCABULARY.has(inner) && !PERIOD.test(inner) && countShaped(inner);
}
/** coinedCount of a quote already known to be no category word and no period. */
function countShaped(inner: string): boolean {
  const own = inner.slice(0, inner.length - suffixLength(inner));
  // A word that opens with a numeral (四季, 双高) is no count (“四季村晚”).
  const word = COMMON_CATEGORIES.has(own.slice(0, 2)) && !/[个大项类]/.test(own[1]);
  return own.length >= 3 && COINED_COUNT.test(own) && !word && !umbrella(inner);
}
function umbrella(inner: string): boolean {
  if (UMBRELLA.test(inner)) return true;
  // “三大金融基础工程”: a count of kinds named by category words; of works of any suffix too (“七大产业基地”, “五大特色街区”).
  const m = UMBRELLA_OF.exec(inner);
  if (m !== null && categoryOnly(m[1], undefined, COMMON_CATEGORIES)) return true;
  const counted = /^[一二三四五六七八九十两]+(?:大|项|类)(.+)$/.exec(inner);
  const len = counted ? suffixLength(counted[1]) : 0;
  return counted !== null && len > 0 && counted[1].length > len && categoryOnly(counted[1].slice(0, -len), undefined, COMMON_CATEGORIES);
}
/** After a quoted coinage, the rest of a programme's name (“双百”工程, “千年良田”建设工程, “蓉贝”软件人才引育计划). */
const PROGRAMME_AFTER = /^(?![一二三四五六七八九十两\d]+[大个项])[^“”"]{0,10}(?:工程|计划|行动)$/;
const PROGRAMME_END = /(?:工程|计划|行动)$/;

/** A proper element: a place, a quoted name, a code or a phase (S2线, 三期, 3号); codes of a kind (PPP, 5A级) are not. */
function hasProper(head: string, name: string): boolean {
  const h = head.replace(CATEGORY_CODES, '').replace(QUOTED, '');
  return /[A-Za-z《》「」]|[一二三四五六七八九十\d]+[期号]/.test(h) || /\d+号线|^第[一二三四五六七八九十\d]+[次届]/.test(name) || namedFeature(h) || NATURAL_FEATURES.test(h) || placesIn(h).length > 0 || quotedName(name);
}

/**
 * A mountain, river, lake, bay or island named at the start of a head (龙泉山生态提升, 锦江水生态治理, 沱江团结水利枢纽): the name
 * before the feature word is not made of category words (美丽河湖, 城市河道 are kinds).
 */
function namedFeature(h: string): boolean {
  const f = FEATURE_AT_START.exec(h);
  return f !== null && !categoryOnly(f[1]) && !CATEGORY_VOCABULARY.has(f[0]) && !CATEGORY_VOCABULARY.has(f[1].slice(0, 2)) && !placesIn(f[1]).some((p) => p.length > 1 && f[1] !== p);
}
const FEATURE_AT_START = /^([\u4e00-\u9fff]{1,3}?)(?:山|江|河|湖|湾|岛)(?![流道湖长段区库口])/;

/**
 * The suffixes by the code unit they end in, longest first: a phrase is checked against the few that can end it.
 * Keyed by number: text[i] of a Chinese character makes a new string to hash at every call.
 */
const SUFFIXES_BY_END = new Map<number, string[]>();
for (const x of [...PROJECT_SUFFIXES].sort((a, b) => b.length - a.length)) {
  const last = x.charCodeAt(x.length - 1);
  SUFFIXES_BY_END.set(last, [...(SUFFIXES_BY_END.get(last) ?? []), x]);
}
/** The length of the project suffix text[from, to) ends in (高铁, 示范区, 项目), 0 for none; no substring is made. */
export function suffixLength(text: string, from = 0, to = text.length): number {
  const candidates = to > from ? SUFFIXES_BY_END.get(text.charCodeAt(to - 1)) : undefined;
  if (!candidates) return 0;
  for (const x of candidates) if (to - from >= x.length && text.startsWith(x, to - x.length)) return x.length;
  return 0;
}

/** Whether a phrase holds a proper element (a place, a quoted name, a code or a phase): 引江济淮二期, S2线. */
export const properElement = (s: string): boolean => hasProper(s, s);

/**
 * Whether a name is a category, a statement or a policy phrase rather than one project (test/fixtures/plan/README.md,
 * "Named projects"): its head (the name without its suffix) made of category words alone and with no proper element.
 * A programme (…行动, …计划) is one only by a coined name: a quoted word or a place (“徽动消费”行动, 重庆英才计划); the
 * descriptive ones (企业提质降本行动, 碳达峰行动) are the genre's general measures. A singular institution of the state,
 * province or city (国家应用数学中心, 省数据交易服务机构) is a name (the definition's 省级 + a singular institution). A centre or hub named by its reach
 * and function alone (中西部国际交往中心, 内陆国际物流枢纽) is a role the city takes, not a facility.
 */
/** Events known by an abbreviation (大运会, 亚运会, 光博会, 广交会, 服贸会, 西洽会): names of their own. */
const EVENT_ABBREVIATION = /^[\u4e00-\u9fff]{1,3}(?:运会|博会|交会|贸会|洽会)$/;

export function notAName(name: string, suffixLen: number): boolean {
  // The same phrases come back in every mention and report: decided once (by suffix length, then name: no key
  // string is built per call).
  let decided = DECIDED[suffixLen];
  if (decided === undefined) decided = DECIDED[suffixLen] = new Map<string, boolean>();
  const known = decided.get(name);
  if (known !== undefined) return known;
  if (decided.size > 50_000) decided.clear();
  const result = decideNotAName(name, suffixLen);
  decided.set(name, result);
  return result;
}
const DECIDED: Array<Map<string, boolean>> = [];
const VENUE = /(?:馆|博物院|大剧院|音乐厅)$/;

/** The head of an event that names a kind or count of events (各类展会, 重大节会), not one. */
const EVENT_KIND = /^(?:各类|各种|一批|系列|重要|重大|重点|高端|知名|国际性|国家级|全国性|品牌|大型|特色|专业|专题|相关|多场|更多|年度)*$/;

function decideNotAName(name: string, suffixLen: number): boolean {
  if (EVENT_ABBREVIATION.test(name)) return false;
  const head = name.slice(0, name.length - suffixLen);
  if (NOT_NAME.test(name) || STATEMENT_VERBS.test(name.replace(QUOTED, '“”')) || holdsListDeng(name) || POLICY_PHRASE.test(name)) return true;
  // The province's or the city's one venue (省科技馆, 市图书馆): a singular institution.
  if ((head === '省' || head === '市') && VENUE.test(name)) return false;
  // Its new building (市博物馆新馆, 省图书馆新馆).
  if (suffixLen === 2 && name.endsWith('新馆') && /^[省市]/.test(head) && VENUE.test(head) && suffixLength(head) === head.length - 1) return false;
  if (head.length < 2 || GENERIC_PROJECT.test(head)) return true;
  if (name.split('“').length !== name.split('”').length || name.split('（').length !== name.split('）').length) return true;
  const suffix = name.slice(head.length);
  if (CODE_SUFFIXES.test(suffix) && !/[A-Za-z\d]$/.test(head)) return true;
  if (countUmbrella(head, suffix)) return true;
  if (/活动”?$/.test(suffix) && !/^(?:招商|系列|主场)活动/.test(suffix)) return !placedQuote(name) && placesIn(head).length === 0;
  if (PROGRAMME_SUFFIXES.test(suffix.replace(/[”"]$/, ''))) return !quotedName(name) && placesIn(head).length === 0 && !NATURAL_FEATURES.test(head);
  // A quoted count of kinds abbreviated heading a campaign (“两违”综合治理): its object, not a name (“三北”工程 is one).
  if (COUNT_ABBREVIATION.test(head) && CAMPAIGN_END.test(name)) return true;
  if (hasProper(head, name)) return false;
  // An event is named by its theme, whatever its words (全球硬科技创新大会, 数字中国建设峰会); only a kind or a count is none.
  if (EVENT_SUFFIXES.test(suffix)) return EVENT_KIND.test(head.replace(/^第[一二三四五六七八九十百\d]+届/, '')) || categoryOnly(head, undefined, LEXICON_CATEGORIES);
  // A quoted formula (“1+3”重点功能区) is a model's number, no name of its own.
  const bare = head.replace(/“[^”]*[+＋][^”]*”/g, '').replace(/[“”"]/g, '').replace(CATEGORY_CODES, '');
  const role = ROLE_SUFFIXES.test(suffix) && ROLE_SCOPES.test(bare) && categoryOnly(bare.replace(INSTITUTION_PREFIX, ''), ROLE_WORDS, COMMON_CATEGORIES);
  const institution = INSTITUTION_PREFIX.exec(bare);
  const rest = institution ? bare.slice(institution[0].length) : '';
  // 国家…基地 or …公园 without a place is a designation the city holds or seeks (国家双创示范基地, 国家文化出口基地), or a
  // national kind (国家文化公园, 国家考古遗址公园).
  if (institution && institution[0] === '国家' && (suffix === '基地' || suffix === '公园')) return true;
  // A head ending in 活动 names the facility's use (市妇女儿童活动中心), no event inside it.
  if (institution) return role || rest.length < 2 || (suffixLength(bare) > 0 && !bare.endsWith('活动')) || GENERIC_PROJECT.test(rest) || categoryOnly(rest, undefined, LEXICON_CATEGORIES);
  // A descriptive programme: common words and one word of its own at the end (传统产业焕新工程, 公办初中强校工程,
  // 城市通勤效率提升工程); a named object (大西高铁提速改造工程, 新安提黄改造工程) keeps the name.
  const descriptive = DESCRIBED.test(suffix) && bare.length >= 4 && categoryOnly(bare.slice(0, -2));
  return role || descriptive || categoryOnly(bare);
}
const DESCRIBED = /^(?:工程|工程项目)$/;
/**
 * A quoted name holding a place or a named river (“广西旅游年”, “黄河流域生态保护主题宣传实践月”): an event of that place,
 * as one with a place in its head (全球华商聚云南活动).
 */
function placedQuote(name: string): boolean {
  return [...name.matchAll(QUOTED)].some((q) => placesIn(q[1]).length > 0 || NATURAL_FEATURES.test(q[1]));
}
const COUNT_ABBREVIATION = /^“[一二三四五六七八九十两][\u4e00-\u9fff]”$/;
const CAMPAIGN_END = /(?:治理|整治|清理|攻坚)$/;

/**
 * A count of programmes written without quotes (碳达峰十大工程, “稳预期、扩内需、促消费”十大行动, “登高、升规、晋位、上市”四大工程):
 * an umbrella over measures, unless what it counts is of a named place, river or coinage (秦岭生态空间治理十大行动, “巴渝新消费”八大行动).
 */
function countUmbrella(head: string, suffix: string): boolean {
  if (!PROGRAMME_END.test(suffix)) return false;
  const count = /[一二三四五六七八九十两]+[大项]$/.exec(head);
  if (!count) return false;
  const pre = head.slice(0, count.index);
  const coined = [...pre.matchAll(QUOTED)].some((q) => !/[、，]/.test(q[1]) && quotedName(q[0]));
  return !coined && placesIn(pre).length === 0 && !NATURAL_FEATURES.test(pre);
}

/** Whether a 《 of the clause before `at` is still open there (read back over the clause only). */
function insideTitle(text: string, c: ClauseInfo, at: number): boolean {
  for (let i = at - 1; i >= c.span[0]; i--) {
    const ch = text.charCodeAt(i);
    if (ch === TITLE_OPEN) return true;
    if (ch === TITLE_CLOSE) return false;
  }
  return false;
}
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);

/**
 * An existing zone as the subject of its clause, acting on something else (新站高新区加快提升…发展能级): the clause is
 * about what the zone does, no work on it. Not when the verb builds or stages the zone itself (…示范区建设取得…).
 */
function zoneSubject(text: string, c: ClauseInfo, span: Span, suffixLen: number): boolean {
  if (suffixLen === 0 || text.charCodeAt(span[1] - 1) !== ZONE_END || span[0] - c.span[0] > 2) return false;
  let end = -1;
  for (const v of c.verbs) {
    if (v.end <= span[0]) return false;
    if (end < 0) {
      if (v.start < span[1] || v.start - span[1] > 2) continue;
      if (ZONE_WORK.test(text.slice(v.start, v.end))) return false;
      end = v.end;
    } else if (v.start === end) end = v.end;
  }
  return end > 0 && c.span[1] - end >= 2;
}
const ZONE_END = '区'.charCodeAt(0);
/** Verbs that build, stage or open a zone: its subject is then the work. */
const ZONE_WORK = /建设|开发|建成|开工|启动|推进|获批|设立|揭牌|挂牌|运营|开园|创建|扩区|升级|整合/;

/**
 * Whether the words around a name make it something else than one of the plan's own projects: the modifier of a
 * larger noun (皖北中心城市, 公立医院薪酬制度改革), a partner's (加强与沪苏浙自贸试验区联动, 主动对接虹桥国际开放枢纽), or a
 * title sought (创建国家医学中心, 争创国家普惠金融改革试验区) without a proper element; a name without one beside a count
 * is a kind the plan builds many of (建成绿道科普基地5家).
 */
export function outOfContext(text: string, c: ClauseInfo, span: Span, suffixLen: number, listCounted = false): boolean {
  // A name inside 《…》 is a document's title (实施《杭州铁路枢纽规划（2016-2030年）》), not a work.
  if (insideTitle(text, c, span[0])) return true;
  if (NAME_CONTINUES.test(text.slice(span[1], span[1] + 4))) return true;
  // A national title the city works at (深化国家全域旅游示范区创建) is sought, not built: 国家 and no place of its own.
  if (TITLE_AFTER_STATE.test(text.slice(span[1], span[1] + 2)) && text.startsWith('国家', span[0]) && placesIn(text.slice(span[0], span[1])).length === 0) return true;
  if (zoneSubject(text, c, span, suffixLen)) return true;
  const before = text.slice(Math.max(c.span[0], span[0] - 4), span[0] + 1);
  if (PARTNER_BEFORE.test(before)) return true;
  const counted = (!listCounted && COUNTED_AFTER.test(text.slice(span[1], span[1] + 8))) || COUNTED_BEFORE.test(text.slice(Math.max(c.span[0], span[0] - 8), span[0])) || TITLE_AFTER.test(text.slice(span[1], span[1] + 4));
  if (counted && !hasProper(text.slice(span[0], span[1] - suffixLen), text.slice(span[0], span[1]))) return true;
  let verb: VerbHit | null = null;
  for (const v of c.verbs) if (v.end <= span[0]) verb = v;
  if (!verb || !TITLE_VERBS.test(text.slice(verb.start, verb.end))) return false;
  return !hasProper(text.slice(span[0], span[1] - suffixLen), text.slice(span[0], span[1]));
}

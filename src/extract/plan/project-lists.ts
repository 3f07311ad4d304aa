// Names read from lists: the items of "X、Y、Z等项目" (a shared head restored) and the subjects of a clause-final
// result verb (格派一期、国投电厂三期2号机组建成投产).
import type { Span } from '../../types.js';
import { LIST_ATTRIBUTES, LIST_HEAD_MODIFIERS, LIST_NAMED_KINDS, NAME_CONTINUES, NATURAL_FEATURES } from '../../lexicon/project-words.js';
import { charTable } from '../../text/chars.js';
import type { VerbHit } from './clauses.js';
import { categoryKind, countyAt, LEAD_TRIM, kindTail, notAName, wordDeng, placesIn, properElement, suffixLength, WORD_TAIL, type ClauseInfo, type Found } from './project-names.js';

/** After 等: a count (12个, 117公里, 一批), then the list's head noun up to a verb or a boundary. */
const LIST_COUNT = /^(?:[\d.一二三四五六七八九十两百千]+(?:余|多)?(?:个|项|批|处|座|条|家|所|户|片|栋|处|艘|台|公里|千米)(?:以上|左右)?|一批)/;
const HEAD_STOP = charTable('，、；。：！？,;:!?《》“ \n和及与并或的');
/** Statements after a list's head (等实验室成为国家实验室基地): the head ends before them. */
const HEAD_STATEMENT = /成为|作为|转型为|升级为|纳入|达到/;
/** Heads of a list of reforms or mechanisms (等改革, 等机制, 等模式). */
const REFORM_HEAD = /^(?:改革|机制|模式|制度)/;
/** Administrative units before 的 in a list's head (等县（市）的新城建设, 等区县的…). */
const UNIT_HEAD = /^(?:县（市）|县（市、区）|县（区）|区县|县区|县市|市县|乡镇|县|市|区|镇|城市|地区)$/;
/** Heads a place alone takes as its facility (周口机场, 信阳实验室): a single work at that place. */
const PLACE_HEADS = /^(?:高新区|经开区|综保区|机场|支线机场|通用机场|水库|港|港区|码头|实验室|枢纽|站|火车站|高铁站|大桥|隧道|电站|电厂|核电|抽水蓄能电站)$/;
/** Heads that close a list of categories, not of projects: 等十大惠民工程, 等基础设施建设项目, 等领域, 等行业污染综合整治. */
const CATEGORY_HEAD = /惠民|民生|实事|基础设施|领域|方面|系列|行业/;
/** What may follow a list's head before its verb: its work (等高铁项目前期工作, 等商圈建设) or a manner word (等重大项目相继开工). */
const HEAD_TAIL = /^(?:建设|进位|前期|工作|进度|规划|项目|群|集群|开发|转型|提升|改造|升级|扩能|提质|运营|招商|相继|陆续|先后|全面|加快|尽快|早日|顺利|如期|全部|均|正式|持续|稳步|有序|抓紧|力争|争取|年内)/;

/** Relations a list of partners closes with after 等的 (等的合作, 等的交流合作, 等的对接). */
const RELATION_HEAD = /^(?:交流|合作|协作|联系|对接|往来|友好)/;

interface ListHead {
  /**
   * 'project': a head of a project kind (高铁项目, 商圈, 大中型水库); 'none': no head, or an attribute of the items
   * (等建设, 等功能, 等产业化进程); 'other': the items are of another kind (等高校院所, 等港口城市, 等应用场景, 等领域).
   */
  kind: 'project' | 'none' | 'other';
  /** What each item lacking a suffix gets: the head without its count, kind words and a trailing 项目 (高铁, 水库). */
  restore: string;
  /** Where the head ends (clause offset): the head is the items' kind, never a name of its own (等新型消费明星项目). */
  end: number;
}

/** The head of the list closed by the 等 at masked offset i. */
function listHead(text: string, c: ClauseInfo, i: number): ListHead {
  const [cs] = c.span;
  const m = c.masked;
  let j = i + 1;
  j += LIST_COUNT.exec(m.slice(j))?.[0].length ?? 0;
  // 加强与京津冀、长三角等的合作: the items are the partners of a relation, not projects (东莞大道、黄旗山城市公园等的景观:
  // still works).
  if (m[i + 1] === '的' && RELATION_HEAD.test(m.slice(i + 2))) {
    let e = i + 2;
    while (e < m.length && HEAD_STOP[m.charCodeAt(e)] !== 1) e++;
    return { kind: 'other', restore: '', end: e };
  }
  let k = j;
  while (k < m.length && HEAD_STOP[m.charCodeAt(k)] !== 1) k++;
  // 等实验室成为国家实验室基地: a statement after the head ends it.
  const said = HEAD_STATEMENT.exec(m.slice(j, k));
  if (said) k = j + said.index;
  // 等改革, 等机制: a list of reforms or mechanisms, whatever its items are written as (“不见面审批”“一件事”等改革).
  if (REFORM_HEAD.test(m.slice(j, j + 2))) return { kind: 'other', restore: '', end: k };
  // 等县（市）的新城建设: a kind built in each unit of a level, the items are places, not works.
  if (m[k] === '的' && UNIT_HEAD.test(text.slice(cs + j, cs + k))) return { kind: 'other', restore: '', end: k };
  // 等一批具有战略意义的重大项目: a modifier ending in 的 stands before the head, which follows it.
  while (m[k] === '的' && k > j) {
    j = k + 1;
    for (k = j; k < m.length && HEAD_STOP[m.charCodeAt(k)] !== 1; k++);
  }
  // The head ends before the first verb, unless the verb starts inside its suffix (机构建设 reads 构建).
  // A verb before the project noun is part of the head (等维修改造工程, 等18个新改扩建项目).
  let verb = c.verbs.find((v) => v.start - cs >= j && v.start - cs < k && !(v.nominal && suffixLength(text, v.end, v.end + 2) === 2));
  // Verbs side by side up to the head's suffix describe its kind (等8个文旅产业融合发展示范区: 融合发展), no predicate.
  const fullLen = suffixLength(text, cs + j, cs + k);
  if (verb && fullLen > 0 && verbChainTo(c, verb, cs + k - fullLen)) verb = undefined;
  const verbAt = verb ? verb.start - cs - j : k - j;
  const written = text.slice(cs + j, cs + j + verbAt);
  if (LIST_NAMED_KINDS.test(written)) return { kind: 'project', restore: '', end: k };
  // 等文化惠民工程: a category of projects, whose items that name themselves are projects (“百千万”工程, “双千计划”).
  if (CATEGORY_HEAD.test(written)) return { kind: /工程|项目/.test(written) ? 'none' : 'other', restore: '', end: k };
  let head = '';
  for (let e = k - j; e > 0 && head === ''; e--) {
    const len = suffixLength(text.slice(cs + j, cs + j + e));
    if (len > 0 && (e <= verbAt || e - len < verbAt)) head = text.slice(cs + j, cs + j + e);
  }
  if (head === '') return { kind: written === '' || LIST_ATTRIBUTES.test(written) ? 'none' : 'other', restore: '', end: k };
  // The head is the whole noun before the verb: after 等项目组织管理方式, 等枢纽节点 the items name themselves or are none.
  const rest = written.slice(head.length);
  if (rest !== '' && !LIST_ATTRIBUTES.test(rest) && !HEAD_TAIL.test(rest)) return { kind: 'none', restore: '', end: k };
  let restore = head.replace(LIST_HEAD_MODIFIERS, '');
  // 北京大学、上海交通大学等一流大学郑州研究院: the items' own kind before a place in the head is not restored (北京大学郑州研究院).
  const place = placesIn(restore)[0];
  const at = place ? restore.indexOf(place) : -1;
  if (at >= 2 && categoryKind(restore.slice(0, at))) restore = restore.slice(at);
  // 等大科学装置预研项目: a stage of the items (预研, 前期) goes with the generic word.
  const generic = /(?:预研|前期|储备)?(?:项目|工程)$/.exec(restore);
  if (generic && suffixLength(restore.slice(0, generic.index)) > 0) restore = restore.slice(0, generic.index);
  // A count or a rank inside the head is its kind, not part of each name (等防汛重点工程, 等百亿项目 → 工程, 项目).
  const ranked = /^(.*?)(?:重点|重大|[十百千万亿]+(?:元级|级)?)(项目|工程)$/.exec(restore);
  if (ranked && (ranked[1] === '' || categoryKind(ranked[1]))) restore = ranked[2];
  if (/^(?:项目|工程)$/.test(restore)) restore = '';
  return { kind: 'project', restore, end: j + head.length };
}

/** Whether the clause's generic verbs run side by side from `first` to `end` (融合发展 before 示范区; not 实现, 设立). */
function verbChainTo(c: ClauseInfo, first: VerbHit, end: number): boolean {
  if (first.specific) return false;
  let at = first.end;
  for (const v of c.verbs) if (v.start === at && !v.specific) at = v.end;
  return at === end;
}

/** 两江新区至长寿区、涪陵区: a later item that is a place alone shares the first item's origin (两江新区至涪陵区). */
function sharedOrigin(first: string, raw: string): string {
  const origin = /^(.+?至)/.exec(first);
  return origin && !raw.includes('至') && placesIn(raw).join('') === raw ? origin[1] + raw : raw;
}

/** The items of a list from the clause's first verb (or its start) to the 等 at `end`. */
function listItems(text: string, c: ClauseInfo, end: number): Span[] {
  const [cs] = c.span;
  const verb = c.verbs.find((v) => v.end <= end);
  let from = verb ? verb.end : cs;
  const items: Span[] = [];
  for (let i = from; i <= end; i++) {
    if (i === end || c.masked[i - cs] === '、' || c.masked[i - cs] === '和' || (c.masked[i - cs] === '及' && c.masked[i - cs - 1] === '以')) {
      const lead = LEAD_TRIM.exec(text.slice(from, i));
      // 以及 ends the item before it at 以 (禅城老城区改造以及听音湖片区); 及 alone may join a name's parts (动力电池及储能系统).
      const close = c.masked[i - cs] === '及' ? i - 1 : i;
      // The object before 以及 is a list item only by a suffix of its own (禅城老城区改造以及听音湖片区: a work of another kind).
      if (close === i || suffixLength(text, from, close) > 0) items.push([from + (lead ? lead[0].length : 0), close]);
      from = i + 1;
    } else if (text[i] === '“' && text[i - 1] === '”' && i > from) {
      // Quoted items side by side (“双百攻关”“揭榜挂帅”等行动): each its own item.
      const lead = LEAD_TRIM.exec(text.slice(from, i));
      items.push([from + (lead ? lead[0].length : 0), i]);
      from = i;
    }
  }
  return items;
}

/**
 * Items of "X、Y、Z等…" lists (平漯周、焦济洛平等高铁项目; 解放碑、观音桥等商圈建设; 引江济淮二期、宣城—绩溪高铁等建设): the
 * head after 等 restored to each item that lacks a suffix. In a list with no head, an item is a name only by
 * itself (a suffix or a proper element: 引江济淮二期); a place alone is not a project. The heads (等新型消费明星项目), and the
 * lists whose head is another kind (中科院合肥物质研究院、合肥工业大学等高校院所) go to `others`: no name is read inside them.
 */
export function listNames(text: string, c: ClauseInfo, others: Span[]): readonly Found[] {
  const m = c.masked;
  if (m.indexOf('等') < 0 && m.indexOf('、') < 0) return NONE;
  const out: Found[] = [];
  const [cs] = c.span;
  const closers: number[] = [];
  for (let i = m.indexOf('等'); i >= 0; i = m.indexOf('等', i + 1)) {
    if (m.charCodeAt(i + 1) !== DENG && m.charCodeAt(i - 1) !== DENG && !wordDeng(m, i)) closers.push(i);
  }
  // 山阳、勉县、佛坪3个抽水蓄能电站: a count of as many as the items closes the list as 等 does (the count read before i + 1).
  // The count pattern needs a 、 (most clauses have none: no scan then).
  for (const k of m.indexOf('、') < 0 ? [] : m.matchAll(COUNTED_LIST)) {
    const at = (k.index ?? 0) + k[1].length;
    const n = listItems(text, c, cs + at).filter(([a, b]) => b - a >= 2).length;
    // 第2个, 共8条, 等3个, 雾岗路、禅西大道的十条: an ordinal, a total or a list already closed is no count closing it.
    if (n >= 2 && n === smallNumber(k[2]) && !/[第共等的计]$/.test(k[1])) closers.push(at - 1);
  }
  for (const i of closers) {
    const counted = m[i] !== '等';
    const { kind, restore, end } = listHead(text, c, i);
    // A count closes a list only before a head of a project kind to restore (东深四条主干道改造: no such head).
    // 乐业、凌云、灵山、蒙山4个县通高速: the items are units of a level, not works.
    // A one-character suffix (三条底线: 线) is too weak to make the items works.
    // A verb inside the head makes it a clause (襄樊、宜昌两个省域副中心城市加强铁路…): no kind shared.
    if (counted && (kind !== 'project' || suffixLength(restore) < 2 || COUNTED_UNITS.test(restore) || c.verbs.some((v) => cs + i < v.start && v.start < cs + end))) continue;
    const items = listItems(text, c, cs + i + (counted ? 1 : 0)).filter(([a, b]) => b - a >= 2);
    // The last item and the count are one noun (李村两个文化广场): no name is read across them.
    others.push([counted && items.length > 0 ? items[items.length - 1][0] : cs + i, cs + end]);
    if (kind === 'other') {
      if (items.length > 0) others.push([items[0][0], cs + i]);
      // An item of another kind's list that names a work of a place by its own suffix stays one (山东大学龙山校区、空天信息
      // 大学等高校; 潜江中国小龙虾交易中心 等交易市场).
      for (const [a, b] of items) {
        const raw = text.slice(a, b);
        const own = suffixLength(raw);
        if (own > 0 && OWN_WORKS.test(raw.slice(-own)) && placesIn(raw.slice(0, -own)).length > 0 && !notAName(raw, own)) out.push({ name: raw, span: [a, b], clause: c, suffixLen: own });
      }
      continue;
    }
    const raws = items.map(([a, b]) => text.slice(a, b));
    if (items.length === 0 || (items.length === 1 && restore === '' && raws[0].length < 4)) continue;
    if (kind === 'none' && !raws.some((r) => suffixLength(r) > 0 || properElement(r))) continue;
    items.forEach(([a, b], n) => {
      const raw = n > 0 ? sharedOrigin(raws[0], raws[n]) : raws[n];
      // An own suffix that does not make a name (正线: 线 without a code; 国际陆港 等功能片区) leaves the item to the head.
      let own = suffixLength(raw);
      if (own > 0 && restore !== '' && raw.length - own >= 2 && notAName(raw, own) && !notAName(raw + restore, restore.length)) own = 0;
      // A place alone is a project only with a head of a facility to restore (周口、潢川、鲁山等机场 → 周口机场).
      if (own === 0 && ((placesIn(raw).join('') === raw && (restore === '' || !PLACE_HEADS.test(restore))) || (kind === 'none' && !properElement(raw)))) return;
      // An item running over a verb is a clause, not a name (鼓励金融机构设立科技支行等专营机构).
      if (own === 0 && ITEM_VERB.test(c.masked.slice(a - cs, b - cs))) return;
      // In a counted list an item with a verb of the clause is a statement (推进A、建设B两个…), and one holding a kind
      // of its own is named already (鲁南高铁菏泽至兰考段、黄台联络线5个高铁项目).
      if (counted && c.verbs.some((v) => a <= v.start && v.end <= b)) return;
      const named = counted && own === 0 && innerSuffix(raw);
      const name = own === 0 && restore !== '' && !raw.endsWith(restore) && !named ? raw + restore : raw;
      const suffixLen = own > 0 ? own : name.length - raw.length;
      if (name.length > 40 || /[，；。]/.test(name) || notAName(name, suffixLen)) return;
      out.push(counted ? { name, span: [a, b], clause: c, suffixLen, listCounted: true } : { name, span: [a, b], clause: c, suffixLen });
    });
  }
  return out;
}

const DENG = '等'.charCodeAt(0);
/** A 、 list whose last item runs into a count of items (、佛坪3个): group 1 up to the count, group 2 the count. */
// No u flag: every character it reads is in the BMP, and irregexp runs the pattern faster without it.
const COUNTED_LIST = /(、[\u4e00-\u9fff]{1,10}?)([2-9]|[两二三四五六七八九十])(?:个|座|条|处|家|所)/g;
/** Units of a level a count of places may close (4个县, 3个区): the items are places. */
const COUNTED_UNITS = /^(?:县|市|区|镇|乡|村|城市|地区)/;
/** Whether a project suffix ends a word inside the item (鲁南高铁菏泽至兰考段: 高铁). */
function innerSuffix(raw: string): boolean {
  for (let e = raw.length - 1; e >= 2; e--) if (suffixLength(raw.slice(0, e)) > 0) return true;
  return false;
}
/** The value of a count of 2 to 10 items. */
function smallNumber(s: string): number {
  return /\d/.test(s) ? Number(s) : '一两三四五六七八九十'.indexOf(s) + 1 || (s === '二' ? 2 : 0);
}
/** The empty result of a clause that names nothing, shared (never mutated). */
export const NONE: readonly Found[] = Object.freeze([]);
/** Verbs that make a list item a clause (鼓励金融机构设立科技支行等专营机构, 急救中心和感染科建设等项目); not 重组 (科兴生物重组蛋白药物). */
const ITEM_VERB = /建设|打造|设立|实施|推出|建好|对接|融入|共建|做大|做强|做优/;

/** Suffixes of a work at a place, a name even in a list of another kind (校区, 交易中心). */
const OWN_WORKS = /^(?:校区|院区|分校区|中心|新馆|产业园|科技园|园区)$/;

/** Two names joined by 及, the first a short proper part (锡宜及沪武高速扩建). */
const JOINED_PAIR = /^([\u4e00-\u9fff]{2,3})及([\u4e00-\u9fff]{3,12})$/;

/** The actions of a result a project reaches (建成投产, 开工, 完成): not 改造, 新增, 引进 (为…、…家庭实施无障碍改造). */
const RESULT_ACTIONS = new Set(['开工', '投产', '建成', '完成', '启动']);

/** 格派一期、国投电厂三期2号机组建成投产: the subjects of a clause-final result verb are projects. */
export function subjectNames(text: string, c: ClauseInfo): readonly Found[] {
  const last = c.verbs[c.verbs.length - 1];
  if (!last || c.verbs.length > 2 || last.end !== c.span[1] || !RESULT_ACTIONS.has(last.action)) return NONE;
  const head = c.masked.slice(0, last.start - c.span[0]);
  if (!head.includes('、') && !/[一二三四五六七八九十\d]期/.test(head)) return NONE;
  const out: Found[] = [];
  let from = c.span[0];
  const end = last.start;
  for (let i = from; i <= end; i++) {
    if (i === end || c.masked[i - c.span[0]] === '、') {
      const lead = LEAD_TRIM.exec(text.slice(from, i));
      const a = from + (lead ? lead[0].length : 0);
      const name = text.slice(a, i);
      // 锡宜及沪武高速扩建: a short proper part joined by 及 shares the kind of the name after it (锡宜高速扩建, 沪武高速扩建).
      const joined = JOINED_PAIR.exec(name);
      if (joined && !categoryKind(joined[1]) && !notAName(joined[2], 0)) {
        // The kind shared is the second name's suffix, or its last word (扩建) with the kind words before it.
        const second = joined[2];
        const first = joined[1] + second.slice(second.length - kindTail(second, suffixLength(second) || 2, joined[1]));
        out.push({ name: second, span: [i - second.length, i], clause: c });
        if (!notAName(first, 0)) out.push({ name: first, span: [a, a + joined[1].length], clause: c });
      } else if (name.length >= 3 && name.length <= 30 && !notAName(name, 0) && !/[□“”]/.test(c.masked.slice(a - c.span[0], i - c.span[0]))) {
        out.push({ name, span: [a, i], clause: c });
      }
      from = i + 1;
    }
  }
  return out;
}


/**
 * The items before a name in "X、Y高铁" (no 等): an item without a suffix of its own shares the name's (成渝中线、渝万高铁 →
 * 成渝中线高铁; 渝西、渝宜高铁 → 渝西高铁), unless it is a place alone or the restored name is not one.
 */
export function sharedSuffixNames(text: string, c: ClauseInfo, f: Found): Found[] {
  const len = f.suffixLen ?? 0;
  const [cs] = c.span;
  // 和 joins places alone only (泉州和漳州世界闽南文化交流中心).
  const joiner = f.span[0] - cs < 1 ? '' : c.masked[f.span[0] - cs - 1];
  if (len === 0 || (joiner !== '、' && joiner !== '和')) return [];
  // The name is the modifier of a larger noun (贺州区域中心城市): so is every item sharing its head.
  if (NAME_CONTINUES.test(text.slice(f.span[1], f.span[1] + 4))) return [];
  const out: Found[] = [];
  let end = f.span[0] - 1;
  // A verb inside a noun (开发者节) does not open the items.
  const start = Math.max(cs, ...c.verbs.filter((v) => v.end <= end && WORD_TAIL[text.charCodeAt(v.end)] !== 1).map((v) => v.end));
  while (end > start) {
    let a = end;
    while (a > start && !ITEM_STOP.has(c.masked[a - 1 - cs])) a--;
    const lead = LEAD_TRIM.exec(text.slice(a, end));
    const raw = text.slice(a + (lead ? lead[0].length : 0), end);
    const at = end - raw.length;
    if (raw.length < 2 || raw.length > 12 || suffixLength(raw) > 0 || /[□“”（）]/.test(c.masked.slice(at - cs, end - cs))) break;
    // An item ending in the suffix's own noun names its kind itself (永春生物医药城、北湖未来科学城): nothing shared.
    // An organisation (合肥演艺集团、庐剧艺术传承中心) names itself too and shares nothing.
    if (ORGANISATION_END.test(raw)) break;
    if (raw[raw.length - 1] === f.name[f.name.length - 1]) {
      if (!notAName(raw, 1)) out.push({ name: raw, span: [at, end], clause: c, suffixLen: 1 });
      break;
    }
    // A place alone shares the name after a lead of its own kind (长汀、宁化长征国家文化公园; 闽江、九龙江流域综合治理); another
    // item shares the suffix with the kind words before it (豫东、豫西水资源优化配置工程).
    const alone = placesIn(raw).join('') === raw || NATURAL_FEATURES.exec(raw)?.[0] === raw || countyAt(raw) === raw;
    if (joiner === '和' && !alone) break;
    const shared = alone ? sharedHead(f.name, len, raw) : f.name.slice(f.name.length - kindTail(f.name, len, raw));
    const sharedLen = alone ? shared.length : len;
    if ((!alone || shared.length > len) && !notAName(raw + shared, sharedLen)) out.push({ name: raw + shared, span: [at, end], clause: c, suffixLen: sharedLen });
    if (a <= start || c.masked[a - 1 - cs] !== '、') break;
    end = a - 1;
  }
  return out;
}
/** An item ending in an organisation’s own noun (集团, 公司, 协会, 联盟) or an event’s (开发者节, 活动周). */
const ORGANISATION_END = /(?:集团|公司|协会|联盟|学会|商会|节|活动周)$/;
const ITEM_STOP = new Set(['、', '，', '；', '。', '：', '和', '及', '与', '\n']);

/**
 * What an item that is a place alone shares with the name after it: the name after its own lead of the same kind —
 * a place (福州、厦门人工智能产业园), a river (闽江、九龙江流域综合治理), a county (长汀、宁化长征国家文化公园) — else
 * the suffix alone (黄河、贺兰山文化旅游节 → 黄河旅游节).
 */
function sharedHead(name: string, len: number, raw: string): string {
  let lead: string | null | undefined = null;
  if (placesIn(raw).join('') === raw) lead = placesIn(name.slice(0, 4))[0];
  else if (NATURAL_FEATURES.exec(raw)?.[0] === raw) lead = RIVER_LEAD.exec(name)?.[0];
  else if (countyAt(raw) === raw) lead = countyAt(name);
  if (lead && name.startsWith(lead) && name.length - lead.length > len) return name.slice(lead.length);
  if (lead && name.startsWith(lead)) return name.slice(name.length - len);
  // A name without a lead of the item's kind shares its kind words (长江、长征国家文化公园 → 长江国家文化公园; 黄河、贺兰山文化旅游节
  // → 黄河文化旅游节).
  return name.slice(name.length - kindTail(name, len, raw));
}
const RIVER_LEAD = /^\p{Script=Han}{1,3}(?:江|河|溪|湖)(?=流域|干流|支流|沿岸|综合|生态|水)/u;

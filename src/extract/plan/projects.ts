// Named projects, parks, programmes and events: …项目/工程/产业园/基地/示范区/论坛/大桥, and the items of a
// "X、Y、Z等项目" list. Deduplicated per report by name, with stage, investment and related companies/places.
import type { Span } from '../../types.js';
import { CODE_SUFFIXES, GENERIC_PROJECT, INNER_VERB, PROJECT_SUFFIXES, STAGE_WORDS } from '../../lexicon/actions.js';
import { SUFFIX_IN_WORDS, WORDS_OVER_CUTS } from '../../lexicon/project-words.js';
import { charTable, hasAny } from '../../text/chars.js';
import { quantitiesIn } from './clauses.js';
import { countyAt, LEAD_TRIM, notAName, outOfContext, properElement, wordDeng, placesIn, suffixLength, WORD_TAIL, type ClauseInfo, type Found } from './project-names.js';
import { listNames, NONE, sharedSuffixNames, subjectNames } from './project-lists.js';
import type { Project, ProjectMention, Quantity, Stage } from './types.js';

export { notAName, type ClauseInfo } from './project-names.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Quotes and brackets are not boundaries: a name holds them (科技创新“栽树工程”, 西部（重庆）科学城).
const BOUNDARY = charTable('，、；。：！？,;:!?《》【】「」『』 \n\t\u3000的等在对将把向与及和或并');
const STAGE_ALT: Array<[string, Stage]> = STAGE_WORDS.flatMap(([stage, ws]) => ws.map((w) => [w, stage as Stage] as [string, Stage]));
STAGE_ALT.push(['建成投产', '投产'], ['建成投运', '投产'], ['建成投用', '投产'], ['竣工投用', '投产']);
STAGE_ALT.sort((a, b) => b[0].length - a[0].length);
const STAGE_RE = new RegExp(STAGE_ALT.map(([w]) => escape(w)).join('|'), 'g');
const STAGE_OF = new Map(STAGE_ALT);
const INVEST_RE = /(?:总投资|计划投资|投资)(?:约|超|达)?(?=\d)/g;
const COMPANY_ENDS = ['集团', '公司', '股份'];
const COMPANY_RE = new RegExp(`[\\u4e00-\\u9fff]{2,10}(?:${COMPANY_ENDS.join('|')})`, 'g');
const PHASE_RE = /^([\u4e00-\u9fff]{2,6}?)[一二三四五六七八九十\d]+期/;

/** The words over a cut (对外, 和美) as pairs of code units: read at every boundary character, without a slice. */
const pairCode = (a: number, b: number): number => a * 0x10000 + b;
const OVER_CUTS = new Set(WORDS_OVER_CUTS.map((w) => pairCode(w.charCodeAt(0), w.charCodeAt(1))));

/** The verb INNER_VERB ends in, and the cuts a subject before it cannot hold. */
const INNER_VERB_END = new RegExp(`(?:${INNER_VERB.source.replace(/^\^\.\*\(\?:/, '').replace(/\)$/, '')})$`);
const BOUNDARY_IN = /[“”]/;
/** The verbs by which a place builds a zone of its own, and the zones (支持十堰建设绿色低碳发展示范区). */
const PLACE_BUILDS = /^(?:建设|打造)$/;
const ZONE_SUFFIXES = /^(?:示范区|试验区|先行区|合作区|集聚区|先导区|核心区)$/;

const SUFFIX_ENDS = charTable(PROJECT_SUFFIXES.map((x) => x[x.length - 1]).join(''));

const HE = '和'.charCodeAt(0);
const BOX = '□'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);
const DENG = '等'.charCodeAt(0);
/** 和 between two verbs joins them inside a name (洛河流域保护和修复工程), not a run's end. */
const joinsVerbs = (c: ClauseInfo, at: number): boolean => c.verbs.some((v) => v.end === at) && c.verbs.some((v) => v.start === at + 1);

/** A section of a place after a name makes it that place's work (长征国家文化公园（重庆段）, 国家文化公园河南段). */
function sitedName(name: string, after: string): boolean {
  const section = /^（[^（）]{2,8}）|^[\u4e00-\u9fff]{2,3}段/.exec(after);
  return section !== null && placesIn(section[0]).length > 0 && !notAName(name + section[0], 0);
}

/**
 * Whether the clause's verb k cuts it into runs: the first verb and the specific ones. Generic verbs inside names
 * (应急能力提升工程, 转型升级) must not cut them, nor a verb right before a project noun (新安提黄改造工程, 机场三期改扩建工程).
 */
function cutsRuns(text: string, c: ClauseInfo, k: number): boolean {
  const v = c.verbs[k];
  // A verb followed by a word-final morpheme is inside a noun (开发者, 保障性租赁住房): no cut.
  if (WORD_TAIL[text.charCodeAt(v.end)] === 1) return false;
  return k === 0 || (v.specific && suffixLength(text, v.end, v.end + 2) !== 2);
}

/** Names ending in a project suffix: the run of text after the last boundary or verb, up to the last suffix in it. */
function suffixNames(text: string, c: ClauseInfo): readonly Found[] {
  if (!hasAny(SUFFIX_ENDS, text, c.span[0], c.span[1])) return NONE;
  const out: Found[] = [];
  const [cs] = c.span;
  const m = c.masked;
  const verbs = c.verbs;
  // Cut the clause into runs at boundaries and verbs; the verbs come sorted and are followed with a cursor (a
  // lookup per character was the loop's main cost).
  let cut = 0;
  let runStart = 0;
  for (let i = 0; i < m.length; ) {
    while (cut < verbs.length && (verbs[cut].start - cs < i || !cutsRuns(text, c, cut))) cut++;
    const ve = cut < verbs.length && verbs[cut].start - cs === i ? verbs[cut].end - cs : undefined;
    // A verb that ends a suffix (综合整治, 排污口整治) is the end of a name, not a cut before it.
    if (ve !== undefined && suffixLength(text, cs + runStart, cs + ve) <= ve - i) {
      runName(text, c, runStart, i, out);
      i = ve;
      runStart = i;
      continue;
    }
    // 等级 (开展等级疾控中心创建), 对外 and 和美 are words, not the end of a list or a run; 和 may join two verbs.
    const code = m.charCodeAt(i);
    if (BOUNDARY[code] === 1 && !(code === HE && joinsVerbs(c, i + cs)) && !(code === DENG && wordDeng(m, i)) && !OVER_CUTS.has(pairCode(code, m.charCodeAt(i + 1)))) {
      runName(text, c, runStart, i, out);
      runStart = i + 1;
    }
    i++;
  }
  runName(text, c, runStart, m.length, out);
  return out;
}

/** The name a run of the clause (masked offsets runStart..end) ends in, if any, pushed onto out (with the name before an inner verb). */
function runName(text: string, c: ClauseInfo, runStart: number, end: number, out: Found[]): void {
  const [cs] = c.span;
  const m = c.masked;
  if (end - runStart < 3) return;
  // The last suffix of the run, read backwards; 线 ends a name only after a code (S2线): 渝满俄班列沿线货源 ends in 班列.
  let last: { end: number; len: number } | null = null;
  for (let e = end; e > runStart && last === null; e--) {
    if (SUFFIX_ENDS[text.charCodeAt(cs + e - 1)] !== 1) continue;
    const len = suffixLength(text, cs + runStart, cs + e);
    if (len > 0 && !SUFFIX_IN_WORDS.some((w) => text.startsWith(w, cs + e - len)) && (!CODE_SUFFIXES.test(text.slice(cs + e - len, cs + e)) || /[A-Za-z\d]/.test(text[cs + e - len - 1] ?? ''))) {
      last = { end: e - runStart, len };
    }
  }
  if (!last) return;
  // The suffix is read on the text: a quoted name ends in it (“四乡工程”, 科技创新“栽树工程”), the quotes kept.
  if (m.charCodeAt(runStart + last.end - 1) === BOX && runStart + last.end < end && text.charCodeAt(cs + runStart + last.end) === CLOSE_QUOTE) last = { end: last.end + 1, len: last.len + 1 };
  // Leading quantities (12个, 20个以上), adverbs and verbs (力争, 推进实施) are not part of the name.
  const lead = LEAD_TRIM.exec(m.slice(runStart, runStart + last.end));
  let a = runStart + (lead ? lead[0].length : 0);
  // A verb inside the run ends the phrase before the name (万州建设区域中心 -> 区域中心).
  const inner = INNER_VERB.exec(m.slice(a, runStart + last.end - last.len));
  // A verb right before the suffix after a proper element names the work (“千年良田”建设工程), it does not start a
  // phrase before the name (文明乡风建设工程, 南北共建园区 are cut there); a copula never names (东湖科学城为核心区).
  const named = inner !== null && a + inner[0].length === runStart + last.end - last.len && !inner[0].endsWith('为') && properElement(text.slice(cs + a, cs + a + inner[0].length));
  if (inner && !named) {
    // The subject before the inner verb is a name of its own when it ends in a suffix (阳曲示范区建设消费品特色园区).
    const pre = inner[0].replace(INNER_VERB_END, '');
    const preLen = pre.length > 2 ? suffixLength(text, cs + a, cs + a + pre.length) : 0;
    const preName = text.slice(cs + a, cs + a + pre.length);
    if (preLen > 0 && !BOUNDARY_IN.test(preName) && !notAName(preName, preLen)) out.push({ name: preName, span: [cs + a, cs + a + pre.length], clause: c, suffixLen: preLen });
    // A place alone building a zone names it (支持随州建设城乡融合发展示范区 → 随州城乡融合发展示范区).
    const site = preLen === 0 && pre.length >= 2 && PLACE_BUILDS.test(inner[0].slice(pre.length)) && (placesIn(preName).join('') === preName || countyAt(preName) === preName);
    a += inner[0].length;
    const zone = text.slice(cs + a, cs + runStart + last.end);
    if (site && ZONE_SUFFIXES.test(zone.slice(-last.len)) && !notAName(preName + zone, last.len)) {
      out.push({ name: preName + zone, span: [cs + a - inner[0].length, cs + runStart + last.end], clause: c, suffixLen: last.len });
      return;
    }
  }
  const name = text.slice(cs + a, cs + runStart + last.end);
  if (!notAName(name, last.len) || sitedName(name, text.slice(cs + runStart + last.end, cs + end))) out.push({ name, span: [cs + a, cs + runStart + last.end], clause: c, suffixLen: last.len });
}

/** The stage words of each clause (offset, stage, length), read once for all the names in it. */
const STAGE_HITS = new WeakMap<ClauseInfo, Array<[number, Stage, number]>>();

function stageOf(text: string, c: ClauseInfo, span: Span): Stage | null {
  let before: { at: number; stage: Stage } | null = null;
  let after: { at: number; stage: Stage } | null = null;
  let hits = STAGE_HITS.get(c);
  if (!hits) {
    hits = [];
    STAGE_RE.lastIndex = 0;
    for (let s = STAGE_RE.exec(c.masked); s !== null; s = STAGE_RE.exec(c.masked)) hits.push([c.span[0] + s.index, STAGE_OF.get(s[0])!, s[0].length]);
    STAGE_HITS.set(c, hits);
  }
  for (const [at, stage, len] of hits) {
    if (at + len <= span[0]) before = { at, stage };
    else if (at >= span[1] && after === null) after = { at, stage };
  }
  void text;
  // Words right after the name (…项目前期工作, …建成投产) describe it more closely than a verb far before.
  if (after && (before === null || after.at - span[1] <= 2)) return after.stage;
  return before?.stage ?? null;
}

function investmentOf(text: string, c: ClauseInfo, span: Span): Quantity | null {
  INVEST_RE.lastIndex = 0;
  const seg = text.slice(span[1], c.span[1]);
  const m = INVEST_RE.exec(seg);
  if (!m || m.index > 6) return null;
  const at = span[1] + m.index + m[0].length;
  const q = quantitiesIn(text, [at, c.span[1]]).find((x) => x.span[0] <= at + 1 && x.unit !== null && /元/.test(x.unit));
  return q ?? null;
}

/** Companies and places named in a clause. */
function clauseRelated(text: string, c: ClauseInfo): string[] {
  const clause = text.slice(c.span[0], c.span[1]);
  const out: string[] = [];
  // Most clauses name no company: skip the regex (and matchAll's per-call copy of it).
  if (COMPANY_ENDS.some((w) => clause.includes(w))) {
    COMPANY_RE.lastIndex = 0;
    for (let m = COMPANY_RE.exec(clause); m !== null; m = COMPANY_RE.exec(clause)) out.push(m[0]);
  }
  return out.concat(placesIn(clause));
}

/** The name's phase stem (格派一期 -> 格派), then the clause's companies and places; `inClause` is clauseRelated's result. */
function relatedOf(name: string, inClause: string[]): string[] {
  const out = new Set<string>();
  const phase = PHASE_RE.exec(name);
  if (phase && !GENERIC_PROJECT.test(phase[1])) out.add(phase[1]);
  for (const r of inClause) out.add(r);
  return [...out];
}

/** Projects of a report from its clauses; mentions overlap-resolved (a list item beats a shorter suffix name inside it). */
export function findProjects(text: string, clauses: ClauseInfo[]): Project[] {
  const found: Found[] = [];
  const others: Span[] = [];
  // Most clauses name nothing: the readers return a shared empty list then, and nothing is allocated for them.
  for (const c of clauses) {
    others.length = 0;
    let list = listNames(text, c, others);
    const subjects = subjectNames(text, c);
    if (subjects.length > 0) list = list.concat(subjects);
    let suffix = suffixNames(text, c);
    if (suffix.length > 0) {
      const shared = suffix.flatMap((f) => sharedSuffixNames(text, c, f));
      if (shared.length > 0) suffix = suffix.concat(shared);
    }
    if (others.length > 0) suffix = suffix.filter((s) => !others.some(([a, b]) => a <= s.span[0] && s.span[1] <= b));
    // Most clauses have no list: nothing to resolve against.
    if (list.length > 0) {
      suffix = suffix.filter((s) => !list.some((l) => l.span[0] <= s.span[0] && s.span[1] <= l.span[1] && l.name !== s.name));
      suffix = suffix.filter((s) => !list.some((l) => l.span[0] === s.span[0] && l.span[1] === s.span[1]));
    }
    for (const f of list) if (!outOfContext(text, c, f.span, 0, f.listCounted)) found.push(f);
    for (const f of suffix) if (!outOfContext(text, c, f.span, f.suffixLen ?? 0)) found.push(f);
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  const byName = new Map<string, Project>();
  // Several names often share a clause: read its companies and places once.
  const related = new Map<ClauseInfo, string[]>();
  for (const f of found) {
    let p = byName.get(f.name);
    // One name found twice at one place (a list's item and the subject of its clause-final verb): one mention.
    const last = p?.mentions[p.mentions.length - 1];
    if (last && last.span[0] === f.span[0] && last.span[1] === f.span[1]) continue;
    const stage = stageOf(text, f.clause, f.span);
    const mention: ProjectMention = { span: f.span, quote: text.slice(f.span[0], f.span[1]), kind: f.clause.kind, stage };
    if (!p) {
      p = { name: f.name, mentions: [], stage: null, investment: null, related: [] };
      byName.set(f.name, p);
    }
    p.mentions.push(mention);
    p.investment ??= investmentOf(text, f.clause, f.span);
    let inClause = related.get(f.clause);
    if (!inClause) related.set(f.clause, (inClause = clauseRelated(text, f.clause)));
    for (const r of relatedOf(f.name, inClause)) if (!p.related.includes(r) && r !== f.name) p.related.push(r);
  }
  for (const p of byName.values()) {
    const staged = p.mentions.filter((m) => m.stage !== null);
    const plan = staged.filter((m) => m.kind === 'plan' || m.kind === 'self_building');
    p.stage = (plan[plan.length - 1] ?? staged[staged.length - 1])?.stage ?? null;
  }
  return [...byName.values()];
}

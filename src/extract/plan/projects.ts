// Named projects, parks, programmes and events: …项目/工程/产业园/基地/示范区/论坛/大桥, and the items of a
// "X、Y、Z等项目" list. Deduplicated per report by name, with stage, investment and related companies/places.
import type { Span } from '../../types.js';
import {
  ACTION_WORDS,
  CODE_SUFFIXES,
  GENERIC_PROJECT,
  INNER_VERB,
  LIST_HEADS,
  POLICY_PHRASE,
  PROJECT_CATEGORY_WORDS,
  PROJECT_SUFFIXES,
  STAGE_WORDS,
  STRETCH_MARKERS,
} from '../../lexicon/actions.js';
import { GENRE_WORDS } from '../../lexicon/followup.js';
import { mentionNames } from '../../lexicon/divisions.js';
import { charTable, hasAny, wordAt, wordIndex, type WordIndex } from '../../text/chars.js';
import { quantitiesIn, type VerbHit } from './clauses.js';
import type { Project, ProjectMention, Quantity, Stage } from './types.js';

export interface ClauseInfo {
  span: Span;
  /** The clause with quoted text blanked, same length as the span. */
  masked: string;
  verbs: VerbHit[];
  kind: string;
}

interface Found {
  /** The project's name: the text of the span, or with a shared list head restored (平漯周 + 高铁). */
  name: string;
  span: Span;
  clause: ClauseInfo;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUFFIX_RE = new RegExp(`(?:${[...PROJECT_SUFFIXES].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'g');
/** The end of an enumerated list of projects: 等项目, 等12个先导工程, 等一批重点项目. */
const LIST_END_RE = /等(?:[\d一二三四五六七八九十两百]+[个项批])?(?:[\u4e00-\u9fff]{0,6}?)(?:项目|工程)/g;
const escapeAll = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LEAD_TRIM = new RegExp(
  `^(?:\\*+|[一二三四五六七八九十]+是|聚焦|用于|抢抓|严控|严禁|限制|淘汰|筹建|洽谈|签约|落地|[\\d一二三四五六七八九十两百千万]+[个项批座条家所](?:以上|左右)?|${escapeAll(STRETCH_MARKERS)}|全面|加快|持续|深入|继续|实现|衔接|确保|重点|大力|积极|着力|全力|以|形成|让|统筹抓好|统筹|坚持|围绕|激活|设立|加入|精细化服务|独具|稳步|运营|我们|${escapeAll(ACTION_WORDS.map((a) => a.word))})+`,
);
const BOUNDARY = charTable('，、；。：！？,;:!?“”《》（）()【】「」『』 \n\t\u3000的等在对将把向与及和或并□');
const STAGE_ALT: Array<[string, Stage]> = STAGE_WORDS.flatMap(([stage, ws]) => ws.map((w) => [w, stage as Stage] as [string, Stage]));
STAGE_ALT.push(['建成投产', '投产'], ['建成投运', '投产'], ['建成投用', '投产'], ['竣工投用', '投产']);
STAGE_ALT.sort((a, b) => b[0].length - a[0].length);
const STAGE_RE = new RegExp(STAGE_ALT.map(([w]) => escape(w)).join('|'), 'g');
const STAGE_OF = new Map(STAGE_ALT);
const INVEST_RE = /(?:总投资|计划投资|投资)(?:约|超|达)?(?=\d)/g;
const COMPANY_ENDS = ['集团', '公司', '股份'];
const COMPANY_RE = new RegExp(`[\\u4e00-\\u9fff]{2,10}(?:${COMPANY_ENDS.join('|')})`, 'g');
const PHASE_RE = /^([\u4e00-\u9fff]{2,6}?)[一二三四五六七八九十\d]+期/;

let placeIndex: WordIndex<string> | null = null;
/** Division names (full names, and short names of cities and provinces) by first characters, built once on first use. */
function places(): WordIndex<string> {
  if (placeIndex) return placeIndex;
  const names = new Set<string>();
  for (const level of ['province', 'city', 'county'] as const) {
    for (const { name, division } of mentionNames(level)) {
      if (name.length < 2) continue;
      if (name !== division.name && level === 'county') continue; // short county names (城关, 东方) are too ambiguous
      names.add(name);
    }
  }
  placeIndex = wordIndex([...names].sort((a, b) => b.length - a.length), (n) => n);
  return placeIndex;
}

function placesIn(s: string): string[] {
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
const NOT_NAME = /成为|获评|进入|享受|荣获|列入|入选|以.+为|为中心$|^修复|我们|的$|成功$/;

/** Last characters of the suffixes: a clause without any cannot end a project name. */
const SUFFIX_ENDS = charTable(PROJECT_SUFFIXES.map((x) => x[x.length - 1]).join(''));

/** The words a category is made of: the genre's common words and the lexicon's category words. */
const CATEGORY_VOCABULARY = new Set([...GENRE_WORDS.keys(), ...PROJECT_CATEGORY_WORDS]);
const LONGEST_WORD = Math.max(...[...CATEGORY_VOCABULARY].map((w) => w.length));

/** Whether the head is made of category words alone (重大, 城市更新, 企业投资): DP over its characters. */
function categoryOnly(head: string): boolean {
  const ok = new Uint8Array(head.length + 1);
  ok[0] = 1;
  for (let i = 1; i <= head.length; i++) {
    for (let k = 1; k <= Math.min(LONGEST_WORD, i) && ok[i] === 0; k++) {
      if (ok[i - k] === 1 && (CATEGORY_VOCABULARY.has(head.slice(i - k, i)) || /^[\d.~～-]+$/.test(head.slice(i - k, i)))) ok[i] = 1;
    }
  }
  return ok[head.length] === 1;
}

/** A proper element: a place, a quoted name, a code or a phase (S2线, 三期, 3号). */
function hasProper(head: string): boolean {
  return /[A-Za-z“”《》「」"]|[一二三四五六七八九十\d]+[期号]/.test(head) || placesIn(head).length > 0;
}

/**
 * Whether a name is a category, a statement or a policy phrase rather than one project (test/fixtures/plan/README.md,
 * "Named projects"): its head (the name without its suffix) made of category words alone and with no proper element.
 */
export function notAName(name: string, suffixLen: number): boolean {
  const head = name.slice(0, name.length - suffixLen);
  if (NOT_NAME.test(name) || name.includes('等') || POLICY_PHRASE.test(name)) return true;
  if (head.length < 2 || GENERIC_PROJECT.test(head)) return true;
  if (CODE_SUFFIXES.test(name.slice(head.length)) && !/[A-Za-z\d]$/.test(head)) return true;
  return !hasProper(head) && categoryOnly(head);
}

const generic = notAName;

/** Names ending in a project suffix: the run of text after the last boundary or verb, up to the last suffix in it. */
function suffixNames(text: string, c: ClauseInfo): Found[] {
  const out: Found[] = [];
  if (!hasAny(SUFFIX_ENDS, c.masked)) return out;
  const [cs] = c.span;
  const m = c.masked;
  // Cut the clause into runs at boundaries and verbs.
  const verbAt = new Map<number, number>();
  // Generic verbs inside names (应急能力提升工程, 转型升级) must not cut them: only the first verb and specific ones do.
  c.verbs.forEach((v, i) => {
    if (i === 0 || v.specific) verbAt.set(v.start - cs, v.end - cs);
  });
  let runStart = 0;
  const flush = (end: number): void => {
    if (end - runStart < 3 || !hasAny(SUFFIX_ENDS, m, runStart, end)) return; // no suffix can end in this run
    const run = m.slice(runStart, end);
    let last: { end: number; len: number } | null = null;
    SUFFIX_RE.lastIndex = 0;
    for (let s = SUFFIX_RE.exec(run); s !== null; s = SUFFIX_RE.exec(run)) last = { end: s.index + s[0].length, len: s[0].length };
    if (!last) return;
    // Leading quantities (12个, 20个以上), adverbs and verbs (力争, 推进实施) are not part of the name.
    const lead = LEAD_TRIM.exec(run.slice(0, last.end));
    let a = runStart + (lead ? lead[0].length : 0);
    // A verb inside the run ends the phrase before the name (万州建设区域中心 -> 区域中心).
    const inner = INNER_VERB.exec(m.slice(a, runStart + last.end - last.len));
    if (inner) a += inner[0].length;
    const name = text.slice(cs + a, cs + runStart + last.end);
    if (!generic(name, last.len)) out.push({ name, span: [cs + a, cs + runStart + last.end], clause: c });
  };
  for (let i = 0; i < m.length; ) {
    const ve = verbAt.get(i);
    if (ve !== undefined) {
      flush(i);
      i = ve;
      runStart = i;
      continue;
    }
    if (BOUNDARY[m.charCodeAt(i)] === 1) {
      flush(i);
      runStart = i + 1;
    }
    i++;
  }
  flush(m.length);
  return out;
}

/** Items of "X、Y、Z等项目" lists, from the clause's first verb (or its start) to 等. */
function listNames(text: string, c: ClauseInfo): Found[] {
  const out: Found[] = [];
  const [cs] = c.span;
  LIST_END_RE.lastIndex = 0;
  for (let e = LIST_END_RE.exec(c.masked); e !== null; e = LIST_END_RE.exec(c.masked)) {
    const end = cs + e.index;
    // 等十大惠民工程 / 等基础设施建设项目 close a list of categories, not of projects.
    if (/惠民|民生|实事|基础设施|领域|方面/.test(e[0])) continue;
    const verb = c.verbs.find((v) => v.end <= end);
    let from = verb ? verb.end : cs;
    const items: Span[] = [];
    for (let i = from; i <= end; i++) {
      if (i === end || c.masked[i - cs] === '、') {
        items.push([from, i]);
        from = i + 1;
      }
    }
    if (items.length < 2 && !/项目|工程/.test(text.slice(items[0]?.[0] ?? end, end))) {
      // One item before 等项目 is a list only when it names something specific.
      if (items.length === 1 && items[0][1] - items[0][0] < 4) continue;
    }
    // 平漯周、焦济洛平等高铁项目: the shared head restored to each item that lacks it.
    const head = LIST_HEADS.find((h) => e[0].includes(h));
    for (const [a, b] of items) {
      const lead = LEAD_TRIM.exec(text.slice(a, b));
      const a2 = a + (lead ? lead[0].length : 0);
      const raw = text.slice(a2, b);
      const name = head && !LIST_HEADS.some((h) => raw.endsWith(h)) ? raw + head : raw;
      if (raw.length < 2 || name.length > 40 || /[，；。]/.test(name) || notAName(name, name.length - raw.length)) continue;
      out.push({ name, span: [a2, b], clause: c });
    }
  }
  return out;
}

/** 格派一期、国投电厂三期2号机组建成投产: the subjects of a clause-final result verb are projects. */
function subjectNames(text: string, c: ClauseInfo): Found[] {
  const last = c.verbs[c.verbs.length - 1];
  if (!last || !last.specific || last.end !== c.span[1] || c.verbs.length > 2) return [];
  const head = c.masked.slice(0, last.start - c.span[0]);
  if (!head.includes('、') && !/[一二三四五六七八九十\d]期/.test(head)) return [];
  const out: Found[] = [];
  let from = c.span[0];
  const end = last.start;
  for (let i = from; i <= end; i++) {
    if (i === end || c.masked[i - c.span[0]] === '、') {
      const lead = LEAD_TRIM.exec(text.slice(from, i));
      const a = from + (lead ? lead[0].length : 0);
      const name = text.slice(a, i);
      if (name.length >= 3 && name.length <= 30 && !notAName(name, 0) && !/[□“”]/.test(c.masked.slice(a - c.span[0], i - c.span[0]))) {
        out.push({ name, span: [a, i], clause: c });
      }
      from = i + 1;
    }
  }
  return out;
}

function stageOf(text: string, c: ClauseInfo, span: Span): Stage | null {
  let before: { at: number; stage: Stage } | null = null;
  let after: { at: number; stage: Stage } | null = null;
  STAGE_RE.lastIndex = 0;
  const m = c.masked;
  for (let s = STAGE_RE.exec(m); s !== null; s = STAGE_RE.exec(m)) {
    const at = c.span[0] + s.index;
    const stage = STAGE_OF.get(s[0])!;
    if (at + s[0].length <= span[0]) before = { at, stage };
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
  for (const c of clauses) {
    const list = listNames(text, c);
    for (const f of subjectNames(text, c)) list.push(f);
    let suffix = suffixNames(text, c);
    // Most clauses have no list: nothing to resolve against.
    if (list.length > 0) {
      suffix = suffix.filter((s) => !list.some((l) => l.span[0] <= s.span[0] && s.span[1] <= l.span[1] && l.name !== s.name));
      suffix = suffix.filter((s) => !list.some((l) => l.span[0] === s.span[0] && l.span[1] === s.span[1]));
    }
    for (const f of list) found.push(f);
    for (const f of suffix) found.push(f);
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  const byName = new Map<string, Project>();
  // Several names often share a clause: read its companies and places once.
  const related = new Map<ClauseInfo, string[]>();
  for (const f of found) {
    const stage = stageOf(text, f.clause, f.span);
    const mention: ProjectMention = { span: f.span, quote: text.slice(f.span[0], f.span[1]), kind: f.clause.kind, stage };
    let p = byName.get(f.name);
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

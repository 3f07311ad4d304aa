// Commitments: one per actionable clause of the plan and self-building parts, with action, object,
// quantities, deadline and stretch. Pure over the text and the clause list built in ./index.ts.
import type { Span } from '../../types.js';
import {
  DEADLINE_PATTERNS,
  EVENT_OBJECT,
  HOSTING_IF_EVENT,
  LEVEL_OBJECT,
  NOT_A_TASK,
  NOT_A_TASK_WHOLE,
  PROCESS_GOVERNORS,
  PROCESS_UPGRADES,
  RAISED_IF_LEVEL,
  RESULT_STATE,
  STRETCH_ALONE_WORDS,
  STRETCH_MARKERS,
} from '../../lexicon/actions.js';
import { mainVerb, quantitiesIn, type VerbHit } from './clauses.js';
import type { ClauseInfo } from './projects.js';
import type { Commitment, Quantity } from './types.js';

export interface PlanClause extends ClauseInfo {
  path: string[];
  /** The clause is in the paragraph body (not its heading). */
  body: boolean;
  /** In a paragraph directly under a subdivided part (its preamble), not in a subsection. */
  intro: boolean;
}

const ALONE = new Set(STRETCH_ALONE_WORDS);
const LEAD = new RegExp(`^(?:${STRETCH_MARKERS.join('|')}|年内|全年|今年|全面|加快|持续|推动|确保)+`);

export function deadlineIn(clause: string): string | null {
  for (const re of DEADLINE_PATTERNS) {
    const m = re.exec(clause);
    if (m) return m[0].replace(/^[到至在于]/, '');
  }
  return null;
}

/** The stretch word written before the action (力争平陆运河全年完成投资…), unless it is the action itself. */
export function stretchIn(clause: string, verb: VerbHit | null, clauseStart: number): string | null {
  for (const w of STRETCH_MARKERS) {
    const i = clause.indexOf(w);
    if (i < 0) continue;
    // 争取自治区支持: 争取 is the action; 力争 alone (力争晋祠泉早日复流) is the action and the stretch.
    if (verb && clauseStart + i === verb.start && !ALONE.has(w)) continue;
    if (verb && clauseStart + i > verb.start) continue;
    return w;
  }
  return null;
}

/**
 * Only a 、 list from `from` to `to` (digits aside): nothing there, or a 、 first. What /^(?:、[^、]*)*$/ tested on
 * the slice without its digits, read from the start only: a clause of 20,000 figures made that test quadratic.
 */
function listRunsOn(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i >= to || text[i] === '、';
}

/** Text after the verb, a trailing figure (and what follows it) cut off: 新增学位6000个以上 -> 学位. */
export function objectOf(text: string, verb: VerbHit, clause: Span, qs: Quantity[]): string {
  let end = clause[1];
  const last = qs[qs.length - 1];
  if (last && last.span[0] >= verb.end && /^[\s。；，]*$/.test(text.slice(last.span[1], clause[1]))) {
    // Only when the figure closes the clause and nothing but the figure list follows the object.
    const first = qs.find((q) => q.span[0] >= verb.end && listRunsOn(text, q.span[1], last.span[1]))!;
    if (first && first.span[0] > verb.end) end = first.span[0];
  }
  const after = text.slice(verb.end, end).replace(/^[了的]/, '').trim();
  if (after !== '') return after;
  // A clause-final verb (格派一期…建成投产): the object is what stands before it.
  return text.slice(clause[0], verb.start).replace(LEAD, '').trim();
}

export function isTask(text: string, c: PlanClause): boolean {
  const s = text.slice(c.span[0], c.span[1]);
  if (c.verbs.length === 0 || NOT_A_TASK_WHOLE.test(s)) return false;
  if (NOT_A_TASK.test(s)) {
    // 以…为抓手 / 坚持… clauses are principles, unless a specific result verb follows (坚持…，新增…); a purpose (让…,
    // 使…) is not, nor a means set as the principle whatever its verb (以创建国际消费中心城市为统领, 以重点整治为抓手,
    // 以中心启动区作为重点发展区域); a manner (以市场化手段引进…) is a task.
    return c.verbs.some((v) => v.specific) && !/^(?:让|使|为)|^以[^，]{1,40}(?:为|作为)[^，]{1,12}$/.test(s) && !RESULT_STATE.test(s);
  }
  return true;
}

/** 促进卷烟提档升级: an upgrading verb closing a clause that 促进 opens names the process 促进 advances. */
function governedProcess(text: string, c: PlanClause, verb: VerbHit): VerbHit {
  const first = c.verbs[0];
  if (!PROCESS_UPGRADES.has(verb.word) || !PROCESS_GOVERNORS.has(first.word) || first === verb) return verb;
  return /^[\s。；，]*$/.test(text.slice(verb.end, c.span[1])) ? first : verb;
}

/** Where the first stretch word stands after the clause's start (力争, 争取…), or undefined. */
function firstStretch(clause: string): number | undefined {
  let first: number | undefined;
  for (const w of STRETCH_MARKERS) {
    const i = clause.indexOf(w); // the first occurrence only: a stretch word that opens the clause is its action
    if (i > 0 && (first === undefined || i < first)) first = i;
  }
  return first;
}

export function readCommitment(text: string, c: PlanClause, year: number | null, projects: string[], projectSpans: Span[]): Commitment {
  const clauseText = text.slice(c.span[0], c.span[1]);
  const quantities = quantitiesIn(text, c.span, projectSpans, c.masked);
  // 高速公路提质改造…力争完成总任务的70%: the verbs before the stretch word name the subject, the action follows it;
  // not when a figure stands before it (新增新能源装机1100万千瓦以上、力争开工2000万千瓦: a commitment of its own, the
  // clause's action).
  const s = firstStretch(clauseText);
  const after = s === undefined || quantities.some((q) => q.span[1] <= c.span[0] + s) ? [] : c.verbs.filter((v) => v.start >= c.span[0] + s + 2);
  const verb = governedProcess(text, c, mainVerb(s !== undefined && after.length > 0 && c.verbs[0].start < c.span[0] + s ? after : c.verbs)!);
  const object = objectOf(text, verb, c.span, quantities);
  const generic = (HOSTING_IF_EVENT.has(verb.word) && !EVENT_OBJECT.test(object)) || (RAISED_IF_LEVEL.has(verb.word) && LEVEL_OBJECT.test(object));
  return {
    part: c.kind === 'self_building' ? 'self_building' : 'plan',
    sectionPath: c.path,
    action: generic ? '推进' : verb.action,
    verb: verb.word,
    object,
    quantities,
    deadline: deadlineIn(clauseText),
    year,
    stretch: stretchIn(clauseText, verb, c.span[0]),
    quantified: quantities.length > 0,
    projects,
    span: c.span,
    quote: clauseText,
  };
}

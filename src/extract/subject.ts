// The subject resolver: which indicator(s) a clause's figures are of. The nearest name before the first figure
// whose words up to the figure are a predicate (增长, 比上年增长, 占…的比重为); a list of names sharing one
// figure list (实际利用外资、对外直接投资分别增长…); or a part word of the running topic (粮食…，总产达到…).
import type { Span } from '../types.js';
import { GAP_TOKENS } from '../lexicon/grammar.js';
import { WEAK_ALIASES } from '../lexicon/indicators.js';
import type { Figure } from './numbers.js';
import { aliasId, findMentions, headElided, readSubject, topicSubject, type Mention, type Subject } from './mentions.js';

const GAP_RE = new RegExp(`^(?:${GAP_TOKENS.join('|')})*$`);
/** Longest predicate between a subject and its figure (占一般公共预算支出的比重 is about 20). */
const MAX_GAP = 80;

/** Whether the words between a subject and a figure are a predicate of it (增速排全区, 同比增长, 分别为). */
export function gapOk(gap: string): boolean {
  return gap.length <= MAX_GAP && GAP_RE.test(gap);
}

/** 实际利用外资、对外直接投资分别增长…, …、全部工业总产值均突破…: list elements after the last name the lexicon knows. */
const LIST_TAIL = /^((?:[、和及与][^，。；、和及与\d%]{1,12}?)+)((?:分别|均|都).*)$/;
/** 经济增长7%左右, 经济增长速度的调控目标定为8%: the name itself says growth. */
const NAMED_GROWTH = /(?:增长|增速|增幅)$/;

/** A clause's subject, with how firmly it is named. */
export interface Resolved {
  subject: Subject;
  /** Where the subject's words end: the figures' predicates start there. */
  end: number;
  /** Named by a form that may mean something else (经济总量): a firmer name's figure wins the headline. */
  weak: boolean;
  /** The name itself says growth (经济增长7%左右). */
  growth: boolean;
}

/** What the resolver reads of a clause. */
export interface ClauseView {
  span: Span;
  figs: Figure[];
  /** Start of the first figure (the clause's end when it has none). */
  firstFig: number;
  inStatement: boolean;
}

/** The subject a clause names before its first figure, or the running topic's part word; null when it names none. */
export function resolveSubject(text: string, cl: ClauseView, topic: string | null): Resolved | null {
  const mentions = findMentions(text, cl.span[0], cl.firstFig);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const r = fromMention(text, cl, mentions[i], i === mentions.length - 1, i === 0);
    if (r !== null) return r;
  }
  if (topic !== null && cl.figs.length > 0) {
    const t = topicSubject(text, topic, cl.span[0], cl.firstFig);
    if (t && gapOk(text.slice(t.end, cl.firstFig))) return { subject: t, end: t.end, weak: false, growth: false };
  }
  return null;
}

/** The tail of a list after the last known name, when one figure (list) is for them all. */
function listTail(text: string, cl: ClauseView, m: Mention): RegExpExecArray | null {
  const gap = text.slice(m.end, cl.firstFig);
  const tail = !gapOk(gap) ? LIST_TAIL.exec(gap) : null;
  return tail && (cl.figs.length > 1 || /^[均都]/.test(tail[2])) && gapOk(tail[2]) ? tail : null;
}

/** The subject a mention opens (the clause's last, its first), or null to try the one before it. */
function fromMention(text: string, cl: ClauseView, m: Mention, last: boolean, first: boolean): Resolved | null {
  const { span, figs, firstFig, inStatement } = cl;
  const gap = text.slice(m.end, firstFig);
  // (全市地区生产总值、固定资产投资、全部工业总产值均突破4000亿元: one figure for them all.)
  const tail = last ? listTail(text, cl, m) : null;
  if (tail) {
    const s = readSubject(text, span[0], m.end);
    if (!s) return null;
    // The elements after it: 万元地区生产总值能耗、二氧化碳排放分别下降… restores the head they share.
    const head = text.slice(s.start, m.end);
    const extra = tail[1].split(/[、和及与]/).filter(Boolean).map((e) => aliasId(e) ?? headElided(e, head));
    const subject = { ids: [...s.ids, ...extra], start: s.start, end: m.end + tail[1].length };
    return { subject, end: subject.end, weak: m.needsValue, growth: false };
  }
  // 今年经济增长速度的宏观调控目标，定为百分之八至九: in the statement, a name that needs a figure may wait for it
  // in the next clause when its own ends with 目标.
  if (m.needsValue && figs.length === 0 && !(inStatement && /目标$/.test(text.slice(m.end, span[1])))) return null;
  // 地区生产总值跨越两个千亿元台阶，2011年达到4243.4亿元: a clause that opens with the name and has no figure of its
  // own still sets the subject of the clauses after it. So does one whose own figure is not the indicator's
  // (全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元).
  const opens = (figs.length === 0 || (!gapOk(gap) && !m.needsValue)) && first && readSubject(text, span[0], m.end) !== null;
  if (!gapOk(gap) && !(figs.length === 0 && inStatement) && !opens) return null;
  const s = readSubject(text, span[0], m.end);
  if (!s) return null;
  const name = text.slice(m.start, m.end);
  return { subject: s, end: m.end, weak: m.needsValue || WEAK_ALIASES.has(name), growth: NAMED_GROWTH.test(name) };
}

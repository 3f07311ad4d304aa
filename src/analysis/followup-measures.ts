// The figures of follow-up: a commitment's figure is matched by a review figure of the same thing (the term it
// measures, written near it) in the same unit, and judged reached or not. Pure.
import type { Quantity } from '../extract/plan/types.js';
import { quantitiesIn } from '../extract/plan/clauses.js';
import { unitScale } from '../lexicon/grammar.js';
import { ACTION_WORDS } from '../lexicon/actions.js';
import { longForms, type Term } from './followup-terms.js';

/** A figure as written, with its place in the text it was read from. */
export type Figure = Pick<Quantity, 'low' | 'high' | 'unit' | 'qualifier'> & { at: number; end: number };

/** A commitment's figure and the term it measures (投资 of 完成年度投资1万亿元). */
export interface Measure extends Figure {
  base: string;
  subject: Term;
  /** A total or cumulative figure (总投资, 累计建成): a stock, matched only by a stock. */
  stock: boolean;
  /** The other terms of the figure's phrase (经营, 主体 of 市场经营主体总量): a figure of its size written near one measures it. */
  kin: string[];
}

/** Before a figure's subject: a total or cumulative amount (总投资, 累计投资). */
const STOCK_BEFORE = /(?:总|累计)$/;

/** How far from a figure its subject may stand (完成投资1.4万亿元, 新增城镇就业13.93万人, 105个老旧小区). */
const SUBJECT_WINDOW = 10;

export function figuresIn(text: string): Figure[] {
  return quantitiesIn(text, [0, text.length]).map((q) => ({ low: q.low, high: q.high, unit: q.unit, qualifier: q.qualifier, at: q.span[0], end: q.span[1] }));
}

export const baseUnit = (unit: string | null): string => unitScale(unit).base ?? '';

/**
 * The figures of a commitment, each with the term it measures: the nearest in the same phrase, before it (新增学位
 * 6000个, 完成投资1万亿元) or after it (实施105个老旧小区改造). A figure with no term near it is not matched on.
 */
export function measuresOf(quote: string, terms: Term[]): Measure[] {
  const out: Measure[] = [];
  for (const f of figuresIn(quote)) {
    if (!f.unit) continue;
    let subject: Term | null = null;
    let gap = SUBJECT_WINDOW + 1;
    for (const t of terms) {
      for (let at = quote.indexOf(t.text); at >= 0; at = quote.indexOf(t.text, at + 1)) {
        if (at + t.text.length > f.at && at < f.end) continue;
        // After a count (3个省级以上产业集群) the phrase's last term is what is counted.
        const before = at < f.at;
        const between = before ? quote.slice(at + t.text.length, f.at) : quote.slice(f.end, at);
        if (/[，；。、]/.test(between) || between.length > SUBJECT_WINDOW) continue;
        const distance = before ? between.length : 0.5;
        if (distance < gap || (!before && gap === 0.5)) [subject, gap] = [t, distance];
      }
    }
    if (!subject) continue;
    // The phrase of the figure: from the last mark before it to the first after it.
    const from = Math.max(...['，', '；', '。', '、'].map((p) => quote.lastIndexOf(p, f.at))) + 1;
    const next = quote.slice(f.end).search(/[，；。、]/);
    const phrase = quote.slice(from, next < 0 ? quote.length : f.end + next);
    const kin = terms.filter((t) => t !== subject && !t.quoted && phrase.includes(t.text)).map((t) => t.text);
    out.push({ ...f, base: baseUnit(f.unit), subject, stock: STOCK_BEFORE.test(quote.slice(Math.max(0, subject.at - 2), subject.at)), kin });
  }
  return out;
}

/**
 * A sentence's figures in a measure's unit with its subject written near them, in the same phrase. The subject is
 * known by its head, its last two characters (住房 of 配售型保障性住房 in 新筹建各类保障性住房28.6万套).
 */
export function measured(m: Measure, s: { match: string; figures: Figure[] }, broad = true): Figure[] {
  // A figure of the target's size is known by any word of its phrase (经营主体突破200万户 for 市场经营主体总量突破200万户,
  // 新建成高速公路507公里 for 高速公路里程均超过500公里), the subject read being only the nearest word; a short form's
  // by its long form's head (8.4万套 of 保障性住房 for 保租房6万套: a broader set, unless `broad` is false, when a
  // figure is judged reached).
  return s.figures.filter(
    (f) =>
      baseUnit(f.unit) === m.base &&
      (writtenNear(m, s.match, f, m.subject.text.slice(-2)) || (sameSize(m, f) && [...m.kin, ...(broad ? longForms(m.subject.text) : [])].some((k) => writtenNear(m, s.match, f, k.slice(-2))))),
  );
}

/** Whether a word is written near a figure, in its phrase, and of the same kind (a total or not) as the measure's. */
function writtenNear(m: Measure, sentence: string, f: Figure, head: string): boolean {
  const before = sentence.slice(Math.max(0, f.at - SUBJECT_WINDOW - head.length), f.at);
  const after = sentence.slice(f.end, f.end + SUBJECT_WINDOW + head.length);
  // A word inside another quoted name of the sentence is that name's (“宁静小区”64个 does not count 老旧小区).
  const own = (at: number): boolean => {
    const open = sentence.lastIndexOf('“', at);
    if (open < 0 || sentence.lastIndexOf('”', at) > open) return true;
    const close = sentence.indexOf('”', at);
    return close < 0 || m.subject.text.endsWith(sentence.slice(open + 1, close));
  };
  const b0 = before.lastIndexOf(head);
  const a0 = after.indexOf(head);
  const b = b0 >= 0 && own(Math.max(0, f.at - SUBJECT_WINDOW - head.length) + b0) ? b0 : -1;
  const a = a0 >= 0 && own(f.end + a0) ? a0 : -1;
  // 年度投资8000亿元 is not measured by 总投资10.8万亿元 (the projects' total over their years).
  const sameKind = (text: string, at: number): boolean => STOCK_BEFORE.test(text.slice(Math.max(0, at - 2), at)) === m.stock;
  return (
    (b >= 0 && !/[，；。]/.test(before.slice(b)) && sameKind(before, b) && !objectBetween(before.slice(b + head.length))) ||
    (a >= 0 && !/[，；。]/.test(after.slice(0, a)) && sameKind(after, a))
  );
}

/** An action verb with its own object between a subject and a figure: the figure counts the object (规上企业新认定国高企324家). */
function objectBetween(between: string): boolean {
  const m = ACTION_RE.exec(between);
  if (!m) return false;
  return /\p{Script=Han}{2,}/u.test(between.slice(m.index + m[0].length).replace(PREDICATE_RE, ''));
}
const ACTION_RE = new RegExp(ACTION_WORDS.map((a) => a.word).join('|'));
const PREDICATE_RE = /达到|提高到|提升到|增长|下降|降低|超过|突破|以上|累计|总计|共计|合计|完成|实现|分别|达|超|近|约/g;

/** The same value in the same unit (200万户 and 200万户; 2万亿元 and 20000亿元). */
export function sameValue(m: Figure, f: Figure): boolean {
  const a = m.high * unitScale(m.unit).scale;
  const b = f.high * unitScale(f.unit).scale;
  return a > 0 && Math.abs(a - b) <= 1e-9 * a;
}

/**
 * Within a factor of two: the year's report on a target is of its size. A share (%) is bounded and moves little in a
 * year, so within a quarter of it (绿电装机占比85% is not reported by 可再生能源装机占比45%).
 */
export function sameSize(m: Measure, f: Figure): boolean {
  const a = m.high * unitScale(m.unit).scale;
  const b = f.high * unitScale(f.unit).scale;
  const factor = m.base === '%' ? SHARE_FACTOR : 2;
  return a > 0 && b > 0 && b / a <= factor && a / b <= factor;
}

const SHARE_FACTOR = 1.25;

/** Whether one of the figures reaches the commitment's (a ceiling: stays under it); null when there is none. */
export function reached(m: Measure, figures: Figure[]): boolean | null {
  if (figures.length === 0) return null;
  const inBase = (v: number, unit: string | null): number => v * unitScale(unit).scale;
  if (m.qualifier === 'at_most') return figures.some((f) => inBase(f.low, f.unit) <= inBase(m.high, m.unit));
  return figures.some((f) => inBase(f.high, f.unit) >= inBase(m.low, m.unit) * 0.999);
}

// The pairing of figures with indicators: figures written as one list (分别增长5%、6.5%) go together, and a list
// is matched with the subject's names one to one, one figure for them all, or the end of a 由…到… pair.
import type { Span } from '../types.js';
import type { Figure } from './numbers.js';
import { gapOk } from './subject.js';

const FIGURE_LIST_SEP = /^ ?(?:、|和|及|与) ?$/;

/**
 * Figures separated only by 、/和 form one list (分别增长5%、6.5%). A bound written before the first
 * (分别突破7亿吨、3000万标箱) bounds them all.
 */
export function groupFigures(text: string, figs: Figure[]): Figure[][] {
  const groups: Figure[][] = [];
  for (const f of figs) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && FIGURE_LIST_SEP.test(text.slice(prev.end, f.start)) && prev.rank === f.rank) {
      const head = last[0];
      last.push(head.start < head.numStart && head.qualifier !== 'exact' && f.qualifier === 'exact' && f.start === f.numStart ? { ...f, qualifier: head.qualifier } : f);
    } else groups.push([f]);
  }
  return groups;
}

export type Pair = [string | null, Figure];

/** The indicator of each figure of a list, given the subject's ids and the predicate before the list; null if none fits. */
export function pairFigures(ids: Array<string | null>, group: Figure[], gap: string): Pair[] | null {
  if (group.length === ids.length) return ids.map((id, i) => [id, group[i]]);
  // One figure for several indicators (城乡居民收入均增长8%, 城镇和农村居民收入分别增长10%以上, 城乡居民收入增长8%).
  if (group.length === 1) return ids.map((id) => [id, group[0]]);
  // 由2476元增加到4140元: the pair's end is the figure.
  if (ids.length === 1 && /由|从/.test(gap) && group.length === 2) return [[ids[0], group[1]]];
  return null;
}

/** 分别增长13%和15.6% after clauses that each named an indicator: one figure per subject, in order. */
const DISTRIBUTE_RE = /^[^，。；]{0,6}分别/;

/**
 * A clause without a subject whose figure list spreads over the subjects of the segment's previous clauses
 * (`recent`, in order): the list's pairs and the predicate before it, or null.
 */
export function distribute(text: string, cl: Span, clauseText: string, figs: Figure[], recent: Array<string | null>): { gap: string; pairs: Pair[] } | null {
  if (figs.length < 2 || recent.length < 2 || !DISTRIBUTE_RE.test(clauseText)) return null;
  const group = groupFigures(text, figs)[0];
  const gap = text.slice(cl[0], group[0].start);
  if (group.length < 2 || group.length > recent.length || !gapOk(gap)) return null;
  const ids = recent.slice(-group.length);
  return { gap, pairs: group.map((fig, k) => [ids[k], fig]) };
}

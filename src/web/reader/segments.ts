// The report text cut into runs at every edge of a highlight, so that overlapping highlights (a fact inside a
// commitment, a project named in both) become flat runs, each knowing every mark that covers it. Pure.
import type { DocumentDetail, Span } from '../../model/api/index.js';

export type MarkType = 'target' | 'actual' | 'commitment' | 'project' | 'heading' | 'hit';

export interface Mark {
  /** f<ord> fact, c<ord> commitment, p<ord>.<n> project mention, h<ord> heading, hit. */
  key: string;
  type: MarkType;
  span: Span;
  rejected?: boolean;
}

export interface Run {
  start: number;
  end: number;
  marks: Mark[];
  /** Starts a part of the report or the requested offset: an element to scroll to. */
  anchor: boolean;
}

export const ordOf = (id: string): string => id.slice(id.lastIndexOf(':') + 1);

/** Every mark of a report: facts by kind, commitments, project mentions, part headings. */
export function marksOf(d: DocumentDetail): Mark[] {
  const marks: Mark[] = [];
  for (const f of d.facts) marks.push({ key: `f${ordOf(f.id)}`, type: f.kind === 'target' ? 'target' : 'actual', span: f.span, rejected: f.review === 'rejected' });
  for (const c of d.commitments) marks.push({ key: `c${ordOf(c.id)}`, type: 'commitment', span: c.span, rejected: c.review === 'rejected' });
  for (const p of d.projects) p.mentions.forEach((m, i) => marks.push({ key: `p${ordOf(p.id)}.${i}`, type: 'project', span: m.span }));
  for (const s of d.sections) {
    if (s.level > 2 || s.span[1] <= s.span[0]) continue;
    const nl = d.text.indexOf('\n', s.span[0]);
    const end = nl < 0 ? s.span[1] : Math.min(nl, s.span[1]);
    if (end > s.span[0] && end - s.span[0] <= 80 && s.title) marks.push({ key: `h${s.ord}`, type: 'heading', span: [s.span[0], end] });
  }
  return marks;
}

/** Runs covering [0, length): a new run at every mark edge and every anchor offset. */
export function cutRuns(length: number, marks: Mark[], anchors: number[] = []): Run[] {
  const valid = marks.filter((m) => m.span[0] < m.span[1] && m.span[0] >= 0 && m.span[1] <= length);
  const anchorSet = new Set(anchors.filter((a) => a >= 0 && a < length));
  const edges = new Set<number>([0, length, ...anchorSet]);
  for (const m of valid) {
    edges.add(m.span[0]);
    edges.add(m.span[1]);
  }
  const points = [...edges].sort((a, b) => a - b);
  // Sweep: marks sorted by start; the active list drops marks that ended.
  const byStart = [...valid].sort((a, b) => a.span[0] - b.span[0]);
  let active: Mark[] = [];
  let i = 0;
  const runs: Run[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p];
    const end = points[p + 1];
    active = active.filter((m) => m.span[1] > start);
    while (i < byStart.length && byStart[i].span[0] <= start) {
      if (byStart[i].span[1] > start) active.push(byStart[i]);
      i++;
    }
    runs.push({ start, end, marks: [...active], anchor: anchorSet.has(start) });
  }
  return runs;
}

const PRIORITY: Record<MarkType, number> = { target: 0, actual: 0, project: 1, commitment: 2, hit: 3, heading: 4 };

/** The marks a click on a run shows, the one to open first: a fact, else a project, else a commitment. */
export function byPriority(marks: Mark[]): Mark[] {
  return marks.filter((m) => m.type !== 'heading' && m.type !== 'hit').sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
}

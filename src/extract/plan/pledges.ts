// Livelihood pledges (为民办实事): the paragraph or sentence that lists them, with any total budget and count.
import type { Span } from '../../types.js';
import { BUDGET_PATTERN, PLEDGE_MARKERS } from '../../lexicon/actions.js';
import { parseChineseNumeral } from '../numbers.js';
import { quantitiesIn, splitClauses, type PlanParagraph } from './clauses.js';
import type { Pledge, PledgeItem } from './types.js';

const COUNT_RE = /(?<![\d一二三四五六七八九十两])([\d一二三四五六七八九十两]+)(?:大|项|类|件)/;

export function readPledges(text: string, paras: PlanParagraph[]): Pledge[] {
  const out: Pledge[] = [];
  for (const p of paras) {
    if (p.kind !== 'plan' && p.kind !== 'self_building') continue;
    const body = text.slice(p.span[0], p.span[1]);
    const hit = PLEDGE_MARKERS.exec(body);
    if (!hit) continue;
    const at = p.span[0] + hit.index;
    const title = p.bodyStart > p.span[0] && at < p.bodyStart ? text.slice(p.span[0], p.bodyStart).replace(/[。：]$/, '') : null;
    // The pledge list: the 、-separated clause that ends in the marker (实施A、B、C等十大惠民工程).
    let items: PledgeItem[] = [];
    let count: number | null = null;
    for (const [a, b] of splitClauses(text, p.bodyStart, p.span[1])) {
      const cl = text.slice(a, b);
      const m = PLEDGE_MARKERS.exec(cl);
      if (!m) continue;
      const listEnd = cl.lastIndexOf('等', m.index);
      const c = COUNT_RE.exec(cl.slice(Math.max(0, listEnd), m.index + m[0].length));
      if (c) count = /\d/.test(c[1]) ? Number(c[1]) : parseChineseNumeral(c[1]);
      if (listEnd > 0 && cl.slice(0, listEnd).includes('、')) {
        const verb = /^(?:实施|推进|办好|完成|抓好|建设)/.exec(cl);
        let from = a + (verb ? verb[0].length : 0);
        for (let i = from; i <= a + listEnd; i++) {
          if (i === a + listEnd || text[i] === '、') {
            if (i > from) items.push({ text: text.slice(from, i), span: [from, i] });
            from = i + 1;
          }
        }
        break;
      }
    }
    if (items.length === 0) {
      // No list: each clause of the body after the marker is a pledge.
      items = splitClauses(text, Math.max(p.bodyStart, at), p.span[1]).slice(1).map(([a, b]) => ({ text: text.slice(a, b), span: [a, b] as Span }));
    }
    let budget = null;
    const bm = BUDGET_PATTERN.exec(body);
    if (bm) {
      const from = p.span[0] + bm.index + bm[0].length;
      budget = quantitiesIn(text, [from, Math.min(p.span[1], from + 20)]).find((q) => q.unit !== null && /元/.test(q.unit) && q.span[0] <= from + 2) ?? null;
    }
    out.push({ title, budget, count, items, span: p.span, quote: body });
  }
  return out;
}

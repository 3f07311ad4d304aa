// The admitted problems: the paragraph opening 在总结成绩的同时…/我们也清醒认识到…, split into one item per
// sentence or ；-clause, the lead-in and the closing resolve dropped.
import type { Span } from '../../types.js';
import { PROBLEM_CLOSERS, PROBLEM_CONTINUATION, PROBLEM_OPENERS } from '../../lexicon/actions.js';
import { splitClauses, type PlanParagraph } from './clauses.js';
import type { Problem } from './types.js';

const LEAD_IN = /^.*(?:认识到|看到|意识到|主要表现在|主要是|具体表现为|表现在)[，：:]?/;
/** A lead-in that opens a comma list of problems: 主要表现在：A，B，C。 */
const LIST_LEAD = /(?:主要表现在|主要是|具体表现为|表现在)[：:]$/;

function items(text: string, span: Span, first: boolean): Problem[] {
  const out: Problem[] = [];
  let s = span[0];
  const push = (a: number, b: number): void => {
    let seg = text.slice(a, b);
    if (first && out.length === 0 && a === span[0]) {
      const lead = LEAD_IN.exec(seg);
      if (lead) a += lead[0].length;
      else if (PROBLEM_OPENERS.test(seg) && /^在/.test(seg)) {
        const comma = seg.indexOf('，');
        a += comma >= 0 ? comma + 1 : seg.length;
      }
    }
    const listed = LIST_LEAD.test(text.slice(Math.max(span[0], a - 6), a));
    while (a < b && /[\s，：:]/.test(text[a])) a++;
    while (b > a && /[\s。；;，,]/.test(text[b - 1])) b--;
    seg = text.slice(a, b);
    if (seg.length < 4 || PROBLEM_CLOSERS.test(seg)) return;
    // 我们也清醒看到面临的困难和挑战。 — the lead-in's remainder names no problem.
    if (first && out.length === 0 && seg.length <= 14 && /困难|挑战|问题|不足/.test(seg) && !/，/.test(seg)) return;
    if (listed && !seg.includes('；')) {
      // 主要表现在：A，B，C — each comma clause is one problem.
      for (const [x, y] of splitClauses(text, a, b)) out.push({ span: [x, y], quote: text.slice(x, y) });
      return;
    }
    out.push({ span: [a, b], quote: seg });
  };
  for (let i = span[0]; i < span[1]; i++) {
    if (text[i] === '。' || text[i] === '；' || text[i] === ';') {
      push(s, i + 1);
      s = i + 1;
    }
  }
  push(s, span[1]);
  return out;
}

/** Problems from the review part (or, failing that, the part before the targets). */
export function readProblems(text: string, paras: PlanParagraph[]): Problem[] {
  const review = paras.filter((p) => p.kind === 'review' || p.kind === 'five_year_review' || p.kind === 'other');
  for (let i = 0; i < review.length; i++) {
    const p = review[i];
    const head = text.slice(p.span[0], Math.min(p.span[1], p.span[0] + 80));
    if (!PROBLEM_OPENERS.test(head)) continue;
    const out = items(text, p.span, true);
    const next = review[i + 1];
    if (next && PROBLEM_CONTINUATION.test(text.slice(next.span[0], next.span[0] + 20))) out.push(...items(text, next.span, false));
    return out;
  }
  return [];
}

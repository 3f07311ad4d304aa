// Achievements of the review: clauses with amounts that no indicator fact covers (新增学位6570个, 完成棚户区改造2659套).
import type { Fact, Span } from '../../types.js';
import { findMentions } from '../mentions.js';
import { mainVerb, quantitiesIn } from './clauses.js';
import { objectOf, type PlanClause } from './commitments.js';
import type { Achievement } from './types.js';

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

export function readAchievements(text: string, clauses: PlanClause[], facts: Fact[]): Achievement[] {
  const out: Achievement[] = [];
  const factSpans = facts.filter((f) => f.kind === 'actual').map((f) => f.span).sort((a, b) => a[0] - b[0]);
  for (const c of clauses) {
    if (c.kind !== 'review' && c.kind !== 'five_year_review') continue;
    const qs = quantitiesIn(text, c.span, [], c.masked).filter((q) => q.unit !== '%' && q.unit !== '个百分点' && q.unit !== '倍');
    if (qs.length === 0) continue;
    // An indicator's clause belongs to the facts, not here.
    if (findMentions(text, c.span[0], c.span[1]).length > 0) continue;
    if (factSpans.some((s) => overlaps(s, c.span))) continue;
    const verb = mainVerb(c.verbs);
    out.push({
      sectionPath: c.path,
      action: verb?.action ?? null,
      verb: verb?.word ?? null,
      object: verb ? objectOf(text, verb, c.span, qs) : text.slice(c.span[0], qs[0].span[0]),
      quantities: qs,
      span: c.span,
      quote: text.slice(c.span[0], c.span[1]),
    });
  }
  return out;
}

// readPlan: the work plan as a task list (commitments, projects, pledges) plus the review's achievements and
// admitted problems. Pure: Report -> Plan; every item carries span and quote into report.text.
import type { Report, Span } from '../../types.js';
import { findVerbs, masked, planParagraphs, splitClauses, type PlanParagraph } from './clauses.js';
import { isTask, readCommitment, type PlanClause } from './commitments.js';
import { findProjects } from './projects.js';
import { readPledges } from './pledges.js';
import { readAchievements } from './achievements.js';
import { readProblems } from './problems.js';
import type { Plan } from './types.js';
import { ITEM_LIMITS, type Capped, type ItemLimits } from '../limits.js';

export type * from './types.js';

const CLOSING = /^各位代表|^让我们/;

/**
 * The plan of a report: at most `limits` items of each kind, its clauses read up to their cap (the walk stops
 * there). The kinds whose cap was reached go into `capped`, with how many were kept.
 */
export function readPlan(report: Report, limits: ItemLimits = ITEM_LIMITS, capped: Capped = {}): Plan {
  const { text } = report;
  const paras = planParagraphs(text, report.sections);
  const clauses = planClauses(report, paras, limits.clauses, capped);
  const projects = findProjects(text, clauses);
  const mentions = projects.flatMap((p) => p.mentions.map((m) => ({ name: p.name, span: m.span }))).sort((a, b) => a.span[0] - b.span[0]);
  const commitments = [];
  let cursor = 0;
  for (const c of clauses) {
    if (!c.body || (c.kind !== 'plan' && c.kind !== 'self_building') || c.intro || !isTask(text, c)) continue;
    if (commitments.length >= limits.commitments) {
      capped.commitments = commitments.length;
      break;
    }
    // Clauses come in text order: walk the sorted mentions once.
    while (cursor < mentions.length && mentions[cursor].span[0] < c.span[0]) cursor++;
    const inside = [];
    for (let i = cursor; i < mentions.length && mentions[i].span[0] < c.span[1]; i++) if (mentions[i].span[1] <= c.span[1]) inside.push(mentions[i]);
    const names = [...new Set(inside.map((m) => m.name))];
    commitments.push(readCommitment(text, c, report.meta.year, names, inside.map((m) => m.span)));
  }
  return {
    commitments,
    projects: capList(projects, 'projects', limits, capped),
    pledges: capList(readPledges(text, paras, report.meta.year, report.sections), 'pledges', limits, capped),
    achievements: capList(readAchievements(text, clauses.filter((c) => c.body), report.facts), 'achievements', limits, capped),
    problems: capList(readProblems(text, paras), 'problems', limits, capped),
  };
}

/** A list cut to its kind's cap (noted in `capped`). */
function capList<T>(list: T[], kind: keyof ItemLimits, limits: ItemLimits, capped: Capped): T[] {
  if (list.length <= limits[kind]) return list;
  list.length = limits[kind];
  capped[kind] = list.length;
  return list;
}

/** The clauses of the plan's paragraphs, in text order, at most `max` of them. */
function planClauses(report: Report, paras: PlanParagraph[], max: number, capped: Capped): PlanClause[] {
  const { text } = report;
  const intros = introParagraphs(report);
  const clauses: PlanClause[] = [];
  for (const p of paras) {
    if (p.kind === 'preamble' || p.kind === 'targets') continue;
    if (CLOSING.test(text.slice(p.span[0], p.span[0] + 6))) continue;
    const intro = intros.has(p.span[0]);
    const parts: Array<[Span, boolean]> = [];
    if (p.bodyStart > p.span[0]) parts.push([[p.span[0], p.bodyStart], false]);
    parts.push([[p.bodyStart, p.span[1]], true]);
    for (const [range, body] of parts) {
      // One more than fits: a clause left over says the cap was reached.
      for (const span of splitClauses(text, range[0], range[1], max - clauses.length + 1)) {
        if (clauses.length >= max) {
          capped.clauses = clauses.length;
          return clauses;
        }
        const m = masked(text, span);
        clauses.push({ span, masked: m, verbs: findVerbs(m, span[0], text), kind: p.kind, path: p.path, body, intro });
      }
    }
  }
  return clauses;
}

/**
 * A part with numbered subsections keeps its tasks in them; the paragraphs directly under it are preamble
 * (当前，我市正处在…; 实现今年预期目标，我们必须…). The starts of those preamble paragraphs, collected once rather
 * than searched for per paragraph; only those before the first subsection: a part that ends with a heading of its
 * own (a glossary) keeps the tasks it states above it.
 */
function introParagraphs(report: Report): Set<number> {
  const subdivided = new Set(report.sections.filter((s) => s.children.some((c) => c.type === 'section')).map((s) => s.span[0]));
  const intros = new Set<number>();
  for (const s of report.sections) {
    if (!subdivided.has(s.span[0])) continue;
    const firstSub = s.children.find((c) => c.type === 'section');
    const end = firstSub ? firstSub.span[0] : s.span[1];
    for (const c of s.children) if (c.type === 'paragraph' && s.span[0] <= c.span[0] && c.span[0] < end) intros.add(c.span[0]);
  }
  return intros;
}

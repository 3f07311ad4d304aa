// readPlan: the work plan as a task list (commitments, projects, pledges) plus the review's achievements and
// admitted problems. Pure: Report -> Plan; every item carries span and quote into report.text.
import type { Report, Span } from '../../types.js';
import { findVerbs, masked, planParagraphs, splitClauses } from './clauses.js';
import { isTask, readCommitment, type PlanClause } from './commitments.js';
import { findProjects } from './projects.js';
import { readPledges } from './pledges.js';
import { readAchievements } from './achievements.js';
import { readProblems } from './problems.js';
import type { Plan } from './types.js';

export type * from './types.js';

const CLOSING = /^各位代表|^让我们/;

export function readPlan(report: Report): Plan {
  const { text } = report;
  const paras = planParagraphs(text, report.sections);
  const clauses: PlanClause[] = [];
  for (const p of paras) {
    if (p.kind === 'preamble' || p.kind === 'targets') continue;
    if (CLOSING.test(text.slice(p.span[0], p.span[0] + 6))) continue;
    const parts: Array<[Span, boolean]> = [];
    if (p.bodyStart > p.span[0]) parts.push([[p.span[0], p.bodyStart], false]);
    parts.push([[p.bodyStart, p.span[1]], true]);
    for (const [range, body] of parts) {
      for (const span of splitClauses(text, range[0], range[1])) {
        const m = masked(text, span);
        clauses.push({ span, masked: m, verbs: findVerbs(m, span[0]), kind: p.kind, path: p.path, body });
      }
    }
  }
  const projects = findProjects(text, clauses);
  const mentions = projects.flatMap((p) => p.mentions.map((m) => ({ name: p.name, span: m.span })));
  const commitments = [];
  for (const c of clauses) {
    if (!c.body || (c.kind !== 'plan' && c.kind !== 'self_building') || !isTask(text, c)) continue;
    const inside = mentions.filter((m) => m.span[0] >= c.span[0] && m.span[1] <= c.span[1]);
    const names = [...new Set(inside.map((m) => m.name))];
    commitments.push(readCommitment(text, c, report.meta.year, names, inside.map((m) => m.span)));
  }
  return {
    commitments,
    projects,
    pledges: readPledges(text, paras),
    achievements: readAchievements(text, clauses.filter((c) => c.body), report.facts),
    problems: readProblems(text, paras),
  };
}

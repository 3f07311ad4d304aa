// Runs the extractor over a gold set and totals the scores. Pure over already-loaded documents.
import type { Level, Report } from '../types.js';
import type { GoldEntry } from './gold.js';
import { prf, scoreActuals, scoreTargets, type ActualScore, type TargetScore } from './score.js';

export interface EvalDoc {
  key: string;
  report: Report;
  /** What the metadata must say, where known. */
  expect?: { region?: string; regionCode?: string; level?: Level; year?: number };
}

export interface SetResult {
  name: string;
  targets: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  actuals: { found: number; total: number; recall: number; conflicts: number };
  meta: { checked: number; wrong: Array<{ key: string; field: string; expected: unknown; got: unknown }> };
  ungrounded: number;
  details: Array<{ key: string; targets?: TargetScore; actuals?: ActualScore }>;
}

export function evaluateSet(name: string, docs: EvalDoc[], targets: GoldEntry[], actuals: GoldEntry[]): SetResult {
  let tp = 0, fp = 0, fn = 0, found = 0, total = 0, conflicts = 0, ungrounded = 0, checked = 0;
  const wrong: SetResult['meta']['wrong'] = [];
  const details: SetResult['details'] = [];
  const byKey = new Map(docs.map((d) => [d.key, d]));
  for (const d of docs) {
    for (const f of d.report.facts) if (d.report.text.slice(f.span[0], f.span[1]) !== f.quote) ungrounded++;
    if (d.expect) {
      checked++;
      const m = d.report.meta;
      for (const field of ['region', 'regionCode', 'level', 'year'] as const) {
        const want = d.expect[field];
        if (want !== undefined && m[field] !== want) wrong.push({ key: d.key, field, expected: want, got: m[field] });
      }
    }
  }
  const scope = new Set(targets.flatMap((g) => g.facts.map((f) => f.indicator)));
  for (const g of targets) {
    const d = byKey.get(g.key);
    if (!d) throw new Error(`gold key ${g.key}: no such document in set ${name}`);
    const s = scoreTargets(g.facts, d.report.facts, d.report.meta, scope);
    tp += s.tp; fp += s.fp; fn += s.fn;
    details.push({ key: g.key, targets: s });
  }
  for (const g of actuals) {
    const d = byKey.get(g.key);
    if (!d) throw new Error(`gold key ${g.key}: no such document in set ${name}`);
    const s = scoreActuals(g.facts, d.report.facts, d.report.meta);
    found += s.found; total += s.total; conflicts += s.conflicts.length;
    details.push({ key: g.key, actuals: s });
  }
  return {
    name,
    targets: { tp, fp, fn, ...prf(tp, fp, fn) },
    actuals: { found, total, recall: total === 0 ? 1 : found / total, conflicts },
    meta: { checked, wrong },
    ungrounded,
    details,
  };
}

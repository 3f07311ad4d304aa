// Scoring extracted facts against hand-annotated gold. Pure.
//
// Targets: only headline, quantified targets of the report's year count. A target matches a gold fact when
// indicator, measure, low and high (after scaling 万/亿 to the base unit) and qualifier agree ('any' in the
// gold accepts every qualifier). A headline target with a core id that matches no gold fact is a false
// positive; qualitative targets (no figure) are not scored, since the gold cannot state them.
// Results: recall of the gold over the headline results of the reviewed year; a headline result with the
// same indicator and measure as a gold fact but another value is a conflict.
import type { Fact, ReportMeta } from '../types.js';
import { unitScale } from '../lexicon/grammar.js';
import { CORE_IDS } from '../lexicon/indicators.js';
import type { GoldFact } from './gold.js';

export interface TargetScore {
  tp: number;
  fp: number;
  fn: number;
  missed: GoldFact[];
  spurious: Fact[];
}

export interface ActualScore {
  found: number;
  total: number;
  conflicts: Array<{ gold: GoldFact; fact: Fact }>;
  missed: GoldFact[];
}

function scaled(v: number, unit: string | null): { v: number; base: string | null } {
  const { scale, base } = unitScale(unit);
  return { v: v * scale, base };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Same amount in the same base unit: 0.8万人 equals 8000人. */
export function sameAmount(g: GoldFact, f: Fact): boolean {
  if (f.low === null || f.high === null) return false;
  const gl = scaled(g.low, g.unit);
  const gh = scaled(g.high, g.unit);
  const fl = scaled(f.low, f.unit);
  const fh = scaled(f.high, f.unit);
  return gl.base === fl.base && close(gl.v, fl.v) && close(gh.v, fh.v);
}

export function matches(g: GoldFact, f: Fact): boolean {
  return g.indicator === f.indicator && g.measure === f.measure && sameAmount(g, f) && (g.qualifier === 'any' || g.qualifier === f.qualifier);
}

/**
 * `scope`: the indicators the gold set annotates (the national gold has GDP only); a prediction outside it
 * can be neither confirmed nor refuted, so it is not counted.
 */
export function scoreTargets(gold: GoldFact[], facts: Fact[], meta: ReportMeta, scope?: ReadonlySet<string>): TargetScore {
  const predicted = facts.filter(
    (f) =>
      f.kind === 'target' && f.headline && f.low !== null && f.year === meta.year && CORE_IDS.has(f.indicator) && (!scope || scope.has(f.indicator)),
  );
  const used = new Set<Fact>();
  const missed: GoldFact[] = [];
  for (const g of gold) {
    const hit = predicted.find((f) => !used.has(f) && matches(g, f));
    if (hit) used.add(hit);
    else missed.push(g);
  }
  const spurious = predicted.filter((f) => !used.has(f));
  return { tp: used.size, fp: spurious.length, fn: missed.length, missed, spurious };
}

export function scoreActuals(gold: GoldFact[], facts: Fact[], meta: ReportMeta): ActualScore {
  const review = meta.reviewYear ?? (meta.year !== null ? meta.year - 1 : null);
  const predicted = facts.filter((f) => f.kind === 'actual' && f.headline && f.year === review);
  const missed: GoldFact[] = [];
  const conflicts: ActualScore['conflicts'] = [];
  let found = 0;
  for (const g of gold) {
    if (predicted.some((f) => matches(g, f))) found++;
    else missed.push(g);
    for (const f of predicted) {
      if (f.indicator === g.indicator && f.measure === g.measure && !sameAmount(g, f)) {
        // A level in another base unit (亿元 vs 元) is a different statement, not a contradiction.
        if (unitScale(f.unit).base !== unitScale(g.unit).base) continue;
        conflicts.push({ gold: g, fact: f });
      }
    }
  }
  return { found, total: gold.length, conflicts, missed };
}

export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

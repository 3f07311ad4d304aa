// The follow-up matcher stays at or above the level measured on the annotated links (test/fixtures/plan/followup):
// a change to the matcher, the lexicon or the commitment grammar that finds one follow-up better must not show another
// wrongly. One row per annotated batch; the figures at each step are in test/fixtures/plan/followup/README.md.
import { describe, expect, it } from 'vitest';
import { runFollowUpEval } from '../../src/cli/commands/followup-eval.js';

interface Floors {
  /** Annotated commitments of the set. */
  total: number;
  /** Shown follow-ups that are right, and their share. */
  right: number;
  precision: number;
  /** Share of the reported-on commitments whose follow-up is found. */
  recall: number;
  /** Share of the commitments nothing reports on that get 未见回应. */
  none: number;
  status: number;
}

const SETS: Array<{ file: string; what: string; floors: Floors }> = [
  // 0.971 before the commitment grammar read 新改建60个口袋公园…, which the matcher then followed up wrongly (68/71); 0.959
  // before it read 发放公租房租赁补贴…, whose own sentence scored under the threshold (75/79); follow6 77/79, follow7
  // 81/83.
  { file: 'dev.jsonl', what: 'dev pairs', floors: { total: 185, right: 81, precision: 0.975, recall: 0.785, none: 0.95, status: 0.842 } },
  { file: 'heldout.jsonl', what: 'first held-out pairs (湖北省, 深圳市)', floors: { total: 90, right: 43, precision: 0.934, recall: 0.728, none: 0.903, status: 0.766 } },
  // 25/34 = 0.735, found 0.463 when measured once.
  { file: 'heldout3.jsonl', what: 'third batch (四川省, 杭州市)', floors: { total: 125, right: 37, precision: 0.948, recall: 0.685, none: 0.985, status: 0.807 } },
  // 42/44 = 0.955, found 0.627, none 0.978 when measured once.
  { file: 'heldout4.jsonl', what: 'fourth batch (湖南省, 宁波市)', floors: { total: 112, right: 50, precision: 0.99, recall: 0.745, none: 0.999, status: 0.812 } },
  // Held out through round 5, measured once at its end: 16/20 = 0.800, found 0.372 (18/22 = 0.818, found 0.419 with the
  // engine the round started from); follow8 18/22, found 0.419, status 0.567 (what round 5 lost, back), then 19/23, found 0.442; follow9 (classes of all five sets) 24/27, found 0.558, none 0.875, status 0.672.
  { file: 'heldout5.jsonl', what: 'fifth batch (黑龙江省, 成都市)', floors: { total: 67, right: 24, precision: 0.888, recall: 0.558, none: 0.874, status: 0.671 } },
  // Held out through round 6, measured once at its end: 15/18 = 0.833, found 0.395, none 0.909 (13/16 = 0.813, found 0.342
  // with the engine the round started from); follow10 16/19, found 0.421, status 0.583, then 16/18, none 0.955, status 0.600.
  { file: 'heldout6.jsonl', what: 'sixth batch (重庆市, 哈尔滨市)', floors: { total: 60, right: 16, precision: 0.888, recall: 0.421, none: 0.954, status: 0.6 } },
];

describe('follow-up of last year’s commitments', () => {
  for (const { file, what, floors: f } of SETS) {
    it(`${what}: shown right ≥ ${f.right} (${f.precision}), found ≥ ${f.recall}, 未见回应 ≥ ${f.none}, status ≥ ${f.status}`, async () => {
      const r = await runFollowUpEval(file);
      const m = r.matcher;
      expect(m.total).toBe(f.total);
      expect(m.right).toBeGreaterThanOrEqual(f.right);
      expect(m.precision).toBeGreaterThanOrEqual(f.precision);
      expect(m.recall).toBeGreaterThanOrEqual(f.recall);
      expect(m.noneAccuracy).toBeGreaterThanOrEqual(f.none);
      expect(m.statusAccuracy).toBeGreaterThanOrEqual(f.status);
      // Above the baseline (character bigrams weighted by rarity, at its best threshold).
      if (file === 'dev.jsonl') {
        expect(m.precision).toBeGreaterThan(r.baseline.best.score.precision);
        expect(m.recall).toBeGreaterThan(r.baseline.best.score.recall);
      }
    }, 60_000);
  }
});

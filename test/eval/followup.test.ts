// The follow-up matcher stays at or above the level measured on the annotated links (test/fixtures/plan/followup):
// a change to the matcher, the lexicon or the commitment grammar that finds one follow-up better must
// not show another wrongly.
import { describe, expect, it } from 'vitest';
import { runFollowUpEval } from '../../src/cli/commands/followup-eval.js';

describe('follow-up of last year’s commitments', () => {
  it('dev pairs: shown right, found, 未见回应 and status at or above their measured level, and above the issue’s baseline', async () => {
    const r = await runFollowUpEval('dev.jsonl');
    const m = r.matcher;
    expect(m.total).toBe(185);
    expect(m.right).toBeGreaterThanOrEqual(81);
    // 0.971 before the commitment grammar read 新改建60个口袋公园…, which the matcher then followed up wrongly (68/71);
    // 0.959 before it read 发放公租房租赁补贴…, whose own sentence scored under the threshold (75/79); follow6: 76/78
    // (儿童友好社区 is not 儿童友好公园; 租赁补贴惠及6.2万户 names the subsidy), 77/79 (出省大通道 = 出省通道); follow7:
    // 81/83, found 0.786, none 0.951 (筛查, 达到…总数的10%, 当好 read as commitments; examples of a batch; 吸引/利用).
    expect(m.precision).toBeGreaterThanOrEqual(0.975);
    expect(m.recall).toBeGreaterThanOrEqual(0.785);
    expect(m.noneAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.statusAccuracy).toBeGreaterThanOrEqual(0.842);
    const base = r.baseline.best.score;
    expect(m.precision).toBeGreaterThan(base.precision);
    expect(m.recall).toBeGreaterThan(base.recall);
  }, 60_000);

  it('the first held-out pairs (湖北省, 深圳市), dev data since they were measured, stay at their level', async () => {
    const m = (await runFollowUpEval('heldout.jsonl')).matcher;
    expect(m.total).toBe(90);
    // follow7: 41/44, found 0.695 → 43/46, 0.729 (国控 = 国考; 19号线等5条地铁 by 15号线等9个地铁项目).
    expect(m.right).toBeGreaterThanOrEqual(43);
    expect(m.precision).toBeGreaterThanOrEqual(0.934);
    expect(m.recall).toBeGreaterThanOrEqual(0.728);
    expect(m.noneAccuracy).toBeGreaterThanOrEqual(0.903);
    expect(m.statusAccuracy).toBeGreaterThanOrEqual(0.766);
  }, 60_000);

  it('the third batch (四川省, 杭州市), dev data since it was measured once, stays at its level', async () => {
    const m = (await runFollowUpEval('heldout3.jsonl')).matcher;
    expect(m.total).toBe(125);
    // 25/34 = 0.735, found 0.463 when measured; a line's section by its ends' first characters (隆叙段), the target's
    // figure with a word of its phrase (经营主体突破200万户, 高速公路507公里), 和 before 美丽 and 杭温铁路 = 杭温高铁
    // raised it to 31/40 = 0.775, found 0.574; follow6's classes (figures of other quoted names, pieces followed by
    // another word, aims such as 提质增效, a quoted series, a verb's own object before a figure) to 33/36 = 0.917,
    // found 0.611, none 0.944; follow7's (收储, 出让, 迭代 and a ceiling read as commitments, 不高于 and 微克/立方米 no
    // content words, 配售型 a kind of its set, 理清 a verb) to 36/39 = 0.923, found 0.667, none 0.986.
    expect(m.right).toBeGreaterThanOrEqual(36);
    expect(m.precision).toBeGreaterThanOrEqual(0.922);
    expect(m.recall).toBeGreaterThanOrEqual(0.666);
    expect(m.noneAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(m.statusAccuracy).toBeGreaterThanOrEqual(0.807);
  }, 60_000);

  it('the fourth batch (湖南省, 宁波市), held out and measured once at the end of its round, stays at that level', async () => {
    const m = (await runFollowUpEval('heldout4.jsonl')).matcher;
    expect(m.total).toBe(112);
    // One run: shown right 42/44 = 0.955, found 0.627 (0.612 with the matcher the round started from), none 0.978;
    // development data since follow6: 45/45, found 0.672 (a code label, “十四五”, 民营型, 规上工业企业数字化); follow7:
    // 50/50, found 0.746, none 1.000 (免费检查, 救助, 获评, 紧扣 read as commitments; “光伏+” named by 光伏).
    expect(m.right).toBeGreaterThanOrEqual(50);
    expect(m.precision).toBeGreaterThanOrEqual(0.99);
    expect(m.recall).toBeGreaterThanOrEqual(0.745);
    expect(m.noneAccuracy).toBeGreaterThanOrEqual(0.999);
    expect(m.statusAccuracy).toBeGreaterThanOrEqual(0.812);
  }, 60_000);
});


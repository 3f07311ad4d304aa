// The scorers of the plan's pledges and named projects (src/eval/plan-eval.ts) on hand-made extractions.
import { describe, expect, it } from 'vitest';
import { evaluatePledges, evaluateProjects, type PledgeGold } from '../../src/eval/plan-eval.js';
import type { Pledge, Project } from '../../src/extract/plan/types.js';

const pledge = (count: number | null, items: string[]): Pledge => ({
  title: null,
  announced: { span: [0, 1], quote: '实' },
  budget: null,
  count,
  items: items.map((text) => ({ text, span: [0, 1] })),
  span: [0, 1],
  quote: '实',
});
const project = (name: string, kind = 'plan'): Project => ({ name, mentions: [{ span: [0, 1], quote: name, kind, stage: null }], stage: null, investment: null, related: [] });

describe('pledge scores', () => {
  const gold: PledgeGold[] = [
    { doc: 'a', announced: '十件民生实事', count: 10, items: ['新建幼儿园', '改造老旧小区'] },
    { doc: 'b', announced: '20项民生实事', count: 20, items: [] },
    { doc: 'c', announced: null, count: null, items: [] },
    { doc: 'd', announced: '十件民生实事', count: 10, items: ['新建幼儿园'] },
  ];
  const docs = new Map([
    ['a', { pledges: [pledge(10, ['新建幼儿园20所', '改造老旧小区100个'])] }],
    ['b', { pledges: [pledge(20, [])] }],
    ['c', { pledges: [pledge(null, ['x'])] }],
    ['d', { pledges: [pledge(4, ['新建幼儿园20所'])] }],
  ]);
  it('a list is right when announced-or-not, count and ≥ 95% of items agree; items found as the annotation’s first words', () => {
    const r = evaluatePledges(docs, gold);
    expect(r.docs.map((d) => d.right)).toEqual([true, true, false, false]);
    expect(r.docs[2].wrong).toEqual(['announced']);
    expect(r.docs[3].wrong).toEqual(['count']);
    expect(r).toMatchObject({ right: 2, goldItems: 3, matchedItems: 3, itemRecall: 1 });
  });
});

describe('project scores', () => {
  it('P/R by name, either name inside the other, same report, plan mentions only', () => {
    const docs = new Map([['a', { projects: [project('平漯周高铁'), project('重大项目'), project('郑州航空港', 'review')] }]]);
    const r = evaluateProjects(docs, [{ doc: 'a', name: '平漯周高铁项目' }, { doc: 'a', name: '焦济洛平高铁' }]);
    expect(r).toMatchObject({ extracted: 2, correct: 1, found: 1, precision: 0.5, recall: 0.5 });
  });
});

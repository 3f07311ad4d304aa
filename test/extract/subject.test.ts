import { describe, expect, it } from 'vitest';
import { gapOk, resolveSubject } from '../../src/extract/subject.js';
import { findFigures } from '../../src/extract/numbers.js';

/** The subject a clause resolves to: its ids and its words. */
function subjectOf(clause: string, topic: string | null = null, inStatement = false) {
  const figs = findFigures(clause, 0, clause.length);
  const r = resolveSubject(clause, { span: [0, clause.length], figs, firstFig: figs[0]?.start ?? clause.length, inStatement }, topic);
  return r === null ? null : { ids: r.subject.ids, words: clause.slice(r.subject.start, r.end), weak: r.weak, growth: r.growth };
}

describe('the subject resolver', () => {
  it('takes the nearest name whose words up to the figure are a predicate', () => {
    expect(subjectOf('全市地区生产总值比上年增长6%')).toMatchObject({ ids: ['gdp'], words: '地区生产总值' });
    expect(gapOk('比上年增长')).toBe(true);
    expect(gapOk('的贡献率为')).toBe(false);
    // 民生支出 is no indicator: the clause has no subject.
    expect(subjectOf('全年民生支出221.4亿元')).toBeNull();
  });

  it('reads a list of names, restoring the head they share', () => {
    expect(subjectOf('城镇、农村居民人均可支配收入分别增长5%、6.5%')?.ids).toEqual(['urban_disposable_income', 'rural_disposable_income']);
    expect(subjectOf('单位地区生产总值能耗、二氧化碳排放分别下降3%、4%')?.ids).toEqual(['energy_intensity', 'carbon_intensity']);
  });

  it('marks weak names and names that say growth', () => {
    expect(subjectOf('经济增长6%左右')).toMatchObject({ ids: ['gdp'], weak: true, growth: true });
    expect(subjectOf('地方财政收入120亿元')).toMatchObject({ ids: ['public_budget_revenue'], weak: true });
  });

  it('lets a clause without a figure open the subject of the clauses after it', () => {
    expect(subjectOf('地区生产总值跨越两个千亿元台阶')?.ids).toEqual(['gdp']);
  });

  it('reads a part word of the running topic', () => {
    expect(subjectOf('总产达到526.8万吨', '粮食')).toMatchObject({ ids: ['grain_output'], words: '总产' });
    expect(subjectOf('总产达到526.8万吨')).toBeNull();
  });
});

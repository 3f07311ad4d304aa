import { describe, expect, it } from 'vitest';
import { classify, isAverage } from '../../src/extract/measure.js';
import { findFigures } from '../../src/extract/numbers.js';

/** The measure of the first figure of `clause` for the indicator, the gap being the words before it. */
function measureOf(clause: string, indicator: string, previous: Parameters<typeof classify>[3] = null): string | null {
  const fig = findFigures(clause, 0, clause.length)[0];
  const c = classify(clause.slice(0, fig.start), fig, indicator, previous);
  return c === null ? null : `${c.measure}${c.sign < 0 ? '-' : ''}${c.rankOf ? ':' + c.rankOf : ''}`;
}

describe('what a figure measures', () => {
  it('reads growth, level, change and their signs', () => {
    expect(measureOf('增长6%', 'gdp')).toBe('growth');
    expect(measureOf('下降3.2%', 'energy_intensity')).toBe('growth-');
    expect(measureOf('达到5.2万亿元', 'gdp')).toBe('level');
    expect(measureOf('增加到5.2万亿元', 'gdp')).toBe('level');
    expect(measureOf('提高1.2个百分点', 'urbanization_rate')).toBe('change');
    expect(measureOf('回落0.5个百分点', 'cpi')).toBe('change-');
    expect(measureOf('年均增长7%', 'gdp')).toBe('avg_growth');
  });

  it('reads a rate as a level and a bare percentage of an amount as nothing', () => {
    expect(measureOf('5.5%', 'surveyed_unemployment')).toBe('level');
    expect(measureOf('5.5%', 'gdp')).toBeNull();
  });

  it('drops margins over another region and amounts in a unit the indicator is never counted in', () => {
    expect(measureOf('增速高于全国0.7个百分点', 'gdp')).toBeNull();
    expect(measureOf('新增202.9万亩', 'grain_output')).toBeNull();
  });

  it('reads shares and ranks, a rank of the growth or of the total', () => {
    expect(measureOf('占地区生产总值的比重为45%', 'tertiary_industry')).toBe('share');
    expect(measureOf('增速居全省第2位', 'gdp')).toBe('rank:growth');
    expect(measureOf('总量居全省第2位', 'gdp')).toBe('rank:level');
    expect(measureOf('居全省第2位', 'gdp', 'growth')).toBe('rank:growth');
  });

  it('tells a multi-year average from the year averaged over its months', () => {
    expect(isAverage('年均')).toBe(true);
    expect(isAverage('全年平均')).toBe(false);
  });
});

// The panel's clean columns: one unit per kind of amount (value_base, unit_base) and the years a figure covers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodYears, toPanelUnit } from '../../src/analysis/units.js';
import { UNITS } from '../../src/lexicon/grammar.js';
import { PANEL_UNITS, PER_PERSON_INDICATORS } from '../../src/lexicon/panel-units.js';
import { INDICATORS } from '../../src/lexicon/indicators.js';

const amount = (value: number | null, unit: string | null, low = value, high = value) => ({ value, low, high, unit });

describe('value_base: one unit per kind of amount', () => {
  it('states money in 亿元, people in 万人, tonnage in 万吨, rates as written', () => {
    expect(toPanelUnit(amount(5.2, '万亿元'))).toMatchObject({ value_base: 52000, unit_base: '亿元' });
    expect(toPanelUnit(amount(60199.45, '亿元'))).toMatchObject({ value_base: 60199.45, unit_base: '亿元' });
    expect(toPanelUnit(amount(42000, '元'))).toMatchObject({ value_base: 0.00042, unit_base: '亿元' });
    expect(toPanelUnit(amount(85, '万人'))).toMatchObject({ value_base: 85, unit_base: '万人' });
    expect(toPanelUnit(amount(680, '亿斤'))).toMatchObject({ value_base: 3400, unit_base: '万吨' });
    expect(toPanelUnit(amount(1.3, '万亿斤'))).toMatchObject({ value_base: 65000, unit_base: '万吨' });
    expect(toPanelUnit(amount(6.5, '%'))).toMatchObject({ value_base: 6.5, unit_base: '%' });
    expect(toPanelUnit(amount(1, '个百分点'))).toMatchObject({ value_base: 1, unit_base: '个百分点' });
    expect(toPanelUnit(amount(3, '位'))).toMatchObject({ value_base: 3, unit_base: '位' });
    expect(toPanelUnit(amount(12, null))).toMatchObject({ value_base: 12, unit_base: null });
  });

  it('gives a bare 万 the kind of its indicator when the indicator has one', () => {
    expect(toPanelUnit(amount(12, '万'), ['人'])).toMatchObject({ value_base: 12, unit_base: '万人' });
    expect(toPanelUnit(amount(12, '万'), ['元', '美元'])).toMatchObject({ value_base: 12, unit_base: '万' });
  });

  it('keeps amounts per person in 元, and every 人均 indicator of the lexicon is listed as one', () => {
    expect(toPanelUnit({ ...amount(98000, '元'), indicator: 'gdp_per_capita' })).toMatchObject({ value_base: 98000, unit_base: '元' });
    expect(toPanelUnit({ ...amount(5.2, '万元'), indicator: 'disposable_income' })).toMatchObject({ value_base: 52000, unit_base: '元' });
    for (const e of INDICATORS) if (/人均/.test(e.name) && e.units?.includes('元')) expect(PER_PERSON_INDICATORS.has(e.id), e.id).toBe(true);
  });

  it('converts both ends of a range', () => {
    expect(toPanelUnit(amount(null, '万亿元', 1.1, 1.2))).toEqual({ value_base: null, low_base: 11000, high_base: 12000, unit_base: '亿元' });
  });

  it('gives every unit of one kind the same panel unit, and keeps ratios between amounts (property)', () => {
    const units = UNITS.map(([u]) => u).filter((u) => !/^[万亿]$/.test(u));
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.constantFrom(...units), fc.double({ min: 0.01, max: 1e6, noNaN: true }), (a, b, x) => {
        const pa = toPanelUnit(amount(x, a));
        const pb = toPanelUnit(amount(x, b));
        const baseOf = (u: string) => UNITS.find(([w]) => w === u)![2];
        if (baseOf(a) !== baseOf(b)) return;
        expect(pa.unit_base).toBe(pb.unit_base);
        const scale = (u: string) => UNITS.find(([w]) => w === u)![1];
        expect(pa.value_base! / pb.value_base!).toBeCloseTo(scale(a) / scale(b), 6);
      }),
    );
  });

  it('lists only kinds the unit table has', () => {
    const bases = new Set(UNITS.map(([, , base]) => base));
    for (const kind of Object.keys(PANEL_UNITS)) expect(bases.has(kind), kind).toBe(true);
  });
});

describe('period_start, period_end', () => {
  it('reads every form of period the extractor writes', () => {
    expect(periodYears(null, 2024)).toEqual({ period_start: 2024, period_end: 2024 });
    expect(periodYears('2016-2020', 2020)).toEqual({ period_start: 2016, period_end: 2020 });
    expect(periodYears('1980-1980', 1980)).toEqual({ period_start: 1980, period_end: 1980 });
    expect(periodYears('十三五', 2020)).toEqual({ period_start: 2016, period_end: 2020 });
    expect(periodYears('十五', 2005)).toEqual({ period_start: 2001, period_end: 2005 });
    expect(periodYears('连续5年', 2023)).toEqual({ period_start: 2019, period_end: 2023 });
    expect(periodYears('五年来', 2022)).toEqual({ period_start: 2018, period_end: 2022 });
    expect(periodYears('两年中', 2021)).toEqual({ period_start: 2020, period_end: 2021 });
    expect(periodYears('上半年', 2021)).toEqual({ period_start: 2021, period_end: 2021 });
    expect(periodYears('multi-year', 2020)).toEqual({ period_start: null, period_end: 2020 });
    expect(periodYears('前三年', 2018)).toEqual({ period_start: null, period_end: 2018 });
    expect(periodYears('start', 2020)).toEqual({ period_start: null, period_end: null });
  });

  it('never starts after it ends (property)', () => {
    const periods = ['十二五', '2011-2015', '连续3年', '十年', '两年中', 'multi-year', 'start', '一季度', ''];
    fc.assert(
      fc.property(fc.constantFrom(...periods), fc.integer({ min: 1978, max: 2030 }), (p, y) => {
        const { period_start, period_end } = periodYears(p || null, y);
        if (period_start !== null && period_end !== null) expect(period_start).toBeLessThanOrEqual(period_end);
      }),
    );
  });
});

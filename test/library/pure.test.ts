// Pure parts of the query commands: the track verdict rule, terminal widths and CSV, term counting, follow-up scoring.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { judge, direction } from '../../src/analysis/track.js';
import { displayWidth, renderCsv, renderTable, truncate } from '../../src/cli/output.js';
import { countTerms, parseWordList } from '../../src/analysis/terms.js';
import { clauses, followUp, prepareReview } from '../../src/analysis/followup.js';
import { locateHits, queryTerms } from '../../src/analysis/search.js';

const t = (indicator: string, qualifier: string, value: number | null, low: number, high = low, unit = '%') => ({ indicator, qualifier, value, low, high, unit });

describe('track verdict rule', () => {
  it('floors, ceilings, 左右 tolerance, ranges', () => {
    expect(judge(t('gdp', 'about', 7.5, 7.5), 7.4, '%').verdict).toBe('met'); // within 0.5 pp
    expect(judge(t('gdp', 'about', 5.5, 5.5), 3, '%')).toMatchObject({ verdict: 'missed', gap: -2.5, shortfall: 2.5 });
    expect(judge(t('gdp', 'exact', 7.5, 7.5), 7.4, '%').verdict).toBe('missed');
    expect(judge(t('gdp', 'at_least', 6, 6), 6, '%').verdict).toBe('met');
    expect(judge(t('gdp', 'range', null, 6.5, 7), 6.4, '%').verdict).toBe('missed');
    expect(judge(t('gdp', 'range', null, 6.5, 7), 7.3, '%').verdict).toBe('met');
    expect(direction(t('cpi', 'about', 3, 3))).toBe('ceiling');
    expect(judge(t('cpi', 'about', 3, 3), 0.2, '%').verdict).toBe('met');
    expect(judge(t('cpi', 'about', 3, 3), 3.6, '%').verdict).toBe('missed');
    expect(judge(t('surveyed_unemployment', 'at_most', 5.5, 5.5), 5.2, '%').verdict).toBe('met');
    expect(judge(t('energy_intensity', 'exact', -3, -3), -2.5, '%').verdict).toBe('missed'); // 降低3% not reached
    expect(judge(t('new_urban_jobs', 'about', 1100, 1100, 1100, '万人'), 1050, '万人').verdict).toBe('met'); // 5% of X
    expect(judge(t('gdp', 'exact', 100, 100, 100, '亿元'), 5, '%').verdict).toBe('no verdict');
    expect(judge({ indicator: 'gdp', qualifier: null, value: null, low: null, high: null, unit: null }, 5, '%').verdict).toBe('no verdict');
  });

  it('a higher result never turns met into missed for a floor (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (x, r, d) => {
        const a = judge(t('gdp', 'about', x, x), r, '%').verdict;
        const b = judge(t('gdp', 'about', x, x), r + d, '%').verdict;
        return !(a === 'met' && b === 'missed');
      }),
    );
  });
});

describe('output', () => {
  it('pads CJK to double width and writes CSV with a BOM', () => {
    expect(displayWidth('钦州市 6.5')).toBe(10);
    expect(displayWidth(truncate('中华人民共和国政府工作报告', 9))).toBeLessThanOrEqual(9);
    const table = renderTable({ columns: ['region', 'gdp'], rows: [['钦州市', '6.5'], ['中华人民共和国', '5 左右']] });
    const lines = table.trimEnd().split('\n');
    expect(displayWidth(lines[2].slice(0, lines[2].indexOf('6.5')))).toBe(displayWidth(lines[3].slice(0, lines[3].indexOf('5 左右'))));
    expect(renderCsv({ columns: ['a', 'b'], rows: [['x,y', '说"明"']] })).toBe('\ufeffa,b\r\n"x,y","说""明"""\r\n');
  });
});

describe('terms', () => {
  it('counts equal tokens and compounds containing a word; --exact only equal tokens', () => {
    const tokens = ['加强', '生态', '环保', '和', '生态环境', '保护', '污染', '污染'];
    expect(countTerms(tokens, ['生态', '环保', '污染'])).toEqual({ 生态: 2, 环保: 1, 污染: 2 });
    expect(countTerms(tokens, ['生态'], { exact: true })).toEqual({ 生态: 1 });
    expect(parseWordList('# c\n生态 100 n\n\n环保\n生态\n')).toEqual(['生态', '环保']);
  });
});

describe('search and follow-up helpers', () => {
  it('locates hits with part/section and marks terms', () => {
    const text = '一、回顾\n平陆运河开工建设。\n二、安排\n加快平陆运河建设，完成投资200亿元。';
    const sections = [
      { ord: 0, parent_ord: null, kind: 'review', title: '回顾', span_start: 0, span_end: 15 },
      { ord: 1, parent_ord: null, kind: 'plan', title: '安排', span_start: 15, span_end: text.length },
    ];
    const hits = locateHits(text, queryTerms('平陆运河 投资'), sections);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ part: 'plan', section: '安排' });
    expect(hits[0].snippet).toBe('加快【平陆运河】建设，完成【投资】200亿元。');
    expect(hits[0].html).toContain('<mark>平陆运河</mark>');
  });

  it('ranks the review sentence that reports on a commitment first', () => {
    const text = '平陆运河完成投资210亿元，船闸主体施工。新增学位5000个。城市道路改造完成。';
    const review = prepareReview(text, clauses(text, 0, text.length));
    const best = followUp({ quote: '力争平陆运河全年完成投资200亿元以上', action: '完成' }, review, 2);
    expect(best.candidates[0].text).toContain('平陆运河完成投资');
    expect(best.status).toBe('已完成');
    const seats = followUp({ quote: '新增学位6000个以上', action: '新增' }, review, 1);
    expect(seats.candidates[0].text).toContain('新增学位');
    expect(seats.status).toBe('有进展'); // 5000 of 6000
  });
});

describe('units across scales', () => {
  it('judges a result in 万亿元 against a target in 亿元 in the target’s unit', async () => {
    const { judge } = await import('../../src/analysis/track.js');
    const j = judge({ indicator: 'gdp', value: 50000, low: 50000, high: 50000, unit: '亿元', qualifier: 'at_least' }, 5.2, '万亿元');
    expect(j).toMatchObject({ verdict: 'met', gap: 2000 });
    expect(judge({ indicator: 'gdp', value: 5, low: 5, high: 5, unit: '%', qualifier: 'exact' }, 5.2, '万亿元').verdict).toBe('no verdict');
  });

  it('gives every amount in base units, exactly', async () => {
    const { toBase } = await import('../../src/analysis/units.js');
    expect(toBase({ value: 1035.61, low: 1035.61, high: 1035.61, unit: '亿元' })).toEqual({ value: 103561000000, low: 103561000000, high: 103561000000, unit: '元' });
    expect(toBase({ value: null, low: 5, high: 5.5, unit: '%' })).toEqual({ value: 5.25, low: 5, high: 5.5, unit: '%' });
    expect(toBase({ value: 0.8, low: 0.8, high: 0.8, unit: '万人' }).value).toBe(8000);
  });
});

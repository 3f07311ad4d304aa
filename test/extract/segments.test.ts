import { describe, expect, it } from 'vitest';
import { attributive, clauseFigures, clausesOf, collectParagraphs, segmentFigures, segmentsOf } from '../../src/extract/segments.js';
import { findFigures } from '../../src/extract/numbers.js';
import { parseReport } from '../../src/parse/parse.js';
import type { Span } from '../../src/types.js';

const pieces = (text: string, spans: Span[]): string[] => spans.map(([a, b]) => text.slice(a, b));

describe('the clause walk', () => {
  it('cuts a sentence into segments at 。；！？ but not at a thousands comma', () => {
    const t = '粮食产量3,680亿斤；工业增长5%。其余！';
    expect(pieces(t, segmentsOf(t, [0, t.length]))).toEqual(['粮食产量3,680亿斤', '工业增长5%', '其余']);
  });

  it('cuts a segment into clauses at ，： and at 、 right after a figure, not inside a figure list', () => {
    const t = '城镇居民人均可支配收入43539元、增长4.4%，分别增长5%、6%：完';
    const figs = findFigures(t, 0, t.length);
    expect(pieces(t, clausesOf(t, [0, t.length], figs))).toEqual(['城镇居民人均可支配收入43539元', '增长4.4%', '分别增长5%、6%', '完']);
  });

  it('drops figures that describe the noun after them (500万元以上项目)', () => {
    const t = '500万元以上项目固定资产投资增长8%';
    const figs = findFigures(t, 0, t.length);
    expect(attributive(t, figs[0])).toBe(true);
    expect(segmentFigures(t, [0, t.length]).map((f) => f.value)).toEqual([8]);
  });

  it('keeps the figures inside a clause', () => {
    const t = '增长5%，增长6%';
    const figs = findFigures(t, 0, t.length);
    expect(clauseFigures(figs, [0, 4]).map((f) => f.value)).toEqual([5]);
    expect(clauseFigures([], [0, 4])).toEqual([]);
  });

  it('lists paragraphs in text order with their part, section kind and the mixed-review flag', () => {
    const text = '政府工作报告\n\n各位代表：\n\n一、“十三五”时期发展成就和2020年主要工作\n\n全市地区生产总值增长6%。\n\n二、2021年主要目标\n\n地区生产总值增长6%左右。\n';
    const paras = collectParagraphs(parseReport(text));
    const gdp = paras.filter((p) => text.slice(p.span[0], p.span[1]).includes('地区生产总值'));
    expect(gdp.map((p) => [p.kind, p.mixed])).toEqual([
      ['review', true],
      ['targets', false],
    ]);
    expect(gdp[0].part).toBeLessThan(gdp[1].part);
    expect(gdp[0].sentences.length).toBe(1);
  });
});

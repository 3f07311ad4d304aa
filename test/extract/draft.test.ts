import { describe, expect, it } from 'vitest';
import { makeFact, qualitative, type FigureContext } from '../../src/extract/draft.js';
import { findFigures } from '../../src/extract/numbers.js';
import type { ReportMeta } from '../../src/types.js';

const year = { kind: 'actual', year: 2023, period: null } as const;
const fiveYears = { kind: 'actual', year: 2023, period: '2019-2023' } as const;

function fact(text: string, gapFrom: number, frame: FigureContext['frame'], measure: 'level' | 'growth' | 'avg_growth' = 'level', sign: 1 | -1 = 1) {
  const fig = findFigures(text, gapFrom, text.length)[0];
  const ctx: FigureContext = { clause: [0, text.length], clauseText: text, gap: text.slice(gapFrom, fig.start), frame, stretch: false, segment: 1, inStatement: false };
  return makeFact(text, 'gdp', fig, { measure, sign, rankOf: null }, ctx);
}

describe('building a fact', () => {
  it('quotes from the subject to the figure, signs a fall, keeps the range', () => {
    const f = fact('地区生产总值下降2%', 6, year, 'growth', -1);
    expect(f).toMatchObject({ quote: '地区生产总值下降2%', span: [0, 10], value: -2, low: -2, high: -2, year: 2023, period: null });
  });

  it('dates the start of a 由…到 pair in a multi-year frame, and a named base year', () => {
    expect(fact('地区生产总值由103.97亿元', 6, { kind: 'actual', year: 2023, period: '2003-2023' })).toMatchObject({ year: 2003, period: 'start' });
    expect(fact('地区生产总值达到5000亿元', 6, fiveYears)).toMatchObject({ year: 2023, period: null });
    expect(fact('地区生产总值比2020年增长20%', 6, year, 'growth')).toMatchObject({ period: '2020-2023' });
    expect(fact('地区生产总值年均增长6%', 6, year, 'avg_growth').period).toBe('multi-year');
    expect(fact('上半年地区生产总值增长6%', 9, year, 'growth').period).toBe('上半年');
  });

  it('keeps a qualitative target as its clause', () => {
    const t = '居民收入与经济增长基本同步';
    const q = qualitative(t, [0, t.length], 'disposable_income', year, { year: 2024 } as ReportMeta, false, 3);
    expect(q).toMatchObject({ kind: 'target', year: 2024, measure: 'growth', statement: t, quote: t, value: null, segment: 3 });
  });
});

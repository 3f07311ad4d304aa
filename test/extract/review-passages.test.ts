// Issue 21, point 3: review passages are never targets. A figure of a past period inside the statement or the plan
// of a year (1986年同1978年相比…增长102%) is a result of that period, and the national GDP series has no review figure
// as a target.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/extract/report.js';

const rows = readFileSync(new URL('../../corpus/national/government_work_reports.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { year: string | null; title: string; content: string });
const national = (year: number): ReturnType<typeof readReport> => {
  const row = rows.find((r) => Number(r.year) === year)!;
  return readReport(row.content, { year, title: row.title });
};

describe('review passages are never targets', () => {
  it('reads 1986年同1978年相比… in the 1987 report as results of 1986 and of 1978-1986, no target', () => {
    const r = national(1987);
    const gdp = r.facts.filter((f) => f.indicator === 'gdp' && /3480亿元/.test(f.quote));
    expect(gdp.length).toBeGreaterThan(0);
    for (const f of gdp) expect(f.kind).toBe('actual');
    expect(gdp.find((f) => f.measure === 'level' && f.value === 9380)).toMatchObject({ year: 1986, period: null });
    expect(gdp.find((f) => f.measure === 'growth' && f.value === 102)).toMatchObject({ period: '1978-1986', headline: false });
    expect(r.facts.filter((f) => f.kind === 'target' && f.headline && f.indicator === 'gdp')).toEqual([]);
  });

  it('finds 1999’s 今年的经济增长预期为7%左右', () => {
    const t = national(1999).facts.find((f) => f.indicator === 'gdp' && f.kind === 'target' && f.headline);
    expect(t).toMatchObject({ measure: 'growth', value: 7, qualifier: 'about', year: 1999 });
  });

  it('keeps every national headline GDP growth target a plan figure of its year (no review figure)', () => {
    for (const row of rows) {
      if (!row.year) continue;
      const year = Number(row.year);
      const r = readReport(row.content, { year, title: row.title });
      for (const f of r.facts.filter((x) => x.indicator === 'gdp' && x.kind === 'target' && x.headline && x.measure === 'growth')) {
        expect([f.year, f.period], `${year}: ${f.quote}`).toEqual([year, null]);
        expect(f.high ?? 0, `${year}: ${f.quote}`).toBeLessThanOrEqual(12);
      }
    }
  }, 60_000);

  it('never opens a statement on a sentence about a past year, in a plan part', () => {
    const r = readReport(
      '政府工作报告\n\n——2020年1月10日在钦州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2019年工作回顾\n\n全市地区生产总值增长6%。\n\n' +
        '二、2020年工作安排\n\n2019年同2015年相比，全市地区生产总值由800亿元增加到1100亿元，增长37%，固定资产投资增长40%，一般公共预算收入增长30%。推进各项工作。\n',
    );
    expect(r.facts.filter((f) => f.kind === 'target' && f.headline)).toEqual([]);
    expect(r.facts.find((f) => f.indicator === 'gdp' && f.measure === 'growth' && f.value === 37)).toMatchObject({ kind: 'actual', period: '2015-2019' });
  });
});

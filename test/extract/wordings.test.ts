// Issue 21: wordings of the year's target statement that reports state and the extractor had missed, as
// general grammar (measured on lawtext/gov's province and main-city reports: reports with no GDP growth target).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/extract/report.js';
import type { Fact } from '../../src/types.js';

function report(targets: string, review = '全市地区生产总值增长6%。', plan = '推进各项工作。'): ReturnType<typeof readReport> {
  return readReport(
    `政府工作报告\n\n——2020年1月10日在钦州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2019年工作回顾\n\n${review}\n\n二、2020年主要目标\n\n${targets}\n\n三、2020年工作安排\n\n${plan}\n`,
  );
}
const headline = (facts: Fact[], id: string): Fact | undefined => facts.find((f) => f.indicator === id && f.kind === 'target' && f.headline);

describe('target statement wordings (issue 21)', () => {
  it('reads a statement whose names follow markdown emphasis (**主要预期目标是：**地区生产总值增长…)', () => {
    const r = report('**今年经济社会发展的主要预期目标是：**地区生产总值增长6.5%，固定资产投资增长10%。');
    expect(headline(r.facts, 'gdp')).toMatchObject({ measure: 'growth', value: 6.5, year: 2020 });
    expect(headline(r.facts, 'fixed_asset_investment')).toMatchObject({ measure: 'growth', value: 10 });
  });
});

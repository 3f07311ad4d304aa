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
const headline = (facts: Fact[], id: string, measure = 'growth'): Fact | undefined =>
  facts.find((f) => f.indicator === id && f.kind === 'target' && f.headline && f.measure === measure);

describe('target statement wordings (issue 21)', () => {
  it('reads a statement whose names follow markdown emphasis (**主要预期目标是：**地区生产总值增长…)', () => {
    const r = report('**今年经济社会发展的主要预期目标是：**地区生产总值增长6.5%，固定资产投资增长10%。');
    expect(headline(r.facts, 'gdp')).toMatchObject({ measure: 'growth', value: 6.5, year: 2020 });
    expect(headline(r.facts, 'fixed_asset_investment')).toMatchObject({ measure: 'growth', value: 10 });
  });

  it('reads lead words 全力争取, 预期 and the basis 按可比价格 before a figure', () => {
    const a = report('主要预期目标是：全力争取地区生产总值增长8%左右，财政总收入增长4.5%左右。');
    expect(headline(a.facts, 'gdp')).toMatchObject({ measure: 'growth', value: 8, qualifier: 'about' });
    const b = report('主要预期目标是：预期国内生产总值增长11%，其中一、二、三产业增加值分别增长4.5%、12.5%和12%；地方财政一般预算收入增长9%。');
    expect(headline(b.facts, 'gdp')).toMatchObject({ measure: 'growth', value: 11 });
    const c = report('今年全市宏观经济调控的主要目标是：国内生产总值2008亿元，按可比价格增长9%；地方财政收入235.1亿元，增长12%。');
    expect(headline(c.facts, 'gdp')).toMatchObject({ measure: 'growth', value: 9 });
  });

  it('reads a part that names the year beside a new five-year period as the year’s plan', () => {
    const text = (title: string): string =>
      `政府工作报告\n\n——2006年1月10日在钦州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2005年工作回顾\n\n全市地区生产总值增长6%。\n\n二、${title}\n\n主要预期目标是：地区生产总值增长13%，力争14%。\n`;
    for (const title of ['“十一五”发展目标和2006年政府重点工作任务', '全面完成2006年的各项任务，努力实现“十一五”规划的良好开端']) {
      expect(headline(readReport(text(title)).facts, 'gdp'), title).toMatchObject({ measure: 'growth', value: 13, year: 2006 });
    }
  });
});

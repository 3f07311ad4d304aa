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

  it('reads 目标确定为, 预期为 and 建议…实现 with the indicator before or inside the opener', () => {
    const a = report('综合分析各种有利和不利因素，市委市政府把全市生产总值增长目标确定为6.5%左右。');
    expect(headline(a.facts, 'gdp')).toMatchObject({ value: 6.5, qualifier: 'about', year: 2020 });
    const b = report('今年的经济增长预期为7%左右。这是考虑了需要和可能的。');
    expect(headline(b.facts, 'gdp')).toMatchObject({ value: 7, qualifier: 'about' });
    const c = report('我们要坚定信心、克难奋进，建议奋力实现地区生产总值增长6.5%左右，一般公共预算收入、城乡居民收入增长与经济增长基本同步。');
    expect(headline(c.facts, 'gdp')).toMatchObject({ value: 6.5, qualifier: 'about', stretch: false });
  });

  it('reads openers that end in a colon: 主要经济指标预期是：, 计划目标为：, 主要安排是：, 1993年计划安排：', () => {
    for (const opener of ['今年主要经济指标预期是：', '我省确定今年国民经济和社会发展计划目标为：', '今年全省国民经济和社会发展的主要安排是：', '2020年计划安排：', '主要指标计划安排如下：']) {
      const r = report(`${opener}地区生产总值增长9%；固定资产投资增长12%。`);
      expect(headline(r.facts, 'gdp'), opener).toMatchObject({ value: 9 });
    }
    // Not a statement: 主要经济指标是近年来增长最好最快的一年 (no colon), 到2010年的奋斗目标是： (long range).
    const r = report('2019年全市生产总值增长7%，主要经济指标是近年来增长最好最快的一年。到2025年的奋斗目标是：地区生产总值增长9%。', '推进各项工作。');
    expect(headline(r.facts, 'gdp')).toBeUndefined();
  });

  it('reads the year’s statement inside a five-year part when the year was named last, and a line cut by a stray break', () => {
    const text =
      '政府工作报告\n\n——2008年1月10日在钦州市第十七届人民代表大会第一次会议上\n\n各位代表：\n\n一、本届政府工作回顾\n\n全市地区生产总值增长6%。\n\n' +
      '二、今后五年的发展思路和主要任务\n\n今后五年，经济社会发展的主要预期目标是：地区生产总值年均增长9%以上。\n\n' +
      '各位代表，2008年是新一届政府的开局年。做好今年的工作，意义重大。建议经济社会发展的主要预期目标是：地区生产总值增长11%，其中第二产业增长\n\n12%（工业增长13%），固定资产投资增长17%以上。\n';
    const r = readReport(text);
    expect(headline(r.facts, 'gdp')).toMatchObject({ value: 11, year: 2008 });
    expect(headline(r.facts, 'fixed_asset_investment')).toMatchObject({ value: 17, qualifier: 'at_least' });
  });

  it('reads 初步安排今年…, 初步确定2020年…, 计划安排…, 今年…生产总值预期增长…', () => {
    for (const sentence of [
      '初步安排今年全市生产总值增长9%以上，居民消费价格总水平上涨控制在3%以内。',
      '初步确定2020年全市生产总值增长9%，力争发展得更快更好些；财政总收入增长14%。',
      '综合考虑各方面因素，计划安排国内生产总值增长9%，其中第一产业增长4%。',
      '今年全市国内生产总值预期增长9%，其中一、二、三产业分别增长4%、11%、10%。',
    ]) {
      expect(headline(report(sentence).facts, 'gdp'), sentence).toMatchObject({ value: 9, year: 2020 });
    }
  });

  it('reads a qualifier set off by a space (增长 8% 以上, 控制在 3.5% 左右) and 三次产业增加值分别增长…', () => {
    const r = report('主要预期目标是：地区生产总值增长 8% 以上，其中三次产业增加值分别增长2%、5%和7%以上，居民消费价格涨幅控制在 3.5% 左右。');
    expect(headline(r.facts, 'gdp')).toMatchObject({ value: 8, qualifier: 'at_least' });
    expect(headline(r.facts, 'cpi')).toMatchObject({ value: 3.5, qualifier: 'about' });
    expect([1, 2, 3].map((n) => headline(r.facts, ['primary_industry', 'secondary_industry', 'tertiary_industry'][n - 1])?.value)).toEqual([2, 5, 7]);
  });
  it('reads an aggregate named before 其中 and its part as two indicators, and 可比增长 as growth', () => {
    const r = report('主要预期目标是：地方财政收入增长10%，其中公共财政预算收入增长8%；一般公共预算收入可比增长12%。');
    expect(headline(r.facts, 'fiscal_revenue')).toMatchObject({ measure: 'growth', value: 10 });
    expect(r.facts.filter((f) => f.indicator === 'public_budget_revenue' && f.kind === 'target').map((f) => f.value)).toEqual([8, 12]);
    // Without a part named after it, 地方财政收入 stays the local budget's revenue.
    expect(headline(report('主要预期目标是：地方财政收入增长10%，居民收入增长6%。').facts, 'public_budget_revenue')).toMatchObject({ value: 10 });
  });
  it('continues the statement through a sentence of duties that lists two or more of the year’s figures', () => {
    const r = report('建议奋力实现地区生产总值增长6.5%左右。要坚守底线、稳住基本盘，城镇登记失业率控制在3.5%以内，居民消费价格涨幅3.5%左右，坚决打赢三大攻坚战。要加快建设现代化都市。');
    expect(headline(r.facts, 'registered_unemployment', 'level')).toMatchObject({ value: 3.5, qualifier: 'at_most' });
    expect(headline(r.facts, 'cpi')).toMatchObject({ value: 3.5, qualifier: 'about' });
  });

  it('reads sector short names with their figure, 实现增加值, a basis 按…口径 before the name, and a price index as the index', () => {
    const r = report('主要预期目标是：地区生产总值增长7%。', '全年地区生产总值增长3.7%，其中一产增长4.7%、二产增长5.3%、三产增长2.9%；规模以上工业实现增加值924.2亿元；按验资口径实际利用外资15.47亿美元；居民消费价格指数103.5%。');
    const result = (id: string, measure = 'growth') => r.facts.find((f) => f.indicator === id && f.kind === 'actual' && f.measure === measure);
    expect([result('primary_industry')?.value, result('secondary_industry')?.value, result('tertiary_industry')?.value]).toEqual([4.7, 5.3, 2.9]);
    expect(result('industrial_value_added', 'level')).toMatchObject({ value: 924.2, unit: '亿元' });
    expect(result('foreign_investment', 'level')).toMatchObject({ value: 15.47, unit: '亿美元' });
    expect(result('cpi', 'level')).toMatchObject({ value: 103.5 });
    expect(result('cpi')).toBeUndefined();
  });

  it('never takes the name after 占 for the subject of a share', () => {
    const r = report('主要预期目标是：地区生产总值增长7%。', '三大重点产业产值增长17%，占全市地区生产总值的比重达38.5%；服务业增加值占GDP比重达36%。');
    expect(r.facts.filter((f) => f.measure === 'share').map((f) => [f.indicator, f.value])).toEqual([['tertiary_industry', 36]]);
  });
});

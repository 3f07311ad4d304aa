import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/extract/report.js';
import type { Fact } from '../../src/types.js';

// A small city report: review of 2023, then the 2024 targets and plan.
function report(review: string, targets: string, plan = '推进各项工作。'): ReturnType<typeof readReport> {
  return readReport(
    `政府工作报告\n\n——2024年1月10日在钦州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n${review}\n\n二、2024年主要目标\n\n${targets}\n\n三、2024年工作安排\n\n${plan}\n`,
  );
}
const pick = (facts: Fact[], id: string, kind?: string) => facts.filter((f) => f.indicator === id && (!kind || f.kind === kind));

describe('facts', () => {
  it('reads the target statement with qualifiers, 分别 lists and qualitative targets', () => {
    const r = report(
      '全市地区生产总值增长6%。',
      '今年主要预期目标是：地区生产总值增长6.5%左右，城镇、农村居民人均可支配收入分别增长5%、6.5%，居民消费价格涨幅控制在3%以内，城镇调查失业率5.5%左右，居民人均可支配收入与经济增长基本同步，粮食产量只增不减。',
    );
    const t = r.facts.filter((f) => f.kind === 'target' && f.headline);
    const gdp = pick(t, 'gdp')[0];
    expect([gdp.measure, gdp.value, gdp.qualifier, gdp.year]).toEqual(['growth', 6.5, 'about', 2024]);
    expect(pick(t, 'urban_disposable_income')[0].value).toBe(5);
    expect(pick(t, 'rural_disposable_income')[0].value).toBe(6.5);
    expect(pick(t, 'cpi')[0]).toMatchObject({ measure: 'growth', value: 3, qualifier: 'at_most' });
    expect(pick(t, 'surveyed_unemployment')[0]).toMatchObject({ measure: 'level', value: 5.5, qualifier: 'about' });
    const q = pick(t, 'disposable_income')[0];
    expect(q.value).toBeNull();
    expect(q.statement).toBe('居民人均可支配收入与经济增长基本同步');
    expect(pick(t, 'grain_output')[0].statement).toBe('粮食产量只增不减');
  });

  it('reads ranges and stretch goals; the firm figure is the headline', () => {
    const r = report('', '今年主要预期目标是：地区生产总值增长6%－6.5%；固定资产投资增长5%，力争实现两位数增长。');
    const gdp = pick(r.facts, 'gdp', 'target')[0];
    expect(gdp).toMatchObject({ qualifier: 'range', low: 6, high: 6.5, value: null, headline: true });
    const fai = pick(r.facts, 'fixed_asset_investment', 'target');
    expect(fai.find((f) => f.headline)).toMatchObject({ value: 5, stretch: false });
  });

  it('signs declines and keeps the subject across clauses', () => {
    const r = report('地区生产总值增长0.1%，其中第二产业增加值下降8.8%。GDP总量实现1035.61亿元，首次突破1000亿元大关，增长8.6%，增速排全区第一。', '');
    expect(pick(r.facts, 'secondary_industry')[0]).toMatchObject({ measure: 'growth', value: -8.8, kind: 'actual', year: 2023 });
    const gdp = pick(r.facts, 'gdp').filter((f) => f.headline);
    expect(gdp.map((f) => [f.measure, f.value])).toEqual([
      ['growth', 0.1],
      ['level', 1035.61],
      ['rank', 1],
    ]);
  });

  it('never takes a five-year average, a quarter or a 20-year start value for the year', () => {
    const r = report(
      '一季度地区生产总值增长3.1%。2003年到2023年，全市地区生产总值由103.97亿元增加到1117.56亿元，年均增长8.2%。全年地区生产总值增长6.2%。',
      '',
    );
    const head = pick(r.facts, 'gdp').filter((f) => f.headline);
    expect(head.map((f) => [f.measure, f.value])).toEqual([
      ['level', 1117.56],
      ['growth', 6.2],
    ]);
    const avg = pick(r.facts, 'gdp').find((f) => f.measure === 'avg_growth');
    expect(avg).toMatchObject({ value: 8.2, period: '2003-2023', headline: false });
    expect(pick(r.facts, 'gdp').find((f) => f.value === 103.97)).toMatchObject({ year: 2003, headline: false });
    expect(pick(r.facts, 'gdp').find((f) => f.value === 3.1)?.period).toBe('一季度');
  });

  it('does not give an indicator a figure that belongs to another subject', () => {
    const r = report('工业增加值突破500亿元，对GDP增长的贡献率达70%。对欧盟、东盟国家进出口总额分别增长38.7%、18.2%。全年民生支出221.4亿元、增长5.3%。', '');
    expect(pick(r.facts, 'gdp')).toEqual([]);
    expect(pick(r.facts, 'foreign_trade')).toEqual([]);
  });

  it('grounds every fact: text.slice(span) is the quote and every number is in it', () => {
    const r = report('全市地区生产总值增长6%，增速排全区第4位；城镇居民、农村居民人均可支配收入分别增长4.1%、6.8%。', '今年主要预期目标是：地区生产总值增长6.5%。');
    expect(r.facts.length).toBeGreaterThan(3);
    for (const f of r.facts) {
      expect(r.text.slice(f.span[0], f.span[1])).toBe(f.quote);
      if (f.value !== null && f.measure !== 'rank') expect(f.quote).toContain(String(Math.abs(f.value)));
    }
  });
});

describe('wordings seen in other reports', () => {
  it('reads parentheticals, 同口径, coordinated subjects and percentage-point changes', () => {
    const r = report(
      '全市常住人口城镇化率提高1.2个百分点，规模以上工业增加值增速比上年提高2个百分点。',
      '今年主要预期目标是：地区生产总值（GDP）增长6%左右，一般公共预算收入同口径增长5%，城乡居民人均可支配收入分别增长6%和7.5%，经济增长预期6%以上。',
    );
    const t = r.facts.filter((f) => f.kind === 'target' && f.headline);
    expect(pick(t, 'gdp')[0]).toMatchObject({ measure: 'growth', value: 6, qualifier: 'about' });
    expect(pick(t, 'public_budget_revenue')[0]).toMatchObject({ value: 5 });
    expect(pick(t, 'urban_disposable_income')[0].value).toBe(6);
    expect(pick(t, 'rural_disposable_income')[0].value).toBe(7.5);
    expect(pick(r.facts, 'urbanization_rate')[0]).toMatchObject({ measure: 'change', value: 1.2, unit: '个百分点' });
    expect(pick(r.facts, 'industrial_value_added')[0]).toMatchObject({ measure: 'change', value: 2 });
  });
});

describe('older national wording', () => {
  it('reads a one-figure target sentence whose indicator stands before the opener', () => {
    const r = readReport('各位代表：\n\n一、2002年工作回顾\n\n国内生产总值比上年增长8%。\n\n二、2003年工作\n\n综合分析国内外各种情况，今年经济增长预期目标为7%左右，这是必要的。\n');
    const gdp = r.facts.filter((f) => f.indicator === 'gdp' && f.headline);
    expect(gdp.map((f) => [f.kind, f.measure, f.value, f.qualifier])).toEqual([
      ['actual', 'growth', 8, 'exact'],
      ['target', 'growth', 7, 'about'],
    ]);
  });
});

describe('hints from a collection row', () => {
  it('fill the region and year the text leaves open', () => {
    const r = readReport('各位代表：\n\n主要预期目标是：地区生产总值增长6%左右。', { region: '广西', year: 2024 });
    expect(r.meta).toMatchObject({ region: '广西壮族自治区', regionCode: '450000', level: 'province', year: 2024, reviewYear: 2023 });
  });

  it('reads a statement of several sentences, a stretch clause in the middle, and a list on the next lines', () => {
    const head = (r: ReturnType<typeof readReport>) =>
      r.facts.filter((f) => f.kind === 'target' && f.headline).map((f) => `${f.indicator} ${f.low}${f.high !== f.low ? '-' + f.high : ''} ${f.qualifier}`);
    const r = report(
      '',
      '今年主要预期目标是：地区生产总值增长6%左右，在实际工作中努力争取更好结果。规上工业增加值增长7%，固定资产投资增长8%。城镇居民人均可支配收入增长7%左右、农村居民人均可支配收入增长8%左右。实现上述目标，全市工业增加值要增长10%。',
    );
    expect(head(r)).toEqual([
      'gdp 6 about',
      'industrial_value_added 7 exact',
      'fixed_asset_investment 8 exact',
      'urban_disposable_income 7 about',
      'rural_disposable_income 8 about',
    ]);
    const list = report('', '今年主要预期目标是：\n1.地区生产总值增长6%左右；\n2.规上工业增加值增长7%；\n3.固定资产投资增长8%。\n\n城镇新增就业2万人。');
    expect(head(list)).toEqual(['gdp 6 about', 'industrial_value_added 7 exact', 'fixed_asset_investment 8 exact']);
  });

  it('reads industries written as ordinals, with a qualifier after each value', () => {
    for (const subject of ['一二三产增加值', '一产、二产、三产增加值', '第一、二、三产业增加值', '第一、第二、第三产业增加值']) {
      const r = report('', `今年主要预期目标是：地区生产总值增长5%，${subject}分别增长3.5%左右、6%以上和5%。`);
      const t = r.facts.filter((f) => f.kind === 'target' && f.headline && f.indicator.endsWith('_industry'));
      expect(t.map((f) => [f.indicator, f.value, f.qualifier]), subject).toEqual([
        ['primary_industry', 3.5, 'about'],
        ['secondary_industry', 6, 'at_least'],
        ['tertiary_industry', 5, 'exact'],
      ]);
    }
  });

  it('reads full-width thousands separators as one number', () => {
    const r = report('全年粮食总产量3，680亿斤，一般公共预算收入13，980，000，000元。', '');
    expect(pick(r.facts, 'grain_output')[0]).toMatchObject({ value: 3680, unit: '亿斤', quote: '全年粮食总产量3,680亿斤' });
    expect(pick(r.facts, 'public_budget_revenue')[0]).toMatchObject({ value: 13980000000, unit: '元' });
  });

  it('reads a budget figure written as 按增长5%安排', () => {
    const r = report('', '今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入按增长5%安排。');
    expect(pick(r.facts, 'public_budget_revenue', 'target').find((f) => f.headline)).toMatchObject({ measure: 'growth', value: 5 });
  });
});

// Wordings of unseen reports (the dev set's check batches), one case per class fixed for them.
describe('facts: wordings of unseen reports', () => {
  const head = (r: ReturnType<typeof readReport>, id: string, kind = 'actual') =>
    pick(r.facts, id, kind).filter((f) => f.headline).map((f) => [f.measure, f.value ?? f.low]);

  it('dates the end of a 由/从…到 pair and the pairs after it; the start is not the year’s', () => {
    const r = report('这五年，全市生产总值从2018年的2.6万亿元增长到2023年的3.62万亿元，一般公共预算收入从2649.2亿元增长到3826.4亿元。', '');
    expect(head(r, 'gdp')).toEqual([['level', 3.62]]);
    expect(head(r, 'public_budget_revenue')).toEqual([['level', 3826.4]]);
    expect(pick(r.facts, 'gdp').find((f) => f.value === 2.6)?.year).toBe(2018);
  });

  it('reads a streak’s rank as the year’s, 全年平均 as the year’s figure, and 年均 levels as averages', () => {
    const r = report('全市地区生产总值迈上1万亿元新台阶、连续36年居全省首位。调查失业率全年平均为5.45%。城镇新增就业年均超过14万人，城镇新增就业13.2万人。', '');
    expect(head(r, 'gdp')).toEqual([['level', 1], ['rank', 1]]);
    expect(head(r, 'surveyed_unemployment')).toEqual([['level', 5.45]]);
    expect(head(r, 'new_urban_jobs')).toEqual([['level', 13.2]]);
  });

  it('shares one figure over a list closed by a name the lexicon lacks, then distributes 分别', () => {
    const r = report('全市地区生产总值、固定资产投资、全部工业总产值均突破4000亿元，分别增长8%、12%和14%。', '');
    expect(head(r, 'gdp')).toEqual([['level', 4000], ['growth', 8]]);
    expect(head(r, 'fixed_asset_investment')).toEqual([['level', 4000], ['growth', 12]]);
  });

  it('keeps a subject past a figure that is not its own, and past a milestone', () => {
    const r = report('全市地区生产总值连跨4个千亿台阶，2023年达到1.3万亿元、增长5.8%，增速居全省第3位。人均地区生产总值突破5万关口、达到5.28万元。', '');
    expect(head(r, 'gdp')).toEqual([['level', 1.3], ['growth', 5.8], ['rank', 3]]);
    expect(head(r, 'gdp_per_capita')).toEqual([['level', 5.28]]);
  });

  it('reads adjusted bases without taking their words for the verb', () => {
    const r = report('一般公共预算收入剔除减税降费不可比因素增长9.5%，剔除增值税留抵退税因素后社会消费品零售总额同比下降9.7%。', '');
    expect(head(r, 'public_budget_revenue')).toEqual([['growth', 9.5]]);
    expect(head(r, 'retail_sales')).toEqual([['growth', -9.7]]);
  });

  it('takes no margin over another region and no moved share for a figure of the indicator', () => {
    const r = report('', '今年主要预期目标是：农村居民人均可支配收入增速高于全国0.7个百分点左右，服务业增加值占地区生产总值比重提高1个百分点，地区生产总值增长6%。');
    expect(pick(r.facts, 'rural_disposable_income', 'target').filter((f) => f.value !== null)).toEqual([]);
    expect(pick(r.facts, 'tertiary_industry', 'target').filter((f) => f.value !== null)).toEqual([]);
  });

  it('never gives the headline to a district’s figures', () => {
    const r = report('全市固定资产投资突破4000亿元。新区全年在建项目547个，固定资产投资完成355亿元、增长17.6%。', '');
    expect(head(r, 'fixed_asset_investment')).toEqual([['level', 4000]]);
  });

  it('reads an amount only in a unit its indicator is counted in', () => {
    const r = report('全市粮食播种面积44万亩、新增2.9万亩，粮食增产4.2亿斤，总产46亿斤。', '');
    expect(head(r, 'grain_output')).toEqual([['change', 4.2], ['level', 46]]);
  });

  it('restores heads written once in front and topics that shorten a name', () => {
    const r = report(
      '预计研发经费投入增长25%、投入强度提升至1.4%。完成港口吞吐量1.26亿吨、集装箱204.5万标箱。',
      '今年主要预期目标是：地区生产总值增长6%，万元地区生产总值能耗、二氧化碳排放分别下降2.5%和3%左右。',
    );
    expect(head(r, 'rd_intensity')).toEqual([['level', 1.4]]);
    expect(head(r, 'container_throughput')).toEqual([['level', 204.5]]);
    expect(head(r, 'carbon_intensity', 'target')).toEqual([['growth', -3]]);
  });
});

describe('facts: a county report', () => {
  it('reads a county’s header, results and targets (全县, 同比(下同), 分别达到…、增长…)', () => {
    const r = readReport(
      '政府工作报告\n——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n县长 陈永高\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n' +
        '一、2022年工作回顾\n全年地区生产总值同比(下同)增长4.5%，地方一般公共预算收入增长8.18%。全县城镇、农村居民人均可支配收入分别达到6.2万元、4.1万元，增长5.3%、6.7%。\n' +
        '二、2023年工作安排\n今年经济社会发展的主要预期目标是：全县地区生产总值增长6.5%左右，固定资产投资增长8%。\n',
    );
    expect([r.meta.region, r.meta.regionCode, r.meta.level, r.meta.year]).toEqual(['长沙县', '430121', 'county', 2023]);
    const h = r.facts.filter((f) => f.headline).map((f) => `${f.kind} ${f.indicator} ${f.measure} ${f.value}`);
    expect(h).toEqual([
      'actual gdp growth 4.5',
      'actual public_budget_revenue growth 8.18',
      'actual urban_disposable_income level 6.2',
      'actual rural_disposable_income level 4.1',
      'actual urban_disposable_income growth 5.3',
      'actual rural_disposable_income growth 6.7',
      'target gdp growth 6.5',
      'target fixed_asset_investment growth 8',
    ]);
  });
});

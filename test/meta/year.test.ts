// The year reader: which evidence wins (the head's date line, the part titles, the title, the body), and the
// phrasings of each. Synthetic texts shaped like the reports of lawtext/gov whose years were once read wrong.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headDate, titleYear, yearsIn } from '../../src/extract/year.js';
import { readMeta } from '../../src/extract/meta.js';
import { readReport } from '../../src/extract/report.js';
import { parseReport } from '../../src/parse/parse.js';
import { runTask } from '../../src/store/tasks.js';

const meta = (text: string, title: string | null = null) => readMeta(text, parseReport(text), title);

describe('headDate: the date line at the head', () => {
  const cases: Array<[string, [number, number, number | null, string | null] | null]> = [
    ['——2024年2月1日在防城港市第七届人民代表大会第五次会议上', [2024, 2, 1, null]],
    ['（2004年2月12日 徐荣凯）', [2004, 2, 12, '徐荣凯']],
    ['(2010年1月22日 秦光荣)', [2010, 1, 22, '秦光荣']],
    ['——2003年1月10日沈阳市第十三届人民代表大会第一次会议通过', [2003, 1, 10, null]],
    ['**（2005年2月22日）**', [2005, 2, 22, null]],
    ['在四川省第十三届人民代表大会第二次会议上（2019年1月14日）', [2019, 1, 14, null]],
    ['（一九七八年二月二十六日在第五届全国人民代表大会第一次会议上）', [1978, 2, 26, null]],
    ['2003年1月在市第十三届人民代表大会第一次会议上', [2003, 1, null, null]],
    ['——2012年1月10日在合肥市', [2012, 1, 10, null]],
    ['（1999年12月29日，征求意见稿）', [1999, 12, 29, null]],
    // A sentence with a date is no date line.
    ['2023年1月1日起，全市实施新的条例，取得良好效果。', null],
    ['本届政府2003年1月就职，任期即将结束', null],
    ['2023年工作回顾', null],
  ];
  for (const [line, want] of cases) {
    it(line, () => {
      const d = headDate(line);
      expect(d && [d.year, d.month, d.day, d.name]).toEqual(want);
    });
  }

  it('takes the first date line of the head', () => {
    expect(headDate('政府工作报告\n\n（2006年1月10日 于幼军）\n\n2005年10月省委全会通过了建议')?.year).toBe(2006);
  });
});

describe('titleYear and yearsIn: one year, never a range or a target', () => {
  it.each([
    ['天津市2003年政府工作报告', 2003],
    ['2008年山西省政府工作报告', 2008],
    ['兰州市人民政府工作报告（2022）', 2022],
    ['一九八四年政府工作报告', 1984],
    ['厦门市第十二届人民代表大会第三次会议政府工作报告', null],
    ['关于2002年工作和2003年工作安排的报告', null],
    ['“十一五”规划纲要（2006—2010年）', null],
    ['政府工作报告', null],
    [null, null],
  ])('%s -> %s', (title, want) => expect(titleYear(title)).toBe(want));

  it('leaves out ranges and targets', () => {
    expect(yearsIn('2021—2025年，2006-2010年，2021年至2025年，到2020年，至2035年，截至2023年底')).toEqual([]);
    expect(yearsIn('2023年，全市经济增长；2024年是关键之年')).toEqual([2023, 2024]);
    expect(yearsIn('12345年 2024 年')).toEqual([2024]);
  });
});

describe('readMeta: which evidence of the year wins', () => {
  const body = (parts: string) => `各位代表：\n\n现在，我代表省人民政府向大会作政府工作报告，请予审议。\n\n${parts}`;
  const fiveYears = '一、“十五”时期国民经济和社会发展的回顾\n\n2001年至2005年，全省生产总值年均增长10%。\n\n二、“十一五”时期的主要任务\n\n到2010年，全省生产总值比2005年翻一番，2006—2010年年均增长10%。2010年2010年2010年。\n';

  it('the date line beats a plan-opening report’s five-year range', () => {
    const m = meta(`（2006年1月10日 于幼军）\n\n${body(fiveYears)}`, '山西省2006年政府工作报告');
    expect([m.year, m.reviewYear, m.date, m.speaker]).toEqual([2006, 2005, '2006-01-10', '于幼军']);
  });

  it('a date line that ends in 会议通过, with no 在…上', () => {
    const m = meta(`——2003年1月10日沈阳市第十三届人民代表大会第一次会议通过\n\n${body('一、过去五年的工作回顾\n\n过去的五年，1998年全市经济增长。1998年。\n')}`);
    expect([m.year, m.date]).toEqual([2003, '2003-01-10']);
  });

  it('the title beats the body when the head has no date (过去五年, years of the past term in the body)', () => {
    const text = body('一、过去五年工作的回顾\n\n1998年1月省九届人大一次会议以来，各级政府认真工作。1998年，1998年，1998年，2002年。\n\n二、今后发展的目标\n\n全力推进改革开放。\n');
    expect(meta(text, '陕西省2003年政府工作报告').year).toBe(2003);
    expect(meta(text).year).not.toBe(2003); // without the title only the body's years are left
  });

  it('a title line at the head of the text counts as the title', () => {
    const text = `**2007年政府工作报告**\n\n**──在太原市第十二届人民代表大会第一次会议上**\n\n${body('一、本届政府工作回顾\n\n本届政府自2002年3月选举产生以来，任期届满。2011年，2011年，2011年。\n')}`;
    expect(meta(text).year).toBe(2007);
  });

  it('the part titles beat a title that names the year under review (2008年工作回顾 in 2008年…工作报告)', () => {
    const text = body('一、2008年工作回顾\n\n2008年，是极不平凡的一年。\n\n二、2009年工作安排\n\n全省生产总值增长9%。\n');
    expect(meta(text, '2008年四川省人民政府工作报告')).toMatchObject({ year: 2009, reviewYear: 2008 });
  });

  it('the date line beats a title of the year under review', () => {
    const text = `在四川省第十三届人民代表大会第二次会议上（2019年1月14日）\n\n${body('一、2018年工作回顾\n\n过去一年，全省经济增长。\n')}`;
    expect(meta(text, '2018年四川省人民政府工作报告').year).toBe(2019);
  });

  it('a date line years away from the title: what the text says decides (a copied date line)', () => {
    const text = `（2010年2月20日 梁保华）\n\n${body('一、过去五年工作回顾\n\n刚刚过去的2002年，全省经济增长。\n')}`;
    expect(meta(text, '江苏省2003年政府工作报告').year).toBe(2003);
  });

  it('of several plan parts, the year most of them lead with (关于2019年工作 read as a plan part)', () => {
    const text = `2020年5月9日在四川省第十三届人民代表大会第三次会议上\n\n${body('一、关于2019年工作\n\n过去一年。\n\n二、关于2020年目标任务及考虑\n\n目标。\n\n三、关于2020年重点工作安排建议\n\n安排。\n')}`;
    expect(meta(text, '2019年四川省人民政府工作报告').year).toBe(2020);
  });

  it('a year after the first comma of a part title is the body’s, not the part’s', () => {
    const text = body('（一）省六届人大二次会议提出，一九八四年全省的主要任务，是着重抓好经济体制改革\n\n（二）今年是以城市改革为重点的经济体制改革的第一年\n\n工作。\n');
    expect(meta(text, '1985年政府工作报告').year).toBe(1985);
  });

  it('the store passes a file’s front-matter title to the extractor (readReport hints)', () => {
    const text = body('一、过去五年工作的回顾\n\n各级政府认真工作。1998年，1998年，1998年。\n');
    expect(readReport(text, { title: '天津市2003年政府工作报告' }).meta.year).toBe(2003);
  });

  it('ingest reads a file’s front-matter title as evidence and stores the hints as given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-year-'));
    try {
      const path = join(dir, '2003.md');
      writeFileSync(path, `---\ntitle: 天津市2003年政府工作报告\n---\n\n${body('一、过去五年工作的回顾\n\n各级政府认真工作。1998年，1998年，1998年。\n')}`);
      const r = await runTask({ kind: 'file', path }, '2026-01-01T00:00:00Z');
      if (!r.ok) throw new Error(r.error);
      expect([r.rows.document.year, r.rows.document.title, r.rows.document.hints]).toEqual([2003, '天津市2003年政府工作报告', null]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

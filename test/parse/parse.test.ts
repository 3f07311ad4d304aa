import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allSections, paragraphs, parseReport, sectionAt, sentences } from '../../src/parse/parse.js';
import type { ParagraphNode, SectionNode } from '../../src/types.js';
import { national, seeds } from './corpus.js';

/** Every structural promise of parseReport, checked on one text. */
function checkTree(text: string, sections: SectionNode[]): void {
  expect(sections[0].kind).toBe('preamble');
  expect(sections[0].span[0]).toBe(0);
  expect(sections[sections.length - 1].span[1]).toBe(text.length);
  for (let i = 1; i < sections.length; i++) expect(sections[i].span[0]).toBe(sections[i - 1].span[1]);
  const checkChildren = (parent: { span: [number, number] }, children: Array<SectionNode | ParagraphNode>): void => {
    let at = parent.span[0];
    for (const c of children) {
      expect(c.span[0]).toBeGreaterThanOrEqual(at);
      expect(c.span[1]).toBeGreaterThanOrEqual(c.span[0]);
      expect(c.span[1]).toBeLessThanOrEqual(parent.span[1]);
      at = c.span[1];
      if (c.type === 'section') {
        if (c.titleSpan) {
          expect(c.titleSpan[0]).toBeGreaterThanOrEqual(c.span[0]);
          expect(c.titleSpan[1]).toBeLessThanOrEqual(c.span[1]);
        }
        checkChildren(c, c.children);
      } else {
        let s = c.span[0];
        for (const sent of c.children) {
          expect(sent.span[0]).toBeGreaterThanOrEqual(s);
          expect(sent.span[1]).toBeGreaterThan(sent.span[0]);
          expect(sent.span[1]).toBeLessThanOrEqual(c.span[1]);
          expect(/\s/.test(text[sent.span[0]])).toBe(false);
          s = sent.span[1];
        }
      }
    }
  };
  for (const s of sections) checkChildren(s, s.children);
}

const topKinds = (text: string): string[] => parseReport(text).map((s) => s.kind);
const seedText = (prefix: string): string => seeds().find((s) => s.name.startsWith(prefix))!.text;
const nationalText = (year: string): string => national().find((r) => r.year === year)!.text;

describe('parseReport on the corpus', () => {
  it('keeps every invariant on the seeds and every national row', () => {
    const docs = [...seeds().map((s) => s.text), ...national().map((r) => r.text)];
    expect(docs.length).toBeGreaterThan(70);
    for (const text of docs) checkTree(text, parseReport(text));
  });

  it('finds the three parts of the seeds', () => {
    expect(topKinds(seedText('000'))).toEqual(['preamble', 'review', 'targets', 'plan']);
    for (const p of ['001', '002', '003', '004']) {
      expect(topKinds(seedText(p))).toEqual(['preamble', 'review', 'plan', 'self_building']);
    }
  });

  it('nests （一） parts and classifies a self-building item inside the plan', () => {
    const secs = parseReport(seedText('000'));
    expect(secs[1].title).toBe('2023年工作回顾');
    expect(secs[1].marker).toBe('一、');
    const subs = secs[1].children.filter((c): c is SectionNode => c.type === 'section');
    expect(subs.map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）']);
    expect(subs.every((s) => s.kind === 'review' && s.level === 2)).toBe(true);
    const plan = secs[3].children.filter((c): c is SectionNode => c.type === 'section');
    expect(plan).toHaveLength(9);
    expect(plan[8].kind).toBe('self_building');
    expect(plan[0].kind).toBe('plan');
  });

  it('represents a run-in title as titleSpan plus the whole line as the first paragraph', () => {
    const text = seedText('001');
    const secs = parseReport(text);
    const first = secs[1].children.find((c): c is SectionNode => c.type === 'section')!;
    expect(first.title).toBe('科学调度经济运行');
    expect(text.slice(first.titleSpan![0], first.titleSpan![1])).toBe('科学调度经济运行');
    const p = first.children[0] as ParagraphNode;
    expect(p.type).toBe('paragraph');
    expect(text.slice(p.span[0], p.span[0] + 3)).toBe('（一）');
    expect(text.slice(p.children[0].span[0], p.children[0].span[1])).toBe('（一）科学调度经济运行。');
  });

  it('reads the header of seed 001 as preamble paragraphs', () => {
    const text = seedText('001');
    const pre = parseReport(text)[0];
    const lines = pre.children.map((p) => text.slice(p.span[0], p.span[1]));
    expect(lines[0]).toBe('政府工作报告');
    expect(lines.some((l) => /^市长\s+黄\s+江$/.test(l))).toBe(true);
  });

  it('classifies the national parts, plan-opening years included', () => {
    expect(topKinds(nationalText('2024'))).toEqual(['preamble', 'review', 'targets', 'plan']);
    expect(topKinds(nationalText('2021'))).toEqual(['preamble', 'review', 'five_year_plan', 'plan']);
    expect(topKinds(nationalText('2016'))).toEqual(['preamble', 'review', 'five_year_plan', 'plan']);
    expect(topKinds(nationalText('2011'))).toEqual(['preamble', 'five_year_review', 'five_year_plan', 'plan']);
    expect(topKinds(nationalText('2023'))).toEqual(['preamble', 'review', 'plan']);
    expect(topKinds(nationalText('2018'))).toEqual(['preamble', 'five_year_review', 'targets', 'plan']);
    expect(topKinds(nationalText('2015'))).toEqual(['preamble', 'review', 'targets', 'plan', 'plan', 'plan', 'self_building']);
    expect(topKinds(nationalText('2010'))).toEqual(['preamble', 'review', 'plan']);
  });

  it('keeps headless old reports whole', () => {
    const text = nationalText('1975');
    const secs = parseReport(text);
    expect(secs).toHaveLength(2);
    expect(secs[1].span).toEqual([secs[0].span[1], text.length]);
  });

  it('parses a 50 KB report in well under 2 ms after warm-up', () => {
    const text = seedText('001');
    for (let i = 0; i < 200; i++) parseReport(text);
    const n = 300;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) parseReport(text);
    const ms = (performance.now() - t0) / n;
    console.log(`parseReport: ${(text.length / 1024).toFixed(1)} K chars in ${ms.toFixed(3)} ms`);
    expect(ms).toBeLessThan(5); // target < 2 ms; loose bound against noisy CI machines
  });
});

describe('parseReport on synthetic text', () => {
  const doc = [
    '各位代表：',
    '',
    '现在，我代表县人民政府向大会报告工作。',
    '',
    '第一部分 2023年工作回顾',
    '',
    '(一)经济运行稳中向好。全县生产总值增长6%。',
    '',
    '一是工业稳步增长。二是农业丰收。',
    '',
    '（二）民生持续改善',
    '',
    '1.教育。新增学位6000个。',
    '',
    '（1）学前教育',
    '',
    '新建幼儿园3所！还要再建？',
    '',
    '2.医疗',
    '',
    '第二部分 2024年工作安排',
    '',
    '一、这是一个列表项，不是标题；',
    '',
    '主要预期目标是：地区生产总值增长6%左右。',
  ].join('\n');

  it('builds levels 1–4 and leaves list items as paragraphs', () => {
    const secs = parseReport(doc);
    checkTree(doc, secs);
    expect(secs.map((s) => s.kind)).toEqual(['preamble', 'review', 'plan']);
    const all = allSections(secs);
    expect(all.map((s) => [s.level, s.marker, s.title])).toEqual([
      [1, null, ''],
      [1, '第一部分', '2023年工作回顾'],
      [2, '(一)', '经济运行稳中向好'],
      [2, '（二）', '民生持续改善'],
      [3, '1.', '教育'],
      [4, '（1）', '学前教育'],
      [3, '2.', '医疗'],
      [1, '第二部分', '2024年工作安排'],
    ]);
    const texts = sentences(secs).map((s) => doc.slice(s.span[0], s.span[1]));
    expect(texts).toContain('一是工业稳步增长。');
    expect(texts).toContain('新建幼儿园3所！');
    expect(texts).toContain('还要再建？');
    expect(texts).toContain('一、这是一个列表项，不是标题；');
    expect(paragraphs(secs).length).toBe(8);
  });

  it('finds the section path at an offset', () => {
    const secs = parseReport(doc);
    const at = doc.indexOf('新建幼儿园');
    expect(sectionAt(secs, at).map((s) => s.marker)).toEqual(['第一部分', '（二）', '1.', '（1）']);
    expect(sectionAt(secs, 0).map((s) => s.kind)).toEqual(['preamble']);
    expect(sectionAt(secs, doc.length)).toEqual([]);
  });

  it('never throws and always covers the text (property)', () => {
    const token = fc.constantFrom('一、', '二、', '三、', '（一）', '(二)', '1.', '2、', '（1）', '第一部分', '各位代表：', '\n', '\n\n', '。', '！', '；', '工作回顾', '2024年', '主要预期目标', ' ', '\u3000', '”', '结束语', '增长5%');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        checkTree(text, parseReport(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseReport on scraped and republished layouts', () => {
  const kinds = (text: string) => parseReport(text).map((s) => [s.kind, s.title]);

  it('reads a heading glued to its first sentence, and part titles without markers or blank lines', () => {
    const glued = '各位代表：\n一、2023年工作回顾过去一年，面对复杂严峻的外部环境，全市上下团结一心，地区生产总值增长5%。\n二、2024年工作安排今年是实施“十四五”规划的关键一年，要抓好以下工作。\n（一）抓项目。开工项目100个。';
    expect(kinds(glued)).toEqual([['preamble', ''], ['review', '2023年工作回顾'], ['plan', '2024年工作安排']]);
    const bare = '各位代表：\n2023年工作回顾\n过去一年，全市地区生产总值增长5%。\n2024年工作安排\n（一）抓项目。开工项目100个。';
    expect(kinds(bare)).toEqual([['preamble', ''], ['review', '2023年工作回顾'], ['plan', '2024年工作安排']]);
    // A title that merely starts like a part name is one title.
    expect(kinds('各位代表：\n\n一、2024年工作安排和主要任务\n\n（一）抓项目。')[1]).toEqual(['plan', '2024年工作安排和主要任务']);
  });

  it('classifies the parts of plan-opening years and combined reviews', () => {
    const text = (a: string, b: string) => `各位代表：\n\n一、${a}\n\n过去一年，地区生产总值增长5%。\n\n二、${b}\n\n（一）抓项目。开工项目100个。`;
    expect(kinds(text('2025年和“十四五”时期工作回顾', '“十五五”时期主要目标任务'))[1][0]).toBe('review');
    expect(kinds(text('2022年和过去五年工作回顾', '2023年主要工作建议'))[1][0]).toBe('review');
    expect(kinds(text('“十一五”时期的回顾', '努力实现“十二五”良好开局')).map((k) => k[0])).toEqual(['preamble', 'five_year_review', 'plan']);
    expect(kinds(text('过去五年工作回顾', '今后五年的目标任务和2013年工作建议'))[2][0]).toBe('plan');
    expect(kinds(text('2023年工作回顾', '2024年目标任务和重点工作'))[2][0]).toBe('plan');
    // A year of the period named as such is one year's review; a title that is the year's 目标要求 its targets (内蒙古
    // 2022), one that goes on to the work the plan (明确2012年目标要求，力促经济又好又快发展).
    expect(kinds(text('“十四五”开局起步之年的工作回顾', '2022年经济社会发展的目标要求')).map((k) => k[0])).toEqual(['preamble', 'review', 'targets']);
    expect(kinds(text('2011年工作回顾', '明确2012年目标要求，力促经济又好又快发展'))[2][0]).toBe('plan');
    // Titles that name nothing: the first part's opening words say it is the review; the rest is the plan.
    expect(kinds(text('攻坚克难，保持了经济社会健康发展的好势头', '适应新常态，奋力开创新局面')).map((k) => k[0])).toEqual(['preamble', 'review', 'plan']);
  });

  it('keeps annexes apart: their numbering restarts and they do not join the last part', () => {
    const text = '各位代表：\n\n一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n二、2024年工作安排\n\n（一）抓项目。开工项目100个。\n\n三、加强政府自身建设\n\n依法行政。\n\n《政府工作报告》附件1\n\n2024年为民办实事\n\n一、新建学校10所。\n\n二、改造老旧小区50个。\n\n三、新增公交线路5条。\n\n附件2\n\n名词解释\n\n“三上”企业：指规模以上工业企业。';
    const top = parseReport(text);
    expect(top.map((s) => [s.kind, s.title])).toEqual([
      ['preamble', ''],
      ['review', '2023年工作回顾'],
      ['plan', '2024年工作安排'],
      ['self_building', '加强政府自身建设'],
      ['plan', '《政府工作报告》附件1'],
      ['other', '附件2'],
    ]);
    const annex = top[4].children.find((c) => c.type === 'section') as SectionNode;
    expect(annex.title).toBe('2024年为民办实事');
    expect(annex.children.filter((c) => c.type === 'section').map((c) => (c as SectionNode).marker)).toEqual(["一、", "二、", "三、"]);
  });

  it('takes only 各位代表： as the salutation, not a later 各位代表，… paragraph', () => {
    const text = '政府工作报告\n（2018年2月6日在贵阳市第十四届人民代表大会第三次会议上）\n\n一、2017年政府工作回顾\n\n过去一年，地区生产总值增长11.3%。\n\n各位代表，一年来我们迎难而上。\n\n二、2018年工作安排\n\n（一）抓项目。';
    expect(parseReport(text).map((s) => s.kind)).toEqual(['preamble', 'review', 'plan']);
  });
});

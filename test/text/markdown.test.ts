import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownToText } from '../../src/text/markdown.js';
import { docFromBytes } from '../../src/text/load.js';
import { readReport } from '../../src/extract/report.js';

const MD = `---
source: https://www.example.gov.cn/zfgzbg/2015.html
title: 2015年政府工作报告
---

**——2015年1月26日在云南省第十二届人民代表大会第三次会议上**

**省人民政府代省长 陈豪**

各位代表：

**一、2014年政府工作回顾**

全省生产总值增长8.1%，[一般公共预算收入](https://x.y/z)增长5.4%。

**二、2015年工作安排**

今年经济社会发展的主要预期目标是：生产总值增长8.5%左右。

1. “一带一路”
2. 供给侧结构性改革

| 指标 | 目标 |
|---|---|
| 生产总值 | 8.5% |
`;

describe('markdownToText', () => {
  it('keeps the text a reader sees: no emphasis marks, link text without its address, front matter as hints', () => {
    const md = markdownToText(MD);
    expect(md.title).toBe('2015年政府工作报告');
    expect(md.url).toBe('https://www.example.gov.cn/zfgzbg/2015.html');
    expect(md.text).not.toMatch(/\*\*|source:|https:/);
    expect(md.text).toContain('一、2014年政府工作回顾');
    expect(md.text).toContain('全省生产总值增长8.1%，一般公共预算收入增长5.4%。');
    // Ordered list numbers are report text (numbered items and headings), table rows are lines.
    expect(md.text).toContain('1. “一带一路”\n\n2. 供给侧结构性改革');
    expect(md.text).toContain('生产总值 8.5%');
  });

  it('gives a report whose parts and targets read as from plain text', async () => {
    const doc = await docFromBytes(Buffer.from(MD), 'yunnan-2015.md');
    expect(doc.format).toBe('md');
    const r = readReport(doc.raw);
    expect(r.sections.map((s) => s.kind)).toEqual(['preamble', 'review', 'plan']);
    const gdp = r.facts.find((f) => f.kind === 'target' && f.headline && f.indicator === 'gdp');
    expect(gdp).toMatchObject({ value: 8.5, qualifier: 'about', quote: '生产总值增长8.5%左右' });
  });

  it('recognises Markdown saved as .txt, but not plain reports', () => {
    expect(looksLikeMarkdown(MD)).toBe(true);
    expect(looksLikeMarkdown('政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n**重点**只出现一次。')).toBe(false);
  });
});

describe('markdownToText: text-only blocks read without the parser', () => {
  const P = '全省生产总值增长8.1%，一般公共预算收入增长5.4%。\n城镇新增就业50万人。';
  const cases: Record<string, string> = {
    prose: `${P}\n\n${P}\n\n\n${P}`,
    'front matter with blank lines': `---\ntitle: 报告\n\nsource: x\n---\n\n${P}\n\n${P}`,
    'unclosed front matter': `---\ntitle: 报告\n\n${P}`,
    'fence across blank lines': `${P}\n\n\`\`\`\n${P}\n\n${P}\n\`\`\`\n\n${P}`,
    'unclosed fence': `${P}\n\n~~~\n\n${P}\n\n${P}`,
    'HTML comment across blank lines': `<!-- 注\n\n${P}\n\n-->\n\n${P}`,
    'pre block': `<pre>\n\n${P}\n\n</pre>\n${P}`,
    'lists around prose': `1. 一\n\n${P}\n\n3. 三\n\n- 甲\n\n  ${P}\n\n${P}`,
    'bold lines': `**一、回顾**\n\n**　二、任务**\n\n** 三**\n\n**四、*重点***\n\n**(一)扩大内需。**${P}\n\n**五**`,
    'indented and quoted': `> ${P}\n\n${P}\n\n    ${P}\n\n${P}\n\n\t${P}`,
    'setext and breaks': `${P}\n===\n\n${P}  \n${P}\n\n${P}\\\n${P}\n\n${P} \n\n${P}\r\n${P}`,
    definitions: `[一]\n\n${P}\n\n[一]: https://x.y\n\n${P}`,
    table: `| 项目 | 投资 |\n| --- | --- |\n| 一 | 1亿元 |\n\n${P}\n\n项目 | 投资\n--- | ---\n${P}`,
    placeholder: `\uE000\n\n${P}`,
    'full-width space': `\u3000\u3000${P}\n\n${P}\u3000`,
  };
  for (const [name, md] of Object.entries(cases)) {
    it(`reads ${name} as the whole parse does`, () => {
      expect(markdownToText(md)).toEqual(markdownToText(md, { whole: true }));
    });
  }
});

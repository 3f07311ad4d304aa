import { describe, expect, it } from 'vitest';
import { findTargetStatements } from '../../src/extract/statement.js';
import { parseReport } from '../../src/parse/parse.js';

const report = (targets: string) => `政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n全市地区生产总值增长5%。\n\n二、2024年工作安排\n\n${targets}\n`;

describe('the target statement without an opener', () => {
  it('is the first sentence of the plan part that states three indicators with figures', () => {
    const text = report('今年要做好各项工作。地区生产总值增长6%，固定资产投资增长8%，城镇新增就业1万人。推进改革。');
    const [s] = findTargetStatements(text, parseReport(text));
    expect(text.slice(s[0], s[1])).toBe('地区生产总值增长6%，固定资产投资增长8%，城镇新增就业1万人');
  });

  it('counts the indicators of a sentence of a million characters in one pass', () => {
    const line = '地区生产总值增长6%，固定资产投资增长8%，城镇新增就业1万人，'.repeat(30_000) + '。';
    const text = report(line);
    const t0 = performance.now();
    const [s] = findTargetStatements(text, parseReport(text));
    expect(s[0]).toBe(text.indexOf('地区生产总值增长6%，固定'));
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 30_000);
});

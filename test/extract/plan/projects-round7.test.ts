// Named projects: the classes of the fifth batch (issue 24, point 2), one test per class.
import { describe, expect, it } from 'vitest';
import { notAName } from '../../../src/extract/plan/projects.js';

describe('named projects, batch 5', () => {
  it('a quoted programme mostly of category words is a described measure (“扩大内需提质升级行动”); coined or placed ones stay', () => {
    for (const n of ['“扩大内需提质升级行动”', '“企业纾困帮扶专项行动”', '“社区规范化标准化建设三年行动”', '国家“安全生产治本攻坚三年行动”', '现代农业“十强行动”']) {
      expect(notAName(n, 3), n).toBe(true);
    }
    for (const n of ['“规下企业上规攻坚计划”', '“千家软件企业培育工程”', '“工业及制造业双倍增行动”', '“宁夏全域智慧安全工程”', '“一村一年一事行动”']) {
      expect(notAName(n, 3), n).toBe(false);
    }
  });
});

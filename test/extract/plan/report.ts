// A small synthetic report around a plan part, for the unit tests of src/extract/plan.
import { readReport, type FullReport } from '../../../src/extract/report.js';

/** A report whose plan part (二、2024年工作安排) holds `plan`; the review holds `review`; `annex` follows the closing. */
export function reportWith(plan: string, review = '过去一年，全省地区生产总值增长6%。', annex = ''): FullReport {
  const text = [
    '2024年政府工作报告',
    '——2024年1月20日在某省第十四届人民代表大会第二次会议上',
    '各位代表：',
    '一、2023年工作回顾',
    review,
    '二、2024年工作安排',
    '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。',
    plan,
    '三、全面加强政府自身建设',
    '坚持依法行政，建设法治政府。',
    '各位代表！让我们团结一致，奋勇前进！',
    annex,
  ].join('\n');
  return readReport(text);
}

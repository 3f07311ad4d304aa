import { describe, expect, it } from 'vitest';
import { datesAfter, figureYear, FrameReader, lastToYear, lastYear, NO_DATES } from '../../src/extract/dating.js';
import type { Paragraph } from '../../src/extract/segments.js';
import type { ReportMeta } from '../../src/types.js';

const meta = { year: 2024, reviewYear: 2023 } as ReportMeta;

describe('the date context', () => {
  it('reads the year a clause names for its figure, not a base year or a span', () => {
    expect(lastYear('2011年达到')).toBe(2011);
    expect(lastYear('比2010年')).toBeNull();
    expect(lastYear('2010年以来')).toBeNull();
    expect(lastYear('增长')).toBeNull();
    expect(lastToYear('增长到2020年的')).toBe(2020);
  });

  it('carries the named year, multi-year word and pair end from clause to clause', () => {
    let d = datesAfter(NO_DATES, '五年累计吸收合同外资', '五年累计吸收合同外资', 2023);
    expect(d.period).toBe('五年累计');
    d = datesAfter(d, '其中预计2011年实际利用外资', '其中预计2011年实际利用外资', 2023);
    expect(d).toEqual({ period: null, year: 2011, to: null });
    d = datesAfter(NO_DATES, '去年对外贸易总额达到', '去年对外贸易总额达到', 2023);
    expect(d.year).toBe(2023);
    d = datesAfter(NO_DATES, '从2015年的2.6万亿元增长到2020年的3.62万亿元', '从', 2023);
    expect(d.to).toBe(2020);
    // After a pair dated to its end, the later figures of the segment are that year's.
    expect(datesAfter(d, '财政总收入达20934亿元', '财政总收入达', 2023).year).toBe(2020);
  });

  it('dates each figure of a 由…到 pair', () => {
    const d = { period: null, year: 2019, to: 2020 };
    expect(figureYear('增长到2020年的', '从2015年的2.6万亿元增长到2020年的', d)).toBe(2020);
    expect(figureYear('增长到', '一般公共预算收入从2649.2亿元增长到', d)).toBe(2020);
    expect(figureYear('为', '为', d)).toBe(2019);
  });

  it('reads the frame of paragraphs and sentences, carried through a five-year review', () => {
    const text = '过去五年，全市生产总值年均增长6%。2023年，全市生产总值增长5%。城镇新增就业10万人。';
    const para = (kind: Paragraph['kind'], span: [number, number], sentences: Array<[number, number]>): Paragraph => ({ span, sentences, kind, part: 0, section: 0, mixed: false });
    const frames = new FrameReader(text, meta, null);
    const s1: [number, number] = [0, text.indexOf('。') + 1];
    const s2: [number, number] = [s1[1], text.indexOf('。', s1[1]) + 1];
    const s3: [number, number] = [s2[1], text.length];
    frames.enterParagraph(para('five_year_review', [0, s2[1]], [s1, s2]));
    expect(frames.enterSentence(s1)).toMatchObject({ kind: 'actual', period: '2019-2023' });
    expect(frames.enterSentence(s2)).toEqual({ kind: 'actual', year: 2023, period: null });
    // The next paragraph of the same five-year part keeps the year the last one turned to.
    frames.enterParagraph(para('five_year_review', [s2[1], text.length], [s3]));
    expect(frames.enterSentence(s3)).toEqual({ kind: 'actual', year: 2023, period: null });
    frames.enterParagraph(para('targets', [s2[1], text.length], [s3]));
    expect(frames.enterSentence(s3)).toEqual({ kind: 'target', year: 2024, period: null });
  });
});

// Commitments (issue 24, point 1): quantified target clauses, verbs split by brackets, nouns that look like verbs.
import { describe, expect, it } from 'vitest';
import { reportWith } from './report.js';

const plan = reportWith(
  '（一）扩大有效投资。全省粮食产量达到1200亿斤以上，力争数字经济核心产业增加值突破1000亿元，规上工业增加值增长6%以上。' +
    '新（改）建农村公路1000公里，改（扩）建学校20所，建设保障性租赁住房2万套，完善企业梯度培育体系。预计高校毕业生超过50万人。',
);
const find = (key: string) => plan.commitments.find((c) => c.quote.includes(key));

describe('commitments', () => {
  it('a quantified target clause with no other verb is a commitment with its quantity (…达到X, …增长X%以上)', () => {
    expect(find('粮食产量达到')).toMatchObject({ action: '推进', verb: '达到', quantities: [{ value: 1200, unit: '亿斤', qualifier: 'at_least' }] });
    expect(find('增长6%以上')).toMatchObject({ action: '推进', quantities: [{ value: 6, qualifier: 'at_least' }] });
  });

  it('力争…突破X: a stretch target', () => {
    expect(find('突破1000亿元')).toMatchObject({ action: '推进', stretch: '力争', quantities: [{ value: 1000, unit: '亿元' }] });
  });

  it('a statement of what is expected (预计…超过) is not a commitment', () => {
    expect(find('预计高校毕业生')).toBeUndefined();
  });

  it('a verb split by a bracketed alternative (新（改）建, 改（扩）建) is read as the verb', () => {
    expect(find('新（改）建农村公路')).toMatchObject({ action: '建设', quantities: [{ value: 1000, unit: '公里' }] });
    expect(find('改（扩）建学校')).toMatchObject({ action: '改造', quantities: [{ value: 20, unit: '所' }] });
  });

  it('nouns made of verbs are not the action: 保障性住房, 培育体系', () => {
    expect(find('保障性租赁住房')).toMatchObject({ action: '建设', object: '保障性租赁住房' });
    expect(find('梯度培育体系')).toMatchObject({ action: '推进', verb: '完善' });
  });

  it('the verbs before 力争 name the subject; a completion right after the verb is the result', () => {
    const r = reportWith('（二）改善交通。高速公路提质改造力争完成总任务的70%，主城区棚户区全部改造完成，粮食播种面积达2.1亿亩。');
    const get = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(get('总任务')).toMatchObject({ action: '完成', stretch: '力争' });
    expect(get('棚户区')).toMatchObject({ action: '完成' });
    expect(get('播种面积')).toMatchObject({ action: '推进', quantities: [{ value: 2.1 }] });
  });

  it('every commitment is grounded', () => {
    for (const c of plan.commitments) expect(plan.text.slice(c.span[0], c.span[1])).toBe(c.quote);
  });
});

// Named projects (issue 24, point 2): the definition in test/fixtures/plan/README.md.
import { describe, expect, it } from 'vitest';
import { notAName } from '../../../src/extract/plan/projects.js';
import { reportWith } from './report.js';

const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);

describe('named projects', () => {
  it('categories and generic nouns are not names (标志性项目, 民间项目, 非重点项目, 高排放项目, 重大项目, 城市更新项目)', () => {
    for (const n of ['标志性项目', '民间项目', '非重点项目', '高排放项目', '重大项目', '城市更新项目', '技改项目', '公办幼儿园']) {
      expect(notAName(n, 2 + Number(n.endsWith('幼儿园'))), n).toBe(true);
    }
    expect(names('（一）扩大投资。实施一批标志性项目，鼓励民间项目，严控高排放项目，推进城市更新项目。')).toEqual([]);
  });

  it('verb fragments and policy phrases are not names (聚焦项目, 用于项目, 招大引强)', () => {
    expect(notAName('聚焦项目', 2)).toBe(true);
    expect(notAName('用于项目', 2)).toBe(true);
    expect(notAName('招大引强', 0)).toBe(true);
    expect(names('（一）扩大投资。坚持招大引强、强链补链等项目招引工作，资金用于项目建设。')).toEqual([]);
  });

  it('a shared-head list gives one project per item with the head restored, and no “X等项目” beside X', () => {
    const got = names('（一）扩大投资。开工建设平漯周、焦济洛平等高铁项目，建成昌景黄高铁、信丰至南雄高速公路等项目。');
    expect(got).toEqual(expect.arrayContaining(['平漯周高铁', '焦济洛平高铁', '昌景黄高铁', '信丰至南雄高速公路']));
    expect(got.some((n) => n.includes('等'))).toBe(false);
  });

  it('named works, enterprises’ projects and zones with a proper element are names', () => {
    const got = names('（一）扩大投资。推动金七门核电开工，建成郑州航空港，开通S2线，建设中原医学科学城，推进比亚迪40GWh动力电池项目。');
    expect(got).toEqual(expect.arrayContaining(['金七门核电', 'S2线', '中原医学科学城']));
    expect(got.some((n) => n.startsWith('比亚迪40GWh'))).toBe(true);
  });

  it('every mention grounded, the restored name beside the quote as written', () => {
    const r = reportWith('（一）扩大投资。开工建设平漯周、焦济洛平等高铁项目。');
    for (const p of r.projects) for (const m of p.mentions) expect(r.text.slice(...m.span)).toBe(m.quote);
    expect(r.projects.find((p) => p.name === '平漯周高铁')?.mentions[0].quote).toBe('平漯周');
  });
});

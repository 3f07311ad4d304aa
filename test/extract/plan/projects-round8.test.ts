// Named projects: the classes of the sixth batch (issue 24, point 2), one test per class.
import { describe, expect, it } from 'vitest';
import { reportWith } from './report.js';

describe('named projects, batch 6', () => {
  const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);
  it('a count of as many as the items closes a 、 list as 等 does; not an ordinal, a total, units or a weak suffix', () => {
    expect(names('开工建设山阳、勉县、佛坪3个抽水蓄能电站。')).toEqual(['山阳抽水蓄能电站', '勉县抽水蓄能电站', '佛坪抽水蓄能电站']);
    expect(names('开工建设郑济高铁、雄商高铁、潍烟高铁、鲁南高铁菏泽至兰考段、黄台联络线5个高铁项目。')).toContain('鲁南高铁菏泽至兰考段');
    expect(names('新增乐业、凌云、灵山、蒙山4个县通高速。')).toEqual([]);
    expect(names('坚持土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线。')).not.toContain('农民利益不受损底线');
  });
  it('a place alone before 等高新区 is its zone; 早日 after a head is a manner word', () => {
    expect(names('推动丹东、盘锦等高新区进位升级。')).toEqual(['丹东高新区', '盘锦高新区']);
    expect(names('推动分子医学转化等大科学装置早日建成。')).toEqual(['分子医学转化大科学装置']);
  });
  it('a list closed by 等的合作 names partners', () => {
    expect(names('加强与京津冀、长三角、粤港澳大湾区、黄河流域省份等的合作。')).toEqual([]);
    expect(names('提升东莞大道、中心广场、黄旗山城市公园等的景观和品质。')).toContain('黄旗山城市公园');
  });
});

// Named projects: the classes of the fifth batch (issue 24, point 2), one test per class.
import { describe, expect, it } from 'vitest';
import { notAName } from '../../../src/extract/plan/projects.js';
import { reportWith } from './report.js';

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

describe('named projects, batch 5: statements', () => {
  const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);
  it('a slogan’s, a site’s or a change’s verb makes a statement (不遗余力抓项目, 地处, 转为); 抓紧 leads a name', () => {
    for (const n of ['不遗余力抓项目', '要素跟着项目走项目', '宁夏全境地处黄河“几字弯”攻坚战片区', '传统燃煤电厂转为新型绿色智慧电厂', '高新区升格为国家级开发区']) {
      expect(notAName(n, 2), n).toBe(true);
    }
    expect(notAName('安全生产“三个狠抓”专项行动', 4)).toBe(false);
    expect(names('抓紧太原机场改扩建工程建设。')).toEqual(['太原机场']);
  });

  it('a copula after a subject cuts it off as a name of its own (以东湖科学城为核心区域); 组建 ends the phrase before a name', () => {
    expect(names('加快以东湖科学城为核心区域的光谷科创大走廊建设。')).toEqual(['东湖科学城', '光谷科创大走廊']);
    expect(names('构建以西部（成都）科学城为主平台的创新体系。')).toEqual(['西部（成都）科学城']);
    expect(names('支持铝基新材料集团组建研究院。')).toEqual([]);
  });
});

describe('named projects, batch 5: list heads', () => {
  const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);
  it('a programme head restored to items without a coined element reads no name (护学、护蓝等专项执法行动)', () => {
    expect(names('持续开展护学、护蓝、护绿、护江等专项执法行动。')).toEqual([]);
  });

  it('the kind of water before a list’s head is not part of each name (黄河、察汗淖尔等重点河湖综合治理 → 黄河综合治理)', () => {
    expect(names('深入推进黄河、察汗淖尔等重点河湖综合治理。')).toEqual(['黄河综合治理', '察汗淖尔综合治理']);
  });

  it('grades and units of pastoral regions are kinds (县级二甲医院, 旗县二级综合医院, 农村牧区公路, 饲草基地)', () => {
    for (const [n, len] of [['县级二甲医院', 2], ['旗县二级综合医院', 2], ['农村牧区公路', 2], ['饲草基地', 2], ['协同式园区', 2], ['铁海联运班列', 2]] as const) {
      expect(notAName(n, len), n).toBe(true);
    }
  });
});

describe('named projects, batch 5: counts and events', () => {
  const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);
  it('a quoted count of kinds of any suffix is an umbrella (“七大产业基地”, 城市“五大特色街区”)', () => {
    expect(notAName('“七大产业基地”', 3)).toBe(true);
    expect(notAName('城市“五大特色街区”', 3)).toBe(true);
    expect(notAName('市妇女儿童活动中心', 2)).toBe(false);
  });

  it('…活动 is an event of a place in its quoted name or head (“广西旅游年”活动); a campaign of a year is none', () => {
    expect(names('服务开展“广西旅游年”活动，办好“活力内蒙古·乐享消费”主题活动。')).toEqual(['“广西旅游年”活动', '“活力内蒙古·乐享消费”主题活动']);
    expect(names('深入开展“交通整治年”活动。')).toEqual([]);
  });

  it('generic verbs side by side before a list head’s suffix are part of the kind (等8个文旅产业融合发展示范区)', () => {
    expect(names('培育敕勒川、康巴什、额济纳等8个文旅产业融合发展示范区。')).toEqual(['敕勒川文旅产业融合发展示范区', '康巴什文旅产业融合发展示范区', '额济纳文旅产业融合发展示范区']);
  });
});

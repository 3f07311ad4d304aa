// Named projects: the classes of the third and fourth batches (issue 24, point 2), one test per class.
import { describe, expect, it } from 'vitest';
import { notAName } from '../../../src/extract/plan/projects.js';
import { reportWith } from './report.js';

const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);

describe('named projects, batches 3 and 4', () => {
  it('national campaigns and kinds are categories (“平急两用”, “携手行动”, “四季村晚”, 守边固边工程, 抽水蓄能项目)', () => {
    for (const [n, len] of [
      ['“平急两用”公共基础设施', 4],
      ['大中小企业“携手行动”', 3],
      ['“四季村晚”', 0],
      ['守边固边工程', 2],
      ['智慧广电固边工程', 2],
      ['立德树人工程', 2],
      ['抽水蓄能项目', 2],
      ['百万千瓦级“风光水储”一体化项目', 2],
      ['产业链建链补链强链延链工程', 2],
    ] as const) {
      expect(notAName(n, len), n).toBe(true);
    }
    expect(notAName('“阳光慈善”工程', 2)).toBe(false);
    expect(notAName('“五个一百”公共安全保障提升工程', 2)).toBe(false);
  });

  it('a facility kind is a category alone, the city’s one an institution (疾控中心, 市疾控中心)', () => {
    expect(names('（一）完善公共卫生体系。实现疾控中心标准化建设全面达标。')).toEqual([]);
    expect(notAName('市疾控中心', 2)).toBe(false);
  });

  it('unquoted count umbrellas are none unless of a place, river or coinage (碳达峰十大工程; 秦岭生态空间治理十大行动)', () => {
    expect(notAName('碳达峰十大工程', 2)).toBe(true);
    expect(notAName('“稳预期、扩内需、促消费”十大行动', 2)).toBe(true);
    expect(notAName('“登高、升规、晋位、上市”四大工程', 2)).toBe(true);
    expect(notAName('秦岭生态空间治理十大行动', 2)).toBe(false);
    expect(notAName('“巴渝新消费”八大行动', 2)).toBe(false);
  });

  it('quoted counted parts side by side are slogans (“两专科一中心”, “四门四访”), a quoted phrase with 的 a description', () => {
    expect(names('（一）化解矛盾。积极开展“四门四访”、信访评理等工作。')).toEqual([]);
    expect(notAName('县级中医院“两专科一中心”', 0)).toBe(true);
    expect(names('（一）推进对外开放。支持发展“开放的窗口”。')).toEqual([]);
  });

  it('the subject seeking a title is no project (支持齐鲁医院争创国家医学中心); 补链强链 after a designation without a place', () => {
    expect(names('（一）提升医疗水平。支持齐鲁医院争创国家医学中心。')).toEqual([]);
    expect(names('（一）做强服务业。推进国家综合货运枢纽补链强链。')).toEqual([]);
    expect(names('（一）做强服务业。加快推进西安国家综合货运枢纽补链强链。')).toContain('西安国家综合货运枢纽');
  });

  it('a suffix inside a longer word ends no name (2500名卓越工程师), nor does a count of people or a share', () => {
    const got = names('（一）集聚人才。五年内集聚50名战略科学家、500名科技领军人才、2500名卓越工程师。完成85%重点海域入海排污口整治。');
    expect(got).toEqual([]);
  });

  it('items share kind words after a lead of another kind (长江、长征国家文化公园), a long item only the suffix', () => {
    expect(names('（一）传承文化。加快长江、长征国家文化公园建设。')).toEqual(expect.arrayContaining(['长江国家文化公园', '长征国家文化公园']));
    const heritage = names('（一）传承文化。推进两岸妈祖文化史迹、关圣文化史迹、闽南红砖建筑申遗。');
    expect(heritage).toEqual(expect.arrayContaining(['两岸妈祖文化史迹申遗', '关圣文化史迹申遗']));
    expect(names('（一）扩大开放。稳定开行重庆至越南、老挝国际铁路班列。')).toContain('重庆至越南国际铁路班列');
  });

  it('an item ending in the suffix’s own noun names itself (永春生物医药城、北湖未来科学城); 和 joins places alone', () => {
    expect(names('（一）建设平台。提速建设永春生物医药城、北湖未来科学城。')).toEqual(expect.arrayContaining(['永春生物医药城', '北湖未来科学城']));
    expect(names('（一）深化融合。加快建设泉州和漳州世界闽南文化交流中心。')).toEqual(expect.arrayContaining(['泉州世界闽南文化交流中心', '漳州世界闽南文化交流中心']));
  });

  it('an own suffix that makes no name gives way to the list head (国际陆港等功能片区); a list item running over a verb is none', () => {
    expect(names('（一）建设枢纽。加快航空枢纽港、国际陆港等功能片区开发建设。')).toContain('国际陆港功能片区');
    expect(names('（一）发展科创金融。鼓励金融机构设立科技支行等专营机构。')).toEqual([]);
    expect(names('（一）发展产业。推进齐鲁制药生物药、科兴生物重组蛋白药物等项目建设。')).toContain('科兴生物重组蛋白药物');
  });

  it('a place alone building a zone names it (支持随州建设城乡融合发展示范区; 支持仙桃、天门、潜江建设…)', () => {
    const got = names('（一）促进区域协调发展。支持随州建设城乡融合发展示范区，支持仙桃、天门、潜江建设四化同步发展示范区。');
    expect(got).toEqual(expect.arrayContaining(['随州城乡融合发展示范区', '仙桃四化同步发展示范区', '天门四化同步发展示范区', '潜江四化同步发展示范区']));
  });

  it('works of the new suffixes (十年禁渔, 植物园, 陆港, 分馆, 风貌带, 小镇, 广场) and the city venue’s new building', () => {
    const got = names('（一）保护生态。扎实推进长江“十年禁渔”，推进华中国家植物园建设，提速昆明国际陆港建设，推进黄河生态风貌带建设，加快千佛山广场建设，加快市博物馆新馆建设。');
    expect(got).toEqual(expect.arrayContaining(['长江“十年禁渔”', '华中国家植物园', '昆明国际陆港', '黄河生态风貌带', '千佛山广场', '市博物馆新馆']));
  });

  it('national kinds without a place are none (国家文化公园); a section of a place after one makes it a name (国家文化公园河南段)', () => {
    expect(names('（一）传承文化。加快国家文化公园和国家考古遗址公园建设。')).toEqual([]);
    expect(names('（一）传承文化。加快国家文化公园河南段建设。')).toContain('国家文化公园');
  });

  it('lists of industries (等行业污染综合整治) and of results (等成果转化) read by their heads', () => {
    expect(names('（一）守好蓝天。深化水泥、玻璃、建陶、锅炉等行业污染综合整治。')).toEqual([]);
    expect(names('（一）招商引资。加快全球华商聚云南活动、滇商大会等成果转化。')).toEqual(expect.arrayContaining(['全球华商聚云南活动', '滇商大会']));
  });

  it('quoted mechanisms (“赛马制”) and three-year action plans (…三年行动计划) are no projects', () => {
    expect(names('（一）深化科技体制改革。推行“揭榜挂帅”、“赛马制”等项目组织管理方式，自治区本级科技项目全面实行。')).toEqual([]);
    expect(notAName('关中平原城市群协同发展三年行动计划', 2)).toBe(true);
  });

  it('an item of another kind’s list naming a work of a place by its own suffix stays one (山东大学龙山校区 等高校)', () => {
    expect(names('（一）深化校地合作。加快山东大学龙山校区、空天信息大学等高校建设。')).toEqual(['山东大学龙山校区']);
  });

  it('a name never opens with a stage or a time of the year (在建, 新开工, 年内, 全年, 年底前): one rule for the former lead words', () => {
    const got = names('（一）扩大开放。全年发运“兰州号”国际货运班列，年底前“一环十横十纵”一期工程完工，加快在建郑西高铁。');
    expect(got.some((n) => /^(?:全年|年底前|在建)/.test(n))).toBe(false);
    expect(got.some((n) => n.includes('“兰州号”国际货运班列'))).toBe(true);
  });

  it('roles named by reach and function (面向南亚东南亚国际通信枢纽) are none', () => {
    expect(notAName('南亚东南亚国际通信枢纽', 2)).toBe(true);
  });
});

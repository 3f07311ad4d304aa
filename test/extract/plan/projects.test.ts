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

  it('lists closed by 等 with any head: the head restored without its kind words, a shared origin restored', () => {
    const got = names(
      '（一）扩大投资。推进解放碑、观音桥等商圈建设，力争开工建设藻渡等大中型水库，加快两江新区至长寿区、涪陵区等快速通道项目，' +
        '加快引江济淮二期、宣城—绩溪高铁等建设。',
    );
    expect(got).toEqual(expect.arrayContaining(['解放碑商圈', '观音桥商圈', '藻渡水库', '两江新区至长寿区快速通道', '两江新区至涪陵区快速通道', '引江济淮二期']));
  });

  it('a list of another kind reads no names (等高校院所), and a place alone is not a project', () => {
    const got = names('（一）扩大投资。发挥中国科学技术大学、中科院合肥物质研究院等高校院所作用，提升铜陵、安庆、池州等港口城市口岸能级。');
    expect(got).toEqual([]);
  });

  it('names with quotes and brackets; programmes only with a coined element', () => {
    const got = names('（一）扩大投资。大力实施科技创新“栽树工程”，建设西部（重庆）科学城，实施“徽动消费”行动，实施企业提质降本行动，实施碳达峰行动。');
    expect(got).toEqual(expect.arrayContaining(['科技创新“栽树工程”', '西部（重庆）科学城', '“徽动消费”行动']));
    expect(got.some((n) => n.includes('降本') || n.includes('碳达峰'))).toBe(false);
  });

  it('roles, titles sought, partners and modifiers of a larger noun are not names', () => {
    const got = names(
      '（一）扩大投资。加快建设中西部国际交往中心，争创国家普惠金融改革试验区，加强与沪苏浙自贸试验区联动合作，支持皖北中心城市能级提升，' +
        '建设长江航道，高标准建设省数据交易服务机构。',
    );
    expect(got).toEqual(['长江航道', '省数据交易服务机构']);
  });
  it('reads a list whose head follows a modifier in 的, and a name found twice at one place is one mention', () => {
    expect(names('要集中力量建设西气东输、西电东送、青藏铁路等一批具有战略意义的重大项目。')).toEqual(['西气东输', '西电东送', '青藏铁路']);
    const r = reportWith('青藏铁路、西电东送等重大项目相继开工。');
    expect(r.projects.map((p) => [p.name, p.mentions.length])).toEqual([['青藏铁路', 1], ['西电东送', 1]]);
  });

  it('a head made of words many reports share is a category (前沿技术研发项目, 交叉研究平台); a brand or place is not', () => {
    for (const [n, k] of [['前沿技术研发项目', 2], ['交叉研究平台', 2], ['产学研联合实验室', 3], ['新型法人金融机构', 2]] as const) {
      expect(notAName(n, k), n).toBe(true);
    }
    for (const [n, k] of [['华为计算中心', 2], ['京东计算中心', 2], ['长安汽车软件园', 3], ['天府中药城', 0]] as const) expect(notAName(n, k), n).toBe(false);
  });

  it('a name without a proper element beside a count is a kind (建成科普基地5家, 启动建设14个TOD示范项目)', () => {
    expect(names('（一）扩大投资。建成绿道科普基地5家，启动建设14个TOD示范项目，建成重庆数据交易中心。')).toEqual(['重庆数据交易中心']);
  });

  it('items sharing a name’s suffix without 等 (渝西、渝宜高铁), venues, and a bracketed section of a place', () => {
    const got = names('（一）扩大投资。启动建设渝西、渝宜高铁，建成成都自然博物馆，加快长征国家文化公园（重庆段）建设。');
    expect(got).toEqual(expect.arrayContaining(['渝西高铁', '渝宜高铁', '成都自然博物馆', '长征国家文化公园']));
  });
  it('a demonstrative (这一中心), a quote of one shared word (“一站式”服务中心) and a cut 以上 are not names', () => {
    expect(notAName('这一中心', 2)).toBe(true);
    expect(notAName('“一站式”产业服务中心', 2)).toBe(true);
    expect(names('（一）民生。二级及以上综合医院全部开设老年人绿色通道。')).toEqual([]);
  });
  it('a name followed by 段 is a section of a larger work, not read as the name', () => {
    expect(names('（一）交通。建成东西轴线东安新城段。')).toEqual([]);
  });
  it('a classical name of a region is a proper element (天府艺术公园)', () => {
    expect(notAName('天府艺术公园', 2)).toBe(false);
    expect(notAName('艺术公园', 2)).toBe(true);
  });

  it('等 inside a word (高等教育, 平等) does not close a list; a list of named events or venues keeps each item as written', () => {
    const got = names('（一）文化。办好航空展、东北亚博览会、高等教育博览会、瓦萨国际滑雪节等重点展会赛事，改造提升长影旧址博物馆、张伯驹展览馆等一批文化场馆。');
    expect(got).toEqual(expect.arrayContaining(['东北亚博览会', '高等教育博览会', '瓦萨国际滑雪节', '长影旧址博物馆', '张伯驹展览馆']));
    expect(got.some((n) => n.includes('赛事') || n.includes('场馆') || n.includes('教育博览会') && n !== '高等教育博览会')).toBe(false);
    expect(notAName('国际大体联性别平等圆桌会', 3)).toBe(false);
    expect(notAName('等级疾控中心', 2)).toBe(true);
  });

  it('a verb right before the project noun is part of the name (新安提黄改造工程, 机场三期改扩建工程)', () => {
    expect(names('（一）水利。开工新安提黄改造工程。')).toEqual(['新安提黄改造工程']);
    expect(names('（一）交通。全力服务保障机场三期改扩建工程。')).toEqual(['机场三期改扩建工程']);
  });

  it('only a result verb makes the items before it projects (建成投产), not 改造 after a beneficiary list', () => {
    expect(names('（一）民生。七是为全市持证低保重度视力、肢体和多重残疾人家庭实施无障碍改造。')).toEqual([]);
  });

  it('counts with 余/片 before a head, and a count reached after a name without a proper element', () => {
    expect(names('（一）文化。全方位保护提升新民大街等6片历史文化街区。')).toEqual(['新民大街历史文化街区']);
    expect(names('（一）民生。综合嵌入式社区居家养老服务中心达到50个。')).toEqual([]);
  });

  it('national campaigns in quotes, quoted formulas, areas in 亩 and grades (全国一流) are not names', () => {
    for (const [n, k] of [['“两重”项目', 2], ['“白名单”项目', 2], ['“源网荷储”一体化项目', 2], ['“万企兴万村”行动', 2], ['保交房项目', 2],
      ['“跨境电商+产业带”', 0], ['1500万亩小麦示范区', 3], ['全国一流煤基新材料示范基地', 2], ['绿电产业园区', 4]] as const) {
      expect(notAName(n, k), n).toBe(true);
    }
    expect(names('（一）改革。做好城市更新背景下的太原行动方案，常态管理调度“1+4+3”项目谋划清单。')).toEqual([]);
  });

  it('a list headed by a series (等系列工程) names no project; 支流 in a list head is a kind word', () => {
    expect(names('（一）卫生。统筹实施人才强卫、医疗卫生强基等系列工程。')).toEqual([]);
    expect(names('（一）生态。抓好伊洛河等重点支流综合治理。')).toEqual(['伊洛河综合治理']);
  });

  it('bands, pilot zones, valleys, extensions, station buildings, sites and schools being founded are project nouns', () => {
    const got = names('（一）产业。加快建设郑洛新焦锂电池产业带，建设郑州智能传感谷，启动人民大街南延、太原火车站东站房建设，加快河南电子科技大学（筹）建设，抢救性修复千早医院旧址。');
    expect(got).toEqual(expect.arrayContaining(['郑洛新焦锂电池产业带', '郑州智能传感谷', '人民大街南延', '太原火车站东站房', '河南电子科技大学（筹）', '千早医院旧址']));
  });

  it('festivals, games, heritage works, resorts, ports, routes and a seat of consulates are project nouns', () => {
    const got = names('（一）文旅。办好丝路国际音乐节、国际戏剧节等品牌活动，举办西安国际马拉松赛，加快闽江河口湿地申遗，做好西安城墙预防性保护，推进平潭国际旅游岛建设，加快打造北部湾国际门户港，加密“贵港—珠三角”集装箱航线，加快西安领事馆区建设。');
    expect(got).toEqual(expect.arrayContaining(['丝路国际音乐节', '国际戏剧节', '西安国际马拉松赛', '闽江河口湿地申遗', '西安城墙预防性保护', '平潭国际旅游岛', '北部湾国际门户港', '“贵港—珠三角”集装箱航线', '西安领事馆区']));
  });

  it('a list closed by 等前期工作 keeps the items that name themselves; 重要 is a kind word of a list head', () => {
    expect(names('（一）交通。提速温福高铁、龙岩新机场等前期工作。')).toEqual(expect.arrayContaining(['温福高铁', '龙岩新机场']));
    expect(names('（一）文化。推进太平遗址、秦东陵等重要考古发掘。')).toEqual(expect.arrayContaining(['太平遗址考古发掘', '秦东陵考古发掘']));
  });

  it('对台/涉台 and kinds of routes (直飞, 客运) are not names', () => {
    expect(names('（一）开放。促进对台客货运枢纽设施提级扩能，开通对台邮轮航线，增加区域定期直飞航线。')).toEqual([]);
  });

  it('sentence openers (当, 宁可, 是, 从…到…), a run of quoted slogans and lead verbs (铺开, 推出, 年内, 在建) are not part of a name', () => {
    expect(names('（一）生态。当产业项目与生态环境发生冲突时，宁可放弃项目。推动高质量发展是一项系统工程。严把从农田到餐桌、从实验室到医院的每一道防线。纠治“形象工程”“面子工程”。')).toEqual([]);
    const got = names('（一）交通。全面铺开枢纽和航道建设，年内京昆高速改扩建等项目竣工通车，加快6条在建地铁项目建设。');
    expect(got.some((n) => /^(?:铺开|年内|建地铁)/.test(n))).toBe(false);
  });

  it('a list head followed by more nouns (等枢纽节点, 等项目组织管理方式) keeps only the items that name themselves', () => {
    expect(names('（一）交通。支持无锡硕放机场等枢纽节点进一步做强。')).toContain('无锡硕放机场');
    expect(names('（一）科技。推行“揭榜挂帅”、补链强基等项目组织管理方式。')).not.toContain('补链强基项目');
  });

  it('a quoted coined count names a programme (“3212”工程, “五个一百”…工程, “四大群体”增收计划); a count of kinds does not (“三大工程”, “八项工程”, “千万工程”经验 of another province’s programme is kept only by its own count)', () => {
    const got = names('（一）农业。加快推进“3212”工程，深化“五个一百”公共安全保障提升工程，落实“四大群体”增收计划，开展“投资福建”全球招商活动。');
    expect(got).toEqual(expect.arrayContaining(['“3212”工程', '“五个一百”公共安全保障提升工程', '“四大群体”增收计划', '“投资福建”全球招商活动']));
    // …活动 alone is no project noun: campaigns of a year and crackdowns are what it reads in most reports.
    expect(names('（一）治理。开展“交通整治年”活动，严厉打击传销违法犯罪活动，推动百色高新区申报国家级高新区。')).toEqual([]);
    expect(names('（一）统筹。实施“三大工程”，推进“八项工程”，开展“三个一批”活动，学习运用“千万工程”经验，开展“消费促进年”活动，编制“十四五”规划项目。')).toEqual([]);
  });

  it('an event is named by its theme whatever its words (全球硬科技创新大会, 全球创投峰会); a kind of event is none', () => {
    const got = names('（一）开放。办好全球硬科技创新大会、全球创投峰会，办好各类展会。');
    expect(got).toEqual(expect.arrayContaining(['全球硬科技创新大会', '全球创投峰会']));
    expect(got.some((n) => n.includes('各类'))).toBe(false);
  });

  it('a place alone before a name shares the name after its own place (长汀、宁化长征国家文化公园; 闽江、九龙江流域综合治理); a modifier of a larger noun shares nothing', () => {
    const got = names('（一）文化。加快长汀、宁化长征国家文化公园建设，深化闽江、九龙江流域综合治理，建设福州、厦门人工智能产业园。');
    expect(got).toEqual(expect.arrayContaining(['长汀长征国家文化公园', '闽江流域综合治理', '福州人工智能产业园', '厦门人工智能产业园']));
    expect(names('（一）区域。打造梧州、贵港、玉林、贺州区域中心城市。')).toEqual([]);
  });

  it('a site seeking a title (龙胜龙脊梯田创国家5A级景区), a homestead (闲置宅基地) and deferred projects (延期项目) are not names', () => {
    expect(names('（一）文旅。推动龙胜龙脊梯田创国家5A级景区，推进闲置宅基地盘活利用，确保延期项目年内交付。')).toEqual([]);
  });

  it('a shared head without 等 restores the kind words of parallel items (豫东、豫西水资源优化配置工程), not a field word', () => {
    const got = names('（一）水利。扎实推进豫东、豫西水资源优化配置工程，加快出山店、前坪水库灌区建设，建设鹤壁卫星、安阳无人机产业园。');
    expect(got).toEqual(expect.arrayContaining(['豫东水资源优化配置工程', '豫西水资源优化配置工程', '出山店水库灌区', '前坪水库灌区', '鹤壁卫星产业园']));
    expect(got).not.toContain('鹤壁卫星无人机产业园');
  });

  it('a place alone with a facility head is that place’s facility (周口、潢川等机场), not with a head of another kind', () => {
    expect(names('（一）交通。推进周口、潢川等机场前期工作。')).toEqual(expect.arrayContaining(['周口机场']));
    expect(names('（一）开放。提升铜陵、安庆、池州等港口城市口岸能级。')).toEqual([]);
  });

  it('phases of a named work are names (轨道交通1号线二期); a phase alone is not', () => {
    expect(names('（一）交通。推进轨道交通1号线二期前期工作。')).toEqual(['轨道交通1号线二期']);
    expect(notAName('建设二期', 2)).toBe(true);
  });

  it('a quoted coinage heading a programme is its name (“双百”工程, “双百攻关”行动); national campaigns and counts are not', () => {
    expect(names('（一）创新。深入推进“双百”工程，深入开展“双百攻关”“揭榜挂帅”等行动。')).toEqual(['“双百”工程', '“双百攻关”行动']);
    for (const n of ['“千万工程”', '“三大工程”', '“六个行动”', '“节能减排十大工程”', '“村庄清洁行动”']) expect(notAName(n, 0), n).toBe(true);
  });

  it('an enterprise’s project shares the suffix of the next one (洛阳石化百万吨乙烯、漯河金海…项目)', () => {
    expect(names('（一）产业。加快洛阳石化百万吨乙烯、漯河金海千亿级氟硅新材料项目建设。')).toEqual(
      expect.arrayContaining(['洛阳石化百万吨乙烯项目', '漯河金海千亿级氟硅新材料项目']),
    );
  });

  it('a complement 好 and 尤其是 are not part of a name; a statement with 是 is not a name', () => {
    expect(names('（一）开放。建设好中欧班列（乌鲁木齐）集结中心。')).toEqual(['中欧班列（乌鲁木齐）集结中心']);
    expect(notAName('我区是国家八大算力枢纽', 2)).toBe(true);
  });

  it('a verb before the project noun stays in a list head (等维修改造工程, 等18个新改扩建项目); a statement after the head ends it', () => {
    expect(names('（一）城建。实施迎泽西大街等维修改造工程，推动大东关小学、万柏林一中等18个新改扩建项目建成投用。')).toEqual(
      expect.arrayContaining(['迎泽西大街维修改造工程', '大东关小学', '万柏林一中新改扩建项目']),
    );
    expect(names('（一）创新。支持嵩山、神农等实验室成为国家实验室基地。')).toEqual(['嵩山实验室', '神农实验室']);
  });

  it('the subject before an inner verb is a name when it ends in a suffix (阳曲示范区建设消费品特色园区)', () => {
    expect(names('（一）产业。支持推动阳曲示范区建设消费品特色园区；支持清徐开发区打造煤基新材料示范基地。')).toEqual(
      expect.arrayContaining(['阳曲示范区', '清徐开发区']),
    );
  });

  it('a line number is a proper element (轨道交通3号线); river-basin and ecological works on a named object are names', () => {
    expect(names('（一）交通。改造轨道交通3号线。')).toEqual(['轨道交通3号线']);
    expect(names('（一）生态。协同开展淮河流域治理，加快汾河谷地生态治理，推进矿山生态治理。')).toEqual(['淮河流域治理', '汾河谷地生态治理']);
  });

  it('field words make a category (干细胞医疗中心, 航展中心, 医疗卫生强基工程); a model (…模式…项目) is not a name', () => {
    for (const [n, k] of [['干细胞医疗中心', 2], ['航展中心', 2], ['医疗卫生强基工程', 2], ['产粮大县公共服务能力提升工程', 2], ['电梯责任保险模式保险创新项目', 2]] as const) {
      expect(notAName(n, k), n).toBe(true);
    }
  });

  it('a descriptive programme (common words and a word of its own: 传统产业焕新工程) is not a name; a named object keeps it', () => {
    for (const n of ['传统产业焕新工程', '公办初中强校工程', '青年创新创业就业筑梦工程']) expect(notAName(n, 2), n).toBe(true);
    for (const n of ['大西高铁提速改造工程', '新安提黄改造工程']) expect(notAName(n, 2), n).toBe(false);
  });

  it('national designations (国家双创示范基地), roles of reach (国内国际双循环门户枢纽), kinds with a code (TOD示范项目) are not names', () => {
    for (const [n, k] of [['国家双创示范基地', 2], ['国家文化出口基地', 2], ['国内国际双循环门户枢纽', 2], ['TOD示范项目', 2], ['噪声治理专项行动', 4], ['塑料污染防治“十大行动”', 3]] as const) {
      expect(notAName(n, k), n).toBe(true);
    }
    expect(notAName('国家危险化学品应急救援成都基地', 2)).toBe(false);
    expect(names('（一）民生。开展绿道公园活动1000场，为60岁以上独居老人等住所安装感烟报警装置。')).toEqual([]);
  });

  it('a quoted coinage followed by the rest of a programme name is a name (“千年良田”建设工程); counts and descriptions are not', () => {
    const got = names('（一）农业。实施“千年良田”建设工程，实施“大企业”培育壮大行动，共建“一带一路”八项行动。');
    expect(got).toEqual(['“千年良田”建设工程']);
    expect(notAName('“蓉贝”软件人才引育计划', 2)).toBe(false);
    expect(got.some((n) => n.includes('大企业') || n.includes('八项'))).toBe(false);
  });

  it('a list headed by a category of projects (等文化惠民工程) keeps the items that name themselves', () => {
    expect(names('（一）文化。促进“百千万”工程和“双千计划”等文化惠民工程提质增效。')).toEqual(expect.arrayContaining(['“百千万”工程', '“双千计划”']));
  });

  it('named mountains, rivers and lakes at the start of a head are proper elements (龙泉山, 锦江); kinds of them are not', () => {
    expect(notAName('龙泉山生态廊道', 4)).toBe(false);
    expect(notAName('锦江水生态治理', 4)).toBe(false);
    expect(notAName('城市河道生态廊道', 4)).toBe(true);
  });

  it('events by abbreviation (大运会, 光博会) and national surveys by edition (第七次人口普查) are names; an event prepared for elsewhere is not', () => {
    expect(names('（一）文化。办好大运会，完成第七次人口普查，做好巴黎奥运会备战参赛工作。')).toEqual(['大运会', '第七次人口普查']);
  });

  it('lists of cultural landmarks keep their items (天府艺术公园、成都自然博物馆等文化地标)', () => {
    expect(names('（一）文化。建成天府艺术公园、成都自然博物馆等文化地标。')).toEqual(['天府艺术公园', '成都自然博物馆']);
  });

  it('statements (…升级为…) and lead verbs (构筑, 迁建, 大抓) are not part of names', () => {
    expect(notAName('北京绿色交易所升级为国家级平台', 2)).toBe(true);
    expect(names('（一）交通。迁建昭通机场。')).toEqual(['昭通机场']);
  });

  it('the items’ own kind before a place in a list head is not restored (北京大学、上海交通大学等一流大学郑州研究院)', () => {
    expect(names('（一）创新。加快建设北京大学、上海交通大学等一流大学郑州研究院。')).toEqual(['北京大学郑州研究院', '上海交通大学郑州研究院']);
  });

  it('和 between two verbs stays inside a name (洛河流域保护和修复工程); stations, functional zones, heritage works and streets', () => {
    expect(names('（一）生态。全面完成秦岭东段洛河流域保护和修复工程。')).toEqual(['秦岭东段洛河流域保护和修复工程']);
    const got = names('（一）城建。加快建设郑州南站，建成投用郑州国际陆港核心功能区，推动二里头遗址、万里茶道河南段申遗，大中修皓月大路等11条主干道。');
    expect(got).toEqual(expect.arrayContaining(['郑州南站', '郑州国际陆港核心功能区', '二里头遗址申遗', '万里茶道河南段申遗', '皓月大路']));
    expect(notAName('“1+3”重点功能区', 3)).toBe(true);
  });

  it('lists of cultural events and of carriers (等系列文化活动, 等载体功能) keep their items; the province’s one venue (省科技馆)', () => {
    expect(names('（一）文化。办好中国昆剧、紫金文化艺术节和戏曲百戏等系列文化活动。')).toEqual(expect.arrayContaining(['紫金文化艺术节', '戏曲百戏']));
    expect(names('（一）开放。提升中阿（联酋）产能合作示范园、柬埔寨西港特区等载体功能。')).toEqual(['中阿（联酋）产能合作示范园', '柬埔寨西港特区']);
    expect(notAName('省科技馆', 3)).toBe(false);
    expect(notAName('矿区生态修复', 4)).toBe(true);
    expect(notAName('龙门山生态修复', 4)).toBe(false);
  });

  it('a result verb right before a programme noun is part of its name (“蓉贝”软件人才引育计划)', () => {
    expect(names('（一）人才。深入实施“蓉贝”软件人才引育计划。')).toEqual(['“蓉贝”软件人才引育计划']);
  });
});

// The follow-up matcher (src/analysis/followup*.ts): what a commitment is about, which review sentence reports on
// it, the status it states, and 未见回应 when none does. Reviews here are a few sentences of real 2025 reports with
// sentences of other items around them, so that rarity is weighed as in a review.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauses, followUp, isPledgeItem, prepareReview, type FollowUpCommitment } from '../../src/analysis/followup.js';
import { canonical, commitmentTerms } from '../../src/analysis/followup-terms.js';

/** Other sentences of a review: what a commitment must not be matched to. */
const FILLER = [
  '全省生产总值增长5.5%，一般公共预算收入增长1.2%。',
  '加快绿色低碳转型，大力发展风光电、新型储能等绿色能源，全省可再生能源装机占比达45%。',
  '推动服务业提质增效，出台服务业高质量发展30条措施，服务业增加值增长5.1%。',
  '加强住房保障工作，建设筹集保障性租赁住房25.1万套（间），实施城中村改造3.6万户。',
  '全力办好教育事业，加大学前教育普及普惠力度，推进义务教育优质均衡发展。',
  '扎实做好安全生产工作，生产安全事故起数、死亡人数分别下降16.8%、15.7%。',
  '巩固提升数字经济优势，数字经济核心产业增加值增长8%左右。',
  '加大人才引育力度，新增高技能人才39万人，全省人才资源总量持续增加。',
].join('');

function review(...sentences: string[]) {
  const text = FILLER + sentences.join('');
  return { text, review: prepareReview(text, clauses(text, 0, text.length)) };
}

const commitment = (quote: string, action = '推进', pledge = false): FollowUpCommitment => ({ quote, action, pledge });

describe('what a commitment is about', () => {
  const items = (q: string) => commitmentTerms(q).items;

  it('names with the head of their kind of work, shared by a list of abbreviations', () => {
    expect(items('推进杭衢高铁建设')[0]).toMatchObject({ head: '高铁' });
    expect(items('推进杭衢高铁建设')[0].forms).toEqual(expect.arrayContaining(['杭衢高铁', '衢杭高铁']));
    const list = items('加快广湛、深江、梅武等高铁和粤东城际');
    expect(list.find((i) => i.core === '梅武')?.forms).toEqual(expect.arrayContaining(['梅武高铁', '武梅高铁']));
    // A line is a 铁路 or a 高铁 alike (杭温铁路 = 杭温高铁); not another kind of work.
    expect(items('建成杭温铁路')[0].forms).toContain('杭温高铁');
    expect(items('建成杭温铁路')[0].forms).not.toContain('杭温高速');
    // A longer name keeps its own head or none: 甘电入浙 is not a 核电 because the next item is.
    const two = items('确保甘电入浙、金七门核电等新建项目全部开工');
    expect(two.find((i) => i.core === '甘电入浙')?.head).toBeNull();
    expect(two.find((i) => i.core.startsWith('金七门'))?.head).toBe('核电');
  });

  it('a route in either order, a name with its other name in brackets, a phase apart', () => {
    expect(items('建成信丰至南雄高速公路')[0].forms).toContain('南雄至信丰高速'); // 高速公路 is written 高速
    expect(commitmentTerms('开工建设珠三角枢纽（广州新）机场').text).toContain('广州新机场');
    expect(items('推动惠州埃克森美孚乙烯一期等建成投产')[0]).toMatchObject({ core: '惠州埃克森美孚乙烯', phase: '一期' });
  });

  it('cuts at verbs and manner words but keeps the nouns they make (保障性住房, 开工率, 多样化)', () => {
    const words = (q: string) => commitmentTerms(q).terms.map((t) => t.text);
    expect(words('因地制宜实施多样化助餐')).toEqual(['助餐']); // 多样化 says how, like 多渠道
    expect(words('推进长三角一体化示范区建设').join('')).toContain('一体化');
    expect(words('建设配售型保障性住房3700套').join('')).toContain('保障性住房');
    expect(words('确保新开工重大项目上半年开工率达到75%')).toContain('开工率');
    expect(commitmentTerms('大力发展“四上”企业').terms[0]).toMatchObject({ text: '四上', quoted: true });
    // Attracting and using are verbs of the genre: the foreign investment is what 吸引和利用外资 is about.
    expect(words('制定更大力度吸引和利用外资政策')).toEqual(['外资', '政策']);
    // Rebuilding is the work: 灾后恢复重建 is about what the disaster hit; 注重建设 holds no 重建.
    expect(words('加快推进灾后恢复重建')).toEqual(['灾后']);
    expect(words('更加注重建设服务型政府').join('')).toContain('服务型政府');
    // A ceiling and a concentration are a figure's predicate and unit, not words (PM2.5 is 细颗粒物 either way).
    expect(words('全市PM2.5平均浓度不高于29微克/立方米')).toEqual(['细颗粒物', '平均', '浓度']);
    // The state's monitored sections are named for its assessment too (国控断面 = 国考断面).
    expect(canonical('21个国考省考断面水质')).toBe(canonical('21个国控省控断面水质'));
    // A “X+” programme is reported on by its field written plain (新增光伏装机… for 实施“光伏+”城乡新能源化改造).
    expect(commitmentTerms('实施“光伏+”城乡新能源化改造').terms[0]).toMatchObject({ text: '光伏', quoted: false });
    expect(commitmentTerms('实施“光伏+”城乡新能源化改造').items.map((i) => i.core)).toContain('光伏');
    // An aim any work may have is no content (提质增效 of 推进“污水零直排区”提质增效).
    expect(words('推进“污水零直排区”提质增效')).toEqual(['污水零直排区']);
    // 和 before 美丽 is the conjunction, not 和美 (和美乡村).
    expect(words('打造一批美丽县城、美丽乡村和美丽河湖')).not.toContain('乡村和');
    expect(words('建设和美乡村')).toContain('和美');
  });

  it('大 before a head says its size, not its name (出省大通道 = 出省通道)', () => {
    expect(items('进一步打通跨江跨海和出省大通道').flatMap((i) => i.forms)).toContain('出省通道');
  });

  it('a road between two places, an example of its list’s kind, is also written by their first characters (亚布力至雪乡 = 亚雪公路)', () => {
    const road = items('加快建设哈尔滨都市圈环线等高速公路和亚布力至雪乡等旅游公路改造工程').find((i) => i.core === '亚布力至雪乡');
    expect(road).toMatchObject({ head: '公路' });
    expect(road?.forms).toEqual(expect.arrayContaining(['亚布力至雪乡公路', '雪乡至亚布力公路', '亚雪公路']));
  });

  it('a section of a line by its two ends is also written by their first characters (隆昌至叙永段 = 隆叙段)', () => {
    const line = items('加快实施隆黄铁路隆昌至叙永段、广巴铁路扩能改造').find((i) => i.core.startsWith('隆黄'));
    expect(line?.forms).toContain('隆黄铁路隆叙段');
    // Only after a line's name: 临安玲珑至於潜段 is no line's section.
    expect(items('建成329国道（临安玲珑至於潜段）').flatMap((i) => i.forms)).not.toContain('临安玲於段');
  });

  it('writes long forms short so that either matches (国有企业 / 国企)', () => {
    expect(canonical('深化国有企业改革，支持经济技术开发区')).toBe('深化国企改革，支持经开区');
  });
});

describe('which sentence reports on it', () => {
  it('the project by name, not any sentence of its kind (杭衢高铁, not 杭温高铁)', () => {
    const { review: r } = review('杭温高铁、沪苏湖高铁等项目建成投用。', '杭衢高铁建成通车，衢州融入省域一小时交通圈。');
    const got = followUp(commitment('推进杭衢高铁建设'), r);
    expect(got.candidates[0].text).toContain('杭衢高铁建成通车');
    expect(got.status).toBe('有进展'); // 推进…建设 sets no end
    const none = followUp(commitment('推进杭衢高铁建设'), review('杭温高铁、沪苏湖高铁等项目建成投用。').review);
    expect(none).toMatchObject({ status: '未见回应', candidates: [] });
  });

  it('a place name with another kind of work after it is another project (新生圩码头 for 新生圩过江通道)', () => {
    const trap = followUp(commitment('续建新生圩、建宁路过江通道', '建设'), review('新生圩码头二期开工建设，港口吞吐能力提升。').review);
    expect(trap.status).toBe('未见回应');
    const right = followUp(commitment('续建新生圩、建宁路过江通道', '建设'), review('新生圩码头二期开工建设。', '新生圩长江大桥主线贯通。').review);
    expect(right.candidates[0].text).toBe('新生圩长江大桥主线贯通。');
  });

  it('a batch with examples is reported on by a batch of its kind with other examples (19号线等5条地铁)', () => {
    const got = followUp(commitment('新开工建设19号线等5条地铁', '开工'), review('开工建设小漠港二期工程，以及15号线等9个地铁项目。').review);
    expect(got.status).not.toBe('未见回应');
    // Without a batch of its own, a sentence of the kind alone does not.
    const none = followUp(commitment('新开工建设19号线等5条地铁', '开工'), review('地铁运营里程增至600公里。').review);
    expect(none.status).toBe('未见回应');
  });

  it('a kind of a set is reported on by the set’s figure, not judged reached by it (配售型保障性住房)', () => {
    const got = followUp(commitment('新建配售型保障性住房6000套', '新增'), review('新筹建保障性住房项目153个、8.4万套（间），推出公租房1.1万套。').review);
    expect(got.status).toBe('有进展');
  });

  it('a quoted name only whole (“双百工程” is not “双百企业”)', () => {
    const got = followUp(commitment('提速实施249个工业“双百工程”项目', '实施'), review('新工集团获评“双百企业”标杆。').review);
    expect(got.status).toBe('未见回应');
  });

  it('a figure of the same thing and unit: 已完成 when reached, 有进展 when not', () => {
    const jobs = commitment('新增城镇就业12.65万人、农村劳动力转移就业2.68万人', '新增');
    const done = followUp(jobs, review('新增城镇就业13.93万人，农村劳动力转移就业3.56万人。').review);
    expect(done.status).toBe('已完成');
    const short = followUp(jobs, review('新增城镇就业11.2万人，农村劳动力转移就业3.56万人。').review);
    expect(short.status).toBe('有进展');
  });

  it('a section named by its abbreviation reports on it (隆黄铁路隆叙段 for 隆黄铁路隆昌至叙永段)', () => {
    const rail = commitment('加快实施成渝铁路成都至隆昌段、隆黄铁路隆昌至叙永段、广巴铁路扩能改造', '实施');
    const got = followUp(rail, review('畅通西部陆海新通道，隆黄铁路隆叙段扩能改造等加快建设，首发“越滇蓉欧”班列。').review);
    expect(got.candidates[0]?.text).toContain('隆叙段');
  });

  it('the target’s very figure written with a word of its phrase reports on it (经营主体突破200万户)', () => {
    const firms = commitment('市场经营主体总量突破200万户、企业总量突破100万户', '突破');
    const got = followUp(firms, review('经营主体突破200万户，企业总数超100万户、成为全国第4个企业超百万户的副省级城市。').review);
    expect(got.candidates[0]?.text).toContain('经营主体突破200万户');
    expect(got.status).toBe('已完成');
    // A small count is a coincidence any sentence may give: 8条 of 8条地铁线路 is not 8条国际班列线路.
    const lines = followUp(commitment('续建地铁4号线二期、6号线等8条地铁线路', '建设'), review('开行8条国际班列线路，启动运行江苏中亚中心。').review);
    expect(lines.status).toBe('未见回应');
    // Of the same size, with a word of the figure's phrase other than the subject read (里程均 of 高速公路里程均超过500公里).
    const roads = followUp(commitment('力争建成通车、新开工高速公路里程均超过500公里', '建成'), review('新建成高速公路507公里，全省通车总里程突破1万公里。').review);
    expect(roads.candidates[0]?.text).toContain('507公里');
    const parks = followUp(commitment('推动10家省级以上经开区和15家高新园区创新发展'), review('布雷博等10家企业进入省级外资总部培育库。').review);
    expect(parks.status).toBe('未见回应');
  });

  it('a same-size figure written with its subject’s whole phrase, in no other sentence, names the item (发放租赁补贴惠及6.2万户)', () => {
    const aid = commitment('发放公租房租赁补贴不少于4万户', '实施');
    const got = followUp(aid, review('新筹建各类保障性住房28.6万套（间），发放租赁补贴惠及6.2万户。').review);
    expect(got.candidates[0]?.text).toContain('租赁补贴惠及6.2万户');
    expect(followUp(aid, review('发放租赁补贴惠及26万户。').review).status).toBe('未见回应');
  });

  it('a kind of X (民营型) is reported as X (民营经济总部领军企业 for 民营型总部企业)', () => {
    const hq = commitment('支持壮大跨国型、民营型、央企省企型总部企业', '支持');
    const got = followUp(hq, review('构建民营经济监测机制，培育省民营经济总部领军企业27家，入围中国民营企业500强22家。').review);
    expect(got.candidates[0]?.text).toContain('总部领军企业');
  });

  it('a lake named in a list is named whole by its own name (洪湖 of 洪湖、梁子湖、斧头湖)', () => {
    const lakes = commitment('深化洪湖、梁子湖、斧头湖治理攻坚');
    const r = followUp(lakes, review('洪湖水质提升到Ⅳ类，长江干流水质保持Ⅱ类。').review);
    expect(r.status).toBe('有进展');
    expect(r.candidates[0].text).toContain('洪湖水质');
  });

  it('a piece short of a name’s start names it only where a name opens (东路北延 of 侨城东路北延 is not 沙河东路北延)', () => {
    const roads = commitment('加快推进机荷高速改扩建、侨城东路北延和龙大、盐坝高速市政化改造等项目');
    expect(followUp(roads, review('建成通车滨海大道深超总基地段、妈湾跨海通道，开工建设沙河东路北延等项目。').review).status).toBe('未见回应');
    expect(followUp(roads, review('建成通车滨海大道深超总基地段，开工建设侨城东路北延等项目。').review).status).not.toBe('未见回应');
  });

  it('a programme labelled by a code is also written without it (扩大有效投资“5210”攻坚行动)', () => {
    const plan = commitment('实施扩大有效投资“5210”攻坚行动', '实施');
    const got = followUp(plan, review('开展扩大有效投资攻坚行动，深化重大项目“1245”统筹推进机制，59个重点项目提前开工。').review);
    expect(got.candidates[0]?.text).toContain('有效投资攻坚行动');
    expect(followUp(plan, review('开展招商引资攻坚行动，新引进项目120个。').review).status).toBe('未见回应');
  });

  it('a quoted series is named by a member quoted with its word (“宁静系列” by “宁静小区”)', () => {
    const brand = commitment('打造“宁静系列”品牌', '打造');
    expect(followUp(brand, review('新（改）建城市公园71个，建成“宁静小区”64个。').review).status).toBe('有进展');
    expect(followUp(brand, review('平安建设扎实推进，社会大局和谐宁静。').review).status).toBe('未见回应');
  });

  it('a plan’s period in quotes is a deadline, not a name (“十四五” of 空气质量指标 and of 能耗强度)', () => {
    expect(commitmentTerms('力争提前完成“十四五”空气质量指标').terms.map((t) => t.text)).not.toContain('十四五');
    const got = followUp(commitment('力争提前完成“十四五”空气质量指标', '完成'), review('深入实施“双碳”战略，提前完成“十四五”能耗强度下降目标。').review);
    expect(got.status).toBe('未见回应');
  });

  it('a piece of a name followed by another word is another item (规上工业企业数字化 for …绿色化改造, 儿童友好社区 for …公园)', () => {
    const green = commitment('推动规上工业企业绿色化改造全覆盖');
    const right = followUp(green, review('实现规上工业企业数字化全覆盖。', '开展规上工业绿色化改造，15家企业获评省级绿色低碳工厂。').review);
    expect(right.candidates[0]?.text).toContain('绿色化改造');
    // Its phase after it is still the item (惠州埃克森美孚一期 for 惠州埃克森美孚乙烯一期).
    const plant = followUp(commitment('推动惠州埃克森美孚乙烯一期等建成投产', '投产'), review('惠州埃克森美孚一期竣工、中海壳牌三期全面开工。').review);
    expect(plant.status).toBe('已完成');
    const zone = followUp(commitment('加快建设丹江口库区绿色可持续发展先行区', '建设'), review('丹江口库区志愿者守水护水节水行动得到肯定。').review);
    expect(zone.status).toBe('未见回应');
    // Also when what is left out is a common word (儿童友好社区 for 儿童友好公园).
    const parks = followUp(commitment('新改建60个口袋公园、儿童友好公园', '建设'), review('新增养老机构床位1224张，建设儿童友好社区110个。').review);
    expect(parks.status).toBe('未见回应');
  });

  it('an event or campaign of the year named by the review was held (…活动 is 已完成; a 行动 or open task stays 有进展)', () => {
    const r = followUp(commitment('开展重大项目攻坚突破年活动', '实施'), review('深入开展重大项目攻坚突破年活动，每季度举行集中开工。').review);
    expect(r.status).toBe('已完成');
    const task = followUp(commitment('深入实施重大项目攻坚突破年行动', '实施'), review('深入实施重大项目攻坚突破年行动，每季度举行集中开工。').review);
    expect(task.status).toBe('有进展');
  });

  it('an open verb governing a result word with no end written stays 有进展 (积极稳步推进城中村改造)', () => {
    const village = followUp(commitment('积极稳步推进城中村改造', '改造'), review('开工建设整治提升类城中村改造项目45个，完成老旧小区改造179个。').review);
    expect(village.status).toBe('有进展');
    const done = followUp(commitment('推动格派一期建成投产', '投产'), review('格派一期建成投产，年产值超百亿元。').review);
    expect(done.status).toBe('已完成');
  });

  it('a short form’s figure in its long form’s head, of the same size, is a broader set: reported, not reached (保租房 and 保障性住房)', () => {
    const rent = commitment('筹集保障性租赁住房6万套（间）', '建设');
    const own = (s: string) => {
      const text = FILLER.replace(/加强住房保障工作[^。]*。/, '') + s;
      return prepareReview(text, clauses(text, 0, text.length));
    };
    const got = followUp(rent, own('新筹建保障性住房项目153个、8.4万套（间），推出公租房1.1万套，完成回迁安置35701户。'));
    expect(got.candidates[0]?.text).toContain('8.4万套');
    expect(got.status).toBe('有进展');
    expect(followUp(rent, own('新筹建保障性住房项目153个、28万套（间）。')).status).toBe('未见回应');
  });

  it('a target’s subject without a figure of it is not its report (市属国企利润总额 for 市属国企新增投资1000亿元)', () => {
    const invest = commitment('市属国企新增投资1000亿元以上', '新增');
    expect(followUp(invest, review('杭实集团首次跻身世界企业500强，市属国企利润总额居副省级城市第1。').review).status).toBe('未见回应');
    expect(followUp(invest, review('市属国企新增投资1120亿元，带动社会投资增长。').review).status).not.toBe('未见回应');
  });

  it('an item a figure counts is named with a figure of its unit for a list holding it (老旧小区、城中村…36.9万户)', () => {
    const old = commitment('开工改造城镇老旧小区22万户以上、燃气老旧管网800公里、供热老旧管网500公里', '开工');
    expect(followUp(old, review('开工改造老旧小区、城中村、农村危房、灾后农房36.9万户，新建改造供水、燃气、排水等管网4216公里。').review).status).not.toBe('未见回应');
    const estates = commitment('完成老旧小区改造200个', '完成');
    expect(followUp(estates, review('推进老旧小区住宅加装电梯1092台，新（改）建城市公园71个。').review).status).toBe('未见回应');
  });

  it('a name followed by the predicate (哈尔滨机场被列入…) ends there: it is named, not another item', () => {
    const runway = commitment('推动哈尔滨机场二跑道工程竣工', '推动');
    const got = followUp(runway, review('佳木斯至同江铁路扩能改造项目提前开工，哈尔滨机场被列入全国十大国际航空枢纽、东二跑道项目竣工。').review);
    expect(got.status).toBe('已完成');
  });

  it('a quoted list of slogans is named by any member quoted (“保交楼”项目 for 做好“保交楼、保民生、保稳定”工作)', () => {
    const homes = commitment('做好“保交楼、保民生、保稳定”工作', '做好');
    expect(followUp(homes, review('“保交楼”项目实现全部交付，“保交房”提前完成国家目标任务。').review).status).not.toBe('未见回应');
  });

  it('a short rare word set apart in a list, with the work the commitment does on it, is that thing (城中村改造 and 改造老旧小区、城中村)', () => {
    const works = commitment('加快推进保障房、“平急两用”公共基础设施建设、城中村改造等“三大工程”', '加快推进');
    expect(followUp(works, review('开工改造老旧小区、城中村、农村危房、灾后农房36.9万户，新建改造供水、燃气、排水等管网4216公里。').review).status).not.toBe('未见回应');
    // A list of groups does no work on them: 青少年 is an ordinary word.
    const care = commitment('加强青少年、孕产妇等群体心理健康服务', '加强');
    expect(followUp(care, review('开展青少年、老年人等重点人群健康教育活动200场。').review).status).toBe('未见回应');
  });

  it('a piece of a name followed by a head of a kind the item does not name is another item (成都国际铁路港 for 成都国际友谊公园)', () => {
    const park = commitment('加快建设成都国际友谊公园', '加快建设');
    expect(followUp(park, review('成都天府国际空港综合保税区成功获批，成都国际铁路港纳入启运港退税政策试点范围。').review).status).toBe('未见回应');
  });

  it('a common word’s head alone is another thing of its kind (有机更新三年行动 for 城市更新三年行动)', () => {
    const renewal = commitment('实施城市更新三年行动', '实施');
    const r = review(
      '聚焦五大产业生态圈，实施工业功能区有机更新三年行动计划，推动“一园一主业”特色平台扩面，完成低效用地再开发41845亩。',
      '“三大工程”加快推进，新筹建保障性住房项目153个、8.4万套（间），完成回迁安置35701户，实施城中村改造项目59个、城市更新项目2033个，入选“中央财政支持实施城市更新行动”首批城市。',
    );
    expect(followUp(renewal, r.review).candidates[0]?.text).toContain('城市更新项目');
  });

  it('a figure’s subject phrase written in one sentence only names what it measures, with a total of it too (国际班列)', () => {
    const trains = commitment('全年开行国际班列4500列以上', '开行');
    const r = review('首发“中老泰马”全铁快速货运列车、亚蓉欧“空铁联运”等班列，国际班列联通境外城市增至118个、累计开行量超3.1万列。');
    const f = followUp(trains, r.review);
    expect(f.candidates[0]?.text).toContain('国际班列');
    // A total is no year's figure: the target is not judged reached.
    expect(f.status).toBe('有进展');
  });

  it('an indicator named with a verb inside (城镇新增就业), written in one sentence with a figure of its size, names what it measures', () => {
    const jobs = commitment('城镇新增就业60万人以上、城镇调查失业率控制在5.5%左右', '新增');
    const r = review(
      '民生建设持续加强，15件重点民生实事年度任务如期完成，城镇新增就业71.9万人，新增留渝来渝青年34.5万人，新增公办园托位1.6万个。',
      '退役军人职业技能培训合格率、就业率均超过90%。',
    );
    const f = followUp(jobs, r.review);
    expect(f.candidates[0]?.text).toContain('城镇新增就业71.9万人');
    // The rate is given nowhere: not every figure is reported reached.
    expect(f.status).toBe('有进展');
  });

  it('a word opening a longer action verb in the sentence is the verb (投入 of 投入使用 is no funding)', () => {
    const funds = commitment('加大投入', '加大');
    const sites = '自贸区公用型保税仓、综保区进境肉类、临空经济区进境食用水生动物监管场地、保税航油投入使用。';
    expect(followUp(funds, review(sites).review).status).toBe('未见回应');
    const money = followUp(funds, review(sites, '投入财政、政府债券、扶贫小额信贷等各类资金近700亿元。').review);
    expect(money.candidates[0]?.text).toContain('投入财政');
  });

  it('a rate of an item (货邮吞吐量增长6%) does not hold back its name: the review gives the level reached', () => {
    const air = commitment('航空旅客、货邮吞吐量分别增长5%、6%以上', '增长');
    expect(followUp(air, review('航空货邮吞吐量历史性突破100万吨，旅客吞吐量超8700万人次、排名全国城市第3位。').review).status).not.toBe('未见回应');
  });

  it('a name’s head alone is another project of its kind (亭子口灌区 for 向家坝灌区)', () => {
    const canal = commitment('建成向家坝灌区一期一步等水利工程', '建成');
    expect(followUp(canal, review('亭子口灌区一期工程等15处重大水利项目加快推进，完成水利投资增长13%。').review).status).toBe('未见回应');
  });

  it('a figure of another quoted name is that name’s (“宁静小区”64个 does not count 老旧小区; “小巨人”156家 counts 专精特新小巨人)', () => {
    const old = commitment('完成老旧小区改造200个', '完成');
    expect(followUp(old, review('推进老旧小区住宅加装电梯1092台，新（改）建城市公园71个，建成“宁静小区”64个。').review).status).toBe('未见回应');
    const firms = commitment('新增单项冠军3家、隐形冠军10家、专精特新小巨人100家以上', '新增');
    const got = followUp(firms, review('新增专精特新“小巨人”156家、总量跃居全省第1，新增制造业“单项冠军”8家。').review);
    expect(got.candidates[0]?.text).toContain('小巨人');
    // 隐形冠军 is written in no sentence shown: not every figure is reported reached.
    expect(got.status).toBe('有进展');
    const all = followUp(commitment('新增单项冠军3家、专精特新小巨人100家以上', '新增'), review('新增专精特新“小巨人”156家、总量跃居全省第1，新增制造业“单项冠军”8家。').review);
    expect(all.status).toBe('已完成');
  });

  it('a figure after a verb with its own object counts that object (规上企业新认定国高企324家 is no count of 规上企业)', () => {
    const firms = commitment('新增规上工业企业1000家', '新增');
    expect(followUp(firms, review('新认定国高企2728家，规上企业新认定国高企324家、国高企新上规211家。').review).status).toBe('未见回应');
    expect(followUp(firms, review('新增规上工业企业1210家，总数突破1.2万家。').review).status).toBe('已完成');
  });

  it('an annual figure is not measured by a total (年度投资8000亿元 and 总投资10.8万亿元)', () => {
    const annual = commitment('年度投资8000亿元以上');
    expect(followUp(annual, review('新建续建亿元以上项目1.57万个、总投资10.8万亿元。').review).status).toBe('未见回应');
    expect(followUp(annual, review('交通项目完成年度投资8120亿元。').review).status).not.toBe('未见回应');
  });

  it('every item of a list must be reported for 已完成 (中鸿新材料 missing)', () => {
    const got = followUp(commitment('确保中鸿新材料、甘电入浙、金七门核电等新建项目10月底前全部开工', '开工'), review('金七门核电一期、甘电入浙等项目开工建设。').review);
    expect(got.candidates[0].text).toContain('金七门核电一期');
    expect(got.status).toBe('有进展');
    const all = followUp(commitment('确保甘电入浙、金七门核电等新建项目全部开工', '开工'), review('金七门核电一期、甘电入浙等项目开工建设。').review);
    expect(all.status).toBe('已完成');
  });

  it('an item of the livelihood-pledge list is done when the review says the list was', () => {
    const { review: r } = review('十方面民生实事圆满完成。');
    const got = followUp(commitment('为全省60岁以上老年人免费接种流感疫苗', '实施', true), r);
    expect(got).toMatchObject({ status: '已完成', candidates: [{ text: '十方面民生实事圆满完成。' }] });
    expect(followUp(commitment('为全省60岁以上老年人免费接种流感疫苗', '实施'), r).status).toBe('未见回应');
  });

  it('knows a pledge item by its section or by the list announced before its numbered paragraph', () => {
    expect(isPledgeItem('', ['2024年省十件民生实事', '七、加快推进农村和城镇生活污水治理'], 0, 0)).toBe(true);
    const text = '（十）……高质量办好十方面民生实事。\n\n1、医疗卫生。为全省60岁以上老年人免费接种流感疫苗。';
    expect(isPledgeItem(text, ['（十）……', '1、医疗卫生'], 0, text.indexOf('为全省'))).toBe(true);
    expect(isPledgeItem(text, ['（十）……', '深化法治政府建设'], 0, text.indexOf('为全省'))).toBe(false);
  });

  it('evidence is grounded, confidence within bounds, 未见回应 has none, the same input gives the same answer', () => {
    const quotes = ['推进杭衢高铁建设', '新增城镇就业12.65万人', '加强能源供需运行调度', '实施重点技改项目5000项以上', '促进建筑业高质量发展'];
    const sentences = ['杭衢高铁建成通车。', '新增城镇就业13.93万人。', '做好能源保供稳价工作。', '完成工业设备更新14.2万台（套）。', '建筑业总产值增长4%。'];
    fc.assert(
      fc.property(fc.subarray(sentences), fc.constantFrom(...quotes), (picked, quote) => {
        const { text, review: r } = review(...picked);
        const a = followUp(commitment(quote), r);
        expect(followUp(commitment(quote), r)).toEqual(a);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1.03);
        expect(a.status === '未见回应').toBe(a.candidates.length === 0);
        for (const c of a.candidates) expect(text.slice(c.span[0], c.span[1])).toBe(c.text);
      }),
      { numRuns: 60 },
    );
  });
});

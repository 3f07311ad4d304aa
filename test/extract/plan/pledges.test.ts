// Livelihood pledges (issue 24, point 4): the announced list, its stated count and its items wherever set out.
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/text/markdown.js';
import { reportWith } from './report.js';

const pledgeOf = (plan: string, review?: string, annex = '') => reportWith(plan, review, annex).pledges;
const texts = (plan: string, review?: string, annex = '') => pledgeOf(plan, review, annex)[0]?.items.map((i) => i.text);

describe('livelihood pledges', () => {
  it('inline (一是…二是…), with a count in Chinese numerals', () => {
    const [p] = pledgeOf('（九）办好民生实事。今年重点办好十件民生实事：一是新建幼儿园20所。二是改造老旧小区100个，惠及居民2万户。三是新增停车位1万个。');
    expect(p.count).toBe(10);
    expect(p.announced.quote).toBe('十件民生实事');
    expect(p.items.map((i) => i.text)).toEqual(['新建幼儿园20所', '改造老旧小区100个，惠及居民2万户', '新增停车位1万个']);
  });

  it('as numbered paragraphs after the announcement, in digits (实施20项)', () => {
    expect(texts('扎实办好20项民生实事。\n1.新建学校5所。\n2.建成养老院3家。\n3.改造农村公路100公里。\n（十）加强安全。守住底线。')).toEqual([
      '新建学校5所',
      '建成养老院3家',
      '改造农村公路100公里',
    ]);
  });

  it('under a heading of its own: the enumerated subsections', () => {
    const items = texts('（十）办好十方面民生实事\n（一）提升教育质量。新增学位1万个。\n（二）改善医疗服务。建设医院3所。\n（三）方便群众出行。');
    expect(items).toEqual(['提升教育质量', '改善医疗服务', '方便群众出行']);
  });

  it('in an annex at the end (附件)', () => {
    const annex = '附件\n2024年省十件民生实事\n一、促进普惠性学前教育扩学位。新增学位9万个。\n二、推进城镇老旧小区改造。\n三、实施公共文化惠民工程。';
    const [p] = pledgeOf('（八）改善民生。今年继续办好十件民生实事，让群众有更多获得感。', undefined, annex);
    expect(p.count).toBe(10);
    expect(p.items.map((i) => i.text)).toEqual(['促进普惠性学前教育扩学位', '推进城镇老旧小区改造', '实施公共文化惠民工程']);
  });

  it('area headings over items numbered through give way to the items (一、交通 1．… 2．… 二、教育 3．…)', () => {
    const annex = '**西安市2024年为民实事**\n一、改善交通\n1．开通地铁8号线。\n2．新开公交线路80条。\n二、办好教育\n3．新建幼儿园8所。';
    expect(texts('（八）改善民生。做好民生保障。', undefined, annex)).toEqual(['开通地铁8号线', '新开公交线路80条', '新建幼儿园8所']);
  });

  it('an announcement without enumeration gives the count and no items', () => {
    const [p] = pledgeOf('（八）改善民生。扎实办好30件民生实事，统筹资金65亿元，让群众得实惠。');
    expect(p).toMatchObject({ count: 30, items: [] });
    expect(p.budget).toMatchObject({ value: 65, unit: '亿元' });
  });

  it('not the clauses of the announcing sentence instead of the list', () => {
    const [p] = pledgeOf('（八）改善民生。坚持尽力而为、量力而行，办好十件民生实事，让群众可感可及，确保件件落地。');
    expect(p).toMatchObject({ count: 10, items: [] });
  });

  it('a 、-list before 等 of fewer names than the count names fields, not pledges', () => {
    const [p] = pledgeOf('（八）改善民生。办好交通出行、市容环境、就业创业等十件重点民生实事。');
    expect(p).toMatchObject({ count: 10, items: [] });
  });

  it('no list: last year’s list in the review, a generic 办好民生实事 or 办实事', () => {
    expect(pledgeOf('（八）改善民生。用心用情办好各项民生实事。多为群众办实事。', '去年十件民生实事全部完成。')).toEqual([]);
  });

  it('a list announced in a section heading, in quotes (扎实办好“十项惠民实事”), and 一批 with no count', () => {
    expect(pledgeOf('（七）多措并举惠民生，扎实办好“十项惠民实事”\n做好就业工作。')[0]).toMatchObject({ count: 10, items: [] });
    expect(pledgeOf('（八）改善民生。市政府今年将继续办好一批民生实事。')[0]).toMatchObject({ count: null, items: [] });
  });

  it('实事 lists outrank 民生工程 programmes; candidates for the vote only when enumerated', () => {
    const [p] = pledgeOf('（八）改善民生。继续实施“十大民生工程”：一是教育工程。二是健康工程。还将为民办好“十件实事”：（1）新建幼儿园9所。（2）建设敬老院10所。');
    expect(p.items.map((i) => i.text)).toEqual(['新建幼儿园9所', '建设敬老院10所']);
    const [q] = pledgeOf('（八）改善民生。遴选了15件民生实事候选项目，提交票决。办好选出的10件民生实事。');
    expect(q.count).toBe(10);
  });

  it('inline items after commas (一是…，二是…)', () => {
    expect(texts('（八）改善民生。今年将再办好六件民生实事：一是新建养老中心600个，二是免费送戏下乡1万场，三是培训农民6万人。')).toEqual([
      '新建养老中心600个',
      '免费送戏下乡1万场',
      '培训农民6万人',
    ]);
  });

  it('the pledges’ count over 大类 areas (10大类55项民生实事)', () => {
    expect(pledgeOf('（八）改善民生。今年继续实施10大类55项民生实事，涵盖就业、教育等领域。')[0]).toMatchObject({ count: 55, items: [] });
  });

  it('items in a note or glossary entry on the list: this year’s part, cut at commas, as many as the count', () => {
    const note = '[44]3件为民办实事项目：学校安装除颤仪，宿舍维修改造，平价蔬菜保供行动（每斤降0.5元，其他稳中有降）。';
    const [p] = pledgeOf('（七）建设幸福家园。每年办成一批民生实事，增进民生福祉。\n（八）改善民生。办好今年3件为民办实事项目[44]。建立常态化机制。', undefined, note);
    expect(p.count).toBe(3);
    expect(p.items.map((i) => i.text)).toEqual(['学校安装除颤仪', '宿舍维修改造', '平价蔬菜保供行动（每斤降0.5元，其他稳中有降）']);
    const glossary = '**名词注释**\n7.3件民生实事：2023年3件民生实事为加大贷款扶持，提高低保标准，投放除颤器；2024年3件民生实事为支持就业创业，发展老年助餐，资助新生儿参保。';
    expect(texts('（八）改善民生。着力办好3件民生实事，让人民共享发展成果。', undefined, glossary)).toEqual(['支持就业创业', '发展老年助餐', '资助新生儿参保']);
  });

  it('heldout2: an annex reporting last year’s list (2023年…完成情况) is passed over; the annex’s title states the count', () => {
    const annex =
      '附件1：\n2023年为民办实事完成情况\n一、整治老旧小区，对200个小区实施改造。\n二、改造供水管网，惠及5万户。\n' +
      '附件2：\n2024年为民办3件实事\n一、打通断头路12条。打通断头路12条，改善交通。\n二、建设社区食堂30处。\n三、免费产前筛查。\n附件3：\n名词解释';
    const [p] = pledgeOf('（七）在办好为民实事上狠下功夫。聚焦群众关切，办好3件民生实事，增强获得感。', undefined, annex);
    expect(p.count).toBe(3);
    expect(p.announced.quote).toBe('3件民生实事');
    expect(p.items.map((i) => i.text)).toEqual(['打通断头路12条', '建设社区食堂30处', '免费产前筛查']);
  });

  it('heldout2: an annex table (序号 | 民生领域 | 事项名称 | 具体内容), rows as the loader flattens them, beside last year’s table', () => {
    const table = (title: string, rows: string[]): string =>
      markdownToText(`**${title}**\n\n| **序号** | **民生领域** | **事项名称** | **具体内容** |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`).text;
    const annex =
      '附件1\n' +
      table('2024年三件民生实事安排建议', [
        '| 1 | 交通领域 | 持续推进交通拥堵点改造 | （1）对15个拥堵点实施微改造。<br>（2）整治道路标线。 |',
        '| 2 | 社会保障 | 健全基本养老服务体系 | （1）设立家庭养老床位400张。 |',
        '| 3 | 政务服务 | 以数字政府改革为引领，促进政务服务便利化 | 建设移动服务平台。 |',
      ]) +
      '\n附件2\n' +
      table('2023年三件民生实事完成情况', ['| 1 | 交通领域 | 已完成。实施32个片区微循环改造。 |']);
    const [p] = pledgeOf('（八）加大民生保障力度。继续办好三件民生实事。稳步提高低保标准。', undefined, annex);
    expect(p.count).toBe(3);
    const items = p.items.map((i) => i.text);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('持续推进交通拥堵点改造');
    expect(items[1]).toContain('健全基本养老服务体系');
    expect(items[2]).toContain('以数字政府改革为引领，促进政务服务便利化');
  });

  it('heldout2: a list set out by area labels (十类24件实事。就业促进方面，…社会救助方面，…)', () => {
    const [p] = pledgeOf(
      '为民兴办三类8件实事。就业促进方面，新增城镇就业9万人。社会救助方面，提高城市低保标准15%；提高农村低保标准15%。' +
        '安居保障方面，实施农村危旧房改造5000户。',
    );
    expect(p.count).toBe(8);
    expect(p.items.map((i) => i.text)).toEqual(['就业促进方面', '社会救助方面', '安居保障方面']);
    // Labels not right after the announcement are not its items.
    expect(texts('办好8件民生实事。稳步提高低保标准。就业方面，新增就业。救助方面，提高标准。住房方面，改造危房。')).toEqual([]);
  });

  it('heldout2: of two lists in a clause the counted one (九大类40项民生实事和一批民生微实事); 一是… after a full stop are tasks', () => {
    const [p] = pledgeOf('（十）补齐民生短板。全年办好九大类40项民生实事和一批民生微实事，安排教育支出增长25%。一是提升教育质量。二是建设健康城市。');
    expect(p).toMatchObject({ count: 40, items: [] });
    expect(p.announced.quote).toBe('九大类40项民生实事');
  });

  it('a counted 民心工程 list; a quoted count as the brand (民生“十心”实事); the pledges’ total after the areas (十大…工程共30个项目)', () => {
    expect(pledgeOf('（八）改善民生。顺应民心期盼，精心组织实施20项民心工程，增强获得感。')[0]).toMatchObject({ count: 20, items: [] });
    expect(pledgeOf('（七）突出民生保障。坚持以人为本，办好民生“十心”实事，加快建设医教强市。')[0]).toMatchObject({ count: 10, items: [] });
    const [p] = pledgeOf('（九）落实为民办实事项目。围绕社会保障等民生领域，实施十大为民办实事工程共30个项目，让群众得到实惠。');
    expect(p).toMatchObject({ count: 30, items: [] });
    expect(p.announced.quote).toBe('十大为民办实事工程共30个项目');
  });

  it('the count as the subject further back (以下10件确定为…年度民生实事项目)', () => {
    const plan = '（九）办好民生实事。经本次人民代表大会票决，以下3件确定为市政府2024年度民生实事项目：\n1.新建学校5所。\n2.建成养老院3家。\n3.改造农村公路100公里。';
    expect(pledgeOf(plan)[0]).toMatchObject({ count: 3 });
    expect(texts(plan)).toEqual(['新建学校5所', '建成养老院3家', '改造农村公路100公里']);
  });

  it('一批 with a modifier before 实事 announces a list of no count (集中力量办成一批群众可感可及的实事)', () => {
    const [p] = pledgeOf('（十）全力抓民生。集中力量办成一批群众可感可及的实事，让群众获得感更足。');
    expect(p).toMatchObject({ count: null, items: [] });
    expect(pledgeOf('（十）全力抓民生。为群众办成一批好事实事。')).toEqual([]);
  });

  it('items as run-in titles of the sentences after the announcement, as many as the count', () => {
    const plan =
      '（六）民生。办好三大民生实事。提升教育惠民质量，新建幼儿园13所；新建托育机构15个。推进创业社区建设，建设创业社区30个。' +
      '新增泊位5000个，施划车位1万个。加快社区养老发展，建成养老服务中心14个。';
    expect(texts(plan)).toEqual(['提升教育惠民质量', '推进创业社区建设', '加快社区养老发展']);
    expect(texts(plan.replace('三大', '四大'))).toEqual([]);
  });

  it('a list of no count under a short heading sentence: the next run of quantified clauses, past another government’s list', () => {
    const plan =
      '（八）民生。办好重点民生实事。高质高效办好便民服务平台建设推广等省定重点民生实事。新增停车位15万个，新改建农村公路600公里，' +
      '新增电梯600台，送戏下乡500场，建设人行天桥6座，完成年度农村电网工程。实施就业优先战略。';
    expect(texts(plan)).toEqual(['新增停车位15万个', '新改建农村公路600公里', '新增电梯600台', '送戏下乡500场', '建设人行天桥6座', '完成年度农村电网工程']);
    expect(pledgeOf('（八）民生。用心用情办好民生实事。稳步提高低保标准。上线运行服务平台，建设驿站40个。')).toEqual([]);
  });

  it('heldout4: items after 包括： (or the announcement’s ：) split at ；, each part whole; as many as a stated count', () => {
    const plan =
      '（八）民生。今年，我们将滚动实施一批重点民生实事。包括：新开工改造城镇老旧小区2069个；新增婴幼儿托位1.6万个；' +
      '创建100家“渝馨家园（残疾人之家）”，实施无障碍改造1万户；安装873台化粪池安全监测系统，完成2万个窨井盖专项整治。我们将用心办好民生实事。';
    expect(pledgeOf(plan)[0]).toMatchObject({ count: null });
    expect(texts(plan)).toEqual([
      '新开工改造城镇老旧小区2069个',
      '新增婴幼儿托位1.6万个',
      '创建100家“渝馨家园（残疾人之家）”，实施无障碍改造1万户',
      '安装873台化粪池安全监测系统，完成2万个窨井盖专项整治',
    ]);
    expect(texts('（八）民生。今年办好三件民生实事：新建幼儿园20所；改造老旧小区100个；新增停车位1万个。')).toEqual([
      '新建幼儿园20所',
      '改造老旧小区100个',
      '新增停车位1万个',
    ]);
    // Two parts for a count of ten: no list of items.
    expect(texts('（八）民生。今年办好十件民生实事：新建幼儿园20所；改造老旧小区100个。')).toEqual([]);
  });

  it('heldout4: candidates for a vote still to come, no list of its own announced: the candidates’ count is the list’s', () => {
    const [p] = pledgeOf('（八）民生。广泛征集意见建议，形成了开展食用农产品快检等12项民生实事候选项目。我们将在本次大会票决具体项目后，全力组织实施。');
    expect(p).toMatchObject({ count: 12, items: [] });
    expect(p.announced.quote).toBe('12项民生实事候选项目');
    // A list to be chosen from them is the list (票选确定10件).
    expect(pledgeOf('（八）民生。遴选了13件民生实事候选项目，请各位代表审议并票选确定10件民生实事项目。')[0]).toMatchObject({ count: 10 });
  });

  it('heldout5: the number a vote still to come will choose is the list’s count (遴选了12件民生实事，待人大票决选定10件)', () => {
    const [p] = pledgeOf('（八）民生。今年，我们按照惯例遴选了12件民生实事，待人大票决选定10件后，市财政将安排足额资金，全力以赴办好。');
    expect(p).toMatchObject({ count: 10, items: [] });
    expect(p.announced.quote).toBe('12件民生实事，待人大票决选定10件');
  });

  it('heldout5: 一批 with a 、 list of modifiers announces a list of no count (一批关注度高、涉及面广、带动力强的民生实事)', () => {
    const [p] = pledgeOf('（八）民生。今年，我们将继续办好一批关注度高、涉及面广、带动力强的民生实事，让全市人民更好地共享改革发展成果。');
    expect(p).toMatchObject({ count: null, items: [] });
  });

  it('every item and the announcement grounded', () => {
    const r = reportWith('今年重点办好十件民生实事：一是新建幼儿园20所。二是改造老旧小区100个。');
    for (const p of r.pledges) {
      expect(r.text.slice(...p.announced.span)).toBe(p.announced.quote);
      for (const i of p.items) expect(r.text.slice(...i.span)).toBe(i.text);
    }
  });
});

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

  it('verbs the lexicon lacked: 修复, 衔接, 运用, 帮扶, 增进, 降低; 大力发展新能源 is a verb, not 发展新…', () => {
    const r = reportWith(
      '（二）保护生态。实施“山水”工程，修复国土面积50万亩，衔接国土空间规划和用途管制，综合运用控源、截污等治理手段，' +
        '托底帮扶困难群体就业，降低小微企业贷款申请条件，大力发展新能源、新材料等产业，持续增进民生福祉。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('修复国土面积')).toMatchObject({ action: '改造', quantities: [{ value: 50, unit: '万亩' }] });
    expect(at('衔接国土空间规划')?.action).toBe('推进');
    expect(at('综合运用')?.action).toBe('推进');
    expect(at('托底帮扶')?.action).toBe('支持');
    expect(at('降低小微企业')?.action).toBe('推进');
    expect(at('大力发展新能源')?.action).toBe('推进');
    expect(at('增进民生福祉')?.action).toBe('推进');
  });

  it('a result verb naming a preliminary stage or a programme is a noun (创建前期工作, 加固前期工作, 改造升级工程)', () => {
    const r = reportWith(
      '（二）重点工程。抓好松嫩鹤乡国家公园创建前期工作，推进大兴寨水库、重要堤防加固前期工作，实施新一轮传统产业重大技术改造升级工程。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('创建前期工作')?.action).toBe('推进');
    expect(at('加固前期工作')?.action).toBe('推进');
    expect(at('改造升级工程')?.action).toBe('实施');
  });

  it('启动 governing a later stage gives way to it (启动…开工); 启动并建成 and 启动…改造 stay 启动', () => {
    const r = reportWith('（二）重点工程。加快启动犬木塘水库开工，启动并初步建成全市共享平台，启动富裕至加格达奇铁路改造。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('犬木塘水库')?.action).toBe('开工');
    expect(at('共享平台')?.action).toBe('启动');
    expect(at('铁路改造')?.action).toBe('启动');
  });

  it('not tasks: an ideology as the object (落实…思想), a section label (…方面), turning advantages (把…优势转换成…)', () => {
    const r = reportWith('（二）生态环境。认真落实习近平生态文明思想，坚守阵地。产业升级方面，推进技术改造。切实把能源优势转换成高质量发展优势。');
    const quotes = r.commitments.map((c) => c.quote);
    expect(quotes).toContain('推进技术改造');
    expect(quotes.some((q) => /生态文明思想|方面$|优势转换/.test(q))).toBe(false);
  });

  it('nominal targets (年度投资X以上, 吞吐量超X, 占比X%) are commitments; a project total (总投资X) is not', () => {
    const r = reportWith('（二）扩大投资。实施重大项目500个，总投资6000亿元，年度投资8000亿元以上，机场旅客吞吐量超5800万人次，其中绿电装机占比85%。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('年度投资')).toMatchObject({ action: '推进', quantities: [{ value: 8000, unit: '亿元', qualifier: 'at_least' }] });
    expect(at('吞吐量超')).toMatchObject({ action: '推进', quantities: [{ value: 5800 }] });
    expect(at('装机占比')?.action).toBe('推进');
    expect(at('总投资')).toBeUndefined();
  });

  it('more verbs: 织密, 筹集, 发放, 禁用, 筹办, 签约, 补齐', () => {
    const r = reportWith(
      '（三）民生。织密社区养老服务网络，筹集保障性租赁住房1.5万套，发放租赁补贴不少于4万户，全面禁用高排放非道路移动机械，' +
        '高标准筹办全国职业技能大赛，力争签约亿元以上工业项目180个以上，补齐应急设施短板。',
    );
    const actions = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['织密', '筹集', '发放', '禁用', '筹办', '签约', '补齐'].map(actions)).toEqual(['建设', '建设', '实施', '保障', '举办', '引进', '推进']);
  });

  it('为 of a free service to a group is a pledge, not a purpose; 做到… is a task', () => {
    const r = reportWith('（三）医疗卫生。为全省60岁以上老年人免费接种流感疫苗，为高质量发展提供有力支撑，做到有能可用、应保尽保。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('免费接种')?.action).toBe('实施');
    expect(at('提供有力支撑')).toBeUndefined();
    expect(at('做到有能可用')?.action).toBe('保障');
  });

  it('a political stance of the government and a circumstance are not tasks (a reading of 120 commitments of unannotated reports)', () => {
    const r = reportWith(
      '（九）加强政府自身建设。面对艰巨繁重的改革发展稳定任务，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，' +
        '真正做到总书记有号召、党中央有部署，提高政治站位，健全重大决策程序，完善政务公开制度。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('面对')).toBeUndefined();
    expect(at('保持高度一致')).toBeUndefined();
    expect(at('有号召')).toBeUndefined();
    expect(at('政治站位')).toBeUndefined();
    expect(at('健全重大决策程序')).toBeDefined();
    expect(at('完善政务公开')).toBeDefined();
  });

  it('heldout2 classes: a gloss (这是…), a priority (把…摆在…位置) and a principle (以创建…为统领) are not tasks; a manner (以市场化手段引进…) is', () => {
    const r = reportWith(
      '（四）提升制造业竞争力。这是推动实体经济发展的重中之重。引导企业做优做强，以创建国际消费中心城市为统领，' +
        '以市场化手段引进航空公司，把促进高校毕业生就业摆在更加突出位置，新增规上企业500家，争取率先落实开放措施。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('重中之重')).toBeUndefined();
    expect(at('为统领')).toBeUndefined();
    expect(at('以市场化手段')?.action).toBe('引进');
    expect(at('摆在更加突出位置')).toBeUndefined();
    // 率先 is an adverb, not a rate: 争取 stays the verb.
    expect(at('争取率先')?.action).toBe('争取');
    // 建成投产率 is a rate as a whole: neither 建成 nor 投产 is the action.
    const rates = reportWith('（五）抓项目。提高项目履约率、建成投产率和投产达产率。').commitments.find((c) => c.quote.includes('履约率'));
    expect(rates?.action).toBe('推进');
    expect(at('引导企业')?.action).toBe('支持');
    expect(at('新增规上企业')?.action).toBe('新增');
  });

  it('heldout2 classes: an industry upgraded is advanced (产业提档升级), a structure renovated is not (提档升级老码头)', () => {
    const r = reportWith('（四）产业升级。促进食品、建材等传统产业提档升级，提档升级老码头20个，推动行业改造提升，延长产业链。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('传统产业提档升级')?.action).toBe('推进');
    expect(at('老码头')).toMatchObject({ action: '改造', quantities: [{ value: 20 }] });
    expect(at('行业改造提升')?.action).toBe('推进');
    expect(at('延长产业链')?.action).toBe('推进');
  });

  it('heldout2 classes: a rate is a noun (治理率达到X), 恢复治理 is a repair, X创建工作 is the creation, a verb run on into a programme is a noun', () => {
    const r = reportWith(
      '（五）乡村建设。城市生活污水处理率达到97%，恢复治理历史遗留矿山2000亩，抓好湿地公园创建工作，' +
        '深入实施农村人居环境整治提升五年行动，推进垃圾收运体系向20户以上自然村寨延伸，新增城镇就业5万人以上。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('处理率达到')).toMatchObject({ action: '推进', verb: '达到', quantities: [{ value: 97 }] });
    expect(at('恢复治理')).toMatchObject({ action: '改造', quantities: [{ value: 2000, unit: '亩' }] });
    expect(at('创建工作')?.action).toBe('创建');
    expect(at('五年行动')?.action).toBe('实施');
    // 20户以上自然村寨 sizes the villages: no amount.
    expect(at('自然村寨')).toMatchObject({ action: '推进', quantities: [] });
    expect(at('城镇就业')).toMatchObject({ action: '新增', quantities: [{ value: 5, unit: '万人' }] });
  });

  it('more verbs: 培优, 建强, 消除, 归集, 铸牢, 治污, 恢复 (not 恢复和扩大); 建设用地 and 贯通发展 are not verbs', () => {
    const r = reportWith(
      '（三）产业。培优塑强一批链主企业，建强3个国家先进制造业集群，动态消除五类及以下水体，归集住房公积金550亿元以上，' +
        '铸牢中华民族共同体意识，“一断一策”精准治污，恢复岸线生态功能，把恢复地下水位纳入考核内容，恢复和扩大消费，' +
        '确保重点建设用地得到安全有效保障，促进产业链供应链贯通发展。',
    );
    const actions = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['培优', '建强', '动态消除', '归集', '铸牢', '治污', '恢复岸线', '把恢复', '恢复和扩大', '建设用地', '贯通发展'].map(actions)).toEqual([
      '培育', '建设', '推进', '推进', '推进', '推进', '改造', '实施', '推进', '保障', '推进',
    ]);
  });

  it('办好 holds an event (举办) only when its object is one; a service or a place is advanced', () => {
    const r = reportWith('（三）民生。办好“六五”环境日国家主场活动，办好社区食堂，办实办好异地就医直接结算等惠民实事，办好全国职业技能大赛。');
    const actions = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['主场活动', '社区食堂', '惠民实事', '技能大赛'].map(actions)).toEqual(['举办', '推进', '推进', '举办']);
  });

  it('以 + a manner (以更高标准…) and 为 + a group + 提供…服务 are tasks; 以…为… and 为…提供支撑 are not', () => {
    const r = reportWith('（三）环境。以更高标准打好蓝天保卫战，以高标准为引领，为社区居民提供安全便利的餐饮服务，为高质量发展提供有力支撑。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('以更高标准')?.action).toBe('推进');
    expect(at('以高标准为引领')).toBeUndefined();
    expect(at('餐饮服务')?.action).toBe('推进');
    expect(at('有力支撑')).toBeUndefined();
  });

  it('heldout4 classes: 增加 raises an income (推进) but adds things (新增); 促进…提档升级 is advanced, 提档升级老码头 renovated', () => {
    const r = reportWith(
      '（三）收入。多渠道增加城乡居民财产性收入，增加一线劳动者劳动报酬，增加普惠性学位2万个，促进卷烟提档升级，' +
        '促进县级图书馆提档升级，提档升级老码头20个，推动钢铁行业改造提升。',
    );
    const actions = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['财产性收入', '劳动报酬', '普惠性学位', '卷烟', '县级图书馆', '老码头', '钢铁行业'].map(actions)).toEqual([
      '推进',
      '推进',
      '新增',
      '推进',
      '推进',
      '改造',
      '推进',
    ]);
    expect(r.commitments.find((c) => c.quote.includes('卷烟'))).toMatchObject({ verb: '促进', object: '卷烟提档升级' });
  });

  it('heldout4 classes: a renovation or creation before 示范项目/工程 is a noun; another result verb takes it as object', () => {
    const r = reportWith('（三）工业。重点推进技术改造示范项目200个，实施普通高中达标创建示范工程，开展无欠薪行动、培育示范项目100个。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('技术改造示范项目')).toMatchObject({ action: '推进', quantities: [{ value: 200, unit: '个' }] });
    expect(at('达标创建示范工程')?.action).toBe('实施');
    expect(at('培育示范项目')?.action).toBe('培育');
  });

  it('heldout4 classes: a figure before 力争 makes what precedes it the action (新增…以上、力争开工…)', () => {
    const r = reportWith('（三）能源。新增新能源装机1100万千瓦以上、力争开工2000万千瓦，高速公路提质改造力争完成总任务的70%。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('新能源装机')).toMatchObject({ action: '新增', stretch: null, quantities: [{ value: 1100 }, { value: 2000 }] });
    expect(at('总任务')).toMatchObject({ action: '完成', stretch: '力争' });
  });

  it('heldout4 verbs: 建好, 落细, 缩小, 狠抓, 抓实, 增绿; 营造林/造林 with an area is a target; 真抓实干 and 压缩小 are none', () => {
    const r = reportWith(
      '（三）生态。建好数据中心和大数据产业园，落细“退、减、调、治、管”举措，逐步缩小城乡居民收入差距，狠抓县城黑臭水体治理，' +
        '抓实应急预案演练，留白留璞增绿，营造林125万亩，人工造林7万亩，真抓实干确保政策落地见效，压缩小火电。',
    );
    const actions = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['数据中心', '落细', '收入差距', '黑臭水体', '预案演练', '增绿', '营造林', '人工造林', '真抓实干'].map(actions)).toEqual([
      '建设',
      '实施',
      '推进',
      '推进',
      '推进',
      '推进',
      '推进',
      '推进',
      '保障',
    ]);
    expect(r.commitments.find((c) => c.quote.includes('营造林'))?.quantities).toMatchObject([{ value: 125, unit: '万亩' }]);
    expect(r.commitments.find((c) => c.quote.includes('压缩小火电'))).toBeUndefined();
  });

  it('heldout5 verbs: 助力, 筹建, 淘汰, 关停, 破除, 避免, 吸引; a figure grading equipment (4.3米及以下焦炉) is no amount', () => {
    const r = reportWith(
      '（三）产业。助力高校毕业生就业，新筹建5家省级制造业创新中心，淘汰落后产能，4.3米及以下焦炉全部关停，坚决破除无效供给，' +
        '避免生态环境监管执法“一刀切”，吸引更多优质产业项目落户，淘汰35蒸吨及以下燃煤锅炉300台，切实把自治区的助力用好。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(['高校毕业生', '新筹建', '落后产能', '焦炉', '无效供给', '一刀切', '优质产业项目'].map((k) => at(k)?.action)).toEqual([
      '支持',
      '建设',
      '推进',
      '推进',
      '推进',
      '保障',
      '引进',
    ]);
    expect(at('新筹建')?.quantities).toMatchObject([{ value: 5, unit: '家' }]);
    expect(at('焦炉')?.quantities).toEqual([]);
    expect(at('燃煤锅炉')?.quantities).toMatchObject([{ value: 300, unit: '台' }]);
    expect(at('自治区的助力')?.verb).toBe('用好');
  });

  it('heldout5 classes: 力争 with no action word of its own is the action 争取 and the stretch; a frame of time after it is none', () => {
    const r = reportWith('（三）生态。力争晋祠泉早日复流，力争用3年时间，实现城市全部退出排名后十位，力争到2025年，争取自治区支持。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('晋祠泉')).toMatchObject({ action: '争取', verb: '力争', stretch: '力争' });
    expect(at('3年时间')).toBeUndefined();
    expect(at('到2025年')).toBeUndefined();
    expect(at('自治区支持')).toMatchObject({ action: '争取', stretch: null });
  });

  it('heldout5 classes: a state to be reached (加快形成…, 努力形成…) is a result, as a clause opening with 形成; 促进形成… a task', () => {
    const r = reportWith('（三）交通。加快形成以太原为中心的放射型高铁网，努力形成良性循环，促进形成产业集群，尽快形成并建成示范区。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k));
    expect(at('放射型高铁网')).toBeUndefined();
    expect(at('良性循环')).toBeUndefined();
    expect(at('产业集群')?.action).toBe('推进');
    expect(at('示范区')).toBeUndefined();
  });

  it('heldout5 classes: a result verb ending an item of a list closed by 等项目/等工程 names the kind; the governing verb is the action', () => {
    const r = reportWith(
      '（三）机场。加快推进太原机场三期、运城机场改扩建和朔州机场新建等项目，确保年内建成新钢厚板轧机、九江轿车等工程，' +
        '推动开工建设中心港区等泊位工程，稳步推进保障性住房建设、城中村改造等“三大工程”。',
    );
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['太原机场', '厚板轧机', '中心港区', '城中村'].map(at)).toEqual(['推进', '建成', '开工', '改造']);
  });

  it('heldout5 classes: a channel named by the process it speeds (项目引进“绿色通道”, 人才引进绿色通道) takes the verb into the noun', () => {
    const r = reportWith('（三）招商。建立重大产业项目引进“绿色通道”，畅通企业人才引进绿色通道，引进“专精特新”企业20家。');
    const at = (k: string) => r.commitments.find((c) => c.quote.includes(k))?.action;
    expect(['重大产业项目', '企业人才', '专精特新'].map(at)).toEqual(['建设', '推进', '引进']);
  });

  it('every commitment is grounded', () => {
    for (const c of plan.commitments) expect(plan.text.slice(c.span[0], c.span[1])).toBe(c.quote);
  });
});

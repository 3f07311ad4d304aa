// The words of the work plan: action verbs (normalised to a small set, the written form kept), deadline words,
// project-name suffixes and project stages. Data only; src/extract/plan reads these lists.

/**
 * Action verbs as written -> the normalised action. `specific` verbs name a concrete result (开工, 建成, 新增…) and win
 * over generic ones (推进, 加快, 实施…) in the same clause: 推动格派一期建成投产 is a 投产, not a 推进.
 */
export interface ActionWord {
  word: string;
  action: string;
  specific: boolean;
}

const SPECIFIC: ReadonlyArray<readonly [string, readonly string[]]> = [
  // 开复工: works started or resumed in the year (开复工新能源装机规模1200万千瓦).
  ['开工', ['开工建设', '新开工建设', '新开工', '开复工', '开工', '动工建设', '动工', '开建']],
  ['投产', ['建成投产', '建成投运', '建成投用', '竣工投产', '竣工投用', '投产达产', '投入运营', '投入使用', '投产', '投运', '投用', '达产']],
  ['建成', ['全面建成', '基本建成', '初步建成', '建成', '竣工', '完工', '贯通', '通车']],
  ['完成', ['完成']],
  ['新增', ['新增', '增加', '新培育', '新认定', '新建成']],
  ['改造', ['改扩建', '改建', '提升改造', '升级改造', '改造提升', '改造升级', '提档升级', '除险加固', '加固', '改造', '扩建', '修缮', '整治']],
  ['引进', ['引进', '招引', '引育', '引聚', '新签约', '新签', '签约']],
  ['培育', ['培育壮大', '培育', '培优', '孵化']],
  ['举办', ['举办', '承办', '主办', '召开']],
  // Winning a title is a creation (力争获评“大禹鼎”金鼎).
  ['创建', ['创建', '争创', '申创', '获评']],
  ['启动', ['启动']],
];

const GENERIC: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Founding (新筹建5家省级制造业创新中心) is a building, as 组建; so is a facility to exist (每个县市区建有1所以上…养护院).
  ['建设', ['加快建设', '全面建设', '新改建', '新建', '续建', '建设', '打造', '构建', '修建', '建立', '组建', '筹建', '布局建设', '建有', '织密', '筹集', '建强', '建好']],
  // Services delivered to a number of people (妇女“两癌”免费检查100万人, 重点筛查60岁以上人群) and land sold (出让10300亩).
  ['实施', ['实施', '实行', '开展', '落实', '落细', '执行', '推行', '推广', '组织', '开行', '运行', '开通', '纳入', '发放', '接种', '筛查', '免费检查', '出让']],
  ['推进', [
    '加快推进', '推进', '推动', '促进', '加快', '深化', '加强', '强化', '提升', '提高', '优化', '完善', '健全', '巩固', '拓展',
    '扩大', '做强', '做大', '做优', '做实', '做好', '加大', '加密', '深入推进', '增强', '持续提升', '发展', '壮大', '延伸',
    '升级', '规范', '改善', '开发', '丰富', '参与', '用好', '用足', '发挥', '释放', '激发', '挖掘', '提速', '增设', '扩容',
    '整合', '探索', '抓好', '处置', '畅通', '打通', '拆除', '统筹推进', '创新', '盘活', '解决', '打好', '打赢', '拓宽', '调整',
    '实现', '清零', '增进', '衔接', '运用', '降低', '补齐', '延长', '消除', '归集', '铸牢', '治污', '提供',
    // Narrowing a gap (缩小城乡居民收入差距), grasping hard (狠抓县城黑臭水体治理, 抓实), greening (留白留璞增绿).
    '缩小', '狠抓', '抓实', '抓牢', '增绿',
    // Iterating a system (迭代项目全生命周期数字化管理系统), making a brand known (打响…城市品牌), enlarging (放大基础设施投资).
    '迭代', '打响', '放大',
    // Sorting out lists (理清“五张项目清单”, 梳理…), acting well as a role (当好产业链“首席服务官”), an industry keyed to
    // fields (大健康产业紧扣中医药…等领域).
    '理清', '梳理', '当好', '紧扣',
    // Reinforcing a weak link (补强冷链、跨境电商等货运设施); preparing an event, which is not yet holding it
    // (高标准筹备第十二届世界运动会).
    '补强', '筹备',
    // Ending capacity or supply (加快淘汰落后产能, 4.3米及以下焦炉全部关停, 坚决破除无效供给): advanced as 消除.
    '淘汰', '关停', '破除',
    // Placing an industry ahead (前瞻性布局元宇宙产业, 加速布局…卫星应用产业链) is advanced, not built; 布局建设 stays 建设.
    '布局',
    // Opening markets (多元化开拓国际市场), breaking barriers (打破信息孤岛), easing a burden (减轻群众看病就医负担, as 降低),
    // leveraging funds (撬动更多金融资金).
    '开拓', '打破', '减轻', '撬动',
  ]],
  // Attracting investment or projects (吸引更多优质产业项目落户): an introduction, generic (吸引…参与 governs a verb of its own).
  ['引进', ['吸引']],
  // 修复 names a repair as a result but follows the verb that governs it (推进湿地保护修复): a generic 改造. So do 恢复
  // (恢复岸线生态功能) and the pairs of restoring and treating (恢复治理历史遗留矿山, 生态修复治理), which 治理 alone (保障)
  // would not name.
  ['改造', ['修复', '恢复', '恢复治理', '修复治理', '治理修复']],
  ['争取', ['争取', '申报', '申建', '获批', '申请']],
  ['规划', ['谋划', '策划', '编制', '修编', '修订', '规划', '制定', '出台', '研究制定']],
  ['保障', ['保障', '确保', '稳定', '保持', '控制', '守住', '兜牢', '防范', '化解', '维护', '保护', '治理', '防治', '遏制', '打击', '整改',
    '安置', '减少', '防止', '严守', '纠正', '储备', '安排', '兜住', '筑牢', '稳住', '应对', '严禁', '严格', '禁用', '做到',
    // Land taken into the reserve (收储13000亩); a harm avoided (避免…执法“一刀切”), as 防止.
    '收储', '避免',
    // Ruling out (坚决杜绝低效无效投资), as 严禁.
    '杜绝']],
  // Relief given to people (康复救助残疾儿童2万名).
  // Helping a group to a goal (助力高校毕业生…就业).
  ['支持', ['支持', '鼓励', '引导', '扶持', '帮助', '帮扶', '救助', '助力']],
  ['办好', ['办好', '办实', '筹办']],
  ['改革', ['改革']],
];

/** Every action word, longest first so a regex alternation takes 开工建设 before 开工. */
export const ACTION_WORDS: readonly ActionWord[] = [
  ...SPECIFIC.flatMap(([action, words]) => words.map((word) => ({ word, action, specific: true }))),
  ...GENERIC.flatMap(([action, words]) => words.map((word) => ({ word, action: action === '办好' ? '举办' : action, specific: false }))),
].sort((a, b) => b.word.length - a.word.length);

/** The normalised actions, for documentation and validation. */
export const ACTIONS: readonly string[] = [...new Set(ACTION_WORDS.map((a) => a.action))];

/**
 * Words that look like an action but are a noun or part of one here: 建成区, 完成率, 开工率, 新增长点, 发展格局.
 * Checked against the text right after a matched verb.
 */
export const NOT_AFTER: Readonly<Record<string, RegExp>> = {
  建成: /^区/,
  完成: /^率|^情况/,
  开工: /^率/,
  新增: /^长/,
  增加: /^值/,
  提高: /^了/,
  缩小: /^了/,
  发展: /^[的格理战方]|^新(?!能源|材料|技术|兴|型|业态)|^空间|^环境|^成果|^质量|^水平|^动能|^需要/,
  规划: /^[的引]|^纲要/,
  保护: /^[区地]/,
  治理: /^[体能]|^手段/,
  申请: /^条件|^材料|^人/,
  改革: /^[的成]/,
  建设: /^[的者]|^工作|^用地/,
  创建: /^成果/,
  // 筹备工作, 筹备组: the preparation as a noun.
  筹备: /^[工组]/,
  // 贯通发展, 贯通融合: a manner of development, not a work opened to traffic.
  贯通: /^发展|^融合/,
  // 恢复和扩大消费: the consumption to be revived is advanced, not repaired.
  恢复: /^[和与及性]/,
  安排: /^[的]/,
  创新: /^[的能驱型发成平中高主要体]/,
  // 组织化程度 (农村劳动力外出务工组织化程度稳定在70%左右): a noun, its state the target.
  组织: /^化/,
  // 开拓创新, 开拓进取: a manner (the slogan read as before), not markets opened.
  开拓: /^创新|^进取/,
  // 出让金, 出让收入: nouns.
  出让: /^[金价]|^收入/,
};

/**
 * After any action word, these make it an adjective or a noun: 保障性住房, 创新性, 稳定性 (not 性能, 性价比); a rate
 * (治理率, 处理率, 完成率: 农村生活污水治理率达到16% is a target, not a 治理; not 率先, 率领).
 */
export const NOT_AFTER_ANY = /^性(?!能|价比|别|格)|^率(?!先|领)/;

/**
 * Predicates of a quantified target (…达到X, …增长X%以上, 力争…突破X): the action of a clause that has no other
 * verb, read only when a figure follows (FIGURE_NEXT). Normalised to 推进, as the target is advanced towards.
 */
export const TARGET_PREDICATES: readonly ActionWord[] = [
  '提高到', '提升到', '增长到', '增加到', '扩大到', '降低到', '下降到', '减少到', '达到', '突破', '超过', '增长', '下降', '降低', '降至', '达',
  // A nominal target: 年度投资8000亿元以上, 机场旅客吞吐量超5800万人次, 绿电装机占比85%; afforestation by its area
  // (营造林125万亩, 造林20万亩).
  '投资', '占比', '超', '营造林', '造林',
  // People placed back in work (失业人员再就业13万人).
  '再就业',
  // A ceiling or a floor (PM2.5平均浓度不高于29微克/立方米, 不低于…).
  '不高于', '不低于', '低于',
].map((word) => ({ word, action: '推进', specific: false }));

/** A figure right after a target predicate: 达到47.3%, 突破1000亿元, 增长6%左右, 超过八成. */
export const FIGURE_NEXT = /^(?:到|至)?(?:约|近|超|达)?[\d一二两三四五六七八九十百千]/;

/**
 * After 达到 (and the other predicates reaching a level), a share of a whole (总车位达到小型客车停车位总数的10%) or a
 * standard (断面全部达到优良以上标准) is a target too, the figure or the standard further on in the clause.
 */
export const SHARE_OR_STANDARD_NEXT = /^[^，。；、]{2,16}?的(?:约|近)?[\d一二三四五六七八九十]+(?:\.\d+)?[%％成]|^[^，。；、\d]{0,8}标准$/;
export const SHARE_OR_STANDARD_PREDICATES = new Set(['达到', '提高到', '提升到']);

/** Words that are the tail of a noun when preceded by these: 机组建成 is 机组 + 建成, not 组建. */
export const NOT_BEFORE: Readonly<Record<string, RegExp>> = {
  组建: /机$/,
  建设: /[基新]$/,
  开发: /[区]$/,
  完成: /[未]$/,
  建成: /创$/,
  保持: /水土$/,
  实现: /[未]$/,
  // 总投资500亿元 describes projects; 新签约 is one word.
  投资: /总$/,
  签约: /新$/,
  // An industry upgraded (传统产业提档升级, 行业改造提升) is advanced, not a structure renovated (提档升级老码头).
  提档升级: /产业$|行业$/,
  改造提升: /产业$|行业$/,
  改造升级: /产业$|行业$/,
  升级改造: /产业$|行业$/,
  改造: /产业$|行业$/,
  // 把恢复地下水位纳入考核: the verb after 把 belongs to its object.
  恢复: /把$/,
  // 真抓实干 and 大抓实战化训练 are no 抓实; 压缩小火电 no 缩小.
  抓实: /[真大]$/,
  缩小: /压$/,
  // 向改革要动力, 向改革开放要活力: a slogan of where strength comes from, no reform set.
  改革: /向$/,
  // 自治区的助力: a noun.
  助力: /的$/,
  // 动工 read inside a word ending in 动 (联动工程, 劳动工资, 驱动工业, 活动工作, 拉动工业, 行动工程): no start of works.
  动工: /[联劳驱活电互拉调流移运行]$/,
  动工建设: /[联劳驱活电互拉调流移运行]$/,
};

/**
 * After a result verb, these make it part of a noun (综合整治项目, 改造任务, 整治提升五年行动 with its period): it is not
 * the clause's action unless it leads. Not 工作 alone: 抓好国家公园创建工作 is the creation itself (its 前期工作 is not,
 * nor a 创建工作常态长效机制).
 */
export const NOMINAL_AFTER = /^(?:[一二三四五六七八九十两\d]{1,2}年)?(?:前期|工作(?:机制|体系|制度|常态|长效)|项目|工程|任务|行动|资金|成果|试点|体系|机制|制度|模式|平台|梯队)/;

/**
 * A renovation or a creation names the kind of a demonstration project too (技术改造示范项目200个, 基本农田整治示范项目,
 * 达标创建示范工程): nominal like NOMINAL_AFTER. Not other result verbs, which take it as their object (培育示范项目100个).
 */
/**
 * An item of a list of projects closed by 等项目/等工程 (太原机场三期、运城、临汾机场改扩建和朔州机场新建等项目): a result verb
 * ending an item (、, 和 or 等 next) names that project's kind, as before 项目 itself (改扩建项目); the clause's action is
 * the verb that governs the list (确保年内建成A、B等工程 stays 建成). Unquoted only: 城中村改造等“三大工程” names the
 * works of a campaign.
 */
export const LIST_OF_PROJECTS_AFTER = /^(?:[、和及与][^，；。：“”]{0,40}?)?等[^，；。：“”]{0,6}(?:项目|工程)(?:建设)?$/;
/**
 * A channel named by the process it speeds, quoted or not (建立重大产业项目引进“绿色通道”, 人才引进绿色通道, 顶尖人才引进“直通车”):
 * the result verb before it is part of the noun. Read on the text itself, the quote being masked in the clause.
 */
export const CHANNEL_AFTER = /^“?(?:绿色通道|直通车)/;
export const NOMINAL_DEMO_ACTIONS = new Set(['改造', '创建']);
// A campaign of creation (产粮大县振兴创建活动, 群众性精神文明创建活动) is carried out, not a title won: nominal too.
export const NOMINAL_DEMO = /^示范(?:项目|工程)|^活动/;

/**
 * A size class of settlements, not an amount: 向30户以上自然村寨延伸, 10万人口以上城镇 (a figure of households or people
 * with 以上/以下 before the settlement it sizes). quantitiesIn drops such figures.
 */
export const SIZE_CLASS_UNITS = new Set(['户', '人', '万人', '万户']);
export const SIZE_CLASS_AFTER = /^(?:口)?(?:及)?(?:以[上下])?(?:的)?(?:自然村|村寨|村组|行政村|建制村|村庄|城镇|县城|城市|乡镇|集镇|社区)/;

/**
 * A grade of equipment or plant, not an amount: a figure with 及以下/及以上 before the noun it grades (4.3米及以下焦炉,
 * 35蒸吨及以下燃煤锅炉, 60万千瓦及以上燃煤发电机组, 12吨及以上的普通货运车辆), whatever its unit.
 */
export const GRADE_AFTER = /^及以[上下]的?[\u4e00-\u9fff]/;

/** Adverb-like verbs: 加快实施 is a 实施, 迭代升级 a 升级. Skipped when another action word follows at once. */
export const ADVERBIAL = new Set(['加快', '持续', '全面', '深入', '积极', '统筹', '探索', '配合', '抓好', '严格', '迭代']);

/**
 * A result verb that governs a later stage of the work: 加快启动犬木塘水库开工 is a 开工 (but 启动…铁路改造 stays a 启动:
 * 改造 there names the work, not a stage).
 */
export const GOVERNING_RESULT = new Set(['启动']);
export const GOVERNED_STAGES = new Set(['开工', '建成', '投产', '完成']);

/**
 * Clauses that state a principle, a topic label or a goal rather than a task, wherever their verb: 认真落实习近平生态文明思想
 * (an ideology or spirit as the object), 产业升级方面 (a section label), 把能源优势转换成发展优势 (turning one advantage
 * into another), 把促进青年就业工作摆在更加突出位置 (a priority set, like 把…作为重大政治任务), a political stance of the
 * government itself (同党中央保持高度一致, 总书记有号召、党中央有部署, 提高政治站位).
 */
export const NOT_A_TASK_WHOLE = /^(?:认真|深入|全面|坚决)?(?:贯彻)?落实[^，]{0,16}(?:思想|精神)$|方面$|^(?:切实|努力|加快)?把[^，]{0,16}优势(?:转换|转化|转变)(?:成|为)|^[^，]{0,4}把[^，]{2,40}(?:摆在|放在|置于)[^，]{0,8}(?:位置|地位)$|保持高度一致$|有号召[^，]{0,8}有部署|^(?:不断|进一步|切实)?提高政治站位$/;

/**
 * 办好/办实 hold an event (举办) only when their object is one (办好“六五”环境日国家主场活动, 办好世界储能大会); a service,
 * a place or a policy is advanced (办好社区食堂, 办实办好…惠民实事: 推进).
 */
export const HOSTING_IF_EVENT = new Set(['办好', '办实']);

export const EVENT_OBJECT = /(?:活动|论坛|[^社机]会|会议|展览|马拉松|节|周|赛事?|(?<!发)展)(?:等[^，。；]{0,6})?$/;

/**
 * 增加 adds new things (增加学位6000个: 新增) but raises a level when its object is an income or a pay (多渠道增加城乡
 * 居民财产性收入, 增加一线劳动者劳动报酬): that is advanced (推进), as with 提高.
 */
export const RAISED_IF_LEVEL = new Set(['增加']);
export const LEVEL_OBJECT = /(?:收入|报酬|工资|收益|薪酬)(?:水平)?$/;

/**
 * 促进 governs a process of its object (促进卷烟提档升级, 促进农村消费提档升级, 促进产业园区提档升级): an upgrading
 * verb closing the clause after it names that process, which is advanced (推进), not a structure renovated
 * (提档升级南斗、郁江港务等老码头20个).
 */
export const PROCESS_GOVERNORS = new Set(['促进']);
export const PROCESS_UPGRADES = new Set(['提档升级', '改造提升', '改造升级', '升级改造']);

/** Written before the action: a stretch goal. */
export const STRETCH_MARKERS = ['力争', '争取', '努力实现', '努力达到'];

/**
 * A stretch word that carries a clause with no action word of its own (力争晋祠泉早日复流, 力争我省城市全部退出…后十位):
 * the clause is a commitment, its action 争取 and its stretch the word, as a clause led by 争取 (争取良种和机收取得突破).
 */
export const STRETCH_ALONE_WORDS = ['力争'];
export const STRETCH_ALONE = new RegExp(`^(?:年内|今年|全年)?(${STRETCH_ALONE_WORDS.join('|')})`);
/**
 * After that word, a frame of time alone (力争用3年时间, 力争通过三年努力, 力争到2015年, 力争在2018年底前, 力争两年内):
 * the commitment is in the next clause.
 */
export const STRETCH_FRAME = /^再?(?:用|通过|经过)[^，]{0,14}(?:时间|努力)$|^(?:到|在|于)?[^，]{0,20}(?:年|年底|年末|周年)(?:之?前)?$|^[^，]{0,6}年(?:之)?内$/;

/** Deadlines and periods as written; tried in order, the first match wins. */
export const DEADLINE_PATTERNS: readonly RegExp[] = [
  /(?:到|至|在|于)?(\d{4})年(?:\d{1,2}月)?(?:底|末)?前/,
  /(?:到|至)(\d{4})年(?:底|末)?/,
  /(\d{4})年(?:底|末)/,
  /年底前|年内|年底|年末|全年|今年|当年|上半年|下半年|一季度|二季度|三季度|四季度|(?:到|至)?\d{1,2}月(?:底|末)?前/,
];

/**
 * A state to be reached (形成…格局, 加快形成以太原为中心的放射型高铁网, 尽快形成产业优势): a result, not a task, whatever
 * adverb or stretch word opens it.
 */
export const RESULT_STATE = /^(?:加快|加速|尽快|逐步|力争|努力)?形成/;

/**
 * A clause that opens with one of these states a principle, a topic or a purpose, not a task; 这是… glosses the
 * heading before it (这是推动实体经济高质量发展的重中之重); 面对… sets the circumstance (面对艰巨繁重的改革发展稳定任务).
 */
export const NOT_A_TASK = new RegExp(
  /^(?:这(?:也|更|就)?是|面对|面临|预计|在[^，]{0,12}让|着眼|坚持|聚焦|围绕|按照|以(?![^，]{0,8}(?:态度|标准|力度|举措)(?!为|作为))|突出(?!抓好|做好)|立足|紧盯|瞄准|秉持|把握|牢牢把握|让|使|为(?![^，]{1,16}(?:免费|提供[^，]*服务))|实现今年|各位代表|我们(?:要|将|必须)?(?:坚持|牢记))/
    .source + `|${RESULT_STATE.source}`,
);

/** Project-name suffixes, longest first. */
export const PROJECT_SUFFIXES = [
  '高速公路', '产业园区', '示范项目', '城际铁路', '国家公园', '产业园', '示范区', '试验区', '合作区', '开发区', '科技园', '物流园', '工业园',
  '科学城', '实验室', '快速路', '风电场', '园区', '项目', '工程', '基地', '论坛', '大桥', '铁路', '机场', '码头', '泊位', '航道', '水库',
  '运河', '博览会', '交易会', '中心', '大道', '枢纽', '灌区', '片区', '景区', '学校', '医院', '幼儿园', '校区', '院区', '高铁', '城际',
  '高速', '公路', '隧道', '通道', '港区', '电厂', '电站', '核电', '号线', '工厂', '水厂', '总部', '线',
  // Zones, corridors and parks (合六经济走廊, 明月山绿色发展示范带, 重庆高新区, 寸滩国际新城, 重庆国际生物城).
  '走廊', '绿廊', '示范带', '农业带', '集聚区', '先导区', '创新区', '核心区', '商务区', '保税区', '联动区', '新区', '高新区', '新城', '创新城', '生态城',
  '会展城', '生物城', '物流城', '医学城', '职教城', '中药城', '软件园', '种业园', '公园', '长廊', '街区', '商圈',
  // Bands, pilot zones and valleys (郑洛新焦锂电池产业带, “晋创谷·太原”先行区, 太原临空经济区, 中原农谷, 芯光智谷); not
  // 经济区, mostly a region of several cities (淮海经济区).
  '产业带', '先行区', '临空经济区', '硅谷', '声谷', '农谷', '智谷', '光谷', '药谷', '数谷', '传感谷', '农高区',
  // Extensions of a named road or line (陇海路东延, 人民大街南延, 2号线东延) and a station's building (太原火车站东站房).
  '东延', '西延', '南延', '北延', '东延线', '西延线', '南延线', '北延线', '站房',
  // Phases of a named work (轨道交通1号线二期, 科学大道一期, 淮河入海水道二期): a name when what precedes is one.
  '一期', '二期', '三期', '四期', '五期',
  // Zones, nodes and greenways (长江口产业创新协同区, 中阿（联酋）产能合作示范园, 柬埔寨西港特区, 天府中央法务区, 苏州国家级互联网骨干
  // 直联点, 天府绿道, 大熊猫栖息地生态廊道), national surveys by edition (第七次人口普查), events by abbreviation (大运会, 光博会).
  '协同区', '示范园', '特区', '法务区', '直联点', '绿道', '生态廊道', '普查', '运会', '博会', '交会', '贸会', '洽会',
  // Stations of a city (郑州南站), functional zones (郑州国际陆港核心功能区), heritage works (二里头遗址申遗, 贾湖遗址保护).
  '南站', '北站', '东站', '西站', '火车站', '高铁站', '功能区', '申遗', '遗址保护', '生态修复', '生态提升',
  // Schools and universities being founded (河南电子科技大学（筹）, 大东关小学, 万柏林一中).
  '（筹）', '小学', '中学',
  // Facilities and platforms (中国科大科技商学院, 分布式雷达验证试验场, 紧凑型聚变能实验装置, 渝商综合服务平台).
  '分校区', '学院', '研究院', '研究站', '试验场', '足球场', '体育场', '实验设施', '装置', '平台', '系统', '机构', '航站楼',
  // Venues of culture (南京博物院新馆, 成都自然博物馆, 省科技馆, 城市音乐厅) and exchanges (西部环境资源交易所).
  '博物馆', '博物院', '新馆', '科技馆', '文学馆', '美术馆', '图书馆', '纪念馆', '音乐厅', '大剧院', '交易所',
  '展示馆', '展览馆', '旧址', '故城',
  // Routes (渝甬班列, 沪渝直达快线, 万州环线) and events (世界制造业大会, 中新金融峰会, 世界举重锦标赛).
  '班列', '快线', '环线', '大会', '峰会', '大赛', '锦标赛', '圆桌会', '主场活动', '系列活动',
  // Festivals (紫金文化艺术节, 中国成都国际非物质文化遗产节, 成都国际美食旅游节).
  '艺术节', '文化节', '旅游节', '遗产节',
  // Programmes with a coined name (强基兴师计划, 万企百团出海行动): kept only when the head is not made of category words.
  '行动', '计划',
  // Works on a named river, lake or mountain (巢湖综合治理, 长江流域水生态保护修复, 长江入河排污口整治).
  '综合治理', '综合整治', '保护修复', '排污口整治', '流域治理', '生态治理',
  // Festivals, games and exchanges (丝路国际音乐节, 西安国际马拉松赛, 全国学生（青年）运动会, 海峡青年节).
  '音乐节', '戏剧节', '舞蹈节', '电影节', '消费节', '青年节', '马拉松赛', '自行车赛', '联赛', '运动会', '展演', '交流会',
  // Heritage works on a named site (闽江河口湿地申遗, 秦东陵考古发掘, 西安城墙预防性保护, 龙岩革命文物集中连片保护利用).
  '申遗', '考古发掘', '保护展示', '预防性保护', '保护利用', '修复与治理', '保护和修复',
  // Places of tourism and trade, ports of a coined name, routes (平潭国际旅游岛, 环大金湖旅游度假区, 环广西国家旅游风景道,
  // 中国—东盟信息港, 北部湾国际门户港, 西安领事馆区, 海丝中央法务区, “贵港—珠三角”集装箱航线, “清新福建”旅游列车).
  '旅游岛', '度假区', '风景道', '信息港', '门户港', '领事馆区', '总领事馆', '法务区', '航线', '旅游列车', '试验线',
  // An airport moved, a school of a named city, a seed bank (武夷山机场迁建, 福州大学城联合研究生院, 省农业生物种质资源库).
  '迁建', '研究生院', '种质资源库',
  // Investment promotions with a coined name (“投资福建”全球招商活动): PROGRAMME_SUFFIXES, a name only when coined. …活动
  // alone only with a place or a river in its quoted name (“活力内蒙古·乐享消费”主题活动, “广西旅游年”活动): on unannotated
  // reports the others read mostly campaigns of a year (“交通整治年”活动) and crackdowns.
  '招商活动', '活动',
  // Zones by their short names (跨境电商综试区, 自贸区, 综保区).
  '综试区', '自贸区', '综保区',
  // Gardens, dry ports, branch venues, science towns, scenic belts, towns, squares and schools (华中国家植物园, 昆明国际陆港,
  // 国家方志馆南方丝绸之路分馆, 中科院济南科创城, 黄河生态风貌带, 欧美同学会海归小镇, 千佛山广场, 云南民族文化宫).
  '植物园', '陆港', '分馆', '科创城', '风貌带', '体验馆', '小镇', '广场', '文化宫',
  // The fishing ban of a named river (长江十年禁渔, 长江“十年禁渔”).
  '十年禁渔',
];

/** Suffixes that end a name only after a code (S2线, 1号线), not after words (红线, 底线, 生命线). */
export const CODE_SUFFIXES = /^线$/;

/**
 * Words of a project category, beside the genre's common words (src/lexicon/genre-words.ts): a name whose head
 * (the name without its suffix) is made of these alone names a kind of project (标志性项目, 民间项目, 非重点项目,
 * 高排放项目, 重大项目, 城市更新项目, 技改项目), a verb fragment (聚焦项目, 用于项目) or a policy phrase (招大引强),
 * not one project. See test/fixtures/plan/README.md, "Named projects".
 */
export const PROJECT_CATEGORY_WORDS: readonly string[] = [
  '过江',
  '标志性', '引领性', '牵引性', '带动性', '支撑性', '基础性', '高排放', '高耗能', '两高', '非', '民间', '用于', '技改', '抢抓', '招大引强', '直飞', '定期', '延期', '闲置', '全货机', '接力', '客运', '货运', '国际客货', '对台', '涉台', '客货运', '邮轮',
  '更多', '入库', '新入库', '头部', '龙头', '链主', '问题', '落地', '签约', '洽谈', '年度', '全年', '以上', '千万级', '百亿级', '十亿级',
  '亿元级', '超', '若干', '系列', '类', '个', '批', '项', '座', '家', '所', '条', '大', '新', '老', '各', '全', '等', '的', '和', '与', '及',
  '、', '其', '该', '此', '这些', '多', '好', '强', '优', '特', '小', '微', '中', '高', '低', '级', '型', '性', '化', '省', '市', '县', '区',
  '镇', '村', '乡', '国', '我', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
  // The topics of a category of project (电源项目, 防洪工程, 算力中心, 康复医院, 灾后重建项目).
  '电源', '电网', '防洪', '排涝', '供水', '污水', '垃圾', '算力', '种业', '康养', '休闲', '直播', '终端', '整车', '配件', '制品', '检验',
  '检测', '灾后', '重建', '借款', '专项借款', '剩余', '闲置', '康复', '领航', '卓越', '培养', '方案', '新能源', '储能', '风电', '光伏',
  '氢能', '宅基地', '营收', '标杆', '试点', '外资', '内资', '央企', '民营', '招商', '产业链', '强链', '补链', '延链',
  '补短板', '普惠性', '成熟', '科创', '零碳', '卫星', '互联网', '高精尖', '装配式', '建筑业', '多式联运', '返乡', '创业', '联合攻关',
  '全生命周期', '减煤', '场景', '倍增', '风光', '装机', '助力', '中小微', '新基建', 'PPP',
  // Kinds of transport works, zones and facilities (普速铁路, 支线机场, 干支流航道, 高校分校区, 口袋公园, 省际产业合作园区).
  '普速', '支线', '通用', '干支流', '续建', '县县通', '村村通', '高校', '分校', '现有', '口袋', '省际', '低空', '视频', '分拨', '运营', '跨国',
  '咨询', '智库', '境内外', '细分', '用', '捕捉', '农机', '作品', '文艺', '主城', '专精特新', '轨道交通', '货物', '品种', '公共', '孵化器', '加速器', '众创空间', '易货',
  // Kinds of facilities of public services (实训基地, 中试平台, 托育综合服务中心, 老年人互助中心, 考古遗址公园, 病险水库).
  '中试', '实训', '工匠', '概念验证', '亮点', '病险', '托育', '老年人', '互助', '精神障碍', '口腔', '全民健身', '回迁', '安置', '职教',
  '考古遗址', '青少年', '活动', '社区', '商场', '敬老院', '养老', '内设', '国有资本', '投资公司',
  // Kinds of ecological works (采煤沉陷区综合治理, 水土流失综合治理, 流域水环境综合治理).
  '采煤', '沉陷区', '水土流失', '流域', '水环境', '石漠化', '污染', '锰', '重金属', '土壤',
  // Kinds seen in unannotated reports (市重点推进项目, 优质中职学校, 输变电项目, 扩链配套项目).
  '推进', '中职', '本科', '普通高中', '高中', '输变电', '焚烧', '发电', '单体', '扩链', '统一', '老旧', '老旧小区',
  // National campaigns and policy terms written in quotes in every province's report (“两重”项目, “白名单”项目, “两新”,
  // “万企兴万村”行动, 职业学校“双高工程”, 保交房项目, “源网荷储”一体化项目): kinds, not a report's own coined names.
  '两重', '两新', '两新一重', '一老一小', '五人制', '非遗', '开放日', '消费促进年', '白名单', '万企兴万村', '双高', '双一流', '源网荷储', '保交房', '保交楼', '绿电', '绿证', '增后劲', '提质', '驻外', '揭榜挂帅', '村庄清洁', '千万',
  // Kinds seen in unannotated reports after this round (城中村改造项目, 普惠型幼儿园, 新上项目, 分支机构).
  '城中村', '普惠型', '新上', '分支',
  // Fields and kinds of a programme or facility (航天博览园, 干细胞医疗中心, 医疗卫生强基工程, 产粮大县公共服务能力提升工程).
  '航天', '干细胞', '航展', '强基', '产粮大县', '市域', '国别', '普惠', '优质', '初创期', '种子期', '小而美', '四新', '一带一路', '雪亮', '失能', '照护', '后建', '矿区', '矿山',
  // National campaigns and kinds written in every province's report (“平急两用”公共基础设施, 大中小企业“携手行动”, “四季村晚”,
  // 守边固边工程, 智慧广电固边工程, 立德树人工程, “风光水储”一体化项目, 抽水蓄能项目, 传统民居, 联村共富项目, 城市副中心).
  '平急两用', '携手', '村晚', '四季', '守边固边', '固边', '智慧广电', '立德树人', '风光水储', '百万千瓦级', '抽水蓄能', '民居', '联村', '共富',
  '副中心', '建链', '四不像', '三品',
  // Kinds of works and services of batch 3 (重点海湾综合治理, 职校学生成才通道, 薄弱乡镇卫生院服务能力提升工程, 共享中药房项目).
  '海湾', '职校', '成才', '薄弱', '共享', '中药房',
  // Kinds of batch 5: grades of hospitals (县级二甲医院, 旗县二级综合医院), the units of pastoral regions as 县/乡/村 (旗县, 苏木,
  // 嘎查, 农村牧区公路), kinds of bases, parks, routes and works (饲草基地, 协同式园区, 铁海联运班列, 入园产业项目,
  // 集疏外送工程, 口岸能力补强), of events (全国性展会展演) and bodies (贸促机构, 市管开发区).
  '二甲', '三甲', '旗县', '苏木', '嘎查', '牧区', '农村牧区', '饲草', '种牛', '式', '铁海联运', '入园', '集疏', '外送', '补强', '展会',
  '贸促', '市管',
];

/**
 * Verbs that end a phrase before a name inside it (万州建设区域中心, 推出PPP标杆项目, …集团组建研究院): the name starts after
 * them; a copula too (以东湖科学城为核心区域: the subject before it a name of its own), not a grant's (认定为, 升格为: the
 * title after it no work, the whole a statement).
 */
export const INNER_VERB = /^.*(?:建设|打造|设立|实施|推出|重组|组建|建好|对接|融入|共建|做大|做强|做优|(?<=[\u4e00-\u9fff]{2})(?<![华犍有无作成认批列评格升定名划分称选化确])为(?![民老农企]))/;

/** Two parallel verb-object pairs: a policy phrase, not a project (招大引强, 强链补链, 招才引智, 招商引资). */
export const POLICY_PHRASE = /^[招引育建强补延固稳扩提增][大才商链优新量质能][引育强补延固稳扩提增][强智资链优新量质效]$/;

/** The head of a shared-head list (平漯周、焦济洛平等高铁项目): restored to each item that lacks it. */
export const LIST_HEADS = [
  '城际铁路', '高速公路', '高速铁路', '抽水蓄能电站', '抽水蓄能', '水利枢纽', '快速路', '高铁', '铁路', '城际', '高速', '公路', '机场',
  '水库', '灌区', '电站', '电厂', '核电', '隧道', '通道', '大桥', '航道', '码头', '港区', '产业园', '园区', '医院', '学校',
];

/** Words that make a suffixed phrase a kind of project, not a named one (一批重大项目, 产业项目). */
export const GENERIC_PROJECT = new RegExp(
  '^(?:[一二两三四五六七八九十百千万几多\\d]+[个批项大类条座家期]?|这些|该|各类|各项|相关|其他|一批|重大|重点|新建|在建|续建|新开工|储备|前期|' +
    '产业|工业|民生|基础设施|配套|公益|社会|招商引资|中小|优势|先导|特色|示范|基建|政府|投资|城建|交通|水利|能源|农业|' +
    '文旅|旅游|科技|创新|教育|卫生|医疗|养老|环保|生态|城市|乡村|农村|县域|城镇|市政|保障性|住房|棚改|老旧小区|更新|' +
    '改造|建设|大型|亿元|百亿级|十亿级|亿元以上|专项|债券|资金|工作|行动|发展|服务|数字|信息|新型|传统|战略性|新兴|' +
    '实事|惠民|为民办实事|集中|国家级|自治区级|省级|市级|县级|全国|全区|全省|全市|自贸|经济|[的和与及、])*$',
);

/** Stage words: where the text puts a project. Longest first within each stage; stages later in the list win ties. */
export const STAGE_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['谋划', ['谋划', '策划', '储备', '规划建设', '论证', '规划']],
  ['前期', ['前期工作', '前期', '立项', '开展可研', '可研']],
  ['开工', ['开工建设', '新开工', '开工', '动工', '启动建设']],
  ['在建', ['加快建设', '推进建设', '全面建设', '续建', '在建', '建设']],
  ['建成', ['建成', '竣工', '完工', '通车', '贯通']],
  ['投产', ['投产', '投运', '投用', '投入使用', '投入运营', '达产']],
];

/**
 * The noun of an announced pledge list (办好十方面民生实事, 实施20项民生工程, 十件民生实事, 为民办实事项目,
 * 利民惠民十件实事): the list is announced where one of these stands with a stated count before it or an
 * enumeration after it.
 */
export const PLEDGE_NOUNS = /(?:为民办?|惠民|利民|便民|民生)*(?:实事(?!求是)(?:候选项目|项目|工程)?|民生(?:工程|项目)|惠民(?:工程|项目)|民心工程|候选项目)/g;
/** The stated count of a list, before its noun: 十件, 10项, 十方面, 十大, 15类. */
export const PLEDGE_COUNT = /(?<![\d一二三四五六七八九十两百])([\d]{1,3}|[一二三四五六七八九十两百]{1,4})(?:件(?!件)|项|个方面|方面|大类|大|类|个(?![一二三四五六七八九十]))/g;
/** A quoted count as the list's brand, right before the noun: 民生“十心”实事 (ten areas). */
export const PLEDGE_QUOTED_COUNT = /“([\d]{1,3}|[一二三四五六七八九十两百]{1,4})[^”\d一二三四五六七八九十]{0,2}”$/;
/** After the noun, the pledges' count over the areas' before it: 十大为民办实事工程共30个项目. */
export const PLEDGE_TOTAL_AFTER = /^共([\d]{1,3}|[一二三四五六七八九十两百]{1,4})(?:个|项|件)(?:项目)?/;
/** The count as the subject of the list's noun: 以下10件确定为市政府2020年度民生实事项目. */
export const PLEDGE_COUNT_SUBJECT = /([\d]{1,3}|[一二三四五六七八九十两百]{1,4})(?:件|项)(?:确定|选定|列)?为[^，。；：]{0,20}$/;
/** A clause that reports last year's list, not this year's (…全部兑现, 圆满完成, 去年…). */
export const PLEDGE_PAST = /(?:实施|办|办好|完成|推进|落实)了|兑现|圆满|全面完成|全部完成|如期完成|顺利完成|已完成|超额完成|基本完成|办结|去年|上年|过去|已经|累计/;
/** Before the noun, these make it any pledges, not an announced list: 办好各项民生实事, 一件件民生实事. */
export const PLEDGE_GENERIC = /(?:各项|各类|更多|一些|系列|每件|每一件|件件)[的重点]*$/;

/**
 * After the announcement's sentence, the lead-in of its items set out in one sentence and separated by ；
 * (滚动实施一批重点民生实事。包括：新开工改造城镇老旧小区2069个；新增婴幼儿托位1.6万个；…).
 */
export const PLEDGE_LIST_LEAD = /^[ \t\u3000*]*(?:主要|具体)?(?:包括|包含|分别是|分别为|如下)[：:]/;

/** An annex title that reports on a list rather than setting it out: 2019年十件民生实事完成情况. */
export const PLEDGE_ANNEX_PAST = /完成情况|落实情况|办理情况|进展情况|执行情况|完成|兑现/;

/** The header of a table column that names the pledges (序号 | 民生领域 | 事项名称 | 具体内容): 事项名称, 项目名称, 实事. */
export const PLEDGE_TABLE_NAME = /名称|事项|项目|实事/;

/**
 * An area label opening a sentence (就业促进方面，新增城镇就业9万人…): after an announcement, a run of them sets out
 * the list by areas (为民兴办十类24件实事。就业促进方面，…社会救助方面，…).
 */
export const PLEDGE_AREA_LABEL = /^[^，。；：:、\n]{2,12}方面(?=[，：:])/;

/**
 * Before the noun: an announced list of no stated count (继续办好一批民生实事), its modifiers a 、 list too (一批关注度高、
 * 涉及面广、带动力强的民生实事).
 */
export const PLEDGE_BATCH = /一批(?:[^，。；]{1,24}的)?[的重点]*$/;
/**
 * After the noun, in the same sentence: the number a vote still to come will choose (遴选了12件民生实事，待人大票决选定10件后):
 * the list's count, not the candidates'. The vote phrased otherwise too (筛选12个民生实事项目，经代表投票表决后最终确定10个).
 */
export const PLEDGE_VOTE_CHOSEN = /^[^。；]{0,12}?(?:票决|表决)[^。；，]{0,6}?(?:选定|确定|产生|选出)([\d]{1,3}|[一二三四五六七八九十两百]{1,4})(?:件|项|个)/;
/** After the noun: candidates put to the vote (遴选了15件民生实事候选项目), the list only when enumerated. */
export const PLEDGE_CANDIDATES = /候选/;

/**
 * A line of notes or of the glossary explaining a term ([44]9件为民办实事项目：…, 7.10件民生实事：…): group 1 the term.
 * A pledge list's items are set out there when the plan only names the list.
 */
export const NOTE_ENTRY = /^[ \t\u3000]*\**(?:\[\d{1,3}\]|［\d{1,3}］|\d{1,3}[.．、]|[（(]\d{1,3}[）)])?[ \t\u3000]*\**([^\n：:]{1,30}?)\**[：:]/gm;
/** A note's lead-in to the list itself: 2024年10件民生实事为…, …包括…. */
export const NOTE_LIST_LEAD = /^[^，,]{0,40}?(?:为|是|包括|分别是)/;

/** A heading after which the text explains terms (名词解释): lists there are not announced. */
export const GLOSSARY_HEADING = /^\**(?:名词解释|注释|附注|相关名词|名词注释)/m;

/** The pledge budget: 统筹资金65亿元, 筹措资金45亿元以上. */
export const BUDGET_PATTERN = /(?:统筹|筹措|安排|投入|整合|落实)(?:各类|财政|各级)?资金/;

/** The sentence that admits the problems: 在总结成绩的同时，我们也清醒认识到… */
export const PROBLEM_OPENERS = /在(?:充分)?(?:总结|肯定)(?:成绩|工作|成就)的同时|清醒(?:地)?(?:认识|看到)|困难和挑战|问题和不足|差距和不足|工作中还存在|存在一些不足/;
/** A later paragraph that goes on with the government's own shortcomings. */
export const PROBLEM_CONTINUATION = /^(?:政府工作|我们的工作|政府自身建设|工作中)(?:也|还|中)?(?:存在|有)/;
/** The closing sentence of a problems paragraph: a resolve, not a problem. */
export const PROBLEM_CLOSERS = /^(?:对此|对这些|对于这些|我们(?:一定|将|要|必须|会)|我们要|我们必须|必须|各级政府|我们一定要)/;

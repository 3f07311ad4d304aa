// Words for recognising one named project across a region's reports (src/analysis/project-keys.ts): the marks of
// a phase, the generic words a name may carry or drop, the words a name's run picks up around it, and the heads
// that name a kind of project rather than one. Grammar stays in the analysis; the words live here.

/** A phase, an edition or a batch: 一期, 第二期, 3期, 首届, 第三届, 第二批, 扩建, 改扩建. Another project of the same family. */
export const PHASE = /(?:第?[一二三四五六七八九十\d]{1,3}期|首届|第[一二三四五六七八九十\d]{1,3}[届批]|改扩建|扩建)/;

/** Dashes and 至 between two places (成都至重庆, 成都—重庆, 成都-重庆): one separator. */
export const PLACE_SEPARATOR = /[\u2010-\u2015\u2212\uFF0D~\uFF5E\-至]+/g;

/** Generic words a name carries or drops anywhere (长江三峡工程, 三峡项目): not part of the key. */
export const GENERIC_INFIX = /工程|项目/g;

/** Generic words a name carries or drops at its end (南水北调中线一期主体工程, 雄安新区建设). */
export const GENERIC_END = /(?:建设|主体|全线|全面|胜利|如期|相继|即将|顺利|基本|等)+$/;

/** Verbs and particles a name's run picks up before it (了南疆铁路, 搞好三峡工程, 加紧南水北调, 管理好…). */
export const LEADING_NOISE =
  /^(?:了|是|要|也|都|好|搞|不得|由于|否则|其中有|还有|另有|搞好|抓好|抓紧|加紧|加快|推进|管理好|建好|扩展|新设|设置|设立|取消|参加|承担|推开|赋予|共建共享|修建|兴修|整修了?|开办|选准|选好|保证|切实|继续|积极|大力|加强|为|在|和|及|与|、)+/;

/** Adverbs a name's run picks up after it (三峡水利枢纽二期工程胜利, 西气东输全面, 南昆铁路全线): not shown. */
export const TRAILING_NOISE = /(?:全线|全面|胜利|如期|相继|即将|顺利|基本)+$/;

/** Words joining two projects in one run (天然林保护和京津风沙源治理): such a name never holds another. */
export const CONJUNCTION = /和|以及|与|及|、/;

/** Long forms and their short forms: a key uses the short one (中国上海自由贸易试验区 = 上海自贸试验区). */
export const SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['自由贸易试验区', '自贸试验区'],
  ['自由贸易区', '自贸区'],
  ['自由贸易港', '自贸港'],
  ['高速铁路', '高铁'],
  ['经济技术开发区', '经开区'],
  ['高新技术产业开发区', '高新区'],
  ['水利水电枢纽', '水利枢纽'],
];

/**
 * Heads (the name without its project suffix) that name a kind of project, beside the extractor's category words
 * (src/lexicon/actions.ts): 寄宿制学校, 燃煤电厂, 自贸试验区, 公立医院 across years are programmes, not one project.
 */
export const CATEGORY_HEADS: readonly string[] = [
  '寄宿制', '寄宿', '燃煤', '自贸', '自由贸易', '跨境', '跨境电商', '跨境电子商务', '综合', '公立', '定点', '病险', '病险水库', '商品粮',
  '原材料', '重要', '收费', '定价', '中央政府', '地方政府', '审批', '核准', '资本', '经常', '外商投资', '国债', '拖欠', '形象', '政绩',
  '劣质', '收尾', '拟建', '新上', '领域', '边境', '经济合作', '抽水蓄能', '风光电', '外送', '实训', '公共', '研发', '企业', '职业',
  '民用', '通用', '航空', '电信', '民航', '油气', '管网', '水电', '特高压', '输电', '内河', '干线', '高速铁路', '城际铁路', '铁路',
  '公路', '机场', '港口', '码头', '医学', '国家', '国际', '合作', '高峰', '论坛', '基层', '综治', '灌区', '防护林', '重点', '科研',
  '中小学', '学校', '幼儿园', '医院', '卫生', '服务', '社区', '乡镇', '县级', '地级', '以上', '城市', '农村', '乡村', '全国', '各类',
  '各种', '所有', '一些', '这个', '这些', '核电', '电站', '电厂', '水库', '水利', '能源', '交通', '枢纽', '通道', '中心', '基地', '园区',
  '示范', '试验区', '示范区', '科技', '产教融合', '双创', '集成电路', '大型', '中型', '小型', '大中型', '百万千瓦级', '千万吨级', '百万吨级',
  '许多', '巨大', '规模', '某些', '有些', '个别', '几个', '各级', '正规', '军事', '后方', '战略', '钢铁', '文化', '通信', '有色金属', '水产品',
  '技工', '业余', '工人', '农民', '深水', '坑口', '工业锅炉', '外承包', '对外承包', '航运', '高铁', '自贸区', '自贸港', '经开区', '高新区',
];

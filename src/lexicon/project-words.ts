// Words around a project name that tell what it is (src/extract/plan/project-names.ts; the definition in
// test/fixtures/plan/README.md, "Named projects"). Data only.

/**
 * Suffixes of a programme (…行动, …计划, …招商活动): a name only with a coined element (a quoted word, a place). A list's
 * head restored is one too (护学、护蓝…等专项执法行动 → 护学专项执法行动: a campaign, not a name).
 */
export const PROGRAMME_SUFFIXES = /(?:行动|计划)$|^招商活动$/;

/** Codes that name a kind, not one thing: PPP标杆项目, 5A级景区, 5G基站, RCEP行动计划, TOD示范项目. */
export const CATEGORY_CODES = /PPP|RCEP|TOD|EOD|BIM|5G|[345]A级|[345]A/g;

/**
 * Right after a name, these make it the modifier of a larger noun or a section (中心城市, 医院薪酬制度改革, 工程专项治理, 高铁网,
 * 新城段), or the subject seeking a title (支持齐鲁医院争创国家医学中心).
 */
export const NAME_CONTINUES = /^(?:性|段|城市|制度|改革|薪酬|体系|专项|治理|网(?!络)|机制|政策|方案|清单|谋划|库|活动|备战|参赛|建设规划|争创|申创|龙头|赋权|示范点)/;

/**
 * Verbs of a sentence that a name never runs over (…女足夺得全国锦标赛, …动车组上线京张高铁, 滨湖筹建省级高新区): a
 * phrase holding one is a statement about something, not a name. Read outside quotes (安全生产“三个狠抓”专项行动).
 * Also a slogan's verbs (不遗余力抓项目, 要素跟着项目走, 服务围着项目转), a site's (宁夏全境地处…), a change's
 * (传统燃煤电厂转为…) and a copula after a subject of its own (以县城为枢纽, 高新区升格为国家级开发区; not 华为, 犍为, 为民).
 */
export const STATEMENT_VERBS = /夺得|夺冠|上线|筹建|抓(?![手拍紧住好])|跟着|围着|(?<!就)地处(?!理)|转为|(?<=[\u4e00-\u9fff]{2})(?<![华犍有无])为(?![民老农企])/;

/** Right before a name (its first character included), another party's: 加强与X联动, 主动对接X, 融入X, 备战X (巴黎奥运会). */
export const PARTNER_BEFORE = /(?:与|融入|对接|备战|参加|参赛).$|(?:对接|备战|参加)$/;

/** Verbs that seek a title: what follows is a title unless it holds a proper element (NOTES rule 1). */
export const TITLE_VERBS = /^(?:创建|争创|申创|争取|申报|申建)$/;

/** Suffixes of a role a city takes (…中心, …枢纽) when its head is its reach and function alone (ROLE_WORDS). */
export const ROLE_SUFFIXES = /^(?:中心|枢纽)$/;

/** The reach a role names (a facility names its place): 中西部, 内陆, 国际, 区域. */
export const ROLE_SCOPES = /中西部|对外|内陆|长江上游|中部地区|境内外|国际|国内|区域|全国|重要/;

/** The reach and function of a role (中西部国际交往中心, 长江上游航运中心, 国际航空门户枢纽, 中部地区市场枢纽). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  '中西部', '对外', '内陆', '长江上游', '中部地区', '境内外', '国际', '区域', '全国', '交往', '航运', '门户', '市场', '物流', '航空', '金融', '消费',
  '贸易', '商贸', '枢纽', '性', '重要', '先进', '制造业', '国内', '双循环', '面向', '南亚', '东南亚', '南亚东南亚', '通信',
]);

/**
 * Words before a list's head that say the kind of its items, not part of each name: 等大中型水库, 等重大水利工程; the kind of
 * water the items are (黄河、察汗淖尔等重点河湖综合治理 → 黄河综合治理).
 */
export const LIST_HEAD_MODIFIERS = /^(?:重大|重点|重要|大中型|大型|中型|干支流|支流|在建|新建|续建|骨干|普速|河湖|湖泊|河流)+/;

/** After a list's 等, an attribute of its items rather than their kind: 等功能, 等产业化进程, 等能级 (the items name themselves). */
export const LIST_ATTRIBUTES = /^(?:载体功能|平台功能|功能|能级|作用|进程|产业化进程|水平|品质|效能|载体|重大项目|重点项目|专项规划|专项|前期工作|前期|工作|建设工作|品质内涵|涉台服务功能|服务功能|成果转化)$/;

/** Verbs and adverbs before a name that the action words do not hold: 成立X研究院, 依托X平台, 高质量运营X. */
export const LEAD_WORDS: readonly string[] = ['成立', '依托', '瞄准', '运作', '实体化', '交付', '催生', '高质量', '高标准', '高水平', '有序', '建强', '用活', '做精', '挂牌', '揭牌', '谋实', '更多', '将', '拟', '把', '提请', '申办', '建好', '抓实', '抓紧', '抓住', '抓好', '努力', '通过', '搭建', '生成', '千方百计', '公布', '选择', '尤其是', '特别是', '做成', '压降', '联动共建', '联动', '服务好', '保护好', '利用好', '管理好', '运用好', '构筑', '大抓', '迁建', '按照', '即', '大中修', '大修', '中修', '增设', '加密', '开通', '复航', '铺开', '推出', '严把', '纠治', '进行', '认定', '新一轮'];

/**
 * Kinds of public facility every city has one of: a category alone (疾控中心标准化建设, 疾控机构建设), the province's or the
 * city's one a singular institution (市疾控中心).
 */
export const FACILITY_KINDS: readonly string[] = ['疾控'];

/** Words a suffix begins without ending them (工程师, 项目化): no name ends inside them (2500名卓越工程师). */
export const SUFFIX_IN_WORDS: readonly string[] = ['工程师', '工程化', '项目化', '平台化', '园区化', '基地化', '中心化'];

/** Times of the year a sentence puts before a name (年内建成…, 今年开工…): never part of it. */
export const TIME_LEADS: readonly string[] = ['年内', '今年', '当年', '全年', '年底前', '上半年', '下半年'];

/** Words that hold a character the name runs are cut at (对, 和, 在…): 对外交往中心, 和美乡村, 对口帮扶. */
export const WORDS_OVER_CUTS: readonly string[] = ['对台', '在建', '把握', '对外', '对口', '对标', '和美', '和谐', '在线', '向阳', '并购', '及时'];

/**
 * Named rivers, lakes, mountains and regions: a proper element of a work on them (长江航道, 巢湖综合治理, 缙云山生态环境综合整治),
 * unless a reach or a strategy follows (长江上游, 长江经济带).
 */
export const NATURAL_FEATURES = new RegExp(
  '(?:长江|黄河|淮河|珠江|海河|辽河|汉江|湘江|赣江|闽江|嘉陵江|乌江|涪江|渠江|钱塘江|松花江|大运河|巢湖|太湖|洞庭湖|鄱阳湖|滇池|洱海|' +
    '秦岭|大别山|武陵山|太行山|祁连山|缙云山|三峡)(?!上游|中游|下游|经济带|沿线)|' +
    // Landmarks and routes across provinces (长城国家文化公园, 长征国家文化公园).
    '长城|长征|' +
    // Regions across divisions and partner countries (长三角绿色农产品生产加工供应基地, 中新金融科技合作示范区, 渝满俄班列).
    '长三角|成渝|川渝|京津冀|粤港澳|大湾区|中新|中欧|中德|中法|中韩|中日|中俄|中马|中亚|东盟|上合|渝满俄|陆海新通道|' +
    // The classical names of provinces and regions (天府绿道, 中原医学科学城, 荆楚文化).
    '天府|巴蜀|荆楚|齐鲁|燕赵|八闽|三秦|中原|江淮|岭南|关中',
);

/** A singular institution of the state, the province or the city (国家应用数学中心, 全省一体化数据基础平台, 省数据交易服务机构). */
export const INSTITUTION_PREFIX = /^(?:国家(?!级)|全省|全市|省(?!级|际|内|外|会|市)|市(?!级|场|县|区|属|域|民|内|外|政|级))/;

/** Suffixes of an event (世界制造业大会, 中新金融峰会): a name unless its head is a count or a kind alone (各类展会). */
export const EVENT_SUFFIXES = /^(?:大会|峰会|论坛|博览会|交易会|锦标赛|大赛|圆桌会|艺术节|文化节|旅游节|遗产节|音乐节|戏剧节|舞蹈节|电影节|消费节|青年节|马拉松赛|自行车赛|联赛|运动会|展演|交流会|运会|博会|交会|贸会|洽会)$/;

/**
 * A count right before or after a name without a proper element: the plan builds many of its kind, none named
 * (启动建设14个TOD示范项目, 建成绿道科普基地5家, 完成视频监控系统建设50家).
 */
export const COUNTED_BEFORE = /[\d一二三四五六七八九十百千万]+(?:个|家|所|座|处|条|批)(?:以上|左右)?$/;
export const COUNTED_AFTER = /^(?:试点)?(?:建设)?(?:达到|达|超过|增至)?[\d一二三四五六七八九十百千万]+(?:个|家|所|座|处|条|批)/;

/** After a name without a proper element, a designation's upgrade: the title held, not a work (推进国家综合货运枢纽补链强链). */
export const TITLE_AFTER = /^(?:补链强链|强链补链)/;

/**
 * Words holding 等 that is not a list's close (高等教育博览会, 国际大体联性别平等圆桌会, 均等化): read by the words after 等, since
 * places end in 高, 平, 同 (永平、太平等水库; 大同等城市).
 */
export const DENG_WORDS = /高等(?:教育|学校|院校|职业|研究)|(?:平|均|对)等(?:开放|协商|保护|化|圆桌|就业|权利|对待|竞争|准入|参与|互利|享有)|同等(?:条件|对待|待遇)|等级/;

/**
 * A list's head naming a kind of which each item is a named instance written in full (航空展、光博会…等重点展会赛事;
 * 一汽博物馆、张伯驹展览馆等一批文化场馆): the items keep their own names, the head is not added to them.
 */
export const LIST_NAMED_KINDS = /(?:展会|赛事|展会赛事|节会|场馆|文化场馆|展馆|交流活动|文化活动|体育赛事|系列体育赛事|历史建筑|文物建筑|遗址|品牌活动|重大活动|重点活动|特色板块|地标|新地标|文化地标|文化新空间新地标|商业综合体|综合体|主干道|断头路)$/;

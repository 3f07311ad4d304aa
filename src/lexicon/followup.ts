// The words of commitment follow-up: what separates a commitment's content words, which words say an item is done
// or under way, and how the review says a livelihood-pledge list was carried out. Data only; src/analysis/followup
// reads these lists, so a new wording is a new entry here.
import { ACTION_WORDS } from './actions.js';
import { GENRE_WORDS_TEXT } from './genre-words.js';

/**
 * Words that say how or how much, not what: adverbs, modal and degree words, quantifiers of a list. With the action
 * verbs (actions.ts) they cut a commitment into its content words.
 */
export const MANNER_WORDS: readonly string[] = [
  '进一步', '大力', '积极', '着力', '全力', '持续', '深入', '切实', '扎实', '不断', '稳步', '有序', '稳妥', '力争', '争取',
  '努力', '全面', '高标准', '高水平', '高质量', '加快', '加速', '加大', '加紧', '提速', '尽快', '早日', '及早', '全部', '确保',
  '一批', '一系列', '多渠道', '多样化', '多元化', '多层次', '常态化', '因地制宜', '更大力度', '聚力', '聚焦', '围绕', '重点', '主要', '其中', '继续',
  // Focusing on (注重建设…: cut before 重建 would be read in it).
  '注重', '着重',
  '进行', '做到', '实现', '推动', '推进', '力度', '工作', '各类', '各项', '相关', '有关', '新一轮', '等', '的', '和', '与',
  '及', '以及', '并', '或', '对', '为', '在', '向', '把', '将', '从', '到', '于', '年度', '全年', '年内', '今年', '当年',
  '我们要', '我们', '要', '全省', '全市', '全区', '全县', '我省', '我市', '我区',
  // Verbs of the genre the action list leaves out: 推动…产业塑造新辉煌, 打响…品牌, 吸引和利用外资 (外资 is what it is
  // about: 出台新一轮外资激励措施), 灾后恢复重建 (about 灾后: 灾后农房…).
  '塑造', '打响', '擦亮', '迈向', '助力', '赋能', '带动', '引领', '力促', '争当', '吸引', '利用', '重建',
  // The predicates of a figure: 开工率达到75%, 吞吐量增长4%以上.
  '达到', '提高到', '提升到', '增长', '下降', '降低', '稳定在', '保持在', '控制在', '不少于', '不低于', '超过', '以上', '以下',
  '以内', '左右', '不高于', '不超过', '低于',
  // Aims any work may have (提质增效): what a task should gain, not what it is about.
  '提质增效', '降本增效', '提质扩面', '扩面提质',
];

/** Action verbs that name the work itself in both reports (湿地修复, 矿山生态修复): content words, not separators. */
export const CONTENT_VERBS: ReadonlySet<string> = new Set(['修复']);

/** Every word that separates content words: the action verbs and the manner words, longest first. */
export const SEPARATORS: readonly string[] = [...new Set([...ACTION_WORDS.map((a) => a.word).filter((w) => !CONTENT_VERBS.has(w)), ...MANNER_WORDS])].sort(
  (a, b) => b.length - a.length,
);

/**
 * Characters that make a word of the one before them (保障性住房, 发展型城市, 开工率, 多样化): an action word before one
 * is part of a noun, and a stray one belongs to the word before it.
 */
export const SUFFIXES = '性型率化式级者';

/** Characters inside a word that are not one: 等 in 高等, 和 in 和美 are kept where these say so. */
export const KEEP_JOINED = /高等|中等|初等|平等|均等|同等|对等|等级|和美(?!丽)|和谐|和平|普及|及时|参与|与会|的确/;

/**
 * Outcome words: a review sentence that says one of these of an item states it done (建成, 通车, 投产, a figure
 * reached with 完成/达到/突破…). Grouped by the stage a commitment's action asks for: the stage it names or a later
 * one satisfies it (a 开工 commitment is done when the review says 开工 or 建成).
 */
export const OUTCOME_STAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['开工', ['开工', '动工', '开建', '启动建设', '全面开工']],
  ['建成', ['建成', '竣工', '完工', '通车', '开通', '贯通', '投用', '投运', '投产', '运营', '开馆', '开业', '启用', '交付', '落成', '上线']],
  ['完成', ['完成', '圆满完成', '全面完成', '全部完成', '超额完成', '达到', '达', '突破', '超过', '超', '实现', '增至', '提高到', '提升到', '降至', '下降到']],
  ['出台', ['出台', '印发', '发布', '制定', '颁布', '获批', '批复', '通过']],
  ['举办', ['举办', '召开', '成功举办', '承办']],
  ['获得', ['获得', '争取到', '争取', '获批', '入选', '获评', '发行', '上市', '落地', '挂牌', '揭牌', '设立', '组建', '建立']],
];

/** Outcome words that say a figure was reached: in a commitment they set a target, not an endpoint (达到75%). */
export const FIGURE_PREDICATES: readonly string[] = ['达到', '达', '超过', '超', '突破', '实现', '通过'];

/** A commitment's action (actions.ts) -> the outcome stages that satisfy it; actions not listed are open-ended. */
export const DONE_BY: Readonly<Record<string, readonly string[]>> = {
  开工: ['开工', '建成'],
  建成: ['建成'],
  投产: ['建成'],
  完成: ['完成', '建成'],
  新增: ['完成', '建成'],
  改造: ['完成', '建成'],
  引进: ['完成', '获得'],
  培育: ['完成', '获得'],
  举办: ['举办'],
  创建: ['获得', '完成'],
  启动: ['开工', '建成', '完成'],
  争取: ['获得', '完成'],
  规划: ['出台'],
};

/**
 * A commitment whose object is one event or campaign of the year (开展重大项目攻坚突破年活动): a discrete deliverable,
 * done when the review names it.
 */
export const DISCRETE_EVENT = /活动$/;

/**
 * A clause led by an open-ended verb (积极稳步推进城中村改造): the result word after it names the work, not an end, so
 * with no figure and no named item the task stays 有进展 whatever the review says.
 */
export const OPEN_LEAD = /^(?:积极|稳步|有序|持续|大力|加快|深入|全面|扎实)*(?:推进|推动|深化|加强)/;

/** A review sentence that says the year's livelihood-pledge list was carried out (十方面民生实事圆满完成). */
export const PLEDGES_DONE = /(?:民生实事|为民办实事|惠民实事|民生项目)[^，。；]{0,8}(?:圆满|全面|全部|如期|超额|顺利)*完成|(?:圆满|全面|全部|如期|超额|顺利)完成[^，。；]{0,10}(?:民生实事|为民办实事|惠民实事)/;

/** The heading words of a livelihood-pledge list in the plan (its items are followed by the list's outcome). */
export const PLEDGE_LIST = /民生实事|为民办实事|惠民实事|(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]+(?:大|项|件|类|方面)(?:惠民|民生)(?:工程|实事|项目)/;

/**
 * Kinds of physical project that belong to a name (杭衢高铁, 深中通道, 金七门核电), in classes of the same kind of
 * work: a name found with a head of another class (新生圩码头 for 新生圩过江通道) is another project.
 */
export const HEAD_CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['rail', ['城际铁路', '高速铁路', '城际', '高铁', '铁路', '地铁', '轨道', '号线']],
  ['road', ['高速公路', '快速路', '高速', '公路', '大道', '国道', '省道']],
  ['crossing', ['过江通道', '跨海通道', '跨江通道', '长江大桥', '通道', '大桥', '隧道']],
  ['airport', ['机场']],
  ['port', ['港区', '码头', '泊位', '航道', '港']],
  ['power', ['核电', '电厂', '电站', '风电', '光伏']],
  ['water', ['水利枢纽', '水库', '运河', '灌区']],
  ['hub', ['高铁枢纽', '枢纽']],
  // A lake by its name (洪湖、梁子湖、斧头湖): a name of two characters is named whole with its head.
  ['lake', ['湖泊', '湖']],
];

/** Every head, longest first. */
export const NAME_HEADS: readonly string[] = HEAD_CLASSES.flatMap(([, hs]) => hs).sort((a, b) => b.length - a.length);

/** Short and full forms the reports use for the same thing (国企 for 国有企业); either in a sentence counts. */
export const SAME_WORDS: ReadonlyArray<readonly string[]> = [
  ['国有企业', '国企', '国资国企'],
  ['民营企业', '民企'],
  ['中央企业', '央企'],
  ['规模以上', '规上'],
  ['经济技术开发区', '经开区'],
  ['高新技术产业开发区', '高新区'],
  ['自由贸易试验区', '自贸试验区', '自贸区'],
  ['综合保税区', '综保区'],
  ['细颗粒物', 'PM2.5'],
  ['新能源汽车', '新能源车'],
  ['保障性租赁住房', '保租房'],
  ['公共租赁住房', '公租房'],
  ['高速公路', '高速'],
  // Sections of rivers monitored by the state or the province (国控断面), named for the assessment (国考断面).
  ['国控', '国考'],
  ['省控', '省考'],
];

/** The phase of a project written at the end of its name (惠州埃克森美孚乙烯一期, 中海壳牌三期). */
export const PHASE = /[一二三四五六七八九十]期(?:工程|项目)?|首期/;

/** Heads of a line between two places: its two-character name is the same line read either way (漳汕高铁 = 汕漳高铁). */
export const LINE_HEADS = /^(?:高铁|铁路|高速|高速公路|城际|城际铁路|通道|运河)$/;

/** The background: the genre's common words -> the share of sentences holding each (0–1). */
export const GENRE_WORDS: ReadonlyMap<string, number> = new Map(
  GENRE_WORDS_TEXT.trim()
    .split('\n')
    .map((line) => {
      const [word, permille] = line.split(' ');
      return [word, Number(permille) / 1000] as const;
    }),
);

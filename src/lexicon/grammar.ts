// The words of the number grammar: verbs, qualifiers, units, time markers. Data only; the grammar in
// src/extract reads these lists, so a new wording is a new entry here.
import type { Qualifier } from '../types.js';

/** Written after a figure: 6.5%左右, 1200万人以上. */
export const QUALIFIER_SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'at_least'],
  ['以内', 'at_most'],
  ['之内', 'at_most'],
  ['以下', 'at_most'],
];

/** Written right before a figure: 不低于900万人, 超过126万亿元, 控制在4.6% (a ceiling). */
export const QUALIFIER_PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不低于', 'at_least'],
  ['至少', 'at_least'],
  ['不少于', 'at_least'],
  ['不高于', 'at_most'],
  ['不超过', 'at_most'],
  ['不超', 'at_most'],
  ['超过', 'at_least'],
  ['超', 'at_least'],
  ['突破', 'at_least'],
  ['登上', 'at_least'],
  ['跃上', 'at_least'],
  ['迈上', 'at_least'],
  ['站上', 'at_least'],
  ['高于', 'at_least'],
  ['多于', 'at_least'],
  ['低于', 'at_most'],
  ['控制在', 'at_most'],
  ['大约', 'about'],
  ['约', 'about'],
  ['接近', 'about'],
  ['近', 'about'],
];

/** A stretch goal: 力争实现两位数增长, 争取更好结果. */
export const STRETCH_WORDS = ['力争', '争取', '努力实现', '努力达到'];

/** Verbs of a signed change; the figure that follows is a growth (or an absolute change with a unit). */
export const RISE_VERBS = ['增长', '增加', '提高', '上涨', '上升', '提升', '增速', '增幅', '涨幅', '比增', '回升', '扩大', '增产', '净增', '新增', '增'];
export const FALL_VERBS = ['下降', '降低', '减少', '回落', '下跌', '降幅', '下滑', '缩小', '缩减', '减产', '净减', '降'];
/** Verbs that take the figure to a level (增加到, 降到): the figure is a level, not a change. */
export const TO_MARKERS = ['到', '至'];
/** Rate words: 涨幅回落到2.6% is a growth of 2.6, not a fall. */
export const RATE_WORDS = ['涨幅', '增速', '增幅', '降幅'];

/** Ranks: 增速排全区第4位, 均居全区第二. */
export const RANK_VERBS = ['排名', '排在', '排', '位居', '位列', '居', '列', '稳居', '跃升至', '跃居', '升至', '上升至', '保持'];
export const RANK_OF_GROWTH = ['增速', '增幅', '速度', '增长率'];
export const RANK_OF_LEVEL = ['总量', '规模', '总额', '总值'];

/** An adjusted basis before a figure (剔除减税降费不可比因素增长9.5%): its words (降费, 退税) are not the figure's verb. */
export const ADJUSTED_BASIS = /(?:扣除|剔除|考虑)[^，。；\d%]*?(?:因素后?|后)/g;

/** A passage that opens with a part of the region (新区全年…, 高新区地区生产总值…, 中心城区…): its figures are the part's. */
export const SUBAREA_LEAD = /^[\u4e00-\u9fff]{0,8}?(?:新区|开发区|高新区|经开区|工业园区|产业园区|园区|自贸区|自贸试验区|自由贸易试验区|保税区|综保区|综合保税区|试验区|示范区|市区|主城区|中心城区|城区|片区|港区)(?=全年|今年|去年|\d|实现|完成|累计|地区生产总值|生产总值|规模以上|规上|固定资产|一般公共|财政|[，,、])/;

/** Shares: 占一般公共预算支出的80.6%. */
export const SHARE_WORDS = ['占', '比重', '占比'];

/** Multi-year and sub-year periods in a clause: the figure is not the year's own. */
export const AVERAGE_WORDS = ['年均', '年平均'];
export const SUBYEAR_PATTERN = /(逐季|逐月|各季度|一季度|第一季度|二季度|三季度|四季度|上半年|下半年|前三季度|前两季度|前\d+个?月|(?<!\d)\d+[-—－~至]\d+月|(?<!\d)\d+月份?)/;
// Not 累计 alone: 居民消费价格指数累计上涨2.1% is the year's (a multi-year total says 五年累计, or stands in a
// five-year passage, which dates it anyway).
export const MULTIYEAR_PATTERN = /(连续[\d一二三四五六七八九十两]+年|五年来|过去五年|这五年|(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+年来|(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+年累计|累计[\d一二三四五六七八九十两]+年|十年|二十年|前[\d一二三四五]年)/;

/** Sentence-initial time markers that set the time frame of the rest of a paragraph. */
export const TIME_MARKERS: ReadonlyArray<readonly [RegExp, 'review' | 'target' | 'period']> = [
  [/^(?:特别是|尤其是|其中|各位代表，)?(刚刚过去的|过去的)?(\d{4})年(是|，|,|以来|全年|我们|全市|全省|全区|全县|全国|经济|国民经济)/, 'review'],
  [/^(?:特别是|尤其是|其中|各位代表，)?(过去一年|刚刚过去的一年|过去的一年|去年|上年|一年来|这一年|2\d{3}年来)/, 'review'],
  // 初步核算，全省地区生产总值…: the statistics office's first full-year figures, always of the reviewed year.
  [/^(?:据)?(初步核算|预计全年)/, 'review'],
  // “十二五”末，全市生产总值达到15720亿元: the period's last year, which the report reviews.
  [/^(?:到)?(“?十[一二三四五六七八九]五”?末)/, 'review'],
  [/^(今年|明年)/, 'target'],
  [/^(过去五年|五年来|这五年|过去的五年|“十[一二三四五六七八九]五”(时期|期间|以来)|十[一二三四五六七八九]五(时期|期间|以来)|\d{4}年(到|至|—|－|-)\d{4}年)/, 'period'],
];

/** Words that compare a figure with another's (比全国, 高于全区平均水平, 快于城镇): the verb, then what it is set against. */
export const COMPARISON_VERBS = ['比', '较', '高于', '低于', '快于', '慢于'];
export const COMPARISON_BASES = ['全[国省区市州盟]', '全球', '世界', '同期', '平均'];
/** Bases a margin in points is measured against besides those (农村居民收入增速快于城镇1.2个百分点). */
export const COMPARISON_GROUP_BASES = ['城镇', '农村', '全体'];
const comparison = (bases: readonly string[]): string => `(?:${COMPARISON_VERBS.join('|')})(?:${bases.join('|')})`;
/** A sentence that compares two years (1986年同1978年相比，…): its levels are the later year's, its growth the span's. */
export const COMPARED_YEARS = /^[^，。；]{0,12}?((?:19|20)\d\d)年(?:同|与|和)((?:19|20)\d\d)年相?比/;

/** A clause that compares the subject with a wider average (增速比全区平均水平高1.5个百分点): no figure of its own. */
export const COMPARISON_PATTERN = new RegExp(`^(?:增速|增幅|涨幅|总量)?${comparison(COMPARISON_BASES)}`);
/** A predicate that measures the figure against another's (增速高于全国0.7个百分点): the margin is no figure of the subject. */
export const COMPARED_PATTERN = new RegExp(comparison([...COMPARISON_BASES, ...COMPARISON_GROUP_BASES]));

/**
 * Words that open a clause without a figure that still speaks of the running subject (高于全国、全区平均水平,
 * 总量跃居全省第二, 占全省比重…): the subject carries on past it. Any other clause without a figure ends it.
 */
export const REMARK_LEADS = [
  '按', '扣除', '剔除', '考虑', '在上年', '总额', '历史性', '突破', '跨越', '跨入', '跨上', '迈上', '跃上', '登上', '站上',
  '成为', '跻身', '迈入', '进入', '高于', '低于', '快于', '慢于', '好于', '优于', '超过', '比', '较', '居', '位', '排',
  '连续', '首次', '创', '保持', '继续', '实现', '增速', '总量', '规模', '占', '为', '是', '均', '也', '再', '同比', '增幅',
  '稳居', '跑赢', '领跑', '名列',
];
export const REMARK_PATTERN = new RegExp(`^(?:${REMARK_LEADS.join('|')})`);

/** A review part that names a five-year period beside its year (“十三五”时期发展成就和2020年主要工作). */
export const MIXED_REVIEW_TITLE = /十[一二三四五六七八九]五|过去五年|五年来/;

/**
 * Words after a figure that make it describe the noun after it (500万元以上项目固定资产投资, 10个城市中, 的县):
 * the figure is part of a subject, not a value.
 */
export const ATTRIBUTIVE_AFTER = /^(?:的)?(?:项目|重点项目|工业企业|企业|工程)|^[\u4e00-\u9fff]{0,4}(?:城市|省份|省区市|地市|国家|经济体)中|^的[\u4e00-\u9fff]{0,4}(?:县|市|区|镇|乡|村|企业|项目|园区|城市|产业|集群|家庭|户)/;

/** Words that make a whole run of clauses multi-year (五年累计…，…): not 累计 alone (累计发放消费券 is the year's). */
export const SEGMENT_MULTIYEAR = /(?:五|(?<![\d两三四六七八九十])[\d两三四六七八九十]+)年(?:来|累计|间|中)|过去五年|这五年|本届政府(?!的?最后一年|的?收官之年)/;

/** Words that may stand before a figure and keep the clause's subject (GDP总量实现…，增长8.6%，增速排…). */
export const CONTINUATION_PATTERN =
  /^(?:其中|全年|全市|全省|全区|全县|全国|初步核算|预计|总量|规模|增速|增幅|涨幅|降幅|同比|比上年|较上年|比去年|较去年|比\d{4}年|分别|均|都|也|再|首次|实现|完成|达到|达|为|是|由|从|年均|平均|[一二三四五六七八九两]项(?:增速|总量)?|人均|总额|总值)*$/;

/** Units as written, longest first when matched. Each maps to a scale (万 = 1e4) and a base unit. */
export const UNITS: ReadonlyArray<readonly [string, number, string]> = [
  ['个百分点', 1, '个百分点'],
  ['百分点', 1, '个百分点'],
  ['%', 1, '%'],
  ['‰', 1, '‰'],
  ['万亿元', 1e12, '元'],
  ['千亿元', 1e11, '元'],
  ['亿元', 1e8, '元'],
  ['万元', 1e4, '元'],
  ['元', 1, '元'],
  ['亿美元', 1e8, '美元'],
  ['万美元', 1e4, '美元'],
  ['美元', 1, '美元'],
  ['万亿斤', 1e12, '斤'],
  ['亿斤', 1e8, '斤'],
  ['万斤', 1e4, '斤'],
  ['斤', 1, '斤'],
  ['亿吨', 1e8, '吨'],
  ['万吨', 1e4, '吨'],
  ['吨', 1, '吨'],
  ['万标箱', 1e4, '标箱'],
  ['标箱', 1, '标箱'],
  ['万标准箱', 1e4, '标箱'],
  ['标准箱', 1, '标箱'],
  ['万TEU', 1e4, 'TEU'],
  ['TEU', 1, 'TEU'],
  ['亿人次', 1e8, '人次'],
  ['万人次', 1e4, '人次'],
  ['人次', 1, '人次'],
  ['亿人', 1e8, '人'],
  ['万人', 1e4, '人'],
  ['人', 1, '人'],
  ['万户', 1e4, '户'],
  ['户', 1, '户'],
  ['万亩', 1e4, '亩'],
  ['亩', 1, '亩'],
  ['万千瓦时', 1e4, '千瓦时'],
  ['亿千瓦时', 1e8, '千瓦时'],
  ['千瓦时', 1, '千瓦时'],
  ['万千瓦', 1e4, '千瓦'],
  ['千瓦', 1, '千瓦'],
  ['平方公里', 1, '平方公里'],
  ['万平方米', 1e4, '平方米'],
  ['平方米', 1, '平方米'],
  ['公里', 1, '公里'],
  ['千米', 1, '公里'],
  ['万套', 1e4, '套'],
  ['套', 1, '套'],
  ['万辆', 1e4, '辆'],
  ['辆', 1, '辆'],
  ['万家', 1e4, '家'],
  ['家', 1, '家'],
  ['万个', 1e4, '个'],
  ['个', 1, '个'],
  ['万所', 1e4, '所'],
  ['所', 1, '所'],
  ['万张', 1e4, '张'],
  ['张', 1, '张'],
  ['项', 1, '项'],
  ['座', 1, '座'],
  ['条', 1, '条'],
  ['列', 1, '列'],
  ['艘', 1, '艘'],
  ['台', 1, '台'],
  ['间', 1, '间'],
  ['处', 1, '处'],
  ['次', 1, '次'],
  ['场', 1, '场'],
  ['批', 1, '批'],
  ['宗', 1, '宗'],
  ['倍', 1, '倍'],
  ['天', 1, '天'],
  ['位', 1, '位'],
  ['名', 1, '名'],
  // Plan quantities: 深水网箱100口, 渔船20艘, 无人机50架, 设备300台套, 厂房12栋, 生猪出栏500万头 …
  ['口', 1, '口'],
  ['架', 1, '架'],
  ['台套', 1, '台套'],
  ['栋', 1, '栋'],
  ['幢', 1, '幢'],
  ['万头', 1e4, '头'],
  ['头', 1, '头'],
  ['万只', 1e4, '只'],
  ['只', 1, '只'],
  ['万羽', 1e4, '羽'],
  ['万公顷', 1e4, '公顷'],
  ['公顷', 1, '公顷'],
  ['亿立方米', 1e8, '立方米'],
  ['万立方米', 1e4, '立方米'],
  ['立方米', 1, '立方米'],
  ['吉瓦', 1e6, '千瓦'],
  ['兆瓦', 1e3, '千瓦'],
  ['万吨标准煤', 1e4, '吨标准煤'],
  ['吨标准煤', 1, '吨标准煤'],
  ['万吨标煤', 1e4, '吨标准煤'],
  ['吨标煤', 1, '吨标准煤'],
  ['亿公斤', 1e8, '公斤'],
  ['万公斤', 1e4, '公斤'],
  ['公斤', 1, '公斤'],
  ['万亿人民币', 1e12, '元'],
  ['亿人民币', 1e8, '元'],
  ['万件', 1e4, '件'],
  ['件', 1, '件'],
  ['万株', 1e4, '株'],
  ['株', 1, '株'],
  ['万棵', 1e4, '棵'],
  ['延米', 1, '米'],
  ['米', 1, '米'],
  ['部', 1, '部'],
  ['眼', 1, '眼'],
  ['盏', 1, '盏'],
  ['个点位', 1, '个'],
  ['张床位', 1, '张'],
  ['万', 1e4, ''],
  ['亿', 1e8, ''],
];

/** Scale of a unit as written (亿元 -> 1e8, base 元); unknown units scale 1. */
export function unitScale(unit: string | null): { scale: number; base: string | null } {
  if (unit === null) return { scale: 1, base: null };
  for (const [u, scale, base] of UNITS) if (u === unit) return { scale, base };
  return { scale: 1, base: unit };
}

/**
 * The words that may stand between a subject and its figure (the predicate): 增速排全区, 涨幅控制在,
 * 同比增长, 三项增速分别为. Anything else there (的贡献率, 实现就业) means the figure is not the subject's.
 */
export const GAP_TOKENS: readonly string[] = [
  '全年', '全市', '全省', '全区', '全县', '全国', '全州', '全盟', '全自治区', '全球', '世界', '主要经济体', '沿海',
  '今年', '年末', '年底', '初步核算', '预计', '预期', '其中', '总量', '规模', '总额', '总值', '增速', '增幅', '涨幅', '降幅',
  '同比', '环比', '比上年', '较上年', '比去年', '较去年', '比\\d{4}年', '(?:19|20)\\d\\d年(?:底|末)?的?', '分别', '均', '都', '也', '再', '首次', '继续', '持续',
  '稳定', '保持', '控制', '实现', '完成', '达到', '达', '为', '是', '在', '于', '由', '从', '年均', '平均', '实际', '名义',
  '按可比价格(?:计算)?', '可比价', '可比', '按', '预计', '计划', '预期', '扣除价格因素', '按[\\u4e00-\\u9fff]{1,4}?口径(?:计算)?', '实际到位', '到位', '[一二三四五六七八九两]项', '人均', '有望', '力争', '争取', '确保', '努力',
  '排名', '排在', '排', '位居', '位列', '居', '列', '稳居', '跃升至', '跃居', '升至', '上升至', '跃升到',
  '(?:提高|上升|增加|增长|下降|降低|减少|回落|提升|扩大|缩小)(?:到|至)', '降到', '降至',
  '增长', '增加', '提高', '上涨', '上升', '提升', '比增', '回升', '增产', '净增', '新增', '增', '下降', '降低', '减少', '回落', '下跌', '下滑', '缩小', '减产', '降',
  // a milestone passed before the figure itself: 突破5万关口、达到5.28万元
  '(?:新)?(?:关口|大关|台阶|门槛)', '[一二三四五六七八九十两百千万亿]+(?:亿|万)?元?(?:大关|台阶|关口|门槛)', '[一二三四五六七八九十两百千]*[万亿]+元',
  // the field of a rank written before it: 在全国168个重点城市中排名第一
  '在(?:全国|全省|全区|全球|世界)?\\d*[个座家]?[^，。；、\\d]{0,10}?中',
  // manner and state: 稳步提高到7.75万元, 处于2.77%的较低水平, 历史性突破五千亿元
  '稳步', '大幅', '快速', '明显', '进一步', '较快', '平稳', '历史性', '处于', '位于', '保持在', '稳定在',
  // an adjusted basis: 扣除留抵退税后、同口径增长2.6%, 剔除减税降费不可比因素增长9.5%, 剔除增值税留抵退税因素后同比下降10.1%
  '(?:扣除|剔除|考虑)[^，。；\\d%]{1,16}?(?:因素)?后?', '又', '去年', '上年',
  '不低于', '不少于', '不高于', '不超过', '超过', '超', '突破', '再次', '登上', '跃上', '迈上', '站上',
  // the field a rank is in: 居全国城市第15位, 位居世界港口19位, 居全国前十大产粮省第1位
  '(?:位居|居|排名|排在|排|位列|列|稳居|跃居|跃升至|升至|上升至|保持|名列|蝉联)(?:全国|全省|全区|全市|世界|全球|中部|西部|东部|东北|副省级|省会|同类|沿海|前)[^，。；、\\d]{0,10}', '增长率', '高于', '低于', '大约', '约', '近', '以上', '左右', '以内',
  '连续[\\d一二三四五六七八九十两]+年', '前列', '，', '、', '和', '与', '及', '占[^，。；]{1,20}?的?', '比重', '占比', '达到了',
  '目标', '预期目标', '调控目标', '宏观调控目标', '定为', '确定为', '设定为', '计划', '预期为', '的', '为止', '累计', '以上', '总体', '水平', '幅度', '速度', '个百分点', '同口径', '可比口径',
  // a parenthetical after the name: 地区生产总值（GDP）增长6%
  '（[^（）]{1,12}）', '\\([^()]{1,12}\\)',
];

/**
 * Opens the year's target statement: 主要预期目标是：, 预期目标为, 主要目标建议为, 主要预期指标是, 预期性指标主要是,
 * 主要预期目标和约束指标是, 主要指标安排是, 发展的目标是, 发展指标分为三大类：, 主要预期目标，按…原则安排：, 主要预期：.
 */
export const STATEMENT_OPENER = new RegExp(
  [
    '(?:主要预期|预期性?|主要|发展的?|调控|约束性?)(?:目标|指标)(?:和约束性?指标)?[，,]?(?:主要|建议|拟|初步|安排)?(?:是|为|定为|确定为|设定为|安排为)[：:，,]?',
    // Only before a colon: 主要经济指标预期是：, 主要指标计划安排如下：, 宏观目标是：, 主要奋斗目标是：, 计划目标为：
    '(?:主要(?:经济|奋斗)?|宏观|奋斗|计划)(?:目标|指标)(?:预期|计划安排|初步安排|安排)?(?:是|为|如下)[：:]',
    '主要安排(?:是|为)[：:]',
    // 1993年计划安排：国内生产总值比去年增长13%
    '(?:19|20)\\d\\d年计划安排[：:]',
    // The indicator before the opener (named): 把全市生产总值增长目标确定为6.5%左右, 今年的经济增长预期为7%左右.
    '(?<=增长|增速)(?:预期目标|预期|目标)(?:确定|设定|调整|定)?为',
    // 建议奋力实现地区生产总值增长6.5%左右: the clause is the statement (see findTargetStatements).
    '建议(?:奋力|努力|全力|力争)?实现(?=[^，。；]{0,8}(?:生产总值|GDP|经济增长))',
    // 初步安排今年全省生产总值增长9%以上, 初步确定2006年全市生产总值增长11%, 全年计划安排国内生产总值1230亿元: likewise.
    '初步(?:安排|确定)(?=(?:今年|明年|(?:19|20)\\d\\d年)[^，。；]{0,8}(?:生产总值|GDP|经济增长))',
    '计划安排(?=[^，。；：:]{0,6}(?:生产总值|GDP))',
    // 今年全省国内生产总值预期增长9%: the indicator before the opener.
    '(?<=(?:今年|明年)[^，。；]{0,12}(?:生产总值|GDP))(?:预期|计划)(?=增长)',
    // 今年计划要求，…国民生产总值增长百分之六; 今年国民生产总值计划增长百分之八
    '今年(?:的)?(?:国民经济和社会发展)?计划(?:要求|安排)[，,：:]',
    '今年[^，。；]{2,16}?计划(?=增长|达到)',
    '(?:主要预期|预期性?|主要|调控)(?:目标|指标)[：:]',
    '主要预期[：:]',
    '发展指标分为[^：:。]{1,6}[：:]',
    '(?:主要预期|预期)目标[，,][^。：:]{0,30}(?:安排|确定|设定)[：:]',
  ].join('|'),
  'g',
);
/**
 * Inside a five-year plan part, the nearest time cue before an opener tells whose targets it states: the year's
 * (2008年是…第一年，…做好今年的工作…，建议经济社会发展的主要预期目标是：) or the period's (今后五年，…主要预期目标是：).
 */
export const STATEMENT_YEAR_CUE = /今年|明年|(?:19|20)\d\d年(?:是|，|,|必须|要|的?工作|政府工作)/g;
export const STATEMENT_PERIOD_CUE = /今后五年|未来五年|五年内|年均|今后一个时期/g;
/** Before an opener: five-year or long-range targets, not the year's (“十五五”时期主要目标, 2035年远景目标, 到2010年的奋斗目标). */
export const STATEMENT_LONG_RANGE = /十[一二三四五六七八九]五|五年|2035|远景|规划|今后|到(?:19|20)\d\d年/;
/** A sentence that comments on the targets rather than listing them ends the statement. */
export const STATEMENT_END =
  /^(?:[^，。]{0,6}(?:提出|确定|设定|实现|完成|安排|制定|考虑)(?:上述|以上|这些|这样的|这个|今年的?)?[^，。]{0,8}目标|上述|以上|这些|这个|这一|主要考虑|综合考虑|做好今年|需要|必须|要)/;

// The indicator lexicon: one entry per indicator id, with the names reports use for it.
// A domain expert extends this table (a new alias, a new indicator) without touching the grammar.
//
// - `core`: the ids of the domain doc's table; these are the ones scored against the gold files.
// - `aliases`: every written form, the canonical name first. Matching is longest-first, so a longer alias
//   (单位国内生产总值能耗) wins over a shorter one inside it (国内生产总值).
// - `needsValue`: forms that name the indicator only when a figure follows (经济增长6% is GDP growth,
//   居民收入增长和经济增长同步 is not a GDP target).
// - `rate`: the indicator is itself a rate (%), so a bare percentage is its level, not a growth.
import { QueryError } from '../model/errors.js';

/** Every prefix + base + suffix: the regular ways a name is spelled out (全社会|研发投入|占GDP比重). */
function combos(prefixes: string[], bases: string[], suffixes: string[] = ['']): string[] {
  return prefixes.flatMap((p) => bases.flatMap((b) => suffixes.map((x) => p + b + x)));
}

export interface IndicatorEntry {
  id: string;
  name: string;
  aliases: string[];
  needsValue?: string[];
  core?: boolean;
  rate?: boolean;
  /**
   * The base units an amount of it can have (粮食产量: 斤, 吨, 公斤); a level or change in another unit is
   * another quantity's (粮食播种面积…新增202.9万亩). Unset: any unit.
   */
  units?: string[];
  /**
   * Forms that other regions use for another indicator too (地方财政收入 is the public budget revenue in one
   * province and all revenue in another): their figure is the headline only when no firmer name gives one.
   */
  weak?: string[];
  /** A bare percentage after the name is a change, not a level (居民消费价格指数控制在3.5%以内 is CPI's rise). */
  percentIsGrowth?: boolean;
  /** Its targets are ceilings even when written "X左右" or as a plain figure (prices, unemployment, energy use). */
  lowerIsBetter?: boolean;
}

export const INDICATORS: IndicatorEntry[] = [
  {
    id: 'gdp', units: ['元', '美元'],
    name: '地区生产总值',
    core: true,
    aliases: ['地区生产总值', '国内生产总值', '生产总值', '全市生产总值', '全省生产总值', '全区生产总值', '全县生产总值', 'GDP', 'GDP总量', '国民生产总值'],
    needsValue: ['经济增长', '经济增速', '经济总量'],
  },
  { id: 'gdp_per_capita', units: ['元', '美元'], name: '人均地区生产总值', core: true, aliases: ['人均地区生产总值', '人均生产总值', '人均国内生产总值', '人均GDP'] },
  { id: 'primary_industry', units: ['元', '美元'], name: '第一产业增加值', core: true, aliases: ['第一产业增加值', '一产增加值', '一产业增加值'], needsValue: ['第一产业', '一产'] },
  // Farming alone, narrower than the primary industry (农林牧渔业): its own id, so that it is read but not taken for it.
  { id: 'agriculture_value_added', name: '农业增加值', aliases: ['农业增加值'] },
  { id: 'secondary_industry', units: ['元', '美元'], name: '第二产业增加值', core: true, aliases: ['第二产业增加值', '二产增加值', '二产业增加值'], needsValue: ['第二产业', '二产'] },
  {
    id: 'tertiary_industry', units: ['元', '美元'],
    name: '第三产业增加值',
    core: true,
    aliases: ['第三产业增加值', '三产增加值', '三产业增加值', '服务业增加值', ...combos(['第三产业', '三产', '服务业'], ['实现增加值', '完成增加值'])],
    // 其中一产增长4.7%、二产增长5.3%、三产增长2.9%: the sector's short name, only with its own figure
    needsValue: ['第三产业', '三产'],
  },
  {
    id: 'industrial_value_added', units: ['元', '美元'],
    name: '规模以上工业增加值',
    core: true,
    aliases: ['规模以上工业增加值', '规上工业增加值', '规模工业增加值', '全部规模以上工业增加值', ...combos(['规模以上工业', '规上工业'], ['实现增加值', '完成增加值'])],
  },
  { id: 'total_industry_value_added', name: '工业增加值', aliases: ['工业增加值', '全部工业增加值'] },
  { id: 'industrial_output', units: ['元', '美元'], name: '规模以上工业总产值', core: true, aliases: ['规模以上工业总产值', '规上工业总产值', '规模工业总产值', '规模以上工业产值', '规上工业产值'] },
  { id: 'fixed_asset_investment', units: ['元', '美元'], name: '固定资产投资', core: true, aliases: ['固定资产投资', '全社会固定资产投资', '固定资产投资总额', '规模以上固定资产投资', '城镇固定资产投资'] },
  { id: 'retail_sales', units: ['元', '美元'], name: '社会消费品零售总额', core: true, aliases: ['社会消费品零售总额', '社会消费品零售额', '社零总额', '社零', '消费品零售总额', '社会商品零售总额', '全社会消费品零售总额'] },
  {
    id: 'foreign_trade', units: ['元', '美元'],
    name: '外贸进出口总额',
    core: true,
    aliases: [
      '外贸进出口总额', '外贸进出口总值', '外贸进出口', '进出口总额', '进出口总值', '货物进出口总额', '对外贸易进出口总额', '外贸自营进出口总额',
      '自营进出口总额', '外贸进出口额', '货物贸易进出口总额', '货物贸易进出口', '对外贸易总额', '外贸总额', '海关进出口总额', '进出口贸易总额', '进出口贸易额', '进出口贸易',
    ],
    // 货物贸易增长20% (goods trade is what 进出口总额 counts; 服务贸易 is another indicator)
    needsValue: ['进出口', '货物贸易'],
  },
  {
    id: 'foreign_investment', units: ['元', '美元'],
    name: '实际使用外资',
    core: true,
    aliases: [
      '实际使用外资', '实际利用外资', '实际使用外资金额', '实际利用外资金额', '实际利用外商直接投资', '实际使用外商直接投资',
      '实际利用外资额', '实际使用外资额', '实际到账外资', '实际到账外资金额', '全口径实际利用外资', '全口径实际使用外资', '到位注册外资', '实际到位注册外资', '外资实际到位资金', '实际到位外资', '实际吸收外资',
    ],
    needsValue: ['利用外资', '使用外资', '外商直接投资'],
  },
  {
    id: 'public_budget_revenue', units: ['元', '美元'],
    name: '一般公共预算收入',
    core: true,
    aliases: [
      '一般公共预算收入', '地方一般公共预算收入', '一般公共财政预算收入', '公共财政预算收入', '公共财政收入', '财政一般预算收入',
      '地方财政一般预算收入', '地方一般预算收入', '一般预算收入', '地方公共财政预算收入', '地方公共财政收入', '地方财政收入', '地方级财政收入',
      '地方级一般公共预算收入', '地方级收入', '市级一般公共预算收入', '地方财政公共预算收入', '财政公共预算收入', '地方财政一般公共预算收入',
    ],
    needsValue: ['地方收入'],
    weak: ['地方财政收入', '地方级财政收入', '地方级收入', '地方公共财政收入'],
  },
  { id: 'fiscal_revenue', units: ['元', '美元'], name: '财政收入', core: true, aliases: ['财政收入', '财政总收入', '全国财政收入', '国家财政收入', '一般公共预算总收入', '全部财政收入', '全口径财政收入', '财政一般预算总收入', '一般预算总收入', '地方财政总收入'] },
  { id: 'tax_revenue', units: ['元', '美元'], name: '税收收入', core: true, aliases: ['税收收入', '税收总额', '地方税收收入'], needsValue: ['税收'] },
  { id: 'disposable_income', units: ['元', '美元'], name: '居民人均可支配收入', core: true, aliases: ['居民人均可支配收入', '居民年人均可支配收入', '全体居民人均可支配收入', '全市居民人均可支配收入', '全省居民人均可支配收入', '常住居民人均可支配收入', '全体常住居民人均可支配收入', '居民收入'] },
  {
    id: 'urban_disposable_income', units: ['元', '美元'],
    name: '城镇居民人均可支配收入',
    core: true,
    aliases: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城市居民人均可支配收入', '城镇居民收入', '城镇居民人均收入', '城市居民收入', '城镇居民人均生活费收入'],
  },
  {
    id: 'rural_disposable_income', units: ['元', '美元'],
    name: '农村居民人均可支配收入',
    core: true,
    aliases: [
      '农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入', '农民人均纯收入', '农民年人均纯收入', '农村居民人均纯收入', '农民收入',
      '农牧民人均纯收入', '农牧民人均可支配收入', '农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入', '农村居民收入',
      '农村居民人均收入', '农民人均收入',
    ],
  },
  {
    id: 'cpi',
    name: '居民消费价格',
    core: true,
    rate: false,
    percentIsGrowth: true,
    lowerIsBetter: true,
    aliases: [
      '居民消费价格', '居民消费价格指数', '居民消费价格总水平', 'CPI', '物价总水平', '消费价格指数', '居民消费价格总指数', '居民消费品价格指数', '居民消费价格指数（CPI）',
      // before CPI became the headline measure (1990s reports): the retail price index
      '零售物价', '商品零售价格', '全国商品零售价格', '商品零售价格总水平', '零售物价总水平', '全国零售物价总水平', '市场物价总水平',
    ],
    needsValue: ['物价', '物价水平', '价格总水平', '消费价格'],
  },
  { id: 'surveyed_unemployment', name: '城镇调查失业率', core: true, rate: true, lowerIsBetter: true, aliases: ['城镇调查失业率', '调查失业率'] },
  { id: 'registered_unemployment', name: '城镇登记失业率', core: true, rate: true, lowerIsBetter: true, aliases: ['城镇登记失业率', '登记失业率', '城镇居民登记失业率'] },
  { id: 'new_urban_jobs', units: ['人'], name: '城镇新增就业', core: true, aliases: ['城镇新增就业', '城镇新增就业人数', '城镇新增就业人口', '新增城镇就业', '新增城镇就业人数'], needsValue: ['新增就业', '新增就业人数'] },
  { id: 'grain_output', units: ['斤', '吨', '公斤'], name: '粮食产量', core: true, aliases: ['粮食产量', '粮食总产量', '粮食总产'], needsValue: ['粮食'] },
  { id: 'port_throughput', units: ['吨'], name: '港口货物吞吐量', core: true, aliases: ['港口货物吞吐量', '货物吞吐量', '港口吞吐量', '港口年货物吞吐量', '港口货物年吞吐量'] },
  { id: 'container_throughput', units: ['标箱', 'TEU'], name: '集装箱吞吐量', core: true, aliases: ['集装箱吞吐量', '港口集装箱吞吐量'] },
  {
    id: 'rd_intensity',
    name: '研发投入强度',
    core: true,
    rate: true,
    aliases: [
      ...combos(['', '全社会'], ['研发投入', '研发经费投入', '研究与试验发展经费投入', 'R&D经费投入', 'R&D投入', '研发', '研究开发投入', '研究开发经费投入'], ['强度']),
      ...combos(['', '全社会'], ['研发投入', '研发经费投入', 'R&D经费投入', 'R&D投入'], ['占比']),
      '研发经费支出相当于生产总值的比例',
      // …相当于全市生产总值的比例: the region's word inside the name
      ...combos(['', '全社会'], ['研发经费支出', '研发经费投入', '研究与试验发展经费支出'], ['相当于全市生产总值的比例', '相当于全省生产总值的比例', '相当于全区生产总值的比例', '占全市生产总值比重', '占全省生产总值比重', '占全市地区生产总值比重', '占全省地区生产总值比重']),
      // R&D spending as a share of GDP, however the spending and the GDP are named.
      ...combos(
        ['', '全社会'],
        ['研发投入', '研发经费', '研发经费支出', '研发经费投入', '研究开发投入', '研究开发经费', 'R&D经费', 'R&D经费支出', 'R&D投入', '研究与试验发展经费', '研究与试验发展经费支出', '研究与试验发展（R&D）经费支出', '研究与试验发展(R&D)经费支出', '研究与试验发展（R&D）投入', '研究与开发经费支出'],
        [
          '占生产总值比重', '占地区生产总值比重', '占GDP比重', '占国内生产总值比重', '占生产总值的比重', '占地区生产总值的比重', '占GDP的比重',
          '占国内生产总值的比重', '相当于地区生产总值的比例', '相当于国内生产总值的比例', '与国内生产总值之比', '与地区生产总值之比',
        ],
      ),
    ],
  },
  {
    id: 'energy_intensity',
    name: '单位生产总值能耗',
    core: true,
    lowerIsBetter: true,
    aliases: [
      ...combos(['单位', '万元'], ['生产总值', '地区生产总值', '国内生产总值', 'GDP'], ['能耗', '综合能耗', '能源消耗', '能源消耗量']),
      '能耗强度', '能源消耗强度',
    ],
  },
  {
    id: 'carbon_intensity',
    name: '单位生产总值二氧化碳排放',
    core: true,
    lowerIsBetter: true,
    aliases: [
      ...combos(['单位', '万元'], ['生产总值', '地区生产总值', '国内生产总值', 'GDP'], ['二氧化碳排放', '二氧化碳排放量']),
      '碳排放强度', '二氧化碳排放强度',
    ],
  },
  {
    id: 'air_quality_good_days',
    name: '空气质量优良天数比率',
    core: true,
    rate: true,
    aliases: [
      ...combos(
        ['', '城市', '全市', '地级以上城市', '设区市', '设区城市', '中心城市', '市区', '城区'],
        ['空气质量优良天数比率', '环境空气质量优良天数比率', '环境空气质量优良天数比例', '环境空气优良天数比率', '空气优良天数比率', '空气质量优良天数比例', '空气优良天数比例',
          '空气质量优良率', '空气优良率', '空气质量达标率', '空气质量达标天数比例', '空气质量平均达标天数比例', '环境空气质量优良率', '空气质量优良天数占比'],
      ),
    ],
    needsValue: ['优良天数比例', '优良天数比率'],
  },
  { id: 'urbanization_rate', name: '常住人口城镇化率', core: true, rate: true, aliases: ['常住人口城镇化率', '城镇化率'] },
  { id: 'general_budget_expenditure', name: '一般公共预算支出', aliases: ['一般公共预算支出', '公共财政支出', '财政支出'] },
  { id: 'exports', name: '出口总额', aliases: ['出口总额', '外贸出口', '出口额'] },
  { id: 'imports', name: '进口总额', aliases: ['进口总额', '外贸进口', '进口额'] },
  { id: 'tourism_revenue', name: '旅游总收入', aliases: ['旅游总收入', '旅游收入', '旅游总消费'] },
  { id: 'tourist_arrivals', name: '接待游客', aliases: ['接待游客总人数', '接待游客', '游客接待量'] },
  { id: 'loans_balance', name: '金融机构贷款余额', aliases: ['金融机构本外币贷款余额', '本外币贷款余额', '贷款余额'] },
  { id: 'deposits_balance', name: '金融机构存款余额', aliases: ['金融机构本外币存款余额', '本外币存款余额', '存款余额'] },
];

/** Forms whose figure yields the headline to a firmer name's (needsValue forms are weak too). */
export const WEAK_ALIASES: ReadonlySet<string> = new Set(INDICATORS.flatMap((e) => e.weak ?? []));

/** Indicator ids of the domain doc's core table. */
export const CORE_IDS: ReadonlySet<string> = new Set(INDICATORS.filter((e) => e.core).map((e) => e.id));

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorEntry> = new Map(INDICATORS.map((e) => [e.id, e]));

/** Every written form -> its id (and whether it needs a figure right after it to count). */
export const ALIAS_INDEX: ReadonlyMap<string, { id: string; needsValue: boolean }> = (() => {
  const index = new Map<string, { id: string; needsValue: boolean }>();
  for (const e of INDICATORS) {
    for (const a of e.aliases) if (!index.has(a)) index.set(a, { id: e.id, needsValue: false });
    for (const a of e.needsValue ?? []) if (!index.has(a)) index.set(a, { id: e.id, needsValue: true });
  }
  return index;
})();

/** Phrases that name two or three indicators at once: 城乡居民人均可支配收入分别增长6%、7.5%. */
export const COORDINATED: ReadonlyMap<string, string[]> = new Map([
  ['城乡居民人均可支配收入', ['urban_disposable_income', 'rural_disposable_income']],
  ['城乡居民收入', ['urban_disposable_income', 'rural_disposable_income']],
  ['城乡常住居民人均可支配收入', ['urban_disposable_income', 'rural_disposable_income']],
  ['城乡居民可支配收入', ['urban_disposable_income', 'rural_disposable_income']],
  ['城乡居民人均收入', ['urban_disposable_income', 'rural_disposable_income']],
  ['城乡居民人均纯收入', ['urban_disposable_income', 'rural_disposable_income']],
  // 三次产业增加值分别增长2%、5%和7%以上
  ['三次产业增加值', ['primary_industry', 'secondary_industry', 'tertiary_industry']],
]);

/**
 * A name read as another indicator after a lead word: 来源于广东的财政收入, 来源于我市的公共财政收入 is the revenue raised
 * in the region for every level of government, not the local budget's.
 */
export const LEAD_REDIRECTS: ReadonlyArray<{ lead: RegExp; id: string; becomes: string }> = [
  { lead: /来源于/, id: 'public_budget_revenue', becomes: 'fiscal_revenue' },
];

/**
 * A weak name followed by 其中 and a firmer name of the same indicator names the aggregate the part belongs to:
 * 地方财政收入增长10%，其中公共财政预算收入增长10% (the first is all revenue raised, fiscal_revenue).
 */
export const AGGREGATE_OF_PART: ReadonlyMap<string, string> = new Map([['public_budget_revenue', 'fiscal_revenue']]);

/**
 * Names that a report shortens once its topic is set: 粮食生产实现“十连丰”，总产达到526.8万吨 (总产 is the grain
 * output); 服务业提速发展…，完成增加值578.74亿元. A part word counts only at the start of a clause, after a clause
 * of the same segment has named the topic.
 */
export const TOPIC_PARTS: ReadonlyArray<{ topic: string; parts: Readonly<Record<string, string>> }> = [
  { topic: '粮食', parts: { 总产量: 'grain_output', 总产: 'grain_output', 产量: 'grain_output' } },
  { topic: '空气质量', parts: { 优良率: 'air_quality_good_days', 优良天数比率: 'air_quality_good_days', 优良天数比例: 'air_quality_good_days', 达标率: 'air_quality_good_days' } },
  { topic: '服务业', parts: { 增加值: 'tertiary_industry' } },
  { topic: '规模以上工业', parts: { 增加值: 'industrial_value_added' } },
  { topic: '规上工业', parts: { 增加值: 'industrial_value_added' } },
  // 研发经费投入增长25%、投入强度提升至1.4%
  { topic: '研发', parts: { 投入强度: 'rd_intensity', 经费投入强度: 'rd_intensity' } },
  // 完成港口吞吐量1.26亿吨、集装箱204.5万标箱
  { topic: '吞吐量', parts: { 集装箱: 'container_throughput' } },
];

/**
 * The id a user means: an id (gdp), any written form of the lexicon (地区生产总值, GDP, 城镇调查失业率), case aside.
 * Null when nothing matches.
 */
export function resolveIndicator(name: string): string | null {
  const n = name.trim();
  if (INDICATOR_BY_ID.has(n)) return n;
  const lower = n.toLowerCase();
  if (INDICATOR_BY_ID.has(lower)) return lower;
  const hit = ALIAS_INDEX.get(n) ?? ALIAS_INDEX.get(n.toUpperCase());
  return hit?.id ?? null;
}

/** Ids and names that contain the unknown word, to suggest (GDP增速 -> gdp). */
export function suggestIndicators(name: string, max = 5): string[] {
  const n = name.trim().toLowerCase();
  const out = new Set<string>();
  for (const e of INDICATORS) {
    if (e.id.includes(n) || n.includes(e.id) || e.aliases.some((a) => a.toLowerCase().includes(n) || n.includes(a.toLowerCase()))) out.add(e.id);
    if (out.size >= max) break;
  }
  return [...out];
}

export class UnknownIndicatorError extends QueryError {
  constructor(readonly names: string[]) {
    const hints = names.map((n) => {
      const s = suggestIndicators(n);
      return s.length ? `${n} (did you mean ${s.join(', ')}?)` : n;
    });
    super(`unknown indicator ${hints.join('; ')}; \`workreport indicators\` lists the ids, names and aliases`);
  }
}

/** Ids for a user's list of ids, names and aliases; throws UnknownIndicatorError naming what matches nothing. */
export function resolveIndicators(names: string[] | undefined): string[] | undefined {
  if (!names?.length) return undefined;
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const n of names) {
    const id = resolveIndicator(n);
    if (id) ids.push(id);
    else unknown.push(n);
  }
  if (unknown.length) throw new UnknownIndicatorError(unknown);
  return [...new Set(ids)];
}

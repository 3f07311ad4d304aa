// The unit each kind of amount is given in a panel's `value_base` column, so that one indicator's column holds one
// unit whatever the report wrote (5.2万亿元 and 60199.45亿元; 680亿斤 and 3400万吨). Keyed by the base unit of the
// unit table (grammar.ts UNITS); a base unit not listed here is its own panel unit (%, 个百分点, 位, 公里; 万家 counts in 家).
// Data only: an economist who wants 万元 instead of 亿元 changes one line.

export interface PanelUnit {
  /** The unit of `value_base`. */
  unit: string;
  /** How many of the base unit make one panel unit (亿元: 1e8 元; 万吨: 2e7 斤). */
  per: number;
}

export const PANEL_UNITS: Readonly<Record<string, PanelUnit>> = {
  元: { unit: '亿元', per: 1e8 },
  美元: { unit: '亿美元', per: 1e8 },
  人: { unit: '万人', per: 1e4 },
  人次: { unit: '万人次', per: 1e4 },
  户: { unit: '万户', per: 1e4 },
  // Tonnage in 万吨, grain written in 斤 or 公斤 too (1 吨 = 2,000 斤 = 1,000 公斤).
  吨: { unit: '万吨', per: 1e4 },
  斤: { unit: '万吨', per: 2e7 },
  公斤: { unit: '万吨', per: 1e7 },
  吨标准煤: { unit: '万吨标准煤', per: 1e4 },
  标箱: { unit: '万标箱', per: 1e4 },
  TEU: { unit: '万标箱', per: 1e4 },
  亩: { unit: '万亩', per: 1e4 },
  千瓦时: { unit: '亿千瓦时', per: 1e8 },
  千瓦: { unit: '万千瓦', per: 1e4 },
  平方米: { unit: '万平方米', per: 1e4 },
  立方米: { unit: '亿立方米', per: 1e8 },
};

/**
 * Five-year plan periods by the names reports give them (十三五 → 2016–2020), for a fact dated by one.
 * 十五 is 2001–2005; 十五五 is 2026–2030.
 */
export const PLAN_PERIODS: Readonly<Record<string, readonly [number, number]>> = {
  六五: [1981, 1985],
  七五: [1986, 1990],
  八五: [1991, 1995],
  九五: [1996, 2000],
  十五: [2001, 2005],
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

/** Amounts per person (人均…, 人均可支配收入): money in 元, not 亿元 (a test holds every 人均 indicator here). */
export const PER_PERSON_INDICATORS: ReadonlySet<string> = new Set([
  'gdp_per_capita',
  'disposable_income',
  'urban_disposable_income',
  'rural_disposable_income',
]);

export const PER_PERSON_UNITS: Readonly<Record<string, PanelUnit>> = {
  元: { unit: '元', per: 1 },
  美元: { unit: '美元', per: 1 },
};

/** The panel unit of an amount of this kind for this indicator. */
export function panelUnitOf(kind: string, indicator?: string): PanelUnit {
  const own = indicator !== undefined && PER_PERSON_INDICATORS.has(indicator) ? PER_PERSON_UNITS[kind] : undefined;
  return own ?? PANEL_UNITS[kind] ?? { unit: kind, per: 1 };
}

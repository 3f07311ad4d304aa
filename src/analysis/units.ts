// Amounts in base units, so that 5.2万亿元 and 60199.45亿元 sort, chart and compare in one column (元).
// The unit as written stays on every fact; the base value sits beside it. Pure.
import { SUBYEAR_PATTERN, unitScale } from '../lexicon/grammar.js';
import { PLAN_PERIODS, panelUnitOf } from '../lexicon/panel-units.js';
import { cnToInt } from '../parse/numerals.js';

export interface BaseAmount {
  value: number | null;
  low: number | null;
  high: number | null;
  /** 元, 人, 吨, %, 位 … (the written unit without its 万/亿); null when the figure has no unit. */
  unit: string | null;
}

// Scales are powers of ten: shifting the decimal exponent keeps 1035.61亿 exactly 103561000000 (x * 1e8 does not).
const scaled = (x: number | null, scale: number): number | null => {
  if (x === null) return null;
  const p = Math.round(Math.log10(scale));
  return 10 ** p === scale ? Number(`${x}e${p}`) : x * scale;
};

/** 1035.61 亿元 -> 103561000000 元; a range keeps both ends, and its value is their midpoint. */
export function toBase(f: { value: number | null; low: number | null; high: number | null; unit: string | null }): BaseAmount {
  const { scale, base } = unitScale(f.unit);
  const value = f.value ?? (f.low !== null && f.high !== null ? (f.low + f.high) / 2 : f.low);
  return { value: scaled(value, scale), low: scaled(f.low, scale), high: scaled(f.high, scale), unit: base };
}

/** Same base unit (亿元 and 万亿元 both count in 元). */
export function sameBase(a: string | null, b: string | null): boolean {
  return unitScale(a).base === unitScale(b).base;
}

/** The scale of a written unit (亿元 -> 1e8), to state a base amount back in it. */
export function scaleOf(unit: string | null): number {
  return unitScale(unit).scale;
}

export interface PanelAmount {
  value_base: number | null;
  low_base: number | null;
  high_base: number | null;
  /** The panel unit of the amount's kind (亿元, 万人, 万吨, % …; lexicon/panel-units.ts); null when it has none. */
  unit_base: string | null;
}

// 12 significant digits: 0.1 + 0.2 style noise of a scale ratio never shows in an export.
const clean = (x: number | null, factor: number): number | null => (x === null ? null : Number((x * factor).toPrecision(12)));

/**
 * A figure in the panel unit of its kind: 5.2万亿元 → 52000 亿元, 680亿斤 → 3400 万吨. A bare 万 or 亿 takes the
 * kind of its indicator when the indicator has one (城镇新增就业 12万 → 12 万人); amounts per person stay in 元.
 */
export function toPanelUnit(
  f: { value: number | null; low: number | null; high: number | null; unit: string | null; indicator?: string },
  indicatorUnits?: readonly string[],
): PanelAmount {
  if (f.unit === null) return { value_base: f.value, low_base: f.low, high_base: f.high, unit_base: null };
  const { scale, base } = unitScale(f.unit);
  const kind = base === '' && indicatorUnits?.length === 1 ? indicatorUnits[0] : base;
  // A kind the table does not list is counted in its base unit (万家 → 家); a bare 万 of no kind stays as written.
  const target = kind ? panelUnitOf(kind, f.indicator) : undefined;
  const factor = target ? scale / target.per : 1;
  const unit = target ? target.unit : f.unit;
  return { value_base: clean(f.value, factor), low_base: clean(f.low, factor), high_base: clean(f.high, factor), unit_base: unit };
}

/** How many years a span word counts: 连续5年 5, 五年来 5, 两年中 2, 十年 10; null when it names none. */
function spanYears(period: string): number | null {
  const m = /([\d一二三四五六七八九十两]+)年/.exec(period);
  const n = m ? cnToInt(m[1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * The first and last year a figure covers, from its `period` as extracted and its year: none → the year itself;
 * 2016-2020 → 2016, 2020; 十三五 → 2016, 2020; 连续5年 / 五年来 → the five years to its year; a yearly average or
 * the start of a change whose years the text does not give (`multi-year`, `start`, 前三年) → what is known, else null.
 */
export function periodYears(period: string | null, year: number | null): { period_start: number | null; period_end: number | null } {
  if (period === null || period === '' || SUBYEAR_PATTERN.test(period)) return { period_start: year, period_end: year };
  const range = /^(\d{4})-(\d{4})$/.exec(period);
  if (range) return { period_start: Number(range[1]), period_end: Number(range[2]) };
  const plan = PLAN_PERIODS[period.replace(/[“”"]/g, '')];
  if (plan) return { period_start: plan[0], period_end: plan[1] };
  if (period === 'start') return { period_start: null, period_end: null };
  const n = /^前/.test(period) ? null : spanYears(period);
  if (n !== null && year !== null) return { period_start: year - n + 1, period_end: year };
  return { period_start: null, period_end: year };
}

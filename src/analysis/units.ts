// Amounts in base units, so that 5.2万亿元 and 60199.45亿元 sort, chart and compare in one column (元).
// The unit as written stays on every fact; the base value sits beside it. Pure.
import { unitScale } from '../lexicon/grammar.js';

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

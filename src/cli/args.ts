// Option value parsers: a wrong value is a usage error (exit 2) naming the option, never a silent NaN.
import { UsageError } from './errors.js';

export function positiveInt(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${name}: expected a whole number ≥ 1, got ${JSON.stringify(v)}`);
    return Number(v);
  };
}

export function nonNegativeInt(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v)) throw new UsageError(`${name}: expected a whole number ≥ 0, got ${JSON.stringify(v)}`);
    return Number(v);
  };
}

export function year(name: string) {
  return (v: string): number => {
    if (!/^\d{4}$/.test(v)) throw new UsageError(`${name}: expected a year such as 2024, got ${JSON.stringify(v)}`);
    return Number(v);
  };
}

export function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (v: string): T => {
    if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name}: expected ${allowed.join(' | ')}, got ${JSON.stringify(v)}`);
    return v as T;
  };
}

/** "2024" -> 2024..2024; "2010-2024" -> 2010..2024 (also – ~ :); nothing -> no bound. */
export function parseYears(v: string | undefined, name = '--year'): { from?: number; to?: number } {
  if (!v) return {};
  const m = /^\s*(\d{4})\s*(?:[-–~:]\s*(\d{4}))?\s*$/.exec(v);
  if (!m) throw new UsageError(`${name}: expected YYYY or YYYY-YYYY, got ${v}`);
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** A list option: comma-separated (, ， or 、), blanks dropped. */
export function splitList(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

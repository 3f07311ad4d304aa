// Hand-annotated answers: `KEY REGION | indicator measure value[-high] unit qualifier ; …` (docs/domain.md).
import type { Measure, Qualifier } from '../types.js';

export interface GoldFact {
  indicator: string;
  measure: Measure;
  low: number;
  high: number;
  unit: string;
  /** 'any' where the wording is ambiguous. */
  qualifier: Qualifier | 'any';
}

export interface GoldEntry {
  /** A file name (seeds) or a report year (national). */
  key: string;
  region: string;
  facts: GoldFact[];
}

const VALUE_RE = /^(-?\d+(?:\.\d+)?)(?:-(-?\d+(?:\.\d+)?))?$/;

export function parseGold(source: string): GoldEntry[] {
  const out: GoldEntry[] = [];
  for (const [i, raw] of source.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const bar = line.indexOf('|');
    if (bar < 0) throw new Error(`gold line ${i + 1}: missing "|"`);
    const [key, region] = line.slice(0, bar).trim().split(/\s+/);
    const facts = line
      .slice(bar + 1)
      .split(';')
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => {
        const [indicator, measure, value, unit, qualifier] = f.split(/\s+/);
        const m = VALUE_RE.exec(value ?? '');
        if (!m || !qualifier) throw new Error(`gold line ${i + 1}: bad fact "${f}"`);
        const a = Number(m[1]);
        const b = m[2] !== undefined ? Number(m[2]) : a;
        return { indicator, measure: measure as Measure, low: Math.min(a, b), high: Math.max(a, b), unit, qualifier: qualifier as Qualifier | 'any' };
      });
    out.push({ key, region: region ?? '', facts });
  }
  return out;
}

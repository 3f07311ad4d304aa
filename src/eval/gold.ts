// Hand-annotated answers: `KEY REGION | indicator measure value[-high] unit qualifier ; …` (docs/domain.md).
import type { Level, Measure, Qualifier } from '../types.js';

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

export interface MetaExpectation {
  key: string;
  region: string;
  regionCode: string;
  level: Level;
  year: number;
}

/** `meta.tsv`: what the metadata of each file must say (file, region, GB/T 2260 code, level, year). */
export function parseMetaTable(source: string): MetaExpectation[] {
  const out: MetaExpectation[] = [];
  for (const [i, raw] of source.split('\n').entries()) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const [key, region, regionCode, level, year] = raw.split('\t').map((c) => c.trim());
    if (!key || !region || !/^\d{6}$/.test(regionCode ?? '') || !['national', 'province', 'city', 'county'].includes(level) || !/^\d{4}$/.test(year ?? '')) {
      throw new Error(`meta line ${i + 1}: expected file, region, code, level, year separated by tabs`);
    }
    out.push({ key, region, regionCode, level: level as Level, year: Number(year) });
  }
  return out;
}

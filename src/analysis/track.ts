// track: a year's headline target (from that year's report) against its result (from the next year's review),
// with a verdict by the rule below. Pure: fact rows in, rows out.
//
// Verdict rule (README "How track judges a target"):
// - Direction. A target is a FLOOR (reach at least) unless it is written as a ceiling (以内/以下/不超过 =
//   at_most) or the indicator is one where lower is better (CPI 涨幅, unemployment rates, energy/carbon
//   intensity — their "3%左右" or "降低3%" is a ceiling on the signed change); then it is a CEILING.
// - Threshold. exact X: X. at_least X: X. at_most X: X. range a–b: a for a floor, b for a ceiling.
//   about X (左右): X − tolerance for a floor, X + tolerance for a ceiling; tolerance = 0.5 percentage point for
//   % figures, 5% of X for amounts (万人, 亿元…).
// - met if result ≥ threshold (floor) or result ≤ threshold (ceiling); otherwise missed.
// - gap = result − reference, reference = X (a range: the bound that decides, a for a floor, b for a ceiling).
//   shortfall = reference − result for a floor, result − reference for a ceiling (> 0: fell short of the figure).
// - no target: that year's report has no headline target for the indicator (or there is no report);
//   no result: the next year's report is missing or states no headline result in the same measure;
//   no verdict: qualitative target, or target and result in different units.
// A firm target wins over a 力争 (stretch) one; growth is judged before level when both are targets.
import type { FactCell } from '../model/rows.js';
import { INDICATOR_BY_ID } from '../lexicon/indicators.js';
import { cellOrder, cellText } from './compare.js';
import { sameBase, scaleOf } from './units.js';
import type { TrackRow, Verdict } from '../model/api/index.js';
import type { Table } from '../model/table.js';

export type { TrackRow, Verdict };

export interface RuleOptions {
  /** 左右 tolerance in percentage points for % figures (default 0.5). */
  aboutPoints?: number;
  /** 左右 tolerance as a share of X for other units (default 0.05). */
  aboutShare?: number;
}

type Target = Pick<FactCell, 'indicator' | 'value' | 'low' | 'high' | 'unit' | 'qualifier'>;

export interface Judgement {
  verdict: 'met' | 'missed' | 'no verdict';
  direction: 'floor' | 'ceiling';
  threshold: number | null;
  reference: number | null;
  gap: number | null;
  shortfall: number | null;
  rule: string;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const EPS = 1e-9;

export function direction(t: Target): 'floor' | 'ceiling' {
  if (t.qualifier === 'at_most') return 'ceiling';
  if (t.qualifier === 'at_least') return 'floor';
  // Prices, unemployment, energy use: the lexicon marks the indicators whose targets are ceilings.
  return INDICATOR_BY_ID.get(t.indicator)?.lowerIsBetter ? 'ceiling' : 'floor';
}

/** Judges one result against one target. */
export function judge(t: Target, result: number, resultUnit: string | null, opts: RuleOptions = {}): Judgement {
  const dir = direction(t);
  const none = (rule: string): Judgement => ({ verdict: 'no verdict', direction: dir, threshold: null, reference: null, gap: null, shortfall: null, rule });
  if (t.low === null || t.high === null) return none('qualitative target');
  if ((t.unit ?? '') !== (resultUnit ?? '')) {
    // 5.2万亿元 against a target in 亿元: the same amount in another scale; judged in the target's unit.
    if (!sameBase(t.unit, resultUnit)) return none(`units differ (${t.unit ?? '—'} vs ${resultUnit ?? '—'})`);
    result = round((result * scaleOf(resultUnit)) / scaleOf(t.unit));
  }
  const x = t.value ?? t.low;
  let reference = x;
  let threshold = x;
  let rule: string;
  const sym = dir === 'floor' ? '≥' : '≤';
  if (t.qualifier === 'range') {
    reference = threshold = dir === 'floor' ? t.low : t.high;
    rule = `${sym} ${threshold} (range ${t.low}–${t.high})`;
  } else if (t.qualifier === 'about') {
    const tol = t.unit === '%' ? (opts.aboutPoints ?? 0.5) : Math.abs(x) * (opts.aboutShare ?? 0.05);
    threshold = round(dir === 'floor' ? x - tol : x + tol);
    rule = `${sym} ${threshold} (${x} 左右 ${dir === 'floor' ? '−' : '+'} ${round(tol)})`;
  } else {
    rule = `${sym} ${x}`;
  }
  const met = dir === 'floor' ? result >= threshold - EPS : result <= threshold + EPS;
  const gap = round(result - reference);
  return { verdict: met ? 'met' : 'missed', direction: dir, threshold, reference, gap, shortfall: dir === 'floor' ? -gap : gap, rule };
}

/** Candidate facts for one (region, year): headline targets of report Y, headline results for Y of report Y+1. */
export interface YearFacts {
  targets: FactCell[];
  results: FactCell[];
}

const single = (f: FactCell) => f.period === null;

/** Picks the target and the result and judges them. `measure` forces a measure. */
export function trackYear(
  region: { region: string | null; code: string | null },
  year: number,
  indicator: string,
  facts: YearFacts,
  opts: RuleOptions & { measure?: string } = {},
): TrackRow {
  const measures = opts.measure ? [opts.measure] : undefined;
  const pick = (list: FactCell[]) =>
    list
      .filter((f) => f.indicator === indicator && single(f) && (!opts.measure || f.measure === opts.measure))
      .sort((a, b) => cellOrder(a, b, measures))[0];
  const target = pick(facts.targets);
  const result = pick(
    facts.results.filter((f) => f.year === year && f.low !== null && (!target || f.measure === target.measure)),
  );
  const base: TrackRow = {
    ...region,
    year,
    indicator,
    measure: target?.measure ?? result?.measure ?? null,
    target: target ? cellText(target) : null,
    target_fact: target ? `${target.document_id}:${target.ord}` : null,
    target_value: target?.value ?? null,
    target_low: target?.low ?? null,
    target_high: target?.high ?? null,
    target_qualifier: target?.qualifier ?? null,
    target_unit: target?.unit ?? null,
    threshold: null,
    result: result ? (result.value ?? result.low) : null,
    result_text: result ? cellText(result) : null,
    result_fact: result ? `${result.document_id}:${result.ord}` : null,
    gap: null,
    shortfall: null,
    verdict: !target ? 'no target' : 'no result',
    rule: null,
    target_quote: target?.quote ?? null,
    result_quote: result?.quote ?? null,
  };
  if (!target || !result || base.result === null) return base;
  const j = judge(target, base.result, result.unit, opts);
  return { ...base, gap: j.gap, shortfall: j.shortfall, verdict: j.verdict, rule: j.rule, threshold: j.threshold };
}

/** Facts of one indicator, any region -> per region and year the two candidate lists. */
export function groupByRegionYear(facts: FactCell[]): Map<string, { region: string | null; code: string | null; years: Map<number, YearFacts> }> {
  const out = new Map<string, { region: string | null; code: string | null; years: Map<number, YearFacts> }>();
  // One document per (region, report year): the first by id, so duplicates cannot mix.
  const docOf = new Map<string, string>();
  for (const f of facts) {
    const k = `${f.region_code ?? f.region}|${f.report_year}`;
    const d = docOf.get(k);
    if (d === undefined || f.document_id < d) docOf.set(k, f.document_id);
  }
  for (const f of facts) {
    if (f.report_year === null) continue;
    const rk = f.region_code ?? f.region ?? f.document_id;
    if (docOf.get(`${f.region_code ?? f.region}|${f.report_year}`) !== f.document_id) continue;
    let g = out.get(rk);
    if (!g) out.set(rk, (g = { region: f.region, code: f.region_code, years: new Map() }));
    const slot = (y: number) => {
      let s = g!.years.get(y);
      if (!s) g!.years.set(y, (s = { targets: [], results: [] }));
      return s;
    };
    if (f.kind === 'target' && (f.year === null || f.year === f.report_year)) slot(f.report_year).targets.push(f);
    else if (f.kind === 'actual' && f.year === f.report_year - 1) slot(f.report_year - 1).results.push(f);
  }
  return out;
}

/** The series of one region: every year with a target or a result, oldest first. */
export function trackSeries(facts: FactCell[], indicator: string, opts: RuleOptions & { measure?: string; from?: number; to?: number } = {}): TrackRow[] {
  const rows: TrackRow[] = [];
  for (const g of groupByRegionYear(facts.filter((f) => f.indicator === indicator)).values()) {
    for (const [year, yf] of [...g.years].sort((a, b) => a[0] - b[0])) {
      if (opts.from !== undefined && year < opts.from) continue;
      if (opts.to !== undefined && year > opts.to) continue;
      const r = trackYear(g, year, indicator, yf, opts);
      if (r.target === null && r.result === null) continue;
      rows.push(r);
    }
  }
  return rows.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || a.year - b.year);
}

const VERDICT_ORDER: Record<Verdict, number> = { missed: 0, met: 1, 'no verdict': 2, 'no result': 3, 'no target': 4 };

/** One year across regions: missed first, by shortfall (largest first), then met (smallest margin first). */
export function rankYear(facts: FactCell[], indicator: string, year: number, opts: RuleOptions & { measure?: string } = {}): TrackRow[] {
  const rows: TrackRow[] = [];
  for (const g of groupByRegionYear(facts.filter((f) => f.indicator === indicator)).values()) {
    const yf = g.years.get(year);
    if (!yf) continue;
    const r = trackYear(g, year, indicator, yf, opts);
    if (r.target === null && r.result === null) continue;
    rows.push(r);
  }
  return rows.sort(
    (a, b) =>
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      (b.shortfall ?? -Infinity) - (a.shortfall ?? -Infinity) ||
      (a.code ?? '').localeCompare(b.code ?? ''),
  );
}

export const TRACK_COLUMNS = ['region', 'code', 'year', 'indicator', 'measure', 'target', 'result', 'gap', 'verdict', 'rule', 'target_fact', 'result_fact'] as const;

/** `ids: false` (a terminal table) leaves out the fact ids, which only a join needs. */
export function trackTable(rows: TrackRow[], opts: { ids?: boolean } = {}): Table {
  const columns = opts.ids === false ? TRACK_COLUMNS.filter((c) => c !== 'target_fact' && c !== 'result_fact') : [...TRACK_COLUMNS];
  return { columns, rows: rows.map((r) => columns.map((c) => r[c])) };
}

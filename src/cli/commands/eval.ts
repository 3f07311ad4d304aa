// `workreport eval`: scores the extractor against the hand-annotated gold files, per file set.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { readReport } from '../../extract/report.js';
import { parseGold, parseMetaTable, type GoldEntry, type MetaExpectation } from '../../eval/gold.js';
import { evaluateSet, type EvalDoc, type SetResult } from '../../eval/evaluate.js';
import { levelOfName } from '../../lexicon/divisions.js';
import { DEV_DIR, GOLD_DIR, NATIONAL_JSONL, PACKAGE_ROOT, SEEDS_DIR } from '../paths.js';
import { readSources } from '../sources.js';
import { formatEval, runPlanEval } from './plan.js';
import { formatFollowUpEval, runFollowUpSets } from './followup-eval.js';
import { formatPledgeEval, formatProjectEval, runPlanParts, type PartResult } from './plan-sets.js';
import { UsageError } from '../errors.js';
import { verbosity } from '../log.js';

async function planScores(set: string) {
  if (set !== 'all' && set !== 'plan') return [];
  const corpus = join(PACKAGE_ROOT, 'corpus');
  return [
    { name: 'sample (seeds 000, 002, national 2024)', result: await runPlanEval(corpus) },
    { name: 'held-out (seed 001)', result: await runPlanEval(corpus, 'heldout.jsonl') },
  ];
}

export interface SetSpec {
  name: string;
  docs: string;
  targets: string | null;
  actuals: string | null;
  /** A meta.tsv of what each document's metadata must say. */
  meta?: string | null;
}

export const BUILT_IN: SetSpec[] = [
  { name: 'seeds', docs: SEEDS_DIR, targets: join(GOLD_DIR, 'seeds.targets.txt'), actuals: join(GOLD_DIR, 'seeds.actuals.txt') },
  { name: 'national', docs: NATIONAL_JSONL, targets: join(GOLD_DIR, 'national.targets.txt'), actuals: join(GOLD_DIR, 'national.actuals.txt') },
  // Reports nobody tuned the extractor to before they were annotated (test/fixtures/dev/README.md).
  { name: 'dev', docs: join(DEV_DIR, 'reports'), targets: join(DEV_DIR, 'targets.txt'), actuals: join(DEV_DIR, 'actuals.txt'), meta: join(DEV_DIR, 'meta.tsv') },
  { name: 'national-core', docs: NATIONAL_JSONL, targets: join(DEV_DIR, 'national.targets.txt'), actuals: join(DEV_DIR, 'national.actuals.txt') },
];
const SET_NAMES = ['seeds', 'national', 'dev', 'national-core', 'plan', 'all'];

const readGold = (p: string | null): GoldEntry[] => (p ? parseGold(readFileSync(p, 'utf8')) : []);

/** Scores one set: its documents read as a user's would be, against its gold. */
export async function runSet(spec: SetSpec): Promise<{ result: SetResult; errors: string[] }> {
  const targets = readGold(spec.targets);
  const actuals = readGold(spec.actuals);
  const { docs, errors } = await loadSet(spec, [...targets, ...actuals]);
  return { result: evaluateSet(spec.name, docs, targets, actuals), errors };
}

/** Loads a set's documents. Keys: the file name, or for collection rows the row's year (as the gold keys them). */
export async function loadSet(spec: SetSpec, gold: GoldEntry[]): Promise<{ docs: EvalDoc[]; errors: string[] }> {
  const region = new Map(gold.map((g) => [g.key, g.region]));
  const metaTable = new Map<string, MetaExpectation>(spec.meta ? parseMetaTable(readFileSync(spec.meta, 'utf8')).map((m) => [m.key, m]) : []);
  const docs: EvalDoc[] = [];
  const errors: string[] = [];
  for await (const src of readSources([spec.docs])) {
    if (src instanceof Error) {
      errors.push(src.message);
      continue;
    }
    const report = readReport(src.raw, src.hints);
    const fromRow = src.file.includes('#');
    const key = fromRow ? (src.hints.year ? String(src.hints.year) : src.file) : basename(src.file);
    const known = metaTable.get(key);
    if (known) {
      const { key: _k, ...expect } = known;
      docs.push({ key, report, expect });
      continue;
    }
    const wantRegion = region.get(key) ?? (fromRow && spec.name === 'national' ? '中华人民共和国' : undefined);
    const year = src.hints.year ?? undefined;
    // Region, level and year are checked where they are known: gold regions, and collection rows with a year
    // from 1978 on (earlier reports have no settled header).
    const expect =
      wantRegion && (!fromRow || (year !== undefined && year >= 1978))
        ? { region: wantRegion, level: levelOfName(wantRegion) ?? undefined, year: fromRow ? year : report.meta.year ?? undefined }
        : undefined;
    if (fromRow && !src.hints.year) continue; // resolutions on a report carry no year: nothing to score
    docs.push({ key, report, expect });
  }
  return { docs, errors };
}

const pct = (x: number): string => (x * 100).toFixed(1) + '%';

function print(r: SetResult, errors: string[], verbose: boolean): void {
  const t = r.targets;
  const a = r.actuals;
  console.log(`${r.name}`);
  console.log(`  targets  precision ${pct(t.precision)}  recall ${pct(t.recall)}  F1 ${t.f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  console.log(`  results  recall ${pct(a.recall)} (${a.found}/${a.total})  conflicts ${a.conflicts}`);
  console.log(`  metadata ${r.meta.checked - new Set(r.meta.wrong.map((w) => w.key)).size}/${r.meta.checked} right (region, code, level, year)`);
  console.log(`  grounding ${r.ungrounded} ungrounded facts; ${errors.length} unreadable documents`);
  for (const e of errors) console.log(`    error: ${e}`);
  for (const w of r.meta.wrong) console.log(`    meta ${w.key}: ${w.field} expected ${String(w.expected)}, got ${String(w.got)}`);
  if (!verbose) return;
  for (const d of r.details) {
    for (const g of d.targets?.missed ?? []) console.log(`    missed target ${d.key}: ${g.indicator} ${g.measure} ${g.low}${g.high !== g.low ? '-' + g.high : ''} ${g.unit} ${g.qualifier}`);
    for (const f of d.targets?.spurious ?? []) console.log(`    false target  ${d.key}: ${f.indicator} ${f.measure} ${f.low} ${f.unit} ${f.qualifier} «${f.quote}»`);
    for (const g of d.actuals?.missed ?? []) console.log(`    missed result ${d.key}: ${g.indicator} ${g.measure} ${g.low} ${g.unit}`);
    for (const c of d.actuals?.conflicts ?? []) console.log(`    conflict      ${d.key}: ${c.fact.indicator} ${c.fact.measure} ${c.fact.low} vs gold ${c.gold.low} «${c.fact.quote}»`);
  }
}

function formatPart(p: PartResult, verbose: boolean): string {
  const body = p.part === 'commitments' ? formatEval(p.result) : p.part === 'pledges' ? formatPledgeEval(p.result, verbose) : formatProjectEval(p.result, verbose);
  // The commitments' misses and extras are printed only with --verbose here (the seed sample prints them always).
  const shown = p.part === 'commitments' && !verbose ? body.split('\n').filter((l) => !/^ {2}(?:missed|extra) /.test(l)).join('\n') : body;
  return `plan ${p.name}\n${shown.replace(/^(?! )/gm, '  ')}`;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the extractor against hand-annotated gold files (precision, recall, F1 per file set)')
    .option('--set <name>', 'built-in set: seeds, national, dev, national-core, plan or all', 'all')
    .option('--docs <path>', 'a custom set: a directory of reports (gold keyed by file name) or a collection (keyed by year)')
    .option('--targets <file>', 'gold targets of the custom set')
    .option('--actuals <file>', 'gold results of the custom set')
    .option('--meta <file>', 'expected metadata of the custom set (meta.tsv: file, region, code, level, year)')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { set: string; docs?: string; targets?: string; actuals?: string; meta?: string; json?: boolean }) => {
      const specs = opts.set === 'plan' ? [] : opts.docs
        ? [{ name: basename(opts.docs), docs: opts.docs, targets: opts.targets ?? null, actuals: opts.actuals ?? null, meta: opts.meta ?? null }]
        : BUILT_IN.filter((s) => opts.set === 'all' || s.name === opts.set);
      if (!SET_NAMES.includes(opts.set)) throw new UsageError(`unknown set ${opts.set}; use ${SET_NAMES.join(', ')}`);
      const results: SetResult[] = [];
      for (const spec of specs) {
        const { result: r, errors } = await runSet(spec);
        results.push(r);
        if (!opts.json) print(r, errors, verbosity() === 'verbose');
      }
      // The plan: commitments against the hand-annotated sample (test/fixtures/plan).
      const plan = opts.docs ? [] : await planScores(opts.set);
      if (!opts.json) for (const p of plan) console.log(`plan ${p.name}\n${formatEval(p.result).replace(/^/gm, '  ').trimEnd()}`);
      // Commitments, pledges and named projects of the annotated reports in test/fixtures/plan/<part>.
      const parts = plan.length ? await runPlanParts() : [];
      if (!opts.json) for (const p of parts) console.log(formatPart(p, verbosity() === 'verbose').trimEnd());
      // Follow-up of last year's commitments against the annotated links (test/fixtures/plan/followup).
      const followUp = plan.length ? await runFollowUpSets() : [];
      if (!opts.json) for (const f of followUp) console.log(formatFollowUpEval(f, verbosity() === 'verbose').trimEnd());
      if (opts.json) console.log(JSON.stringify({ sets: results.map(({ details: _d, ...r }) => r), plan, planParts: parts, followUp: followUp.map(({ outcomes: _o, ...f }) => f) }, null, 2));
    });
}

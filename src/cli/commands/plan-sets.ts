// The annotated plan sets of `workreport eval --set plan` beyond the seed sample: commitments, livelihood pledges
// and named projects of reports in test/fixtures/plan/<part>/reports, each part with a dev and a held-out file.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReport, type FullReport } from '../../extract/report.js';
import { loadFile } from '../../text/load.js';
import {
  evaluatePlan,
  evaluatePledges,
  evaluateProjects,
  parseJsonl,
  type PlanEvalResult,
  type PlanGold,
  type PledgeEvalResult,
  type PledgeGold,
  type ProjectEvalResult,
  type ProjectGold,
} from '../../eval/plan-eval.js';
import { PACKAGE_ROOT } from '../paths.js';

export const PLAN_FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'plan');

export type PlanPart = 'commitments' | 'pledges' | 'projects';

/** The reports a gold file names, read from its part's reports/ folder (a name missing there is left out). */
async function readDocs(dir: string, names: Iterable<string>): Promise<Map<string, FullReport>> {
  const docs = new Map<string, FullReport>();
  for (const name of new Set(names)) {
    const path = join(dir, 'reports', name);
    if (!existsSync(path)) continue;
    const doc = await loadFile(path);
    docs.set(name, readReport(doc.raw, doc.title ? { title: doc.title } : {}));
  }
  return docs;
}

export type PartResult =
  | { part: 'commitments'; name: string; result: PlanEvalResult }
  | { part: 'pledges'; name: string; result: PledgeEvalResult }
  | { part: 'projects'; name: string; result: ProjectEvalResult };

/** Scores one part's gold file (dev.jsonl, heldout*.jsonl); null when the file is not there. */
export async function runPlanPart(part: PlanPart, file: string, root = PLAN_FIXTURES): Promise<PartResult | null> {
  const dir = join(root, part);
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const source = await readFile(path, 'utf8');
  const name = `${part} ${file.replace(/\.jsonl$/, '')}`;
  if (part === 'commitments') {
    const gold = parseJsonl<PlanGold>(source);
    return { part, name, result: evaluatePlan(await readDocs(dir, gold.map((g) => g.doc)), gold) };
  }
  if (part === 'pledges') {
    const gold = parseJsonl<PledgeGold>(source);
    return { part, name, result: evaluatePledges(await readDocs(dir, gold.map((g) => g.doc)), gold) };
  }
  const gold = parseJsonl<ProjectGold>(source);
  return { part, name, result: evaluateProjects(await readDocs(dir, gold.map((g) => g.doc)), gold) };
}

/** Every part's dev and held-out file that exists. */
export async function runPlanParts(root = PLAN_FIXTURES): Promise<PartResult[]> {
  const out: PartResult[] = [];
  for (const part of ['commitments', 'pledges', 'projects'] as const) {
    for (const file of ['dev.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl', 'heldout4.jsonl', 'heldout5.jsonl', 'heldout6.jsonl']) {
      const r = await runPlanPart(part, file, root);
      if (r) out.push(r);
    }
  }
  return out;
}

const f3 = (x: number): string => x.toFixed(3);

export function formatPledgeEval(r: PledgeEvalResult, verbose: boolean): string {
  let s = `  list right ${r.right}/${r.reports} = ${f3(r.listAccuracy)}  items found ${r.matchedItems}/${r.goldItems} = ${f3(r.itemRecall)}` +
    `  (item precision ${f3(r.itemPrecision)} over ${r.extractedItems} items of enumerated lists)\n`;
  for (const d of r.missingDocs) s += `  report not found: ${d}\n`;
  if (!verbose) return s;
  for (const d of r.docs) {
    if (d.right) continue;
    s += `    wrong ${d.doc}: ${d.wrong.join(', ')} (count ${d.count} vs ${d.goldCount}, items ${d.matchedItems}/${d.goldItems} of ${d.items})`;
    s += d.missedItems.length ? ` missed: ${d.missedItems.join(' | ')}\n` : '\n';
  }
  return s;
}

export function formatProjectEval(r: ProjectEvalResult, verbose: boolean): string {
  let s = `  precision ${r.correct}/${r.extracted} = ${f3(r.precision)}  recall ${r.found}/${r.gold} = ${f3(r.recall)}\n`;
  for (const d of r.missingDocs) s += `  report not found: ${d}\n`;
  if (!verbose) return s;
  for (const m of r.missed) s += `    missed ${m.doc} ${m.name}\n`;
  for (const x of r.spurious) s += `    extra  ${x.doc} ${x.name}\n`;
  return s;
}

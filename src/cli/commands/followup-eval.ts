// The follow-up part of `workreport eval --set plan`: reads the annotated report pairs of test/fixtures/plan/followup,
// runs the matcher and the issue's baseline over them, times the matcher per pair, and formats the figures.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReport } from '../../extract/report.js';
import { loadFile } from '../../text/load.js';
import { reviewSentences } from '../../analysis/followup.js';
import {
  baselineMatcher,
  bestThreshold,
  followUpMatcher,
  followUpOutcomes,
  parseFollowUpGold,
  scoreFollowUp,
  type FollowUpScore,
  type Outcome,
  type PlannedReport,
} from '../../eval/followup-eval.js';
import { PACKAGE_ROOT } from '../paths.js';

export const FOLLOWUP_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'plan', 'followup');

export interface FollowUpEval {
  name: string;
  pairs: number;
  matcher: FollowUpScore;
  baseline: { always: FollowUpScore; best: { threshold: number; score: FollowUpScore } };
  /** Per pair: all of the earlier report's commitments matched against the later review (processor ms). */
  timing: Array<{ pair: string; commitments: number; sentences: number; ms: number }>;
  outcomes: Outcome[];
}

/** Scores the matcher on one annotated file (dev.jsonl or heldout.jsonl). */
export async function runFollowUpEval(file = 'dev.jsonl', dir = FOLLOWUP_DIR): Promise<FollowUpEval> {
  const gold = parseFollowUpGold(await readFile(join(dir, file), 'utf8'));
  const reports = new Map<string, PlannedReport>();
  for (const name of new Set(gold.flatMap((g) => [g.doc, g.next]))) {
    const doc = await loadFile(join(dir, 'reports', name));
    reports.set(name, readReport(doc.raw, doc.title ? { title: doc.title } : {}));
  }
  const outcomes = followUpOutcomes(reports, gold, followUpMatcher);
  const base = followUpOutcomes(reports, gold, baselineMatcher);
  const timing = [...new Set(gold.map((g) => `${g.doc}\u0000${g.next}`))].map((pair) => {
    const [before, after] = pair.split('\u0000').map((n) => reports.get(n)!);
    const sentences = reviewSentences(after.text, after.sections);
    // Processor time, not wall time: the figure should not depend on what else the machine runs.
    const t0 = process.cpuUsage();
    followUpMatcher(before.commitments, { text: after.text, sentences }, before);
    const t = process.cpuUsage(t0);
    return { pair: pair.replace('\u0000', ' → '), commitments: before.commitments.length, sentences: sentences.length, ms: (t.user + t.system) / 1000 };
  });
  return { name: file.replace(/\.jsonl$/, ''), pairs: timing.length, matcher: scoreFollowUp(outcomes), baseline: { always: scoreFollowUp(base), best: bestThreshold(base) }, timing, outcomes };
}

/** The annotated files, development first, then each held-out batch in the order it was annotated. */
export const FOLLOWUP_FILES = ['dev.jsonl', 'heldout.jsonl', 'heldout3.jsonl', 'heldout4.jsonl', 'heldout5.jsonl', 'heldout6.jsonl'];

/** Every annotated file that exists, one after another (the timings are processor time of this process). */
export async function runFollowUpSets(dir = FOLLOWUP_DIR): Promise<FollowUpEval[]> {
  const out: FollowUpEval[] = [];
  for (const f of FOLLOWUP_FILES) if (existsSync(join(dir, f))) out.push(await runFollowUpEval(f, dir));
  return out;
}

const f3 = (x: number): string => x.toFixed(3);

export function formatFollowUpEval(r: FollowUpEval, verbose: boolean): string {
  const m = r.matcher;
  const line = (s: FollowUpScore): string =>
    `shown right ${s.right}/${s.shown} = ${f3(s.precision)}  found ${f3(s.recall)} (${f3(s.recallExtracted)} of extracted)  none ${f3(s.noneAccuracy)}`;
  let out = `plan follow-up ${r.name}: ${m.total} annotated commitments of ${r.pairs} report pairs (${m.extracted} extracted, ${m.linked} reported on)\n`;
  out += `  matcher   ${line(m)}  status ${f3(m.statusAccuracy)}\n`;
  for (const [gold, row] of Object.entries(m.confusion)) {
    out += `    ${gold} → ${Object.entries(row).map(([got, n]) => `${got} ${n}`).join(', ')}\n`;
  }
  out += `  baseline  always shown: ${line(r.baseline.always)}\n`;
  out += `            at its best threshold ${f3(r.baseline.best.threshold)}: ${line(r.baseline.best.score)}\n`;
  out += `  speed     ${r.timing.map((t) => `${t.pair.replace(/\.md/g, '')}: ${t.commitments} commitments × ${t.sentences} sentences ${t.ms.toFixed(0)} ms`).join('; ')} (processor time)\n`;
  if (!verbose) return out;
  for (const o of r.outcomes) {
    const first = o.shown && o.shown.status !== '未见回应' ? o.shown.sentences[0]?.text : undefined;
    if (o.right || (o.gold.link === 'none' && !first && o.commitment)) continue;
    const what = !o.commitment ? 'not extracted' : first ? (o.gold.link === 'none' ? 'shown for none' : 'wrong sentence') : 'missed';
    out += `    ${what.padEnd(14)} ${o.gold.doc} ${o.gold.key} [${o.gold.link}/${o.gold.status}]${first ? ` got: ${first}` : ''}\n`;
  }
  return out;
}

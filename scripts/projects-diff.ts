// The named projects of a plan set's gold file beside the extractor's: every missed gold name (with the text around
// its first occurrence) and every wrong extracted name (with its first mention), to find classes of errors.
//   npx tsx scripts/projects-diff.ts [dev.jsonl]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/extract/report.js';
import { loadFile } from '../src/text/load.js';
import { parseJsonl, sameProject, type ProjectGold } from '../src/eval/plan-eval.js';

const dir = join('test', 'fixtures', 'plan', 'projects');
const file = process.argv[2] ?? 'dev.jsonl';
const gold = parseJsonl<ProjectGold & { as_written?: string }>(readFileSync(join(dir, file), 'utf8'));
const around = (text: string, at: number, len: number): string =>
  text.slice(Math.max(0, at - 25), at) + '[' + text.slice(at, at + len) + ']' + text.slice(at + len, at + len + 15);

let wrong = 0;
let missed = 0;
let extracted = 0;
for (const doc of [...new Set(gold.map((g) => g.doc))]) {
  const loaded = await loadFile(join(dir, 'reports', doc));
  const report = readReport(loaded.raw, loaded.title ? { title: loaded.title } : {});
  const text = report.text;
  const projects = report.projects.filter((p) => p.mentions.some((m) => m.kind === 'plan' || m.kind === 'self_building'));
  const gs = gold.filter((g) => g.doc === doc);
  extracted += projects.length;
  console.log(`== ${doc}: ${gs.length} gold, ${projects.length} extracted`);
  for (const g of gs) {
    if (projects.some((p) => sameProject(p.name, g.name))) continue;
    missed++;
    const probe = g.as_written ?? g.name;
    const at = text.indexOf(probe);
    console.log(`MISS ${g.name}${at >= 0 ? '   … ' + around(text, at, probe.length).replace(/\n/g, '⏎') : '   (not in text as written)'}`);
  }
  for (const p of projects) {
    if (gs.some((g) => sameProject(p.name, g.name))) continue;
    wrong++;
    const m = p.mentions[0];
    console.log(`WRONG ${p.name}   … ${around(text, m.span[0], m.span[1] - m.span[0]).replace(/\n/g, '⏎')}`);
  }
}
console.log(`precision ${extracted - wrong}/${extracted}, missed ${missed} of ${gold.length}`);

// The engine's whole output, hashed: readReport (normalise, parse, metadata, facts, headlines and the plan) over the
// seeds, every row of the national corpus and the development set (Markdown, read as the loader reads it), one sha256
// per input and one of them all. Run it before and after a change meant to leave output alone (a speed-up) and
// compare: any line that differs names the input whose output changed.
//   npx tsx scripts/extraction-digest.ts > /tmp/digest-before.txt
//   npx tsx scripts/extraction-digest.ts --dist   (the built engine in dist/, after npm run build:node)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const useDist = process.argv.includes('--dist');
const engine = useDist ? '../dist/extract/report.js' : '../src/extract/report.js';
const md = useDist ? '../dist/text/markdown.js' : '../src/text/markdown.js';
const { readReport } = (await import(engine)) as typeof import('../src/extract/report.js');
const { markdownToText } = (await import(md)) as typeof import('../src/text/markdown.js');

function inputs(): [string, string][] {
  const out: [string, string][] = [];
  const seedsDir = join(root, 'corpus', 'seeds');
  for (const f of readdirSync(seedsDir).sort()) out.push([`seeds/${f}`, readFileSync(join(seedsDir, f), 'utf8')]);
  const rows = readFileSync(join(root, 'corpus', 'national', 'government_work_reports.jsonl'), 'utf8').split('\n').filter(Boolean);
  rows.forEach((l, i) => out.push([`national/${i}`, (JSON.parse(l) as { content: string }).content]));
  const devDir = join(root, 'test', 'fixtures', 'dev', 'reports');
  for (const f of readdirSync(devDir).sort()) out.push([`dev/${f}`, markdownToText(readFileSync(join(devDir, f), 'utf8')).text]);
  return out;
}

const all = createHash('sha256');
for (const [name, text] of inputs()) {
  const json = JSON.stringify(readReport(text));
  all.update(json);
  console.log(`${createHash('sha256').update(json).digest('hex').slice(0, 16)}  ${name}`);
}
console.log(`${all.digest('hex')}  ALL`);

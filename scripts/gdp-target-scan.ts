// Issue 21: which of lawtext/gov's province and main-city reports yield no headline GDP growth target. Each
// such report is listed with the sentences that look like one (a GDP name, a percentage, 左右/目标/预期/力争…),
// so that a reader can tell a stated-but-missed target from a report that states none.
//   node bench/real-corpus.js && npx tsx scripts/gdp-target-scan.ts [--dir /tmp/real-corpus] [--out FILE]
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readReport } from '../src/extract/report.js';
import { loadFile } from '../src/text/load.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...files(join(dir, e.name)));
    else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
  }
  return out.sort();
}

const LOOKS_LIKE = (s: string): boolean =>
  /生产总值|GDP|经济增长/.test(s) && /\d%|百分之/.test(s) && /左右|目标|预期|力争|以上|确定为/.test(s) && !/年均/.test(s);

const dir = arg('dir', '/tmp/real-corpus');
const lines: string[] = [];
let missing = 0;
const all = files(dir);
for (const f of all) {
  const doc = await loadFile(f);
  const r = readReport(doc.raw, doc.title ? { title: doc.title } : {});
  if (r.facts.some((x) => x.indicator === 'gdp' && x.kind === 'target' && x.headline && x.measure === 'growth')) continue;
  missing++;
  lines.push(`## ${relative(dir, f)}  [${r.meta.region} ${r.meta.year}]`);
  for (const s of r.text.split(/(?<=[。；\n])/).filter(LOOKS_LIKE).slice(0, 4)) lines.push(`  > ${s.trim().slice(0, 200)}`);
}
const out = arg('out', '');
if (out) writeFileSync(out, lines.join('\n') + '\n');
else process.stdout.write(lines.join('\n') + '\n');
process.stderr.write(`${missing} of ${all.length} reports without a headline GDP growth target\n`);

// Extraction throughput: the whole engine (normalise, parse, metadata, facts and the plan) over the national
// corpus, the seeds and the development set (Markdown, read as the loader reads it), after warm-up, on one core;
// compared with one regular-expression pass over the same text.
//   node --expose-gc bench/extract.js        (needs `npm run build`: runs dist/)
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../dist/extract/report.js';
import { markdownToText } from '../dist/text/markdown.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadCorpora() {
  const seedsDir = join(root, 'corpus', 'seeds');
  const seeds = readdirSync(seedsDir).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const national = readFileSync(join(root, 'corpus', 'national', 'government_work_reports.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).content);
  const devDir = join(root, 'test', 'fixtures', 'dev', 'reports');
  const dev = readdirSync(devDir).map((f) => markdownToText(readFileSync(join(devDir, f), 'utf8')).text);
  return { seeds, national, dev };
}

// The baseline a throwaway script would run: one regex pass finding figures.
const NAIVE = /(\d+(?:\.\d+)?)(%|％|亿元|万元|万人|万吨|元)/g;
function regexPass(text) {
  let n = 0;
  NAIVE.lastIndex = 0;
  while (NAIVE.exec(text) !== null) n++;
  return n;
}

function timeIt(texts, fn, rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) fn(t);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]; // median of rounds, ms
}

export function benchExtract({ rounds = 7 } = {}) {
  const { seeds, national, dev } = loadCorpora();
  const rows = [];
  let facts = 0;
  for (const [name, texts] of [['national (72 rows)', national], ['seeds (5)', seeds], [`dev (${dev.length})`, dev]]) {
    const chars = texts.reduce((s, t) => s + t.length, 0);
    const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
    for (let i = 0; i < 3; i++) for (const t of texts) facts += readReport(t).facts.length; // warm-up
    const ms = timeIt(texts, (t) => readReport(t), rounds);
    const regexMs = timeIt(texts, regexPass, rounds);
    rows.push({
      set: name,
      reports: texts.length,
      MB: +(bytes / 1e6).toFixed(2),
      'MB/s': +(bytes / 1e6 / (ms / 1000)).toFixed(1),
      'ms/report': +(ms / texts.length).toFixed(2),
      'ms per 50 KB': +((ms / bytes) * 50_000).toFixed(2),
      'regex ms': +regexMs.toFixed(2),
      'x regex': +(ms / regexMs).toFixed(1),
      chars,
    });
  }
  global.gc?.();
  return { rows, facts, rssMB: +(process.memoryUsage().rss / 1e6).toFixed(0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchExtract();
  console.table(r.rows);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

// Follow-up matching time: every commitment of a 2024 report against the 2025 review (the annotated pairs of
// test/fixtures/plan/followup), per pair after warm-up, the least of five rounds, on one core.
//   node bench/followup.js   (needs `npm run build`)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../dist/text/load.js';
import { readReport } from '../dist/extract/report.js';
import { followUp, prepareReview, reviewSentences } from '../dist/analysis/followup.js';

const dir = fileURLToPath(new URL('../test/fixtures/plan/followup/reports/', import.meta.url));
const read = async (f) => readReport((await loadFile(join(dir, f))).raw, {});
const regions = [...new Set(readdirSync(dir).map((f) => f.replace(/-\d{4}\.md$/, '')))];
for (const region of regions) {
  const [before, after] = [await read(`${region}-2024.md`), await read(`${region}-2025.md`)];
  const sentences = reviewSentences(after.text, after.sections);
  const run = () => {
    const review = prepareReview(after.text, sentences);
    return before.commitments.map((c) => followUp({ quote: c.quote, action: c.action }, review)).filter((r) => r.status !== '未见回应').length;
  };
  for (let i = 0; i < 2; i++) run(); // warm-up
  let ms = Infinity;
  let shown = 0;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    shown = run();
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`${region}: ${before.commitments.length} commitments × ${sentences.length} review sentences in ${ms.toFixed(0)} ms (${shown} with a follow-up)`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

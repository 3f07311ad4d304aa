// Plan extraction time (commitments, projects, pledges, achievements, problems) beside the rest of the engine,
// per report after warm-up, on one core.   node bench/plan.js   (needs `npm run build`)
import { normaliseText } from '../dist/text/normalise.js';
import { readNormalised } from '../dist/extract/report.js';
import { readPlan } from '../dist/extract/plan/index.js';
import { loadCorpora } from './extract.js';

const { seeds, national } = loadCorpora();
for (const [name, raws] of [['seeds (5)', seeds], ['national (72 rows)', national]]) {
  const texts = raws.map(normaliseText);
  const reports = texts.map((t) => readNormalised(t));
  for (let i = 0; i < 3; i++) for (const r of reports) readPlan(r); // warm-up
  const rounds = 5;
  let planMs = Infinity;
  let allMs = Infinity;
  for (let k = 0; k < rounds; k++) {
    let t0 = performance.now();
    for (const r of reports) readPlan(r);
    planMs = Math.min(planMs, performance.now() - t0);
    t0 = performance.now();
    for (const t of texts) readNormalised(t);
    allMs = Math.min(allMs, performance.now() - t0);
  }
  const bytes = raws.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
  const commitments = reports.reduce((s, r) => s + r.commitments.length, 0);
  console.log(
    `${name}: plan ${(planMs / raws.length).toFixed(2)} ms/report, whole engine with plan ${(allMs / raws.length).toFixed(2)} ms/report ` +
      `(${((allMs / bytes) * 50_000).toFixed(2)} ms per 50 KB); ${commitments} commitments`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

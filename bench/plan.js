// Plan extraction time (commitments, projects, pledges, achievements, problems) beside the rest of the engine,
// per report after warm-up, on one core.   node bench/plan.js   (needs `npm run build`)
// The national figures are compared with the previous run's (bench/baseline.json, section "engine"): one that is
// more than 20% slower fails the run (exit code 1, so `npm run bench` fails) and is not recorded, so that it keeps
// failing until it is fixed (or accepted: BENCH_ACCEPT=1 records it).
import { normaliseText } from '../dist/text/normalise.js';
import { readNormalised } from '../dist/extract/report.js';
import { readPlan } from '../dist/extract/plan/index.js';
import { loadCorpora } from './extract.js';
import { compareToBaseline, writeSection } from './baseline.js';

const { seeds, national } = loadCorpora();
const figures = {};
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
  const per50k = (allMs / bytes) * 50_000;
  console.log(
    `${name}: plan ${(planMs / raws.length).toFixed(2)} ms/report, whole engine with plan ${(allMs / raws.length).toFixed(2)} ms/report ` +
      `(${per50k.toFixed(2)} ms per 50 KB); ${commitments} commitments`,
  );
  if (raws === national) {
    figures['national whole engine ms per 50 KB'] = { value: +per50k.toFixed(2), better: 'lower' };
    figures['national plan ms/report'] = { value: +(planMs / raws.length).toFixed(2), better: 'lower' };
  }
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const rows = compareToBaseline('engine', figures, { keep: true });
const regressed = rows.filter((r) => r.regressed);
if (regressed.length === 0 || process.env.BENCH_ACCEPT) {
  if (!process.env.BENCH_KEEP_BASELINE) writeSection('engine', figures);
}
if (regressed.length > 0 && !process.env.BENCH_ACCEPT) {
  console.error(
    `\nENGINE REGRESSION: ${regressed.map((r) => `${r.name} ${r.value} (was ${r.before}, ×${r.ratio.toFixed(2)})`).join('; ')}.\n` +
      'More than 20% slower than bench/baseline.json records (a busy machine can do that too: run it again). ' +
      'Not recorded; BENCH_ACCEPT=1 records it.',
  );
  process.exitCode = 1;
}

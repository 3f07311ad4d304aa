import { readFileSync, readdirSync } from 'node:fs';
import { normaliseText } from '../src/text/normalise.js';
const texts: [string, string][] = [];
for (const f of readdirSync('corpus/seeds')) texts.push([f, readFileSync('corpus/seeds/' + f, 'utf8')]);
for (const l of readFileSync('corpus/national/government_work_reports.jsonl', 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); texts.push([d.title, d.content]); }
// warm
for (let i = 0; i < 5; i++) for (const [, t] of texts) normaliseText(t);
let bytes = 0, ms = 0, worst = 0, worstName = '';
for (const [n, t] of texts) {
  const b = Buffer.byteLength(t);
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) normaliseText(t);
  const d = (performance.now() - t0) / 20;
  bytes += b; ms += d;
  const per50 = d / b * 50000;
  if (per50 > worst) { worst = per50; worstName = n; }
}
console.log(`total ${bytes} bytes, ${ms.toFixed(2)} ms => ${(ms / bytes * 50000).toFixed(3)} ms per 50 KB; worst ${worst.toFixed(3)} (${worstName})`);
let bad = 0;
for (const [n, t] of texts) { const a = normaliseText(t); if (normaliseText(a) !== a) { bad++; console.log('not idempotent', n); } }
console.log('idempotence failures', bad);

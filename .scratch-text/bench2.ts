import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { normaliseText, containsTraditional } from '../src/text/normalise.js';
const texts: [string, string][] = [];
for (const f of readdirSync('corpus/seeds')) texts.push([f, readFileSync('corpus/seeds/' + f, 'utf8')]);
for (const l of readFileSync('corpus/national/government_work_reports.jsonl', 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); texts.push([d.title, d.content]); }
const simp = texts.filter(([, t]) => !containsTraditional(t));
// cold trad first (dictionary build)
const seed = texts[1][1];
const trad = OpenCC.Converter({ from: 'cn', to: 'hk' })(seed);
let t0 = performance.now(); normaliseText(trad); const cold = performance.now() - t0;
for (let i = 0; i < 5; i++) for (const [, t] of simp) normaliseText(t);
function per50(list: [string, string][], reps = 20) { let bytes = 0, ms = 0; for (const [, t] of list) { bytes += Buffer.byteLength(t); const s = performance.now(); for (let i = 0; i < reps; i++) normaliseText(t); ms += (performance.now() - s) / reps; } return ms / bytes * 50000; }
console.log('simplified texts', simp.length, 'ms/50KB', per50(simp).toFixed(3));
for (const [n, t] of texts.slice(0, 5)) { const b = Buffer.byteLength(t); const s = performance.now(); for (let i = 0; i < 50; i++) normaliseText(t); console.log(n, b, 'bytes', ((performance.now() - s) / 50).toFixed(3), 'ms'); }
const tb = Buffer.byteLength(trad);
const s = performance.now(); for (let i = 0; i < 20; i++) normaliseText(trad); const warm = (performance.now() - s) / 20;
console.log('traditional seed', tb, 'bytes: cold (incl. dictionary build)', cold.toFixed(1), 'ms; warm', warm.toFixed(2), 'ms =>', (warm / tb * 50000).toFixed(2), 'ms/50KB');
const back = normaliseText(trad), ref = normaliseText(seed);
let diff = 0; for (let i = 0; i < Math.min(back.length, ref.length); i++) if (back[i] !== ref[i]) diff++;
console.log('round trip cn->hk->normalise vs normalise: length', back.length, ref.length, 'differing chars', diff);
const mixed = texts.filter(([, t]) => containsTraditional(t)); console.log('corpus texts triggering OpenCC:', mixed.map(([n]) => n.slice(0, 4)).join(','), 'ms/50KB', per50(mixed).toFixed(2));
{ const a = back.split('\n'), b = ref.split('\n'); let bad = 0; for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { bad++; if (bad <= 3) { const x = a[i], y = b[i]; let j = 0; while (x[j] === y[j]) j++; console.log('  ', JSON.stringify(y.slice(j - 4, j + 6)), '->', JSON.stringify(x.slice(j - 4, j + 6))); } } console.log('lines differing', bad, 'of', a.length); }

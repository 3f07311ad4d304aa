import { readFileSync, readdirSync } from 'node:fs';
import { normaliseText, containsTraditional } from '../src/text/normalise.js';
const texts: [string, string][] = [];
for (const f of readdirSync('corpus/seeds')) texts.push([f, readFileSync('corpus/seeds/' + f, 'utf8')]);
for (const l of readFileSync('corpus/national/government_work_reports.jsonl', 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); texts.push([d.title, d.content]); }
for (const [n, t] of texts) if (containsTraditional(t)) { const m = t.match(/.{0,10}[們個這來為會發經濟產業區國與際對開關時現實務項點還當從動將農長應進過導質總體標準數據設計劃環範圍團結權價億萬歲讓說話認識車馬門問間東書學習線條級組織顯興華護療醫藥衛傳統續優勢態勞稅費貿資營銷鐵橋灣電氣網絡訊後裡廣視員類計畫築統務屬縣鄉鎮].{0,10}/); console.log('TRAD', n, m?.[0]); }
const pick = process.argv[2] ?? '2021';
const [n, t] = texts.find(([n]) => n.startsWith(pick))!;
const out = normaliseText(t);
console.log(n, t.length, '->', out.length);
console.log(out.slice(0, 800));
console.log('...');
console.log(out.slice(-700));

import { readCollection } from '../src/text/collection.js';
let n = 0, errs = 0;
for await (const r of readCollection('corpus/national/government_work_reports.jsonl')) { if (r instanceof Error) { errs++; console.log(String(r)); } else { n++; if (n < 3) console.log(r.file, r.title, r.year, r.url?.slice(0, 30), r.raw.length); } }
console.log(n, errs);

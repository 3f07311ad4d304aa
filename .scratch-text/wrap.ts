import { readFileSync, readdirSync } from 'node:fs';
import { normaliseText } from '../src/text/normalise.js';
for (const f of readdirSync('corpus/seeds')) {
  const t = readFileSync('corpus/seeds/' + f, 'utf8');
  const ref = normaliseText(t);
  // PDF-like: each paragraph wrapped at 38 chars, paragraphs separated by single newlines (no blank lines)
  const wrapped = ref.split('\n\n').map((p) => p.match(/.{1,38}/gs)!.join('\n')).join('\n');
  const out = normaliseText(wrapped);
  const a = out.split('\n'), b = ref.split('\n\n');
  const sb = new Set(b); const sa = new Set(a);
  const lost = b.filter((p) => !sa.has(p));
  console.log(f, 'paragraphs', b.length, 'recovered exactly', b.length - lost.length);
  for (const p of lost.slice(0, 4)) console.log('   ', JSON.stringify(p.slice(0, 50)));
}

import { readFileSync, readdirSync } from 'node:fs';
import { normaliseText } from '../src/text/normalise.js';
for (const f of readdirSync('corpus/seeds')) { const t = readFileSync('corpus/seeds/' + f, 'utf8'); const o = normaliseText(t);
  const a = t.split('\n'), b = o.split('\n'); console.log(f, t.length, o.length, a.length, b.length);
  const sb = new Set(b); for (const l of a) if (l.trim() && !sb.has(l)) console.log('  changed:', JSON.stringify(l.slice(0, 80)));
}

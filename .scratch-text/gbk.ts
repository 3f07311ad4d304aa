import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/text/decode.js';
const seed = readFileSync('corpus/seeds/001_7d300adec33de1ff.txt', 'utf8');
const r = decodeBytes(iconv.encode(seed, 'gbk'), 'a');
console.log(r.encoding, r.text.length, seed.length);
for (let i = 0; i < seed.length; i++) if (r.text[i] !== seed[i]) { console.log(i, JSON.stringify(seed.slice(i - 3, i + 3)), JSON.stringify(r.text.slice(i - 3, i + 3)), seed.charCodeAt(i).toString(16)); break; }

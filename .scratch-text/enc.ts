import iconv from 'iconv-lite';
import chardet from 'chardet';
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
const s = readFileSync('corpus/seeds/001_7d300adec33de1ff.txt', 'utf8');
const gb2312 = new Set<string>();
for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) { const c = iconv.decode(Buffer.from([hi, lo]), 'gb18030'); if (c.length === 1 && c !== '\ufffd') gb2312.add(c); }
console.log('gb2312 hanzi', gb2312.size);
function plaus(t: string) { let non = 0, good = 0, fffd = 0; for (const c of t) { const x = c.codePointAt(0)!; if (x < 0x80) continue; non++; if (x === 0xfffd) fffd++;
  if (gb2312.has(c) || (x >= 0x3000 && x <= 0x303f) || (x >= 0xff01 && x <= 0xff5e) || (x >= 0x2010 && x <= 0x2027) || x === 0xb7) good++; }
  return { non, good: +(good / non).toFixed(3), fffd }; }
console.log('utf8 real', plaus(s));
const gbk = iconv.encode(s, 'gbk');
console.log('gbk real', plaus(iconv.decode(gbk, 'gb18030')), chardet.analyse(gbk).slice(0, 3));
const trad = OpenCC.Converter({ from: 'cn', to: 'tw' })(s);
const big5 = iconv.encode(trad, 'big5');
console.log('big5 as gb', plaus(iconv.decode(big5, 'gb18030')), chardet.analyse(big5).slice(0, 3));
const u8 = Buffer.from(s, 'utf8');
console.log('utf8 as gb', plaus(iconv.decode(u8, 'gb18030')));
const rnd = Buffer.alloc(50000); for (let i = 0; i < rnd.length; i++) rnd[i] = (Math.random() * 256) | 0;
console.log('random as gb', plaus(iconv.decode(rnd, 'gb18030')), 'as utf8', plaus(rnd.toString('utf8')), chardet.analyse(rnd).slice(0,2));
const hi = Buffer.alloc(50000); for (let i = 0; i < hi.length; i++) hi[i] = 0x80 + ((Math.random() * 128) | 0);
console.log('random hi as gb', plaus(iconv.decode(hi, 'gb18030')));
// truncated utf8: cut out bytes in 50 places
const parts: Buffer[] = []; let p = 0; for (let k = 0; k < 50; k++) { const q = p + 1000; parts.push(u8.subarray(p, q)); p = q + 1; } parts.push(u8.subarray(p));
const tr = Buffer.concat(parts);
console.log('trunc utf8 as utf8', plaus(tr.toString('utf8')), 'as gb', plaus(iconv.decode(tr, 'gb18030')));
// gbk with 2 stray bytes
const g2 = Buffer.concat([gbk.subarray(0, 1001), Buffer.from([0xff]), gbk.subarray(1001, 5000), Buffer.from([0x80]), gbk.subarray(5000)]);
console.log('gbk + 2 stray', plaus(iconv.decode(g2, 'gb18030')));
console.log(JSON.stringify(iconv.decode(Buffer.from([0x41, 0xff, 0x42, 0x81, 0x30, 0x81, 0x30, 0x80]), 'gb18030')));

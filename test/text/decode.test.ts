import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, MISENCODED_REASON, textShare } from '../../src/text/decode.js';
import { InputError } from '../../src/text/errors.js';

// GBK has no em space (U+2003, used in the seed's speaker line): swap it so the round trip is exact.
const seed = readFileSync('corpus/seeds/001_7d300adec33de1ff.txt', 'utf8').replace(/[\u2002\u2003]/g, ' ');
const sample = seed.slice(0, 3000);

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

function expectOneLine(e: InputError, file: string) {
  expect(e.message.startsWith(`${file}: `)).toBe(true);
  expect(e.message).not.toMatch(/\n/);
}

describe('decodeBytes: encodings', () => {
  it('UTF-8 without and with BOM', () => {
    expect(decodeBytes(Buffer.from(sample, 'utf8'), 'a.txt')).toEqual({ text: sample, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]);
    expect(decodeBytes(bom, 'a.txt')).toEqual({ text: sample, encoding: 'utf-8-bom' });
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = iconv.encode(sample, 'utf-16le', { addBOM: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')]);
    expect(decodeBytes(le, 'a.txt')).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'a.txt')).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('UTF-16 LE and BE without BOM, from the NUL pattern', () => {
    expect(decodeBytes(iconv.encode(sample, 'utf-16le'), 'a.txt')).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(sample, 'utf-16be'), 'a.txt')).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('GBK and GB18030', () => {
    expect(decodeBytes(iconv.encode(seed, 'gbk'), 'a.txt')).toEqual({ text: seed, encoding: 'gb18030' });
    const rare = `${sample}𠀀€`; // outside GBK: 4-byte GB18030 sequences
    expect(decodeBytes(iconv.encode(rare, 'gb18030'), 'a.txt')).toEqual({ text: rare, encoding: 'gb18030' });
  });

  it('accepts a GB18030 file with a couple of stray bytes', () => {
    const gbk = iconv.encode(seed, 'gbk');
    const damaged = Buffer.concat([gbk.subarray(0, 1001), Buffer.from([0xff]), gbk.subarray(1001, 5000), Buffer.from([0x80]), gbk.subarray(5000)]);
    const r = decodeBytes(damaged, 'a.txt');
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain('防城港市第七届人民代表大会');
  });

  it('accepts UTF-8 with one stray byte', () => {
    const u = Buffer.from(seed, 'utf8');
    const r = decodeBytes(Buffer.concat([u.subarray(0, 2000), Buffer.from([0xff]), u.subarray(2000)]), 'a.txt');
    expect(r.encoding).toBe('utf-8');
  });

  it('honours a declared charset', () => {
    expect(decodeBytes(iconv.encode(sample, 'gbk'), 'a.html', { declared: 'GB2312' })).toEqual({ text: sample, encoding: 'gb18030' });
    // Declared explicitly, Big5 is honoured (it is only rejected when guessed).
    const big5 = '我們這個經濟發展得很好。';
    expect(decodeBytes(iconv.encode(big5, 'big5'), 'a.html', { declared: 'big5' })).toEqual({ text: big5, encoding: 'big5' });
  });

  it('trusts valid UTF-8 over a wrong declaration', () => {
    expect(decodeBytes(Buffer.from(sample, 'utf8'), 'a.html', { declared: 'gb2312' })).toEqual({ text: sample, encoding: 'utf-8' });
  });
});

describe('decodeBytes: bad input gives one-line InputError naming the file', () => {
  it('empty file', () => {
    const e = errorOf(() => decodeBytes(new Uint8Array(0), 'empty.txt'));
    expect(e.message).toBe('empty.txt: empty file');
  });

  it('whitespace only', () => {
    expectOneLine(errorOf(() => decodeBytes(Buffer.from('  \n\n '), 'blank.txt')), 'blank.txt');
  });

  it('binary with NUL bytes', () => {
    const bin = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0x10, 0x10, 0, 0]);
    const e = errorOf(() => decodeBytes(bin, 'a.out'));
    expectOneLine(e, 'a.out');
    expect(e.reason).toMatch(/binary/);
  });

  it('binary made of control characters', () => {
    const bin = Buffer.alloc(1000);
    for (let i = 0; i < bin.length; i++) bin[i] = i % 3 === 0 ? 0x41 : (i % 31) + 1;
    expect(errorOf(() => decodeBytes(bin, 'ctl.bin')).reason).toMatch(/binary/);
  });

  it('random bytes', () => {
    let x = 12345;
    const rnd = Buffer.alloc(20000);
    for (let i = 0; i < rnd.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      rnd[i] = 0x80 + (x % 128); // high bytes only, no NUL, no controls
    }
    const e = errorOf(() => decodeBytes(rnd, 'noise.txt'));
    expect(e.message).toBe(`noise.txt: ${MISENCODED_REASON}`);
  });

  it('Big5 (Hong Kong and Taiwan mirrors) is detected, not rejected', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(seed);
    const d = decodeBytes(iconv.encode(tw, 'big5'), 'big5.txt');
    expect(d.encoding).toBe('big5');
    expect(d.text.slice(0, 200)).toBe(iconv.decode(iconv.encode(tw, 'big5'), 'big5').slice(0, 200));
  });

  it('Shift-JIS is not mistaken for Big5', () => {
    const sjis = iconv.encode('政府の業務報告。経済成長率は6.5％程度とする。日本語のテキストです。'.repeat(20), 'shift_jis');
    expect(errorOf(() => decodeBytes(sjis, 'sjis.txt')).reason).toBe(MISENCODED_REASON);
  });

  it('UTF-8 truncated in many places', () => {
    const u = Buffer.from(seed, 'utf8');
    const parts: Buffer[] = [];
    let p = 0;
    for (let k = 0; k < 50; k++, p += 1001) parts.push(u.subarray(p, p + 1000)); // drop one byte every 1000
    parts.push(u.subarray(p));
    expect(errorOf(() => decodeBytes(Buffer.concat(parts), 'cut.txt')).reason).toBe(MISENCODED_REASON);
  });
});

describe('decodeBytes: NUL bytes are weighed, not taken for UTF-16 (issue 23, row 1)', () => {
  const withNuls = (text: string, at: number[]) => {
    const u = Buffer.from(text, 'utf8');
    const parts: Buffer[] = [];
    let p = 0;
    for (const i of [...at].sort((a, b) => a - b)) {
      parts.push(u.subarray(p, i), Buffer.from([0]));
      p = i;
    }
    parts.push(u.subarray(p));
    return Buffer.concat(parts);
  };

  it('a UTF-8 report with two NUL bytes is UTF-8, the NULs dropped (it was read as UTF-16 mojibake and stored)', () => {
    const bytes = withNuls(seed, [1000, 3001]);
    expect(bytes.length % 2).toBe(0); // even, as UTF-16 would be
    expect(decodeBytes(bytes, 'nul.txt')).toEqual({ text: seed, encoding: 'utf-8' });
  });

  it('property: valid UTF-8 Chinese with up to two NULs anywhere decodes to its text, never to another', () => {
    const u = Buffer.from(seed, 'utf8');
    fc.assert(
      fc.property(fc.nat(u.length - 4000), fc.array(fc.nat(3000), { minLength: 1, maxLength: 2 }), (start, cuts) => {
        // A slice on a character boundary: start and end at a line start.
        const from = seed.indexOf('\n', seed.length * (start / u.length)) + 1;
        const text = seed.slice(from, from + 1200);
        const at = cuts.map((c) => Math.min(c, Buffer.byteLength(text)));
        expect(decodeBytes(withNuls(text, at), 'p.txt')).toEqual({ text, encoding: 'utf-8' });
      }),
      { numRuns: 200 },
    );
  });

  it('many NULs in UTF-8 Chinese: an error, not mojibake', () => {
    const at = Array.from({ length: 40 }, (_, i) => i * 200 + (i % 2));
    const e = errorOf(() => decodeBytes(withNuls(seed.slice(0, 4000), at), 'many.txt'));
    expect(e.reason).toMatch(/binary|not valid text/);
  });

  it('UTF-8 behind a UTF-16 byte order mark decodes to garbage: an error', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf8')]);
    expect(errorOf(() => decodeBytes(bytes.length % 2 ? bytes.subarray(0, -1) : bytes, 'bom.txt')).reason).toBe(MISENCODED_REASON);
  });

  it('textShare tells report text from UTF-8 or GBK read as UTF-16', () => {
    expect(textShare(seed)).toBe(1);
    const u = Buffer.from(seed, 'utf8');
    const even = u.subarray(0, u.length - (u.length % 2));
    expect(textShare(iconv.decode(even, 'utf-16le'))).toBeLessThan(0.5);
    expect(textShare(iconv.decode(even, 'utf-16be'))).toBeLessThan(0.5);
    expect(textShare(iconv.decode(iconv.encode(seed, 'gbk'), 'utf-16le'))).toBeLessThan(0.2);
  });
});

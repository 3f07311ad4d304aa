import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/text/normalise.js';
import { pdfToText, reflowLines } from '../../src/text/pdf.js';
import { makePdf } from './make-files.js';

/** Wrap paragraphs like a printed page: 76 width units a line (CJK 2, ASCII 1). */
function wrap(p: string, width = 76): string[] {
  const out: string[] = [];
  let cur = '';
  let w = 0;
  for (const c of p) {
    const cw = c.charCodeAt(0) >= 0x1100 ? 2 : 1;
    if (w + cw > width) {
      out.push(cur);
      cur = '';
      w = 0;
    }
    cur += c;
    w += cw;
  }
  out.push(cur);
  return out;
}

const seed = normaliseText(readFileSync('corpus/seeds/004_f729a90ff631fd7d.txt', 'utf8'));
const paragraphs = seed.split('\n\n');

describe('reflowLines', () => {
  it('rebuilds paragraphs from printed lines without breaking a sentence or merging paragraphs', () => {
    const lines = paragraphs.flatMap((p) => wrap(p));
    const withPageNumbers = lines.flatMap((l, i) => (i % 30 === 29 ? [l, `－ ${(i + 1) / 30} －`] : [l]));
    const out = normaliseText(reflowLines(withPageNumbers.join('\n')));
    expect(out.replace(/\n/g, '')).toBe(paragraphs.join(''));
    const got = out.split('\n\n');
    // Every output paragraph is a whole paragraph or ends a sentence.
    for (const p of got) expect(paragraphs.includes(p) || /[。！？]$/.test(p)).toBe(true);
    // Every original paragraph boundary survives.
    let pos = 0;
    const bounds = new Set(got.map((p) => (pos += p.length)));
    pos = 0;
    for (const p of paragraphs) expect(bounds.has((pos += p.length))).toBe(true);
  });

  it('keeps short lines, headings and unwrapped text as they are', () => {
    const t = '政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作。';
    expect(reflowLines(t)).toBe(t);
    expect(reflowLines(seed)).toBe(seed);
  });
});

describe('pdfToText', () => {
  it('reflows a wrapped multi-page PDF', async () => {
    const lines = paragraphs.slice(0, 12).flatMap((p) => wrap(p));
    const pdf = makePdf([lines.slice(0, 40), lines.slice(40)]);
    const text = normaliseText(await pdfToText(pdf, 'r.pdf'));
    expect(text.replace(/\n/g, '')).toBe(paragraphs.slice(0, 12).join(''));
    expect(text).toContain(paragraphs[5]);
  });
});

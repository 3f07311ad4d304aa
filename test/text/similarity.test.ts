// The similarity ingest uses to tell the same report from another of its region-year (src/analysis/similarity.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaccard, mostSimilar, SAME_REPORT, shingles, textSimilarity } from '../../src/analysis/similarity.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'corpus', 'seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const guigang = seeds[2];

/** Every other sentence left out: a text that shares half its sentences (a draft beside the final). */
const halfTheSentences = (text: string) => text.split('。').filter((_, i) => i % 2 === 0).join('。');

describe('textSimilarity', () => {
  it('is a Jaccard index: symmetric, in [0, 1], 1 for a text and itself and for white space alone changed', () => {
    const text = fc.string({ unit: fc.constantFrom(...'报告经济增长发展目标左右万亿元，。 \n'), maxLength: 200 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBe(s);
        expect(textSimilarity(a, a)).toBe(1);
        expect(textSimilarity(a, a.replace(/[ \n]/g, '') + '\n')).toBe(1);
      }),
    );
  });

  it('counts the shared shingles over all of them, each as often as it occurs', () => {
    const bag = (...xs: number[]) => Uint32Array.from(xs).sort();
    expect(jaccard(bag(1, 2, 3), bag(2, 3, 4))).toBe(0.5);
    expect(jaccard(bag(1, 1, 2), bag(1, 2))).toBeCloseTo(2 / 3);
    expect(jaccard(bag(), bag())).toBe(1);
    expect(shingles('一二三四五六')).toHaveLength(2);
    expect(shingles('一二 三四五六一二三四五')).toEqual(shingles('一二三四五六一二三四五'));
    expect(shingles('一二')).toHaveLength(1);
    expect(shingles('')).toHaveLength(0);
    // A multiset: the same report five times over is not the same report.
    expect(textSimilarity(guigang, guigang.repeat(5))).toBeLessThan(0.25);
  });

  it('a real report with any one line changed, added or removed stays the same report', () => {
    const lines = guigang.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.string({ maxLength: 120 }), fc.constantFrom('change', 'add', 'remove'), (at, line, how) => {
        const copy = [...lines];
        if (how === 'change') copy[at] = line;
        else if (how === 'add') copy.splice(at, 0, line);
        else copy.splice(at, 1);
        expect(textSimilarity(guigang, copy.join('\n'))).toBeGreaterThanOrEqual(SAME_REPORT);
      }),
      { numRuns: 40 },
    );
  });

  it('another report of the genre, or half the sentences of this one, is not the same report', () => {
    for (const other of seeds.filter((s) => s !== guigang)) expect(textSimilarity(guigang, other)).toBeLessThan(0.2);
    expect(textSimilarity(guigang, halfTheSentences(guigang))).toBeLessThan(SAME_REPORT);
  });

  it('mostSimilar finds the closest candidate and its similarity', () => {
    const changed = guigang.replace('各位代表', '各位代表、各位委员');
    const best = mostSimilar(changed, seeds.map((text, i) => ({ i, text })));
    expect(best?.candidate.i).toBe(2);
    expect(best!.similarity).toBeGreaterThan(0.99);
    expect(mostSimilar('x', [])).toBeNull();
  });
});

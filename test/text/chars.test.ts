import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatesAt, charTable, hasAny, wordAt, wordIndex } from '../../src/text/chars.js';

// A small alphabet so that words share first characters and texts contain them often.
const ALPHA = ['钦', '州', '市', '港', '北', '海', 'a'];
const word = fc.array(fc.constantFrom(...ALPHA), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom(...ALPHA), { maxLength: 30 }).map((cs) => cs.join(''));

describe('character tables and word indexes', () => {
  it('hasAny tells whether any UTF-16 code unit of the text is in the set', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 40 }), (set, t) => {
        const units = new Set([...Array(set.length).keys()].map((i) => set.charCodeAt(i)));
        const expected = [...Array(t.length).keys()].some((i) => units.has(t.charCodeAt(i)));
        expect(hasAny(charTable(set), t)).toBe(expected);
      }),
    );
  });

  it('wordAt finds the first word in dictionary order that starts at a position, like a linear search', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (words, t) => {
        const index = wordIndex(words, (w) => w);
        for (let i = 0; i <= t.length; i++) {
          const naive = words.find((w) => t.startsWith(w, i)) ?? null;
          expect(wordAt(index, t, i)).toBe(naive);
          // Candidates are a superset of the matches, in the given order.
          const cands = candidatesAt(index, t, i) ?? [];
          expect(words.filter((w) => t.startsWith(w, i)).every((w) => cands.includes(w))).toBe(true);
        }
      }),
    );
  });

  it('wordAt respects the end bound', () => {
    const index = wordIndex(['钦州市', '钦州'], (w) => w);
    expect(wordAt(index, '钦州市', 0)).toBe('钦州市');
    expect(wordAt(index, '钦州市', 0, 2)).toBe('钦州');
    expect(wordAt(index, '钦州市', 0, 1)).toBeNull();
  });
});

// Character lookups for hot scanning loops. Pure; the tables are built once from lexicon data and never mutated.
// text[i] on a two-byte string allocates a string per character and a Set/Map lookup hashes it: a typed array
// indexed by charCodeAt is one memory load, so the loops over a whole report stay allocation-free.

/** A set of UTF-16 code units as a 64 KB table (like a non-unicode regex character class). */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** The same from code values. */
export function codeTable(codes: readonly number[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
}

/** Whether any code unit of text[from, to) is in the table. */
export function hasAny(table: Uint8Array, text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Dictionary entries indexed by the first two code units of their word, each list in the given order, so a scan
 * tries only the words that can start at a position (a county name list has ~570 names opening with one character).
 */
export interface WordIndex<T> {
  /** By first code unit: 0 no word starts with it, 1 some do, 2 some do and one of them is a single character. */
  first: Uint8Array;
  /** Hashed first two code units of the words: the second quick reject, before any Map lookup. */
  pairs: Uint8Array;
  groups: Map<number, { byNext: Map<number, T[]>; short: T[] }>;
  wordOf: (e: T) => string;
}

const pairHash = (a: number, b: number): number => (a * 61 + b) & 0xffff;

export function wordIndex<T>(entries: readonly T[], wordOf: (e: T) => string): WordIndex<T> {
  const byFirst = new Map<number, T[]>();
  for (const e of entries) {
    const c = wordOf(e).charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(e);
    else byFirst.set(c, [e]);
  }
  const first = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  const groups: WordIndex<T>['groups'] = new Map();
  for (const [c, list] of byFirst) {
    // One-character words can match before any second character: they stay in every list, in order.
    const short = list.filter((e) => wordOf(e).length < 2);
    first[c] = short.length > 0 ? 2 : 1;
    const byNext = new Map<number, T[]>();
    for (const e of list) {
      const w = wordOf(e);
      if (w.length >= 2 && !byNext.has(w.charCodeAt(1))) {
        pairs[pairHash(c, w.charCodeAt(1))] = 1;
        byNext.set(w.charCodeAt(1), list.filter((x) => wordOf(x).length < 2 || wordOf(x).charCodeAt(1) === w.charCodeAt(1)));
      }
    }
    groups.set(c, { byNext, short });
  }
  return { first, pairs, groups, wordOf };
}

/** The entries whose word may start at text[i] (still to be confirmed with startsWith), in index order; null if none. */
export function candidatesAt<T>(index: WordIndex<T>, text: string, i: number): T[] | null {
  const c = text.charCodeAt(i);
  const f = index.first[c];
  if (f !== 1 && f !== 2) return null;
  const next = text.charCodeAt(i + 1); // NaN at the end: no pair, no list
  if (f === 1 && index.pairs[pairHash(c, next)] !== 1) return null;
  const g = index.groups.get(c)!;
  return g.byNext.get(next) ?? (g.short.length > 0 ? g.short : null);
}

/** The first entry (in index order) whose word is at text[i] and ends by `to`; a plain loop, as a find() callback per position allocates. */
export function wordAt<T>(index: WordIndex<T>, text: string, i: number, to = text.length): T | null {
  const candidates = candidatesAt(index, text, i);
  if (candidates === null) return null;
  for (const e of candidates) {
    const w = index.wordOf(e);
    if (i + w.length <= to && text.startsWith(w, i)) return e;
  }
  return null;
}

/** Whether s contains any of the words (a loop, not some(): no callback allocated per clause). */
export function includesAnyWord(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}
